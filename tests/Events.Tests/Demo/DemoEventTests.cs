using System.Text.Json;
using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;

namespace Events.Tests.Demo;

public sealed class DemoEventTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task DemoRun_PublishesTheModelEvent_WithSeedAgendaChannelsAndReadings()
    {
        var ev = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{ModelEvent.Slug}");

        Assert.Equal("Europe/Paris", ev.GetProperty("timeZone").GetString());
        Assert.Equal("2021-10-26T16:00:00+02:00", ev.GetProperty("start").GetString());
        Assert.Equal("2021-10-26T17:30:00+02:00", ev.GetProperty("end").GetString());
        Assert.Equal("2021-10-26T14:00:00Z", ev.GetProperty("startUtc").GetString());
        Assert.Equal(["openingRemarks", "panel", "plenaryQa", "closingRemarks", "wrapUp"],
            ev.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        var panel = ev.GetProperty("agenda")[1].GetProperty("people").EnumerateArray().ToList();
        Assert.Equal("William Chemaly", panel[0].GetProperty("name").GetString());
        Assert.Equal("moderator", panel[0].GetProperty("role").GetString());
        Assert.Equal(3, panel.Count(p => p.GetProperty("role").GetString() == "panellist"));
        Assert.Equal(["en", "fr", "es"], ev.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("languageCode").GetString()));
        Assert.Equal(14, ev.GetProperty("readings").GetArrayLength());
    }

    [Fact]
    public async Task DemoPage_ShowsTimesInTheEventZone_InFrench()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/events/{ModelEvent.Slug}"));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Programme", html, StringComparison.Ordinal);
        Assert.Contains(">16:00</time>–<time datetime=\"2021-10-26T17:30:00.0000000+02:00\" data-local-time>17:30</time>", html, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris (UTC+02:00)", html, StringComparison.Ordinal);
        Assert.Contains("Mayerlín Vergara Pérez", html, StringComparison.Ordinal);
        Assert.Contains("https://doi.org/10.14197/atr.201220142", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kind\">Table ronde</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoLoad_IsIdempotentAcrossRestarts()
    {
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Events.Web.Demo.DemoLoader>().LoadAsync(CancellationToken.None);
        }
        // Loaded at start and once more here: still one forum with the model event and its second session.
        Assert.Equal(1, await _app.WithDbAsync(db => db.Forums.CountAsync()));
        Assert.Equal([ModelEvent.Slug, DisabilityInclusionSession.Slug],
            await _app.WithDbAsync(db => db.Events.OrderBy(e => e.Id).Select(e => e.Slug).ToListAsync()));
        Assert.Equal(2, await _app.WithDbAsync(db => db.Events.CountAsync(e => e.ForumId != null)));
        Assert.Equal(5 + 4, await _app.WithDbAsync(db => db.AgendaItems.CountAsync()));
        Assert.Equal(6 + 3, await _app.WithDbAsync(db => db.Speakers.CountAsync()));
        Assert.Equal(3 + 3, await _app.WithDbAsync(db => db.Channels.CountAsync()));
        Assert.Equal(14 + 3, await _app.WithDbAsync(db => db.Readings.CountAsync()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.FollowUps.CountAsync()));
    }
}
