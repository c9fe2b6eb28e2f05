using Events.Core.Agenda;
using Events.Core.Events;

namespace Events.Tests.Infrastructure;

/// <summary>Small builders for API inputs.</summary>
public static class TestData
{
    /// <summary>
    /// The first year at least two ahead of today in which 26 October is a Saturday: an upcoming test event stays
    /// upcoming whenever the suite runs, a text naming its weekday stays right, and Paris is still on summer time
    /// then (its clocks change on the last Sunday of October), as on the concept note's 26 October 2021.
    /// </summary>
    public static int UpcomingYear { get; } =
        Enumerable.Range(DateTime.UtcNow.Year + 2, 12).First(year => new DateTime(year, 10, 26).DayOfWeek == DayOfWeek.Saturday);

    public static EventInput Event(string slug = "forum-2021", int? capacity = null) => new(
        Slug: slug,
        Title: "Protection forum",
        Summary: "A thematic webinar.",
        Rationale: "Why it matters.",
        ExpectedOutcomes: ["Awareness", "Network"],
        Start: new DateTime(2021, 10, 26, 16, 0, 0),
        End: new DateTime(2021, 10, 26, 17, 30, 0),
        TimeZone: "Europe/Paris",
        Capacity: capacity,
        OrganiserName: "Forum team",
        OrganiserEmail: "team@example.org");

    public static AgendaItemInput Item(string title, int hour, int minute, int minutes, AgendaItemKind kind = AgendaItemKind.Presentation,
        params AgendaPersonInput[] people) =>
        new(kind, title, null, new DateTime(2021, 10, 26, hour, minute, 0), minutes, people.ToList());
}
