using System.Net.Http.Json;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Registrations;

public sealed class RegistrationEmailTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public RegistrationEmailTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private async Task RunQueuedJobsAsync()
    {
        foreach (var (id, kind) in _app.EmailJobs())
        {
            using var scope = _app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(id, kind, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Confirmation_InTheRegistrantsLanguage_CarriesTheInvitation_AndIsSentOnceWhenTheJobRunsTwice()
    {
        await _app.PublishedEventAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(language: "es"))).EnsureSuccessStatusCode();

        await RunQueuedJobsAsync();
        await RunQueuedJobsAsync();

        var file = Assert.Single(Directory.GetFiles(_drop, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Su plaza está confirmada: Protection forum", message.Subject);
        Assert.Equal("ana@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("/r/", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"sábado, 26 de octubre de {TestData.UpcomingYear}", message.TextBody, StringComparison.Ordinal);
        var ics = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.FileName == "invite.ics");
        using var reader = new StreamReader(ics.Content!.Open());
        var calendar = await reader.ReadToEndAsync();
        Assert.Contains("METHOD:REQUEST", calendar, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{TestData.UpcomingYear}1026T160000", calendar, StringComparison.Ordinal);
    }
}
