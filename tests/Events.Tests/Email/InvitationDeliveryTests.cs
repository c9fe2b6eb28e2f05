using Events.Core.Calendar;
using Events.Core.Demo;
using Events.Core.Email;
using Events.Tests.Calendar;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Events.Tests.Email;

public sealed class InvitationDeliveryTests
{
    [Fact]
    public async Task DemoInvitation_OverSmtp_CarriesACalendarThatReadsBackAs14To1530Utc()
    {
        await using var server = new TestSmtpServer();
        var sender = new MailKitEmailSender(
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, SecureSocket = MailKit.Security.SecureSocketOptions.None }),
            NullLogger<MailKitEmailSender>.Instance);
        var ev = ModelEvent.Build(DateTime.UtcNow);
        var ics = InvitationCalendar.Build(
            new InvitationRequest(ev, CalendarMethod.Request, ev.Title, ev.Summary, ev.Channels[0].JoinUrl)
            {
                Attendee = new CalendarAttendee("1", "ada@example.org", "Ada"),
            },
            DateTime.UtcNow);
        var message = EmailMessage.Create(new MailboxAddress("Ada", "ada@example.org"), ev.Title, "<p>Welcome</p>", "Welcome",
            new CalendarPart(ics, CalendarMethod.Request));

        await sender.SendAsync([message], CancellationToken.None);

        var received = Assert.Single(server.Received);
        var attachment = (MimePart)Assert.Single(received.Attachments);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var attached = new IcsReader(System.Text.Encoding.UTF8.GetString(content.ToArray()));
        Assert.Equal(new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc), attached.EventInstantUtc("DTSTART"));
        Assert.Equal(new DateTime(2021, 10, 26, 15, 30, 0, DateTimeKind.Utc), attached.EventInstantUtc("DTEND"));
        var inline = Assert.Single(received.BodyParts.OfType<TextPart>(), p => p.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal(attached.Value("VCALENDAR/VEVENT", "UID"), new IcsReader(inline.Text).Value("VCALENDAR/VEVENT", "UID"));
    }
}
