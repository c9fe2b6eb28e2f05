using System.Net;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

public sealed class AgendaPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_AddsAndRemovesAgendaItem_WithInlineErrorForMissingTitle()
    {
        var client = await _app.OrganiserAsync();
        await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(), await client.TokenAsync("/organiser/events/new"));
        const string url = "/organiser/events/forum-2021/agenda";

        var bad = await client.PostFormAsync(url + "?handler=Add", new() { ["Input.Title"] = "", ["Input.Kind"] = "0", ["Input.Start"] = "2021-10-26T16:00", ["Input.DurationMinutes"] = "10" }, await client.TokenAsync(url));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Title\"", html, StringComparison.Ordinal);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);

        var added = await client.PostFormAsync(url + "?handler=Add",
            new() { ["Input.Title"] = "Ana Panel", ["Input.Kind"] = "0", ["Input.Start"] = "2021-10-26T16:00", ["Input.DurationMinutes"] = "10" }, await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await _app.WithDbAsync(db => db.AgendaItems.Select(s => s.Id).SingleAsync());
        Assert.Contains("Ana Panel", await client.GetStringAsync(url), StringComparison.Ordinal);

        var removed = await client.PostFormAsync($"{url}?handler=Remove&id={id}", [], await client.TokenAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.AgendaItems.CountAsync()));
    }
}
