using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/r/{registration.Token}")).StatusCode);
        var cancel = await client.PostAsync($"/r/{registration.Token}?handler=Cancel",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await RegistrationTestKit.PageTokenAsync(client, $"/r/{registration.Token}") }));
        Assert.Equal(HttpStatusCode.TooManyRequests, cancel.StatusCode);
    }

    [Fact]
    public async Task AdmissionByPersonalLink_IsLimitedPerLink_ThoughItIsAGet()
    {
        await _app.PublishedEventAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var token = await _app.WithDbAsync(db => db.Registrations.Select(r => r.Token).SingleAsync());
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync($"/r/{token}/live")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }
}
