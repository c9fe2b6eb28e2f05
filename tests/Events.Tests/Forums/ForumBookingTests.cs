using Microsoft.EntityFrameworkCore;
using Events.Core.Events;
using Events.Core.Registrations;
using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Tests.Calendar;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using MimeKit;
using Events.Tests.Tokens;

namespace Events.Tests.Forums;

public sealed class ForumBookingTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public ForumBookingTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task ForumPage_ListsEventsByDate_WithLanguagesAndPlaces_AndFiltersByLanguage()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();

        var html = await client.GetStringAsync("/forums/gpc?lang=fr");

        Assert.Contains("Forum mondial de la protection", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-session=\"opening-day-one\"", StringComparison.Ordinal) < html.IndexOf("data-session=\"panel-day-two\"", StringComparison.Ordinal));
        Assert.Contains("Panel du deuxième jour", html, StringComparison.Ordinal);
        Assert.Contains("Places disponibles", html, StringComparison.OrdinalIgnoreCase);
        var filtered = await client.GetStringAsync("/forums/gpc?lang=fr&language=fr");
        Assert.Contains("data-session=\"opening-day-one\"", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("data-session=\"panel-day-two\"", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneBookingForTwoSessions_ConfirmsBoth_InOneEmailWithTwoCalendarEntries_AndEachCancelsAlone()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();

        var response = await client.PostFormAsync("/forums/gpc?lang=fr", "", ForumTestKit.BookingFields("opening-day-one", "panel-day-two"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-booked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var registrations = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.EventId).ToListAsync());
        Assert.Equal(2, registrations.Count);
        Assert.All(registrations, r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.Single(registrations.Select(r => r.BookingId).Distinct());
        Assert.Empty(_app.EmailJobs());

        await _app.RunBookingEmailsAsync();
        await _app.RunBookingEmailsAsync();

        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_drop, "*.eml")));
        Assert.Equal("Votre inscription : Forum mondial de la protection", message.Subject);
        Assert.Contains("Panel du deuxième jour", message.TextBody, StringComparison.Ordinal);
        var ics = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.FileName == "invite.ics");
        using var reader = new StreamReader(ics.Content!.Open());
        var calendar = new IcsReader(await reader.ReadToEndAsync());
        Assert.Equal(2, calendar.Lines.Count(l => l.Path == "VCALENDAR/VEVENT" && l.Name == "UID"));
        Assert.Single(calendar.Lines, l => l.Path == "VCALENDAR/VTIMEZONE" && l.Name == "TZID");
        Assert.Contains(calendar.Lines, l => l.Name == "DTSTART" && l.Value == $"{TestData.UpcomingYear}1027T100000");

        var personal = $"/r/{_app.TokenOf(registrations[0])}?lang=fr";
        var page = await client.GetStringAsync(personal);
        Assert.Contains("data-session=\"opening-day-one\"", page, StringComparison.Ordinal);
        Assert.Contains("data-session=\"panel-day-two\"", page, StringComparison.Ordinal);

        var cancel = await client.PostFormAsync(personal, "CancelSession", new() { ["registrationId"] = registrations[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode); // the redirect back to the personal page, followed
        var after = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.EventId).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Cancelled], after);
    }

    [Fact]
    public async Task FullSession_IsWaitListed_TheOtherConfirmed_AndTheEmailSaysSo()
    {
        await _app.ForumWithTwoEventsAsync(laterCapacity: 0);

        (await _app.CreateClient().PostFormAsync("/forums/gpc", "", ForumTestKit.BookingFields("opening-day-one", "panel-day-two"))).EnsureSuccessStatusCode();
        await _app.RunBookingEmailsAsync();

        var statuses = await _app.WithDbAsync(db => db.Registrations.Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { e.Slug, r.Status }).ToListAsync());
        Assert.Equal(RegistrationStatus.Confirmed, statuses.Single(s => s.Slug == "opening-day-one").Status);
        Assert.Equal(RegistrationStatus.WaitingList, statuses.Single(s => s.Slug == "panel-day-two").Status);
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(_drop, "*.eml")));
        Assert.Contains("Sur liste d’attente, position 1.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Place confirmée.", message.TextBody, StringComparison.Ordinal);
        using var reader = new StreamReader(Assert.Single(message.Attachments.OfType<MimePart>()).Content!.Open());
        Assert.Single(new IcsReader(await reader.ReadToEndAsync()).Lines, l => l.Path == "VCALENDAR/VEVENT" && l.Name == "UID");
    }

    [Fact]
    public async Task BadBooking_ShowsInlineMessagesInTheReadersLanguage_AndKeepsNothing()
    {
        await _app.ForumWithTwoEventsAsync();
        var fields = ForumTestKit.BookingFields();
        fields["Form.Email"] = "not-an-email";

        var response = await _app.CreateClient().PostFormAsync("/forums/gpc?lang=fr", "", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez au moins une session.", html, StringComparison.Ordinal);
        Assert.Contains("Doit être une adresse électronique valide.", html, StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
