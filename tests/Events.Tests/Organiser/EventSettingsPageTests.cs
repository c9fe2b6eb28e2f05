using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Live;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

/// <summary>The settings page and the API both go through EventSettings.</summary>
public sealed class EventSettingsPageTests : IDisposable
{
    private const string Page = "/organiser/events/forum-2021/settings";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<HttpClient> EventAsync()
    {
        var client = await _app.OrganiserAsync();
        (await client.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/organiser/events/forum-2021/live-settings", new { moderation = "After" })).EnsureSuccessStatusCode();
        return client;
    }

    [Fact]
    public async Task SettingsPage_SavesModerationBeforeAndTheThreshold_AndTheApiReadsThemBack()
    {
        var client = await EventAsync();
        Assert.Matches("value=\"After\"[^>]*checked=\"checked\"", await client.GetStringAsync(Page));

        var live = await client.PostFormAsync(Page + "?handler=Live", new()
        {
            ["Live.Moderation"] = "Before", ["Live.AllowFullyAnonymousQuestions"] = "false", ["Live.OpenQuestions"] = "true",
        }, await client.TokenAsync(Page));
        var hour = await client.PostFormAsync(Page + "?handler=Hour", new()
        {
            ["Hour.AttendanceThresholdMinutes"] = "25", ["Hour.BriefingHoursBefore"] = "",
        }, await client.TokenAsync(Page));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (live.StatusCode, hour.StatusCode));
        Assert.Contains("Settings saved.", await client.GetStringAsync(Page), StringComparison.Ordinal);
        var liveApi = await client.GetFromJsonAsync<JsonElement>("/api/organiser/events/forum-2021/live-settings");
        Assert.Equal("Before", liveApi.GetProperty("moderation").GetString(), ignoreCase: true);
        Assert.Equal((false, true), (liveApi.GetProperty("allowFullyAnonymousQuestions").GetBoolean(), liveApi.GetProperty("openQuestions").GetBoolean()));
        var hourApi = await client.GetFromJsonAsync<JsonElement>("/api/organiser/events/forum-2021/around-the-hour");
        Assert.Equal(25, hourApi.GetProperty("attendanceThresholdMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, hourApi.GetProperty("briefingHoursBefore").ValueKind);
    }

    [Fact]
    public async Task SettingsPage_WithAWordForTheThreshold_ShowsTheCoreRuleInSpanish_AndKeepsTheStoredValues()
    {
        var client = await EventAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES");

        var response = await client.PostFormAsync(Page + "?handler=Hour", new()
        {
            ["Hour.AttendanceThresholdMinutes"] = "many", ["Hour.BriefingHoursBefore"] = "0",
        }, await client.TokenAsync(Page));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Hour.AttendanceThresholdMinutes\"[^>]*>Debe estar entre 0 y 1440.", html);
        Assert.Matches("data-valmsg-for=\"Hour.BriefingHoursBefore\"[^>]*>Debe estar entre 1 y 1440.", html);
        Assert.Matches("value=\"After\"[^>]*checked=\"checked\"", html);
        var ev = await _app.WithDbAsync(db => db.Events.SingleAsync());
        Assert.Equal((null, null, QuestionModeration.After), (ev.AttendanceThresholdMinutes, ev.BriefingHoursBefore, ev.Moderation));
    }

    [Fact]
    public async Task SettingsPage_WithAnUnknownModeration_NamesItAndSavesNothing()
    {
        var client = await EventAsync();

        var response = await client.PostFormAsync(Page + "?handler=Live", new() { ["Live.Moderation"] = "Sometimes" }, await client.TokenAsync(Page));

        Assert.Matches("data-valmsg-for=\"Live.Moderation\"[^>]*>Must be Before or After.", await response.Content.ReadAsStringAsync());
        Assert.Equal(QuestionModeration.After, await _app.WithDbAsync(db => db.Events.Select(e => e.Moderation).SingleAsync()));
    }
}
