using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed class RegistrationCsvExportTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Export_HasHeaderAndRow_AndNeutralisesFormulas()
    {
        var organiser = await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", new
        {
            name = "=cmd|' /C calc'!A0", email = "ana@example.org", language = "fr", organisation = "@Acme, Inc", consent = true,
        })).EnsureSuccessStatusCode();
        var registeredAt = await _app.WithDbAsync(db => db.Registrations.Select(r => r.CreatedAtUtc).SingleAsync());

        var response = await organiser.GetAsync("/api/organiser/events/forum-2021/registrations.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("name,email,language,channel,organisation,status,waiting position,registered at", lines[0]);
        var at = registeredAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Assert.Equal($"'=cmd|' /C calc'!A0,ana@example.org,fr,,\"'@Acme, Inc\",Confirmed,,{at}", lines[1]);
        Assert.Equal([""], lines[2..]);
    }

    [Fact]
    public async Task Export_IsRefusedToAttendeesAndAnonymous()
    {
        await _app.PublishedEventAsync();
        var attendee = await _app.SignedInAsync("ana@example.org", role: null);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.GetAsync("/api/organiser/events/forum-2021/registrations.csv")).StatusCode);
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync("/api/organiser/events/forum-2021/registrations.csv");
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }
}
