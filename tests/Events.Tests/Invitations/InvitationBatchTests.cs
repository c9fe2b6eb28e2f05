using System.Globalization;
using Events.Core.Email;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Invitations;

public sealed class InvitationBatchTests : IAsyncLifetime
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

    private async Task SendAsync(IEnumerable<int> ids, EmailKind kind = EmailKind.Confirmed)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>()
            .SendBatchAsync(ids.Select(id => new RegistrationEmail(id, kind)).ToList(), CancellationToken.None);
    }

    private static string CalendarOf(MimeMessage message) =>
        Assert.Single(message.BodyParts.OfType<TextPart>(), p => p.ContentType.IsMimeType("text", "calendar")).Text.ReplaceLineEndings("\n").Replace("\n ", "", StringComparison.Ordinal);

    [Fact]
    public async Task SendBatch_Of300_GoesOverOneConnection_As300DistinctMessagesEachWithItsOwnCalendar()
    {
        var (_, ids) = await InvitationSeed.SeedAsync(_app, 300);

        await SendAsync(ids);

        Assert.Equal(1, _smtp.Sessions);
        var received = _smtp.Received.ToList();
        Assert.Equal(300, received.Count);
        Assert.Equal(300, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 300).Select(InvitationSeed.Email).Order(),
            received.Select(m => ((MailboxAddress)m.To.Single()).Address).Order());
        foreach (var message in received)
        {
            var address = ((MailboxAddress)message.To.Single()).Address;
            var calendar = CalendarOf(message);
            Assert.Contains("mailto:" + address, calendar, StringComparison.Ordinal);
            Assert.Single(message.Attachments, a => a.ContentType.MediaSubtype == "ics");
        }
        var sent = await _app.WithDbAsync(db => db.EmailDeliveries.CountAsync(d => d.Status == EmailDeliveryStatus.Sent));
        Assert.Equal(300, sent);
    }

    [Fact]
    public async Task SendBatch_RunTwice_SendsNothingTheSecondTime()
    {
        var (_, ids) = await InvitationSeed.SeedAsync(_app, 40);
        await SendAsync(ids);

        await SendAsync(ids);

        Assert.Equal(40, _smtp.Received.Count);
        Assert.Equal(1, _smtp.Sessions);
    }

    [Fact]
    public async Task SendBatch_WithOneRegistrationErasedMeanwhile_SendsTheRest()
    {
        var (_, ids) = await InvitationSeed.SeedAsync(_app, 5);
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == ids[2]).ExecuteDeleteAsync());

        await SendAsync(ids);

        Assert.Equal(new[] { 1, 2, 4, 5 }.Select(InvitationSeed.Email),
            _smtp.Received.Select(m => ((MailboxAddress)m.To.Single()).Address).Order());
    }

    [Fact]
    public async Task SendBatch_WithOneTransientFailure_SendsTheRestThenThrows_SoOnlyThatOneIsRetried()
    {
        var (_, ids) = await InvitationSeed.SeedAsync(_app, 4);
        // The test server answers 451 (try later) to mailboxes starting "busy".
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Email, "busy@example.org")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(ids));
        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(ids));

        Assert.Equal(3, _smtp.Received.Count);
        var ledger = await _app.WithDbAsync(db => db.EmailDeliveries.OrderBy(d => d.Id).Select(d => new { d.Recipient, d.Status, d.Attempts }).ToListAsync());
        Assert.Equal(EmailDeliveryStatus.Queued, ledger.Single(d => d.Recipient == "busy@example.org").Status);
        Assert.Equal(2, ledger.Single(d => d.Recipient == "busy@example.org").Attempts);
        Assert.All(ledger.Where(d => d.Recipient != "busy@example.org"), d => Assert.Equal((EmailDeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }
}
