using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Email;
using Events.Core.EmailStatus;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Organiser;

public sealed class EmailStatusTests : IAsyncLifetime
{
    private const string Api = "/api/organiser/events/forum-2021/emails";
    private const string Page = "/organiser/events/forum-2021/emails";

    private readonly TestSmtpServer _smtp = new();
    private EventsApp _app = null!;
    private HttpClient _organiser = null!;
    private int _eventId;

    public async Task InitializeAsync()
    {
        _app = new EventsApp(_smtp.AppSettings());
        _organiser = await _app.PublishedEventAsync();
        _eventId = await _app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private Task<int> SeedAsync(string key, string recipient, EmailKind kind, EmailDeliveryStatus status, int? eventId = null, string? error = null) =>
        _app.WithDbAsync(async db =>
        {
            var row = new EmailDelivery
            {
                Key = key, EventId = eventId ?? _eventId, Recipient = recipient, Kind = kind, Status = status, Error = error, Attempts = 1,
                CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            };
            db.EmailDeliveries.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

    private async Task<int> RegisterAnaAsync()
    {
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        return await _app.WithDbAsync(db => db.Registrations.Select(r => r.Id).SingleAsync());
    }

    private async Task RunJobsAsync()
    {
        foreach (var (id, kind) in _app.EmailJobs())
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(id, kind, CancellationToken.None);
        }
        var resends = _app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IEmailResendJobs)).Select(j => (string)j.Value.Job.Args[0]).ToList();
        foreach (var key in resends)
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IEmailResendJobs>().ResendAsync(key, CancellationToken.None);
        }
    }

    [Fact]
    public async Task StatusApiAndPage_CountTheEventsLedgerByKind_AndListTheFailuresWithTheirReason()
    {
        await SeedAsync("registration:1:Confirmed:0", "ana@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Sent);
        await SeedAsync("registration:2:Confirmed:0", "bea@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Sent);
        var failed = await SeedAsync("registration:3:Confirmed:0", "gone@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Failed, error: "550 Mailbox unavailable");
        await SeedAsync("reminder:1:0:60", "ana@example.org", EmailKind.Reminder, EmailDeliveryStatus.Queued);
        await SeedAsync("registration:9:Confirmed:0", "other@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Failed, eventId: _eventId + 1);

        using var json = JsonDocument.Parse(await _organiser.GetStringAsync(Api));
        var root = json.RootElement;
        Assert.Equal((4, 1, 2, 1, 3), (root.GetProperty("total").GetInt32(), root.GetProperty("queued").GetInt32(),
            root.GetProperty("sent").GetInt32(), root.GetProperty("failed").GetInt32(), root.GetProperty("done").GetInt32()));
        Assert.Equal("""[{"kind":"confirmed","queued":0,"sent":2,"failed":1},{"kind":"reminder","queued":1,"sent":0,"failed":0}]""",
            root.GetProperty("byKind").GetRawText());
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal((failed, "gone@example.org", "confirmed", "550 Mailbox unavailable"), (failure.GetProperty("id").GetInt32(),
            failure.GetProperty("recipient").GetString(), failure.GetProperty("kind").GetString(), failure.GetProperty("error").GetString()));

        var html = await _organiser.GetStringAsync(Page);
        Assert.Contains("<progress id=\"email-progress\" class=\"email-progress\" max=\"4\" value=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\">", html, StringComparison.Ordinal);
        Assert.Contains("550 Mailbox unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("other@example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendOfAFailedEmail_FromThePage_DeliversItExactlyOnce()
    {
        var registrationId = await RegisterAnaAsync();
        var key = DeliveryKey.For(registrationId, EmailKind.Confirmed, 0);
        var id = await SeedAsync(key, "ana@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Failed, error: "451 Try later, then 550");
        await RunJobsAsync();
        Assert.Empty(_smtp.Received);

        var response = await _organiser.PostFormAsync($"{Page}?handler=Resend&id={id}", [], await _organiser.TokenAsync(Page));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await RunJobsAsync();
        await RunJobsAsync();

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("Votre place est confirmée : Protection forum", message.Subject);
        var row = await _app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().SingleAsync());
        Assert.Equal((key, EmailDeliveryStatus.Sent, null), (row.Key, row.Status, row.Error));
        Assert.DoesNotContain("No emails yet", await _organiser.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendOfASentEmail_ThroughTheApi_SendsOneFreshCopyUnderItsOwnKey()
    {
        await RegisterAnaAsync();
        await RunJobsAsync();
        var original = await _app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().SingleAsync());

        var response = await _organiser.PostAsync(new Uri($"{Api}/{original.Id}/resend", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await RunJobsAsync();
        await RunJobsAsync();

        Assert.Equal(2, _smtp.Received.Count);
        var rows = await _app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.StartsWith(original.Key + ":copy:", rows[1].Key, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(EmailDeliveryStatus.Sent, r.Status));
    }

    [Fact]
    public async Task ResendOfAnotherEventsEmail_Is404_AndOfAQueuedOne409()
    {
        var foreign = await SeedAsync("registration:9:Confirmed:0", "other@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Failed, eventId: _eventId + 1);
        var queued = await SeedAsync("registration:8:Confirmed:0", "queued@example.org", EmailKind.Confirmed, EmailDeliveryStatus.Queued);

        Assert.Equal(HttpStatusCode.NotFound, (await _organiser.PostAsync(new Uri($"{Api}/{foreign}/resend", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _organiser.PostAsync(new Uri($"{Api}/{queued}/resend", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _organiser.GetAsync(new Uri("/api/organiser/events/nope/emails", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AttendeesAndAnonymousCallers_AreRefused()
    {
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var attendee = await _app.SignedInAsync("attendee@example.org", role: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(Api, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.GetAsync(new Uri(Api, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.PostAsync(new Uri($"{Api}/1/resend", UriKind.Relative), null)).StatusCode);
        var page = await anonymous.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}
