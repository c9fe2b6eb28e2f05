// Hangfire keeps its job storage in a process-wide static (JobStorage.Current) that each test app sets;
// apps running side by side were seen to read one another's queue, so test classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
