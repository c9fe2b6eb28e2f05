using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Email;

public sealed class TransientFailureTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private EventsApp _app = null!;

    public Task InitializeAsync()
    {
        _app = App(_smtp.Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private static EventsApp App(int port) => new(TestSmtpServer.SettingsFor(port));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static PendingEmail Email(string key, string address) => new(key, EmailKind.Confirmed, null, address,
        () => EmailMessage.Create(new MailboxAddress("", address), "Confirmed", "<p>See you</p>", "See you"));

    [Fact]
    public async Task A451Recipient_StaysQueuedWithTheReason_WhileTheOthersOfTheBatchAreDelivered()
    {
        var sessions = _smtp.Sessions;
        IReadOnlyList<DeliveryResult> results;
        using (var scope = _app.Services.CreateScope())
        {
            results = await scope.ServiceProvider.GetRequiredService<OnceOnlyMailer>().SendBatchAsync(
                [Email("k1", "ana@example.org"), Email("k2", "busy@example.org"), Email("k3", "bob@example.org")], CancellationToken.None);
        }

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.TransientFailure, DeliveryOutcome.Sent], results.Select(r => r.Outcome));
        Assert.Equal(2, _smtp.Received.Count);
        Assert.Equal(sessions + 1, _smtp.Sessions);
        var busy = await _app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().SingleAsync(d => d.Key == "k2"));
        Assert.Equal((EmailDeliveryStatus.Queued, 1, null), (busy.Status, busy.Attempts, busy.LeaseUntilUtc));
        Assert.StartsWith("451 ", busy.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_TheJobThrowsSoHangfireRetriesWithBackoff_UntilTheLedgerGivesUpAndMarksItFailed()
    {
        await using var app = App(ClosedPort());
        await app.PublishedEventAsync();
        (await app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var (id, kind) = Assert.Single(app.EmailJobs());
        // Hangfire's default retry filter (growing delays) must outlast the ledger's own limit, or an email would stay queued.
        // (Read only now: its static filters log through the live app's logger factory.)
        Assert.Contains(GlobalJobFilters.Filters, f => f.Instance is AutomaticRetryAttribute { Attempts: >= OnceOnlyMailer.MaxAttempts - 1 });
        Task RunAsync()
        {
            var scope = app.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(id, kind, CancellationToken.None)
                .ContinueWith(t => { scope.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
        }
        Task<EmailDelivery> RowAsync() => app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().SingleAsync());

        for (var attempt = 1; attempt < OnceOnlyMailer.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(RunAsync);
        }
        var queued = await RowAsync();
        Assert.Equal((EmailDeliveryStatus.Queued, OnceOnlyMailer.MaxAttempts - 1, null), (queued.Status, queued.Attempts, queued.LeaseUntilUtc));

        await RunAsync();
        await RunAsync();

        var failed = await RowAsync();
        Assert.Equal((EmailDeliveryStatus.Failed, OnceOnlyMailer.MaxAttempts), (failed.Status, failed.Attempts));
        Assert.StartsWith("Gave up after 10 attempts. Last: SocketException", failed.Error, StringComparison.Ordinal);
    }
}
