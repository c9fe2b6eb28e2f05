using Events.Core.Email;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Email;

public sealed class OnceOnlyMailerTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private EventsApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new EventsApp(_smtp.AppSettings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private static PendingEmail Email(string key, string address) => new(key, EmailKind.Confirmed, null, address,
        () => EmailMessage.Create(new MailboxAddress("", address), "Confirmed", "<p>See you</p>", "See you"));

    private async Task<IReadOnlyList<DeliveryResult>> SendAsync(params PendingEmail[] emails)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OnceOnlyMailer>().SendBatchAsync(emails, CancellationToken.None);
    }

    private Task<List<EmailDelivery>> DeliveriesAsync() =>
        _app.WithDbAsync(db => db.EmailDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    [Fact]
    public async Task SameKeySentTwice_DeliversOneMessage()
    {
        var key = DeliveryKey.For(1, EmailKind.Confirmed, 0);

        var first = await SendAsync(Email(key, "ada@example.org"));
        var second = await SendAsync(Email(key, "ada@example.org"));

        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(first).Outcome);
        Assert.Equal(DeliveryOutcome.AlreadySent, Assert.Single(second).Outcome);
        Assert.Single(_smtp.Received);
        var row = Assert.Single(await DeliveriesAsync());
        Assert.Equal(("registration:1:Confirmed:0", EmailDeliveryStatus.Sent, 1), (row.Key, row.Status, row.Attempts));
        Assert.NotNull(row.SentAtUtc);
    }

    [Fact]
    public async Task ConcurrentJobsForOneKey_SendOnce()
    {
        var key = DeliveryKey.For(2, EmailKind.Reminder, 0);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SendAsync(Email(key, "ada@example.org")))));

        Assert.Single(results, r => r[0].Outcome == DeliveryOutcome.Sent);
        Assert.Single(_smtp.Received);
    }

    [Fact]
    public async Task RejectedRecipient_IsMarkedFailedWithTheReason_OthersDelivered_AndNotRetried()
    {
        var emails = new[]
        {
            Email(DeliveryKey.For(3, EmailKind.Confirmed, 0), "ada@example.org"),
            Email(DeliveryKey.For(4, EmailKind.Confirmed, 0), "reject@example.org"),
            Email(DeliveryKey.For(5, EmailKind.Confirmed, 0), "bob@example.org"),
        };

        var results = await SendAsync(emails);
        var again = await SendAsync(emails);

        Assert.Equal([DeliveryOutcome.Sent, DeliveryOutcome.PermanentFailure, DeliveryOutcome.Sent], results.Select(r => r.Outcome));
        Assert.Equal([DeliveryOutcome.AlreadySent, DeliveryOutcome.AlreadyFailed, DeliveryOutcome.AlreadySent], again.Select(r => r.Outcome));
        Assert.Equal(2, _smtp.Received.Count);
        var failed = (await DeliveriesAsync())[1];
        Assert.Equal(EmailDeliveryStatus.Failed, failed.Status);
        Assert.StartsWith("5", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyLeftClaimedByADeadWorker_IsSentOnceTheLeaseExpires()
    {
        var key = DeliveryKey.For(6, EmailKind.Confirmed, 0);
        await _app.WithDbAsync(async db =>
        {
            db.EmailDeliveries.Add(new EmailDelivery
            {
                Key = key, Recipient = "ada@example.org", Attempts = 1,
                LeaseUntilUtc = DateTime.UtcNow - TimeSpan.FromMinutes(1),
                CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var result = await SendAsync(Email(key, "ada@example.org"));

        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(result).Outcome);
        Assert.Equal(2, Assert.Single(await DeliveriesAsync()).Attempts);
    }
}
