using Events.Core.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Events.Tests.Email;

public sealed class EmailSetupTests
{
    [Fact]
    public async Task DefaultApp_WritesEmailsIntoTheDropFolder()
    {
        var drop = Path.Combine(Path.GetTempPath(), "events-drop-" + Guid.NewGuid().ToString("N"));
        using var app = new EventsApp(new() { ["Smtp:DropDirectory"] = drop });
        try
        {
            var sender = app.Services.GetRequiredService<IEmailSender>();
            await sender.SendAsync([EmailMessage.Create(new MailboxAddress("", "ada@example.org"), "Hello", "<p>Hi</p>", "Hi")], CancellationToken.None);

            Assert.Single(Directory.GetFiles(drop, "*.eml"));
        }
        finally
        {
            if (Directory.Exists(drop))
            {
                Directory.Delete(drop, recursive: true);
            }
        }
    }

    [Fact]
    public void InvalidSmtpOptions_StopTheAppAtStart()
    {
        using var app = new EventsApp(new() { ["Smtp:Port"] = "0", ["Smtp:FromAddress"] = "not-an-address" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);
        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
    }
}
