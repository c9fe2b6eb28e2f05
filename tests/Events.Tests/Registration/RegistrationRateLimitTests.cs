using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

/// <summary>The public pages' form posts share the API's public-write limit; reading the pages is never limited.</summary>
public sealed class RegistrationRateLimitTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["RateLimits:PublicWritesPerMinute"] = "2", ["RateLimits:AdmissionsPerLinkPerMinute"] = "2" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RegistrationForm_AnswersTooManyRequests_OnceTheLimitIsUsed_WhilePagesStillLoad()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        var token = await RegistrationTestKit.PageTokenAsync(client, "/events/forum-2021");
        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { "ana", "bea", "cy" })
        {
            var response = await client.PostAsync("/events/forum-2021?handler=Register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Form.Name"] = name, ["Form.Email"] = $"{name}@example.org",
                ["Form.Language"] = "en", ["Form.Consent"] = "true",
            }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events/forum-2021")).StatusCode);
        var registration = await _app.WithDbAsync(db => db.Registrations.FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/r/{_app.TokenOf(registration)}")).StatusCode);
        var cancel = await client.PostAsync($"/r/{_app.TokenOf(registration)}?handler=Cancel",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await RegistrationTestKit.PageTokenAsync(client, $"/r/{_app.TokenOf(registration)}") }));
        Assert.Equal(HttpStatusCode.TooManyRequests, cancel.StatusCode);
    }

    [Fact]
    public async Task AdmissionByPersonalLink_IsLimitedPerLink_ThoughItIsAGet()
    {
        await _app.PublishedEventAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var token = _app.TokenOf(await _app.WithDbAsync(db => db.Registrations.SingleAsync()));
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync($"/r/{token}/live")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }
}
