using Events.Core.Accounts;
using Events.Core.Agenda;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Events.Tests.Tokens;

namespace Events.Tests.LivePages;

/// <summary>A published event with an agenda and three channels, and one confirmed attendee listening in French.</summary>
internal sealed record LiveEvent(int Id, string Slug, string AttendeeToken, int FloorId, int FrenchId, int SpanishId)
{
    public const string FloorStream = "https://stream.example.org/floor.mp3";
    public const string FrenchStream = "https://stream.example.org/fr.mp3";
    public const string SpanishRoom = "https://meet.example.org/room-es";
}

internal static class LiveTestKit
{
    /// <summary>Seeds through the database, so it works before and after <see cref="EventsApp.StartKestrel"/>.</summary>
    public static Task<LiveEvent> LiveEventAsync(this EventsApp app, bool openQuestions = false) => app.WithDbAsync(async db =>
    {
        // Tomorrow: the live cookie lasts until the event's end.
        var start = DateTime.UtcNow.Date.AddDays(1).AddHours(14);
        var ev = new Event
        {
            Slug = "forum-2021", Title = "Protection forum", Summary = "A thematic webinar.", TimeZoneId = "Europe/Paris",
            StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90), Status = EventStatus.Published, OpenQuestions = openQuestions,
            CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            AgendaItems =
            [
                new() { Position = 0, Kind = AgendaItemKind.OpeningRemarks, Title = "Opening", StartsAtUtc = start, DurationMinutes = 10 },
                new() { Position = 1, Kind = AgendaItemKind.Panel, Title = "Panel on protection", StartsAtUtc = start.AddMinutes(10), DurationMinutes = 60 },
                new() { Position = 2, Kind = AgendaItemKind.WrapUp, Title = "Wrap-up", StartsAtUtc = start.AddMinutes(70), DurationMinutes = 20 },
            ],
            Channels =
            [
                new() { LanguageCode = "en", Label = "Floor (English)", IsFloor = true, JoinUrl = LiveEvent.FloorStream },
                new() { LanguageCode = "fr", Label = "Français", JoinUrl = LiveEvent.FrenchStream },
                new() { LanguageCode = "es", Label = "Español", JoinUrl = LiveEvent.SpanishRoom },
            ],
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        InterpretationChannel Channel(string code) => ev.Channels.Single(c => c.LanguageCode == code);
        var registration = new Registration
        {
            EventId = ev.Id, Name = "Ana Attendee", Email = "ana@example.org",
            Language = "fr", ChannelId = Channel("fr").Id, Status = RegistrationStatus.Confirmed,
            ConsentedAtUtc = DateTime.UtcNow, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        var token = app.IssueLink(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return new LiveEvent(ev.Id, ev.Slug, token, Channel("en").Id, Channel("fr").Id, Channel("es").Id);
    });

    /// <summary>A moderator account (moderators and captioners have the same account role) on the event's team as <paramref name="role"/>; returns its password.</summary>
    public static async Task<string> EventModeratorAsync(this EventsApp app, int eventId, string email = "moderator@example.org",
        Events.Core.Teams.TeamRole role = Events.Core.Teams.TeamRole.Moderator)
    {
        string password;
        using (var scope = app.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, Roles.Moderator);
        }
        await app.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.TeamMembers.Add(new Events.Core.Teams.TeamMember { EventId = eventId, UserId = userId, Role = role });
            return await db.SaveChangesAsync();
        });
        return password;
    }

    /// <summary>Signs in through the login form and lands on <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl)
    {
        await page.GotoAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("input[name='Email']").FillAsync(email);
        await page.Locator("input[name='Password']").FillAsync(password);
        await page.Locator("main button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**" + returnUrl);
    }

    /// <summary>Waits until the page's hub connection has joined and drawn its snapshot.</summary>
    public static Task ConnectedAsync(this IPage page, int timeoutMs = 15_000) =>
        page.Locator("#live-connection[data-state='connected']").WaitForAsync(new() { Timeout = timeoutMs });
}
