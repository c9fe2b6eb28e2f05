namespace Events.Tests.Infrastructure;

/// <summary>
/// Chromium tests run on their own, after the parallel ones: on two cores, a browser competing with the rest of
/// the suite was seen to miss its 30 s waits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
