using System.Globalization;

namespace Events.Bench.Registrations;

/// <summary>
/// CPU time of a process's tiered-compilation thread (".NET Tiered Com…"), the background JIT that recompiles hot
/// methods. While it still works the app is not yet in the steady state a long-running server is in: with the client
/// and server sharing two cores it keeps up to a third of one core 30 s into a run, and the methods it has not reached
/// yet run instrumented.
/// </summary>
internal static class TieredJit
{
    // USER_HZ: the unit of utime and stime in /proc/*/stat, 100 on Linux.
    private const double TicksPerSecond = 100;

    public static TimeSpan CpuTime(int pid)
    {
        var sum = 0.0;
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return TimeSpan.Zero;
        }
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    continue;
                }
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                // Fields after the name, which is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                sum += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read.
            }
        }
        return TimeSpan.FromSeconds(sum);
    }
}
