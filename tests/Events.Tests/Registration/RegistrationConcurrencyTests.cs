using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Events.Tests.Registrations;

public sealed class RegistrationConcurrencyTests(ITestOutputHelper output) : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TwoHundredParallelRegistrations_FiftyConfirmed_RestWaitInOrder_TenCancellationsPromoteTen()
    {
        var organiser = await _app.PublishedEventAsync(capacity: 50);
        var watch = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form($"Person {i}", $"p{i}@example.org"))));
        output.WriteLine($"200 registrations: {watch.ElapsedMilliseconds} ms");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));

        var all = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(200, all.Count);
        Assert.Equal(50, all.Count(r => r.Status == RegistrationStatus.Confirmed));
        var waiting = all.Where(r => r.Status == RegistrationStatus.WaitingList).ToList();
        Assert.Equal(150, waiting.Count);
        // Strict arrival order: positions 1..150 follow insertion order, and every waiting one arrived after every confirmed one.
        Assert.Equal(Enumerable.Range(1, 150).Select(i => (int?)i), waiting.Select(r => r.WaitingPosition));
        Assert.True(all.Where(r => r.Status == RegistrationStatus.Confirmed).Max(r => r.Id) < waiting.Min(r => r.Id));

        watch.Restart();
        var toCancel = all.Where(r => r.Status == RegistrationStatus.Confirmed).Take(10).Select(r => r.Id).ToList();
        var cancels = await Task.WhenAll(toCancel.Select(id => organiser.PostAsync($"/api/organiser/events/forum-2021/registrations/{id}/cancel", null)));
        output.WriteLine($"10 cancellations: {watch.ElapsedMilliseconds} ms");
        Assert.All(cancels, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));

        var after = await _app.WithDbAsync(db => db.Registrations.ToListAsync());
        Assert.Equal(50, after.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(10, after.Count(r => r.Status == RegistrationStatus.Cancelled));
        Assert.Equal(140, after.Count(r => r.Status == RegistrationStatus.WaitingList));
        var promoted = waiting.Take(10).Select(r => r.Id).ToHashSet();
        Assert.All(after.Where(r => promoted.Contains(r.Id)), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        var jobs = _app.EmailJobs();
        Assert.Equal(promoted.Order(), jobs.Where(j => j.Kind == EmailKind.Promoted).Select(j => j.Id).Order());
        Assert.Equal(150, jobs.Count(j => j.Kind == EmailKind.WaitingList));
        Assert.Equal(10, jobs.Count(j => j.Kind == EmailKind.Cancelled));
    }
}
