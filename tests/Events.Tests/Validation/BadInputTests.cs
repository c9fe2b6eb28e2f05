using System.Net.Http.Json;
using System.Text;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Validation;

public sealed class BadInputTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<string[]> PostEventAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/api/organiser/events", new StringContent(json, Encoding.UTF8, "application/json"));
        return await response.AssertValidationProblemAsync();
    }

    [Theory]
    [InlineData("""{"slug":"a","title":"T","start":"2021-10-26T16:00:00","end":"2021-10-26T17:00:00","timeZone":"Europe/Paris","capacity":"many"}""", "capacity")]
    [InlineData("""{"slug":"a","title":"T","start":"yesterday","end":"2021-10-26T17:00:00","timeZone":"Europe/Paris"}""", "start")]
    [InlineData("""{"slug":"a","title":"T","start":"2021-10-26T16:00:00","end":"2021-10-26T17:00:00","timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"slug":"a","title":"T","start":"2021-10-26T16:00:00","end":"2021-10-26T15:00:00","timeZone":"Europe/Paris"}""", "end")]
    [InlineData("""{"slug":"a","start":"2021-10-26T16:00:00","end":"2021-10-26T17:00:00","timeZone":"Europe/Paris"}""", "title")]
    [InlineData("""{"slug":"a","title":"T","end":"2021-10-26T17:00:00","timeZone":"Europe/Paris"}""", "start")]
    [InlineData("""{"slug":"Not a slug!","title":"T","start":"2021-10-26T16:00:00","end":"2021-10-26T17:00:00","timeZone":"Europe/Paris"}""", "slug")]
    [InlineData("""{"slug":"a","title":"T","start":"2021-03-28T02:30:00","end":"2021-03-28T04:00:00","timeZone":"Europe/Paris"}""", "start")]
    [InlineData("""{"slug":"a","title":"T",""", "body")]
    public async Task CreateEvent_WithBadInput_Returns400NamingTheField_AndSavesNothing(string json, string field)
    {
        var organiser = await _app.OrganiserAsync();
        Assert.Contains(field, await PostEventAsync(organiser, json));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task OneMegabyteStrings_AreRefusedWith400()
    {
        var organiser = await _app.OrganiserAsync();
        var huge = new string('x', 1024 * 1024);
        var input = TestData.Event() with { Title = huge, Summary = huge };
        var response = await organiser.PostAsJsonAsync("/api/organiser/events", input);
        var fields = await response.AssertValidationProblemAsync();
        Assert.Equal(["summary", "title"], fields.Order());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/x")]
    [InlineData("not a url")]
    public async Task NonHttpUrls_AreRefused(string url)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();

        var channel = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels", new { languageCode = "fr", label = "Français", joinUrl = url });
        Assert.Equal(["joinUrl"], await channel.AssertValidationProblemAsync());
        var reading = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/readings", new { title = "R", url });
        Assert.Equal(["url"], await reading.AssertValidationProblemAsync());
        var speaker = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/speakers", new { name = "S", photoUrl = url });
        Assert.Equal(["photoUrl"], await speaker.AssertValidationProblemAsync());

        Assert.Equal(0, await _app.WithDbAsync(db => db.Channels.CountAsync() ));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Readings.CountAsync()));
    }

    [Fact]
    public async Task UnknownLanguageCode_IsRefused()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event())).EnsureSuccessStatusCode();
        var response = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels", new { languageCode = "zz-!!", label = "?" });
        Assert.Equal(["languageCode"], await response.AssertValidationProblemAsync());
    }
}
