using Events.Core.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Events.Tests.Email;

public sealed class EmailSenderTests
{
    private const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

    private static MailKitEmailSender Sender(SmtpOptions options) =>
        new(Options.Create(options), NullLogger<MailKitEmailSender>.Instance);

    private static MimeMessage Invitation(string address) => EmailMessage.Create(
        new MailboxAddress("Ada", address), "Invitation", "<p>Welcome</p>", "Welcome", new CalendarPart(Ics, "REQUEST"));

    [Fact]
    public async Task Smtp_DeliversHtmlTextAndCalendarParts()
    {
        await using var server = new TestSmtpServer();
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, SecureSocket = MailKit.Security.SecureSocketOptions.None });

        var results = await sender.SendAsync([Invitation("ada@example.org")], CancellationToken.None);

        Assert.True(Assert.Single(results).IsSent);
        var received = Assert.Single(server.Received);
        Assert.Equal("ada@example.org", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("events@localhost", Assert.Single(received.From.Mailboxes).Address);
        var parts = received.BodyParts.OfType<MimePart>().ToList();
        Assert.Contains(parts, p => p.ContentType.IsMimeType("text", "plain"));
        Assert.Contains(parts, p => p.ContentType.IsMimeType("text", "html"));
        var calendar = Assert.Single(parts, p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        var attachment = Assert.Single(received.Attachments.OfType<MimePart>());
        Assert.Equal("invite.ics", attachment.FileName);
        Assert.Contains("METHOD:REQUEST", ((TextPart)calendar).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_RejectedRecipientIsPermanentFailure_OthersDeliveredOnOneConnection()
    {
        await using var server = new TestSmtpServer();
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, SecureSocket = MailKit.Security.SecureSocketOptions.None });

        var results = await sender.SendAsync(
            [Invitation("ada@example.org"), Invitation("reject@example.org"), Invitation("bob@example.org")],
            CancellationToken.None);

        Assert.Equal([SendOutcome.Sent, SendOutcome.PermanentFailure, SendOutcome.Sent], results.Select(r => r.Outcome));
        Assert.StartsWith("5", results[1].Error, StringComparison.Ordinal);
        Assert.Equal(2, server.Received.Count);
        Assert.Equal(1, server.Sessions);
    }

    [Fact]
    public async Task Smtp_ServerDown_IsTransientFailure()
    {
        int port;
        await using (var server = new TestSmtpServer())
        {
            port = server.Port;
        }
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = port, SecureSocket = MailKit.Security.SecureSocketOptions.None });

        var results = await sender.SendAsync([Invitation("ada@example.org")], CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, Assert.Single(results).Outcome);
    }

    [Fact]
    public async Task NoHost_WritesEmlIntoDropFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "events-drop-" + Guid.NewGuid().ToString("N"));
        try
        {
            var results = await Sender(new SmtpOptions { DropDirectory = folder })
                .SendAsync([Invitation("ada@example.org")], CancellationToken.None);

            Assert.True(Assert.Single(results).IsSent);
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            var message = await MimeMessage.LoadAsync(file, CancellationToken.None);
            Assert.Equal("invite.ics", Assert.Single(message.Attachments.OfType<MimePart>()).FileName);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
