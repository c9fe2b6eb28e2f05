using Events.Core;
using Events.Core.Data;
using Events.Core.Demo;
using Events.Core.Links;
using Events.Core.Registrations;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Bench.Invitations;

/// <summary>The model event with <c>count</c> confirmed registrations written straight into the database, each with its link.</summary>
internal static class InvitationSeed
{
    private static readonly string[] Languages = ["en", "fr", "es"];

    public static async Task<List<int>> SeedAsync(IServiceProvider services, int count)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var links = scope.ServiceProvider.GetRequiredService<PersonalLinks>();
        var now = DateTime.UtcNow;
        var ev = ModelEvent.Build(now);
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var channels = ev.Channels.Select(c => (int?)c.Id).Append(null).ToArray();
        var registrations = Enumerable.Range(1, count).Select(i =>
        {
            var registration = new Registration
            {
                EventId = ev.Id,
                Name = $"Attendee {i} & <Co>",
                Email = $"attendee{i}@example.org",
                Language = Languages[i % Languages.Length],
                ChannelId = channels[i % channels.Length],
                Status = RegistrationStatus.Confirmed,
                ConsentedAtUtc = now,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
            };
            links.Issue(registration);
            return registration;
        }).ToList();
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync();
        return registrations.Select(r => r.Id).ToList();
    }
}
