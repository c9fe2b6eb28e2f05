namespace Events.Core.Attendance;

/// <summary>Set arithmetic on presence intervals: two tabs open at once are one person present once.</summary>
public static class Intervals
{
    /// <summary>The intervals merged where they overlap or touch, in order; empty ones dropped.</summary>
    public static IReadOnlyList<Interval> Union(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var next in intervals.Where(i => i.End > i.Start).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && next.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = next.End > last.End ? next.End : last.End };
            }
            else
            {
                merged.Add(next);
            }
        }
        return merged;
    }

    public static TimeSpan TotalLength(IEnumerable<Interval> intervals) =>
        Union(intervals).Aggregate(TimeSpan.Zero, (sum, i) => sum + i.Length);

    /// <summary>
    /// The most people present at one instant, each person given as their own intervals. A leave and a join at
    /// the same instant do not overlap.
    /// </summary>
    public static int PeakConcurrent(IEnumerable<IEnumerable<Interval>> people)
    {
        var edges = people.SelectMany(Union)
            .SelectMany(i => new[] { (At: i.Start, Delta: 1), (At: i.End, Delta: -1) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta);
        int current = 0, peak = 0;
        foreach (var (_, delta) in edges)
        {
            current += delta;
            peak = Math.Max(peak, current);
        }
        return peak;
    }
}
