using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Email;

/// <summary>"Send me a test copy": one message to the signed-in organiser, marked as a test, past the registrants' ledger.</summary>
public sealed class EmailPreviewTestSendTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public EmailPreviewTestSendTests() =>
        _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop, ["RateLimits:TestEmailsPerMinute"] = "3" });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task TestCopy_FromTheApi_GoesToTheOrganiserOnly_MarkedAsATest_WithNoLedgerRow()
    {
        var ev = await PreviewSeed.EventAsync(_app);
        await ContentLanguageSeed.RegisterAsync(_app, ev.Id, "Ana", "es");
        var organiser = await _app.OrganiserAsync("ines@example.org");

        var response = await organiser.PostAsJsonAsync($"/api/organiser/events/{PreviewSeed.Slug}/emails/preview/test", new { kind = "Reminder", lang = "fr" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ines@example.org", body.GetProperty("to").GetString());
        var message = Assert.Single(ContentLanguageSeed.Take(_drop));
        Assert.Equal("ines@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Empty(message.Cc);
        Assert.Empty(message.Bcc);
        Assert.Equal("[Test] Rappel : Forum de protection", message.Subject);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal(0, await _app.WithDbAsync(db => db.EmailDeliveries.CountAsync()));
    }

    [Fact]
    public async Task TestCopy_FromThePage_IsSentWithTheFormsToken_AndEachCopyHasItsOwnMessageId()
    {
        await PreviewSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync("ines@example.org");
        var page = $"/organiser/events/{PreviewSeed.Slug}/emails/preview/Confirmed/es";

        foreach (var _ in new[] { 1, 2 })
        {
            var response = await organiser.PostFormAsync(page + "?handler=Test", [], await organiser.TokenAsync(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var messages = ContentLanguageSeed.Take(_drop);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal("[Test] Su plaza está confirmada: Foro de protección", m.Subject));
        Assert.NotEqual(messages[0].MessageId, messages[1].MessageId);
        Assert.Equal(0, await _app.WithDbAsync(db => db.EmailDeliveries.CountAsync()));
    }

    [Fact]
    public async Task TestCopies_AreRateLimited_PerOrganiser()
    {
        await PreviewSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync();
        var url = $"/api/organiser/events/{PreviewSeed.Slug}/emails/preview/test";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await organiser.PostAsJsonAsync(url, new { kind = "Pending", lang = "en" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, ContentLanguageSeed.Take(_drop).Count);
    }
}
