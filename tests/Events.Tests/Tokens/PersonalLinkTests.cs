using System.Net;
using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.EventChanges;
using Events.Core.Links;
using Events.Core.Registrations;
using Events.Core.Reminders;
using Events.Tests.Forums;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Tokens;

/// <summary>Personal links are derived, stored only as hashes, replaceable, and never written into a calendar entry.</summary>
public sealed class PersonalLinkTests : IDisposable
{
    private readonly Mailbox _mail = new(Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N")));
    private readonly EventsApp _app;

    public PersonalLinkTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _mail.Folder });

    public void Dispose()
    {
        _app.Dispose();
        _mail.Delete();
    }

    [Fact]
    public async Task Database_HoldsNoTokenThatAppearsInAnEmail()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();
        foreach (var (name, language) in new[] { ("ana", "fr"), ("bea", "es"), ("cy", "en") })
        {
            (await client.PostAsJsonAsync("/api/events/opening-day-one/registrations",
                RegistrationTestKit.Form(name, $"{name}@example.org", language))).EnsureSuccessStatusCode();
        }
        var booking = ForumTestKit.BookingFields("opening-day-one", "panel-day-two");
        booking["Form.Email"] = "dee@example.org";
        (await client.PostFormAsync("/forums/gpc?lang=fr", "", booking)).EnsureSuccessStatusCode();
        await Mailbox.RunEmailJobsAsync(_app);
        await _app.RunBookingEmailsAsync();
        var replaced = Mailbox.TokensIn(_mail.All().Single(m => m.To.Mailboxes.Single().Address == "ana@example.org")).Single();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/registrations/{replaced}/replace-link", null)).StatusCode);
        await Mailbox.RunEmailJobsAsync(_app);

        var tokens = _mail.Tokens();
        var values = await DatabaseScan.TextValuesAsync(_app);

        // Three registrations, two booked sessions and one replacement: six links went out.
        Assert.Equal(6, tokens.Count);
        Assert.Contains(values, v => v.Table == "Registrations" && v.Column == nameof(Registration.TokenHash));
        Assert.Contains(values, v => v.Table == "EmailDeliveries");
        var leaks = values.SelectMany(v => tokens.Where(t => v.Value.Contains(t, StringComparison.Ordinal)).Select(t => $"{v.Table}.{v.Column}")).ToList();
        Assert.Empty(leaks);
        var hashes = values.Where(v => v.Column == nameof(Registration.TokenHash)).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(5, tokens.Count(t => hashes.Contains(PersonalLinks.HashOf(t))));
    }

    [Fact]
    public async Task CalendarFiles_CarryNoPersonalLink()
    {
        await _app.ForumWithTwoEventsAsync();
        var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/events/opening-day-one/registrations", RegistrationTestKit.Form("bea", "bea@example.org", "es"))).EnsureSuccessStatusCode();
        (await client.PostFormAsync("/forums/gpc?lang=fr", "", ForumTestKit.BookingFields("opening-day-one", "panel-day-two"))).EnsureSuccessStatusCode();
        await _app.RunBookingEmailsAsync();
        var ev = await _app.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == "opening-day-one"));
        var bea = await _app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.Email == "bea@example.org"));
        foreach (var kind in new[] { EmailKind.Confirmed, EmailKind.Promoted, EmailKind.LinkAgain, EmailKind.LinkReplaced, EmailKind.Cancelled })
        {
            await RunAsync<IRegistrationEmailJobs>(j => j.SendAsync(bea.Id, kind, CancellationToken.None));
        }
        await RunAsync<IReminderJobs>(j => j.SendAsync(ev.Id, ev.Sequence, 60, CancellationToken.None));
        await RunAsync<IEventChangeJobs>(j => j.SendUpdateAsync(ev.Id, ev.Sequence, CancellationToken.None));
        await _app.WithDbAsync(db => db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Cancelled)));
        await RunAsync<IEventChangeJobs>(j => j.SendCancellationAsync(ev.Id, ev.Sequence, CancellationToken.None));

        var messages = _mail.All();
        var calendars = messages.SelectMany(m => Mailbox.CalendarsIn(m).Select(ics => (m.Subject, Ics: ics))).ToList();
        var tokens = _mail.Tokens();

        // Booking, confirmed, promoted, link again, cancelled, event updated (two people), event cancelled (two people);
        // each carries its calendar twice (attachment and alternative part).
        Assert.Equal(9, calendars.Select(c => c.Subject).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(18, calendars.Count);
        Assert.NotEmpty(tokens);
        Assert.All(calendars, c =>
        {
            Assert.DoesNotContain("/r/", c.Ics, StringComparison.Ordinal);
            Assert.DoesNotContain(tokens, t => c.Ics.Contains(t, StringComparison.Ordinal));
            Assert.Matches(@"(?m)^URL[^:]*:http://127\.0\.0\.1:5080/events/(opening-day-one|panel-day-two)\r?$", c.Ics);
        });
        Assert.Contains(calendars, c => c.Ics.Contains("LOCATION;LANGUAGE=es:En línea: http://127.0.0.1:5080/events/opening-day-one", StringComparison.Ordinal));
        Assert.Contains(calendars, c => c.Ics.Contains(":http://127.0.0.1:5080/events/panel-day-two", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkFromTheEmail_IsFoundByItsHash_ByEveryDoor()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        await Mailbox.RunEmailJobsAsync(_app);

        var token = Assert.Single(_mail.Tokens());
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync());

        Assert.Equal(PersonalLinks.HashOf(token), saved.TokenHash);
        Assert.Equal(token, _app.TokenOf(saved));
        Assert.Contains("Ana Example", await client.GetStringAsync($"/r/{token}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/api/registrations/{token}", new { language = "es" })).StatusCode);
        Assert.Equal("/events/forum-2021/live", (await client.GetAsync($"/r/{token}/live")).Headers.Location?.OriginalString);
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{tampered}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{saved.TokenHash}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{saved.LinkSeed}")).StatusCode);
    }

    [Fact]
    public async Task ReplacedLink_OldOneIs404_NewOneComesByEmailAndOpens_ByPageAndByApi()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        await Mailbox.RunEmailJobsAsync(_app);
        var first = Assert.Single(_mail.Tokens());
        Assert.Contains("data-confirm=\"Remplacer votre lien personnel ?", await client.GetStringAsync($"/r/{first}?lang=fr"), StringComparison.Ordinal);

        var replace = await client.PostFormAsync($"/r/{first}", "ReplaceLink");

        Assert.Equal(HttpStatusCode.Redirect, replace.StatusCode);
        Assert.Equal("/events/forum-2021", replace.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{first}/live")).StatusCode);
        await Mailbox.RunEmailJobsAsync(_app);
        var second = Assert.Single(_mail.Tokens(), t => t != first);
        var mail = Assert.Single(_mail.All(), m => Mailbox.TokensIn(m).Contains(second));
        Assert.Equal("Votre nouveau lien personnel : Protection forum", mail.Subject);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/r/{second}")).StatusCode);

        var api = await client.PostAsync($"/api/registrations/{second}/replace-link", null);

        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/registrations/{second}/confirm-email", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/registrations/{first}/replace-link", null)).StatusCode);
        await Mailbox.RunEmailJobsAsync(_app);
        Assert.Equal(3, _mail.Tokens().Count);
        var third = _mail.Tokens().Single(t => t != first && t != second);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/r/{third}")).StatusCode);
        var audit = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.PersonalLinkReplaced).Select(a => a.Detail).ToListAsync());
        Assert.Equal(["link version 2", "link version 3"], audit.Order(StringComparer.Ordinal));
    }

    private async Task RunAsync<TJob>(Func<TJob, Task> job)
        where TJob : notnull
    {
        using var scope = _app.Services.CreateScope();
        await job(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
