using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;

namespace Events.Tests.Accounts;

public sealed class SignInTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["RateLimits:SignInPerMinute"] = "3" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WrongPassword_Is401_AndRepeatedAttemptsAreRateLimited()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync("/api/account/login", new { email = "x@example.org", password = "wrong-password" });
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task LoadingTheSignInPageAgain_IsNotASignInAttempt()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        }

        var response = await client.PostAsJsonAsync("/api/account/login", new { email = "x@example.org", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheOrganiserAndPublicEndpoints()
    {
        var json = await _app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/organiser/events/{slug}/agenda\"", json, StringComparison.Ordinal);
        Assert.Contains("\"/api/events/{slug}\"", json, StringComparison.Ordinal);
    }
}
