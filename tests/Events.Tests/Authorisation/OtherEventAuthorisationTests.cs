using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Events.Core.Accounts;
using Events.Core.Live;
using Events.Core.Teams;
using Events.Tests.Infrastructure;
using Events.Tests.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Authorisation;

/// <summary>
/// The organiser of event A walks every route of event B (API, exports, pages) and every staff hub method naming B:
/// all refused. Routes are read from the endpoint data source, so a new one is covered by itself.
/// </summary>
public sealed class OtherEventAuthorisationTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<HttpClient> OrganiserOfEventAAsync()
    {
        var admin = await _app.OrganiserAsync();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event("event-a"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/organiser/events", TestData.Event("event-b"))).EnsureSuccessStatusCode();
        var client = await _app.SignedInAsync("a-team@example.org", Roles.Organiser);
        await _app.WithDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.Email == "a-team@example.org");
            db.TeamMembers.Add(new TeamMember { UserId = user.Id, EventId = db.Events.Single(e => e.Slug == "event-a").Id, Role = TeamRole.Owner });
            return await db.SaveChangesAsync();
        });
        return client;
    }

    private List<(string Method, string Route)> Routes(string prefix) =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]))
            .Where(e => e.Route.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => (m, e.Route)))
            .Distinct().ToList();

    private static string Fill(string route, string slug) => System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}",
        m => m.Groups[1].Value == "slug" ? slug : m.Groups[2].Value.StartsWith(":int", StringComparison.Ordinal) ? "1" : "x");

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

    [Fact]
    public async Task OrganiserOfOtherEvent_IsRefusedOnEveryOrganiserEndpointAndExport()
    {
        var organiser = await OrganiserOfEventAAsync();
        var routes = Routes("/api/organiser/events/{slug}");
        Assert.Contains(("GET", "/api/organiser/events/{slug}/registrations.csv"), routes);
        Assert.Contains(routes, r => r.Method == "POST" && r.Route.StartsWith("/api/organiser/events/{slug}/team", StringComparison.Ordinal));
        var failures = new List<string>();
        foreach (var (method, route) in routes)
        {
            var response = await organiser.SendAsync(Request(method, Fill(route, "event-b")));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {route} -> {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync("/api/organiser/events/event-a")).StatusCode);
        var listed = await organiser.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/organiser/events");
        Assert.Equal(["event-a"], listed!.Select(e => e["slug"].ToString()));
    }

    [Fact]
    public async Task OrganiserOfOtherEvent_IsSentToTheDeniedPageOnEveryOrganiserPage()
    {
        var organiser = await OrganiserOfEventAAsync();
        var pages = Routes("/organiser/events/{slug}");
        Assert.Contains(("GET", "/organiser/events/{slug}/team"), pages);
        var failures = new List<string>();
        foreach (var (method, route) in pages)
        {
            var response = await organiser.SendAsync(new HttpRequestMessage(new HttpMethod(method), Fill(route, "event-b")));
            var denied = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/account/denied", StringComparison.Ordinal) == true;
            if (!denied)
            {
                failures.Add($"{method} {route} -> {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync("/organiser/events/event-a/team")).StatusCode);
        var list = await organiser.GetStringAsync("/organiser");
        Assert.Contains("/organiser/events/event-a", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/organiser/events/event-b", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganiserOfOtherEvent_IsRefusedOnEveryStaffHubMethod()
    {
        await using var live = await LiveFixture.StartAsync();
        var eventA = await live.SeedEventAsync("event-a");
        var hub = await live.StaffAsync("a-team@example.org", Roles.Organiser);
        await live.App.WithDbAsync(async db =>
        {
            db.TeamMembers.Add(new TeamMember { UserId = db.Users.Single(u => u.Email == "a-team@example.org").Id, EventId = eventA.Id, Role = TeamRole.Owner });
            return await db.SaveChangesAsync();
        });
        var staffMethods = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetParameters().FirstOrDefault()?.Name == "eventId").ToList();
        Assert.True(staffMethods.Count >= 6, string.Join(", ", staffMethods.Select(m => m.Name)));
        var failures = new List<string>();
        foreach (var method in staffMethods)
        {
            var args = method.GetParameters().Where(p => p.GetCustomAttribute<FromServicesAttribute>() is null)
                .Select(p => p.Name == "eventId" ? live.Event.Id : p.ParameterType == typeof(LiveView) ? LiveView.Console
                    : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
            try
            {
                await hub.InvokeCoreAsync(method.Name, typeof(object), args);
                failures.Add(method.Name + " was allowed");
            }
            catch (HubException)
            {
            }
        }
        Assert.Empty(failures);
        // The same caller is staff for their own event.
        await hub.InvokeAsync<LiveSnapshot>("Join", eventA.Id, LiveView.Console, null);
    }
}
