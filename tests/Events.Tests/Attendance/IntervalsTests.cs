using Events.Core.Attendance;

namespace Events.Tests.Attendance;

public sealed class IntervalsTests
{
    private static readonly DateTime T0 = new(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);

    private static Interval Minutes(int from, int to) => new(T0.AddMinutes(from), T0.AddMinutes(to));

    [Fact]
    public void Union_MergesOverlappingAndTouching_KeepsGaps()
    {
        var union = Intervals.Union([Minutes(30, 40), Minutes(0, 10), Minutes(5, 12), Minutes(12, 15), Minutes(50, 50)]);

        Assert.Equal([Minutes(0, 15), Minutes(30, 40)], union);
    }

    [Fact]
    public void TotalLength_CountsTwoTabsOnce()
    {
        Assert.Equal(TimeSpan.FromMinutes(9), Intervals.TotalLength([Minutes(0, 8), Minutes(5, 9)]));
        Assert.Equal(TimeSpan.FromMinutes(20), Intervals.TotalLength([Minutes(0, 20), Minutes(5, 9)]));
        Assert.Equal(TimeSpan.FromMinutes(11), Intervals.TotalLength([Minutes(0, 4), Minutes(10, 17)]));
        Assert.Equal(TimeSpan.Zero, Intervals.TotalLength([]));
    }

    [Fact]
    public void PeakConcurrent_CountsPeopleNotTabs_AndALeaveBeforeAJoinAtTheSameInstant()
    {
        var ana = new[] { Minutes(0, 10), Minutes(2, 8) };
        var ben = new[] { Minutes(10, 20) };
        var cy = new[] { Minutes(5, 15) };

        Assert.Equal(2, Intervals.PeakConcurrent([ana, ben, cy]));
        Assert.Equal(1, Intervals.PeakConcurrent([ana, ben]));
        Assert.Equal(0, Intervals.PeakConcurrent([]));
    }
}
