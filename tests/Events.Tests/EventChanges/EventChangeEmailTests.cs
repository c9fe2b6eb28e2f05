using System.Globalization;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.EventChanges;
using Events.Tests.Calendar;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.EventChanges;

public sealed class EventChangeEmailTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private EventsApp _app = null!;
    private HttpClient _organiser = null!;

    public async Task InitializeAsync()
    {
        _app = new EventsApp(_smtp.AppSettings());
        // Two places: Ana (fr) and Bea (es) are confirmed, Carl (en) waits.
        _organiser = await _app.PublishedEventAsync(capacity: 2);
        var anonymous = _app.CreateClient();
        foreach (var form in new[]
        {
            RegistrationTestKit.Form("Ana", "ana@example.org", "fr"),
            RegistrationTestKit.Form("Bea", "bea@example.org", "es"),
            RegistrationTestKit.Form("Carl", "carl@example.org", "en"),
        })
        {
            (await anonymous.PostAsJsonAsync("/api/events/forum-2021/registrations", form)).EnsureSuccessStatusCode();
        }
        foreach (var (id, kind) in _app.EmailJobs())
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(id, kind, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task MoveAsync(int days)
    {
        var moved = TestData.Event(capacity: 2) with
        {
            Start = new DateTime(2021, 10, 26, 16, 0, 0).AddDays(days),
            End = new DateTime(2021, 10, 26, 17, 30, 0).AddDays(days),
        };
        (await _organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", moved)).EnsureSuccessStatusCode();
    }

    private List<(string Method, int EventId, int Sequence)> ChangeJobs() =>
        _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IEventChangeJobs))
            .Select(j => (j.Value.Job.Method.Name, (int)j.Value.Job.Args[0], (int)j.Value.Job.Args[1]))
            .ToList();

    private async Task RunChangeJobsAsync()
    {
        foreach (var (method, eventId, sequence) in ChangeJobs())
        {
            using var scope = _app.Services.CreateScope();
            var jobs = scope.ServiceProvider.GetRequiredService<IEventChangeJobs>();
            await (method == nameof(IEventChangeJobs.SendUpdateAsync)
                ? jobs.SendUpdateAsync(eventId, sequence, CancellationToken.None)
                : jobs.SendCancellationAsync(eventId, sequence, CancellationToken.None));
        }
    }

    private List<MimeMessage> Received(string to, string subjectStart) =>
        _smtp.Received.Where(m => m.To.Mailboxes.Single().Address == to && (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)).ToList();

    private static IcsReader Calendar(MimeMessage message) =>
        new(Assert.Single(message.BodyParts.OfType<TextPart>(), p => p.ContentType.IsMimeType("text", "calendar")).Text);

    [Fact]
    public async Task MovingTheEvent_SendsEachConfirmedRegistrantOneUpdate_InTheirLanguage_WithTheSameUidAndAHigherSequence()
    {
        var sessionsBefore = _smtp.Sessions;

        await MoveAsync(days: 2);
        await RunChangeJobsAsync();
        await RunChangeJobsAsync();

        var invitation = Calendar(Assert.Single(Received("ana@example.org", "Votre place est confirmée")));
        var update = Assert.Single(Received("ana@example.org", "Événement modifié : Protection forum"));
        var updated = Calendar(update);
        Assert.Equal("REQUEST", updated.Value("VCALENDAR", "METHOD"));
        Assert.Equal(invitation.Value("VCALENDAR/VEVENT", "UID"), updated.Value("VCALENDAR/VEVENT", "UID"));
        Assert.Equal(("0", "1"), (invitation.Value("VCALENDAR/VEVENT", "SEQUENCE"), updated.Value("VCALENDAR/VEVENT", "SEQUENCE")));
        Assert.Equal(new DateTime(2021, 10, 28, 14, 0, 0, DateTimeKind.Utc), updated.EventInstantUtc("DTSTART"));
        Assert.Contains("jeudi 28 octobre 2021", update.TextBody, StringComparison.Ordinal);
        Assert.Single(Received("bea@example.org", "Evento modificado: Protection forum"));
        Assert.Empty(Received("carl@example.org", "Event"));
        // Both updates went through one SMTP connection; the second run of the job opened none.
        Assert.Equal(sessionsBefore + 1, _smtp.Sessions);
        var ledger = await _app.WithDbAsync(db => db.EmailDeliveries.Where(d => d.Kind == EmailKind.EventUpdated).OrderBy(d => d.Recipient).ToListAsync());
        Assert.Equal([("ana@example.org", EmailDeliveryStatus.Sent), ("bea@example.org", EmailDeliveryStatus.Sent)],
            ledger.Select(d => (d.Recipient, d.Status)));
    }

    [Fact]
    public async Task AJobForAnOlderVersion_SendsNothing_TheNewestOneSends()
    {
        await MoveAsync(days: 1);
        var older = Assert.Single(ChangeJobs());
        // The older version's first run was cut short by a network failure: Ana's update stayed queued.
        var anaId = await _app.WithDbAsync(db => db.Registrations.Where(r => r.Email == "ana@example.org").Select(r => r.Id).SingleAsync());
        var stale = DeliveryKey.For(anaId, EmailKind.EventUpdated, older.Sequence);
        await _app.WithDbAsync(db =>
        {
            db.EmailDeliveries.Add(new EmailDelivery
            {
                Key = stale, EventId = older.EventId, Recipient = "ana@example.org", Kind = EmailKind.EventUpdated, Attempts = 1,
                CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        await MoveAsync(days: 2);

        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventChangeJobs>().SendUpdateAsync(older.EventId, older.Sequence, CancellationToken.None);
        }
        Assert.Empty(Received("ana@example.org", "Événement modifié"));
        Assert.False(await _app.WithDbAsync(db => db.EmailDeliveries.AnyAsync(d => d.Key == stale)));

        await RunChangeJobsAsync();
        var update = Assert.Single(Received("ana@example.org", "Événement modifié"));
        Assert.Equal("2", Calendar(update).Value("VCALENDAR/VEVENT", "SEQUENCE"));
    }

    [Fact]
    public async Task CancellingTheEvent_TellsConfirmedAndWaitingRegistrants_WithdrawingTheCalendarEntryOfTheConfirmed()
    {
        (await _organiser.PostAsync(new Uri("/api/organiser/events/forum-2021/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();
        await RunChangeJobsAsync();
        await RunChangeJobsAsync();

        var invitation = Calendar(Assert.Single(Received("bea@example.org", "Su plaza está confirmada")));
        var cancelled = Calendar(Assert.Single(Received("bea@example.org", "Evento cancelado: Protection forum")));
        Assert.Equal("CANCEL", cancelled.Value("VCALENDAR", "METHOD"));
        Assert.Equal(invitation.Value("VCALENDAR/VEVENT", "UID"), cancelled.Value("VCALENDAR/VEVENT", "UID"));
        Assert.True(int.Parse(cancelled.Value("VCALENDAR/VEVENT", "SEQUENCE"), CultureInfo.InvariantCulture)
            > int.Parse(invitation.Value("VCALENDAR/VEVENT", "SEQUENCE"), CultureInfo.InvariantCulture));
        Assert.Single(Received("ana@example.org", "Événement annulé : Protection forum"));
        var waiting = Assert.Single(Received("carl@example.org", "Event cancelled: Protection forum"));
        Assert.Empty(waiting.Attachments);
        Assert.DoesNotContain(waiting.BodyParts, p => p.ContentType.IsMimeType("text", "calendar"));
    }
}
