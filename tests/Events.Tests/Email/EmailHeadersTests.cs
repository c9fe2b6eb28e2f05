using Events.Core.Email;
using Events.Core.EmailStatus;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Email;

/// <summary>The headers every sent message carries: the configured sender, the forum's or organiser's reply-to, automatic-mail markers, a stable id.</summary>
public sealed class EmailHeadersTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public EmailHeadersTests() => _app = new EventsApp(new()
    {
        ["Smtp:DropDirectory"] = _drop, ["Smtp:FromAddress"] = "news@events.example.org", ["Smtp:FromName"] = "Forum news",
    });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private async Task<MimeMessage> SendAsync(int registrationId, EmailKind kind)
    {
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(registrationId, kind, CancellationToken.None);
        }
        return Assert.Single(ContentLanguageSeed.Take(_drop));
    }

    [Fact]
    public async Task SentMessage_CarriesTheConfiguredSender_TheForumsReplyTo_AndTheAutomaticMailMarkers()
    {
        var ev = await PreviewSeed.EventAsync(_app);
        var ana = await ContentLanguageSeed.RegisterAsync(_app, ev.Id, "Ana", "es");

        var message = await SendAsync(ana.Id, EmailKind.Confirmed);

        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Forum news", "news@events.example.org"), (from.Name, from.Address));
        Assert.Equal(PreviewSeed.ForumReplyTo, Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal("All", message.Headers["X-Auto-Response-Suppress"]);
        Assert.EndsWith("@events.example.org", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventOutsideAForum_RepliesToItsOrganiser()
    {
        var ev = await PreviewSeed.EventAsync(_app, inForum: false);
        var ana = await ContentLanguageSeed.RegisterAsync(_app, ev.Id, "Ana", "es");

        var message = await SendAsync(ana.Id, EmailKind.Pending);

        var replyTo = Assert.Single(message.ReplyTo.Mailboxes);
        Assert.Equal(("Forum team", "team@example.org"), (replyTo.Name, replyTo.Address));
    }

    [Fact]
    public async Task MessageId_StaysTheSame_WhenAFailedEmailIsSentAgain_AndAFreshCopyHasItsOwn()
    {
        var ev = await PreviewSeed.EventAsync(_app);
        var ana = await ContentLanguageSeed.RegisterAsync(_app, ev.Id, "Ana", "en");
        var first = await SendAsync(ana.Id, EmailKind.Confirmed);
        var delivery = await _app.WithDbAsync(db => db.EmailDeliveries.SingleAsync());
        // As if the server had refused it after all: the organiser's resend then goes under the same key.
        await _app.WithDbAsync(db => db.EmailDeliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, EmailDeliveryStatus.Failed)));

        var again = await ResendAsync(ev.Id, delivery.Id);
        var copy = await ResendAsync(ev.Id, delivery.Id);

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.NotEqual(first.MessageId, copy.MessageId);
        Assert.Equal(MailHeaders.MessageId(delivery.Key, "news@events.example.org"), first.MessageId);
    }

    private async Task<MimeMessage> ResendAsync(int eventId, int deliveryId)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Events.Core.Data.EventsDbContext>();
        Assert.Equal(ResendOutcome.Queued, await scope.ServiceProvider.GetRequiredService<EmailResender>().ResendAsync(eventId, deliveryId, CancellationToken.None));
        var key = await db.EmailDeliveries.Where(d => d.Status == EmailDeliveryStatus.Queued).Select(d => d.Key).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<IEmailResendJobs>().ResendAsync(key, CancellationToken.None);
        return Assert.Single(ContentLanguageSeed.Take(_drop));
    }
}
