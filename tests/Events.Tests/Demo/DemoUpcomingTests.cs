using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Demo;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Events.Tests.Demo;

public sealed class DemoUpcomingTests : IDisposable
{
    // Held still, so the day the app counts from is the day the test counts from, even around midnight in Paris.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly EventsApp _app;

    public DemoUpcomingTests() => _app = new(new() { ["Demo:Enabled"] = "true", ["Demo:DaysAhead"] = "14" }, _clock);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task DemoRun_MovesTheModelEventAhead_KeepingItsLocalTimes_SoItCanBeRegisteredFor()
    {
        var ev = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{ModelEvent.Slug}");

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var expectedDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, paris)).AddDays(14);
        var start = DateTimeOffset.Parse(ev.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedDay, DateOnly.FromDateTime(start.DateTime));
        Assert.Equal(new TimeOnly(16, 0), TimeOnly.FromDateTime(start.DateTime));
        Assert.Equal("16:10", ev.GetProperty("agenda")[1].GetProperty("start").GetString()![11..16]);
        var page = await _app.CreateClient().GetStringAsync($"/events/{ModelEvent.Slug}");
        Assert.Contains("name=\"Form.Email\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoRun_MovesTheForumAhead_WithItsSecondSessionTheNextDay()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var expectedDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, paris)).AddDays(14);

        var forum = await _app.WithDbAsync(db => db.Forums.SingleAsync(f => f.Slug == DemoForum.Slug));
        var session = await _app.WithDbAsync(db => db.Events.SingleAsync(e => e.Slug == DisabilityInclusionSession.Slug));

        Assert.Equal(expectedDay, forum.StartsOn);
        Assert.Equal(expectedDay.AddDays(1), forum.EndsOn);
        Assert.Equal(expectedDay.AddDays(1).ToDateTime(new TimeOnly(14, 0)), TimeZoneInfo.ConvertTimeFromUtc(session.StartsAtUtc, paris));
        Assert.True(session.IsOpenForRegistration(_clock.GetUtcNow().UtcDateTime));
    }
}
