using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Forums;
using Events.Tests.Forums;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Email;

/// <summary>A forum's reply-to address: set through the administration API or form, checked, and carried by the booking email.</summary>
public sealed class ForumReplyToHeadersTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public ForumReplyToHeadersTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task Api_SavesTheReplyTo_RefusesANonAddress_AndTheBookingEmailRepliesThere()
    {
        await _app.ForumWithTwoEventsAsync();
        var admin = await _app.AdministratorAsync();

        var bad = await admin.PutAsJsonAsync("/api/admin/forums/gpc", ForumTestKit.Input() with { ReplyToAddress = "not an address" });
        var good = await admin.PutAsJsonAsync("/api/admin/forums/gpc", ForumTestKit.Input() with { ReplyToAddress = " forum@example.org " });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["Must be an email address."], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("replyToAddress")
            .EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("forum@example.org", (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replyToAddress").GetString());

        (await Events.Tests.Registrations.RegistrationTestKit.PostFormAsync(_app.CreateClient(), "/forums/gpc", "", ForumTestKit.BookingFields("opening-day-one", "panel-day-two"))).EnsureSuccessStatusCode();
        await _app.RunBookingEmailsAsync();

        var message = Assert.Single(ContentLanguageSeed.Take(_drop));
        Assert.Equal("forum@example.org", Assert.Single(message.ReplyTo.Mailboxes).Address);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public async Task AdminForm_SavesAndClearsTheReplyTo()
    {
        await _app.ForumWithTwoEventsAsync();
        var admin = await _app.AdministratorAsync();
        var fields = new Dictionary<string, string>
        {
            ["Form.Slug"] = "gpc", ["Form.Title"] = "Global Protection Forum", ["Form.OriginalLanguage"] = "en",
            ["Form.StartsOn"] = $"{TestData.UpcomingYear}-10-26", ["Form.EndsOn"] = $"{TestData.UpcomingYear}-10-27",
            ["Form.EventSlugs"] = "opening-day-one", ["Form.ReplyToAddress"] = "forum@example.org",
        };

        var saved = await admin.PostFormAsync("/admin/forums/gpc", new(fields), await admin.TokenAsync("/admin/forums/gpc"));
        var stored = await _app.WithDbAsync(db => db.Forums.Select(f => f.ReplyToAddress).SingleAsync());
        Assert.Contains("value=\"forum@example.org\"", await admin.GetStringAsync("/admin/forums/gpc"), StringComparison.Ordinal);
        fields["Form.ReplyToAddress"] = "";
        var cleared = await admin.PostFormAsync("/admin/forums/gpc", new(fields), await admin.TokenAsync("/admin/forums/gpc"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, cleared.StatusCode));
        Assert.Equal("forum@example.org", stored);
        Assert.Null(await _app.WithDbAsync(db => db.Forums.Select(f => f.ReplyToAddress).SingleAsync()));
    }
}
