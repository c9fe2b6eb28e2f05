using System.Globalization;

namespace Events.Bench.Registrations;

/// <summary>The collections of each generation and the time the runtime paused the app for them, to set beside a p99.</summary>
internal readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static GcFigures Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcFigures operator -(GcFigures after, GcFigures before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused, after.Allocated - before.Allocated);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Gen0} gen0, {Gen1} gen1, {Gen2} gen2 collections, {Paused.TotalMilliseconds:F0} ms paused in all, {Allocated / 1024.0 / 1024:F0} MB allocated");
}
