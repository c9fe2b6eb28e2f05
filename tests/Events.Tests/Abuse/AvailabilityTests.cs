using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;

namespace Events.Tests.Abuse;

/// <summary>
/// The public page and API say "places available", "few places left" or "waiting list", never a count: a count
/// that drops by one after posting an address tells whether that address was already registered.
/// </summary>
public sealed class AvailabilityTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PublicPageAndApi_ShowALevel_NotACount()
    {
        await _app.PublishedEventAsync(capacity: 20);
        var client = _app.CreateClient();
        Assert.Contains("data-availability=\"Available\">", await PageAsync(client), StringComparison.Ordinal);

        await RegisterAsync(client, 17);
        var available = await PageAsync(client);
        await RegisterAsync(client, 1, from: 17);
        var few = await PageAsync(client);
        await RegisterAsync(client, 2, from: 18);
        var full = await PageAsync(client);

        Assert.Contains("Places available", available, StringComparison.Ordinal);
        Assert.Contains("data-availability=\"Few\">", few, StringComparison.Ordinal);
        Assert.Contains("Few places left", few, StringComparison.Ordinal);
        Assert.Contains("data-availability=\"Full\">", full, StringComparison.Ordinal);
        Assert.Contains("The event is full; new registrations join the waiting list.", full, StringComparison.Ordinal);
        foreach (var page in new[] { available, few, full })
        {
            Assert.DoesNotContain("Places left", page, StringComparison.Ordinal);
            Assert.DoesNotContain("waiting)", page, StringComparison.Ordinal);
        }
        var french = await client.GetStringAsync("/events/forum-2021?lang=fr");
        Assert.Contains("L’événement est complet ; les nouvelles inscriptions rejoignent la liste d’attente.", System.Net.WebUtility.HtmlDecode(french), StringComparison.Ordinal);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/events/forum-2021");
        Assert.False(api.TryGetProperty("placesLeft", out _));
    }

    private static Task<string> PageAsync(HttpClient client) => client.GetStringAsync("/events/forum-2021");

    private static async Task RegisterAsync(HttpClient client, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(email: $"p{i}@example.org"))).EnsureSuccessStatusCode();
        }
    }
}
