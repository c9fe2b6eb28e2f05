using Events.Core.Demo;
using Events.Core.Events;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Tokens;

namespace Events.Tests.Invitations;

/// <summary>The model event and confirmed registrations written straight into the database, each given its link.</summary>
internal static class InvitationSeed
{
    private static readonly string[] Languages = ["en", "fr", "es"];

    public static async Task<(int EventId, List<int> Ids)> SeedAsync(EventsApp app, int count, Func<int, string>? name = null)
    {
        var now = DateTime.UtcNow;
        var eventId = await app.WithDbAsync(async db =>
        {
            var ev = ModelEvent.Build(now);
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            return ev.Id;
        });
        var ids = await app.WithDbAsync(async db =>
        {
            var registrations = Enumerable.Range(1, count).Select(i => Registration(app, eventId, i, name?.Invoke(i) ?? $"Attendee {i}", now)).ToList();
            db.Registrations.AddRange(registrations);
            await db.SaveChangesAsync();
            return registrations.Select(r => r.Id).ToList();
        });
        return (eventId, ids);
    }

    public static string Email(int i) => $"attendee{i}@example.org";

    private static Registration Registration(EventsApp app, int eventId, int i, string name, DateTime now)
    {
        var registration = new Registration
        {
            EventId = eventId,
            Name = name,
            Email = Email(i),
            Language = Languages[i % Languages.Length],
            Status = RegistrationStatus.Confirmed,
            ConsentedAtUtc = now,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        app.IssueLink(registration);
        return registration;
    }
}
