using System.Net;
using System.Net.Http.Json;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.RegistrationThroughput;

/// <summary>The capacity gate is per event: a busy event does not hold up registrations for another.</summary>
public sealed class PerEventGateTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HeldGateOfOneEvent_DoesNotDelayAnotherEvent_AndItsOwnRegistrationWaitsForIt()
    {
        await _app.PublishedEventAsync(capacity: 10, slug: "event-a");
        await _app.PublishedEventAsync(capacity: 10, slug: "event-b");
        var a = await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == "event-a").Select(e => e.Id).SingleAsync());
        var gate = _app.Services.GetRequiredService<RegistrationGate>();
        var client = _app.CreateClient();

        Task<HttpResponseMessage> waitingOnA;
        using (await gate.EnterAsync(a, CancellationToken.None))
        {
            waitingOnA = client.PostAsJsonAsync("/api/events/event-a/registrations", RegistrationTestKit.Form("Ana", "ana@example.org"));
            var b = await client.PostAsJsonAsync("/api/events/event-b/registrations", RegistrationTestKit.Form("Ben", "ben@example.org"))
                .WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.Accepted, b.StatusCode);
            await Task.Delay(200);
            Assert.False(waitingOnA.IsCompleted);
        }
        Assert.Equal(HttpStatusCode.Accepted, (await waitingOnA.WaitAsync(TimeSpan.FromSeconds(20))).StatusCode);

        var registered = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Email).Select(r => r.Email).ToListAsync());
        Assert.Equal(["ana@example.org", "ben@example.org"], registered);
    }

    [Fact]
    public async Task TwoEventsRacedAtOnce_EachFillsItsOwnCapacity_NoOverbooking()
    {
        await _app.PublishedEventAsync(capacity: 20, slug: "event-a");
        await _app.PublishedEventAsync(capacity: 30, slug: "event-b");

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).SelectMany(i => new[]
        {
            _app.CreateClient().PostAsJsonAsync("/api/events/event-a/registrations", RegistrationTestKit.Form($"A {i}", $"a{i}@example.org")),
            _app.CreateClient().PostAsJsonAsync("/api/events/event-b/registrations", RegistrationTestKit.Form($"B {i}", $"b{i}@example.org")),
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var counts = await _app.WithDbAsync(db => db.Registrations.Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { e.Slug, r.Status })
            .GroupBy(x => new { x.Slug, x.Status }).Select(g => new { g.Key.Slug, g.Key.Status, Count = g.Count() })
            .OrderBy(x => x.Slug).ThenBy(x => x.Status).ToListAsync());
        Assert.Equal(
            [("event-a", RegistrationStatus.Confirmed, 20), ("event-a", RegistrationStatus.WaitingList, 40),
             ("event-b", RegistrationStatus.Confirmed, 30), ("event-b", RegistrationStatus.WaitingList, 30)],
            counts.Select(c => (c.Slug, c.Status, c.Count)));
    }
}
