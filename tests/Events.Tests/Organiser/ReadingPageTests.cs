using System.Net;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

public sealed class ReadingPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_AddsAndRemovesReading_WithInlineErrorForMissingTitle()
    {
        var client = await _app.OrganiserAsync();
        await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), await client.TokenAsync("/organiser/events/new"));
        const string url = "/organiser/events/forum-2021/readings";

        var bad = await client.PostFormAsync(url + "?handler=Add", new() { ["Input.Title"] = "" }, await client.TokenAsync(url));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Title\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var added = await client.PostFormAsync(url + "?handler=Add",
            new() { ["Input.Title"] = "Ana Panel", ["Input.Authors"] = "Org A" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await _app.WithDbAsync(db => db.Readings.Select(s => s.Id).SingleAsync());
        Assert.Contains("Ana Panel", await client.GetStringAsync(url), StringComparison.Ordinal);

        var removed = await client.PostFormAsync($"{url}?handler=Remove&id={id}", [], await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Readings.CountAsync()));
    }
}
