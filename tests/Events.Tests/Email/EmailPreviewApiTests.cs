using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Email.Previews;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Email;

/// <summary>The organiser's preview through the API: every kind in every language, built and never sent nor saved.</summary>
public sealed class EmailPreviewApiTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public EmailPreviewApiTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task Preview_RendersEveryKindInEveryLanguage_WithTheEventsTitleInThatLanguage_AndWritesNothing()
    {
        await PreviewSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync("ines@example.org");

        var catalogue = await organiser.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{PreviewSeed.Slug}/emails/preview");

        var entries = catalogue.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enum.GetValues<PreviewKind>().Length * 3, entries.Count);
        Assert.All(entries, e => Assert.True(e.GetProperty("available").GetBoolean(), e.GetProperty("kind").GetString()));
        foreach (var entry in entries)
        {
            var (kind, language) = (entry.GetProperty("kind").GetString()!, entry.GetProperty("language").GetString()!);
            var response = await organiser.GetAsync(entry.GetProperty("url").GetString());
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind} {language}: {(int)response.StatusCode}");
            var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
            var expected = PreviewSeed.Expected(kind, language);
            // Decoded: the forum booking writes é as &#233;.
            Assert.Contains(expected, preview.GetProperty("subject").GetString() + WebUtility.HtmlDecode(preview.GetProperty("html").GetString()), StringComparison.Ordinal);
            Assert.Contains(expected, preview.GetProperty("subject").GetString() + preview.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("ines@example.org", preview.GetProperty("to").GetString(), StringComparison.Ordinal);
            Assert.Equal("\"Events\" <events@localhost>", preview.GetProperty("from").GetString());
        }
        Assert.False(Directory.Exists(_drop) && Directory.EnumerateFiles(_drop).Any());
        Assert.Equal((0, 0), await _app.WithDbAsync(async db => (await db.EmailDeliveries.CountAsync(), await db.Registrations.CountAsync())));
    }

    [Fact]
    public async Task Preview_AddressesTheSampleRegistrant_InTheirLanguage_WithTheCalendarEntry_AndTheForumsReplyTo()
    {
        await PreviewSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync("ines@example.org");

        var preview = await organiser.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{PreviewSeed.Slug}/emails/preview?kind=confirmed&lang=es");

        Assert.Equal("Confirmed", preview.GetProperty("kind").GetString());
        Assert.Equal("\"Persona inscrita (ejemplo)\" <ines@example.org>", preview.GetProperty("to").GetString());
        Assert.Equal("Su plaza está confirmada: Foro de protección", preview.GetProperty("subject").GetString());
        Assert.Equal(PreviewSeed.ForumReplyTo, preview.GetProperty("replyTo").GetString());
        Assert.Contains("METHOD:REQUEST", preview.GetProperty("calendar").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_NamesTheWrongField_AndSaysWhenTheEventHasNothingToShow()
    {
        await PreviewSeed.EventAsync(_app, inForum: false);
        var organiser = await _app.OrganiserAsync();
        var root = $"/api/organiser/events/{PreviewSeed.Slug}/emails/preview";

        var badKind = await organiser.GetAsync(root + "?kind=Newsletter&lang=fr");
        var badLanguage = await organiser.GetAsync(root + "?kind=Reminder&lang=de");
        var noForum = await organiser.GetAsync(root + "?kind=ForumBooking&lang=fr");
        var noEvent = await organiser.GetAsync("/api/organiser/events/nope/emails/preview?kind=Reminder&lang=fr");

        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.True((await badKind.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        Assert.True((await badLanguage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lang", out _));
        Assert.Equal(HttpStatusCode.Conflict, noForum.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noEvent.StatusCode);
        var catalogue = await organiser.GetFromJsonAsync<JsonElement>(root);
        Assert.Equal(["en", "fr", "es"], catalogue.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "ForumBooking" && !e.GetProperty("available").GetBoolean())
            .Select(e => e.GetProperty("language").GetString()));
    }
}
