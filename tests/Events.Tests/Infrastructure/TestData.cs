using Events.Core.Agenda;
using Events.Core.Events;

namespace Events.Tests.Infrastructure;

/// <summary>Small builders for API inputs.</summary>
public static class TestData
{
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
