using System.Net;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Tests.Organiser;
using Events.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Hardening;

/// <summary>Two web instances on one database, as behind a load balancer: a cookie written by one is read by the other.</summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly Instance _a = new();
    private readonly Instance _b;
    private readonly CookieContainer _browser = new();

    public SharedKeysTests() => _b = new Instance(new() { ["Database:DataDirectory"] = _a.DataDirectory });

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }

    // Both instances answer as http://localhost, so one cookie jar plays one browser going to either.
    private HttpClient Browser(Instance instance) => instance.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(_browser));

    private async Task<string> OrganiserPasswordAsync()
    {
        using var scope = _a.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("organiser@example.org", "Organiser", Roles.Administrator);
    }

    [Fact]
    public async Task SharedKeys_SignedInOnInstanceA_CookieWorksOnInstanceB()
    {
        var password = await OrganiserPasswordAsync();
        var onA = Browser(_a);
        var onB = Browser(_b);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/organiser/events")).StatusCode);

        (await onA.PostAsJsonAsync("/api/account/login", new { email = "organiser@example.org", password })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/organiser/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/organiser/events")).StatusCode);
    }

    [Fact]
    public async Task SharedKeys_AntiforgeryTokenFromInstanceA_IsAcceptedByInstanceB()
    {
        var password = await OrganiserPasswordAsync();
        var token = await Browser(_a).TokenAsync("/account/login");

        var signIn = await Browser(_b).PostFormAsync("/account/login",
            new() { ["Email"] = "organiser@example.org", ["Password"] = password }, token);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/organiser", signIn.Headers.Location?.OriginalString);
    }
}
