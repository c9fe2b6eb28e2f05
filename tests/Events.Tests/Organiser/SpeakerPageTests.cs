using System.Net;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

public sealed class SpeakerPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_AddsAndRemovesSpeaker_WithInlineErrorForMissingName()
    {
        var client = await _app.OrganiserAsync();
        await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), await client.TokenAsync("/organiser/events/new"));
        const string url = "/organiser/events/forum-2021/speakers";

        var bad = await client.PostFormAsync(url + "?handler=Add", new() { ["Input.Name"] = "" }, await client.TokenAsync(url));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var added = await client.PostFormAsync(url + "?handler=Add",
            new() { ["Input.Name"] = "Ana Panel", ["Input.Organisation"] = "Org A" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await _app.WithDbAsync(db => db.Speakers.Select(s => s.Id).SingleAsync());
        Assert.Contains("Ana Panel", await client.GetStringAsync(url), StringComparison.Ordinal);

        var removed = await client.PostFormAsync($"{url}?handler=Remove&id={id}", [], await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Speakers.CountAsync()));
    }
}
