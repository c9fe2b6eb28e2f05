using Events.Tests.Tokens;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Hardening;

public sealed class HeadersTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : []);

    [Fact]
    public async Task EveryPage_HasCspConnectSelf_ImagesFromSelf_AndAPermissionsPolicy()
    {
        var response = await _app.CreateClient().GetAsync("/account/login");

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("; connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("; img-src 'self' data:;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", csp, StringComparison.Ordinal);
        var permissions = Header(response, "Permissions-Policy").Split(", ");
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
        // Over plain HTTP (this test host) no HSTS and no __Host- names, or the cookies would never come back.
        Assert.Empty(Header(response, "Strict-Transport-Security"));
        Assert.DoesNotContain(Header(response, "Set-Cookie").Split(", "), c => c.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportMap_IsTheOnlyInlineScript_AllowedByItsHash_AndSendsModulesToTheirImmutableUrls()
    {
        var client = _app.CreateClient();
        var page = await client.GetAsync("/account/login");
        var html = await page.Content.ReadAsStringAsync();

        var json = Regex.Match(html, "<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        Assert.Contains($"; script-src 'self' 'sha256-{hash}';", Header(page, "Content-Security-Policy"), StringComparison.Ordinal);
        var connection = JsonDocument.Parse(json).RootElement.GetProperty("imports").GetProperty("/js/live/connection.js").GetString()!;
        Assert.Matches(@"^/js/live/connection\.[a-z0-9]{10}\.js$", connection);

        var module = await client.GetAsync(connection);
        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.Equal("max-age=31536000, immutable", module.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(module, "X-Content-Type-Options"));
        // Document policies stay off scripts and stylesheets: bytes that mean nothing there.
        Assert.Empty(Header(module, "Content-Security-Policy"));
        Assert.Empty(Header(module, "Permissions-Policy"));
    }

    [Fact]
    public async Task ImageHosts_JoinImgSrc()
    {
        using var app = new EventsApp(new() { ["Site:ImageHosts:0"] = "https://images.example.org", ["Site:ImageHosts:1"] = "https://cdn.example.net:8443/" });

        var response = await app.CreateClient().GetAsync("/");

        Assert.Contains("; img-src 'self' data: https://images.example.org https://cdn.example.net:8443;", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public void ImageHosts_ThatAreNotOrigins_StopTheStart()
    {
        using var app = new EventsApp(new() { ["Site:ImageHosts:0"] = "https://images.example.org; script-src *" });

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("Site:ImageHosts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalPages_AnswerNoStore_PublicReadsAndStaticFilesDoNot()
    {
        var organiser = await _app.PublishedEventAsync();
        var anonymous = _app.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var token = _app.TokenOf(await _app.WithDbAsync(db => db.Registrations.SingleAsync()));

        foreach (var response in new[]
        {
            await anonymous.GetAsync($"/r/{token}"),
            await anonymous.GetAsync($"/r/{token}?handler=Export"),
            await organiser.GetAsync("/organiser/events/forum-2021/registrants"),
            await organiser.GetAsync("/api/organiser/events/forum-2021/registrations"),
            await organiser.GetAsync("/api/account/me"),
            await anonymous.GetAsync("/events/forum-2021"),
        })
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage!.RequestUri} -> {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.RequestMessage.RequestUri} has Cache-Control: {response.Headers.CacheControl}");
            Assert.Contains("no-cache", Header(response, "Pragma"), StringComparison.Ordinal);
        }
        foreach (var url in new[] { "/api/events/forum-2021", "/events/forum-2021/calendar.ics", "/css/site.css" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} -> {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore != true, $"{url} has Cache-Control: {response.Headers.CacheControl}");
        }
    }
}
