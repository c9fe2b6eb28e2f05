using Events.Core.Audit;
using Events.Core.Teams;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Audit;

internal static class AuditTestKit
{
    /// <summary>The administrator every kit event is made by (<see cref="EventsApp.OrganiserAsync"/>).</summary>
    public const string Admin = "organiser@example.org";

    public static Task<List<AuditEntry>> AuditAsync(this EventsApp app, AuditAction action) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Exactly one entry of <paramref name="action"/>, by <paramref name="actor"/> (a staff email, or "anonymous"), on that event and target.</summary>
    public static async Task<AuditEntry> SingleAuditAsync(this EventsApp app, AuditAction action, string actor, int? eventId, string? target)
    {
        var entry = Assert.Single(await app.AuditAsync(action));
        Assert.Equal((actor, eventId, target), (entry.Actor, entry.EventId, entry.Target));
        var actorId = actor.Contains('@', StringComparison.Ordinal) ? await app.UserIdAsync(actor) : null;
        Assert.Equal(actorId, entry.ActorId);
        return entry;
    }

    public static Task<string> UserIdAsync(this EventsApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> EventIdAsync(this EventsApp app, string slug = "forum-2021") =>
        app.WithDbAsync(db => db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());

    /// <summary>Signs in <paramref name="email"/> with an organiser account and puts them on the event's team in <paramref name="role"/>.</summary>
    public static async Task<HttpClient> TeamMemberAsync(this EventsApp app, string email, TeamRole role, string slug = "forum-2021")
    {
        var client = await app.SignedInAsync(email, role == TeamRole.Moderator ? Core.Accounts.Roles.Moderator : Core.Accounts.Roles.Organiser);
        var userId = await app.UserIdAsync(email);
        var eventId = await app.EventIdAsync(slug);
        await app.WithDbAsync(async db =>
        {
            db.TeamMembers.Add(new TeamMember { UserId = userId, EventId = eventId, Role = role });
            return await db.SaveChangesAsync();
        });
        return client;
    }

    public static Task SeedAsync(this EventsApp app, params AuditEntry[] entries) => app.WithDbAsync(async db =>
    {
        db.AuditEntries.AddRange(entries);
        return await db.SaveChangesAsync();
    });
}
