using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.RegistrationThroughput;

/// <summary>Registration emails go through an outbox written with the registration, handed to Hangfire in batches.</summary>
public sealed class EmailOutboxTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"));
    private readonly string _mail = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var folder in new[] { _data, _mail }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RegistrationCommittedWhileDispatcherStopped_IsEmailedOnceByTheNextProcess()
    {
        using (var stopped = App())
        {
            await stopped.PublishedEventAsync();
            await stopped.Services.GetRequiredService<EmailOutboxDispatcher>().StopAsync(CancellationToken.None);
            (await stopped.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();

            Assert.Empty(BatchJobs(stopped));
            Assert.Equal(1, await stopped.WithDbAsync(db => db.Set<EmailOutboxEntry>().CountAsync()));
        }

        using var next = App();
        // Started, not asked: the dispatcher drains what the stopped process left.
        _ = next.Services;
        var batch = await EventuallyAsync(() => BatchJobs(next).SingleOrDefault());
        var ana = await next.WithDbAsync(db => db.Registrations.SingleAsync());
        Assert.Equal([new RegistrationEmail(ana.Id, EmailKind.Confirmed)], batch);
        // The job run twice (a retry after a crash) still sends one email.
        await RunAsync(next, batch);
        await RunAsync(next, batch);
        Assert.Equal(0, await next.DrainEmailOutboxAsync());

        var sent = Directory.GetFiles(_mail, "*.eml");
        Assert.Single(sent);
        Assert.Equal("ana@example.org", MimeKit.MimeMessage.Load(sent[0]).To.Mailboxes.Single().Address);
        Assert.Equal(0, await next.WithDbAsync(db => db.Set<EmailOutboxEntry>().CountAsync()));
    }

    [Fact]
    public async Task Commit_WakesTheDispatcher_WithoutWaitingForTheSweep()
    {
        using var app = App(new() { ["EmailOutbox:SweepMilliseconds"] = "600000" });
        await app.PublishedEventAsync();
        await app.Services.GetRequiredService<EmailOutboxDispatcher>().DrainAsync(CancellationToken.None);

        (await app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();

        var batch = await EventuallyAsync(() => BatchJobs(app).SingleOrDefault());
        Assert.Equal(EmailKind.Confirmed, Assert.Single(batch).Kind);
    }

    [Fact]
    public async Task FiveEmails_GoAsOneJobPerBatch_InCommitOrder()
    {
        using var app = App(new() { ["EmailOutbox:BatchSize"] = "2" });
        await app.PublishedEventAsync(capacity: 3);
        await app.Services.GetRequiredService<EmailOutboxDispatcher>().StopAsync(CancellationToken.None);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form($"P {i}", $"p{i}@example.org"))).EnsureSuccessStatusCode();
        }

        Assert.Equal(5, await app.DrainEmailOutboxAsync());

        var ids = await app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        var batches = BatchJobs(app).OrderBy(b => b[0].RegistrationId).ToList();
        Assert.Equal([2, 2, 1], batches.Select(b => b.Count));
        Assert.Equal(
            ids.Select((id, i) => new RegistrationEmail(id, i < 3 ? EmailKind.Confirmed : EmailKind.WaitingList)),
            batches.SelectMany(b => b));
    }

    [Fact]
    public async Task HandedOverEmail_WhoseJobWasLost_IsHandedOverAgainOnceStale_AndLeavesTheOutboxWhenSent()
    {
        using var app = App();
        await app.PublishedEventAsync();
        await app.Services.GetRequiredService<EmailOutboxDispatcher>().StopAsync(CancellationToken.None);
        (await app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        Assert.Equal(1, await app.DrainEmailOutboxAsync());
        var storage = app.Services.GetRequiredService<JobStorage>();
        var lost = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10).Single(j => j.Value.Job.Type == typeof(IRegistrationEmailJobs));

        // Handed over, not yet settled: the row stays, and is not handed over again while its job may still run.
        Assert.Equal(0, await app.DrainEmailOutboxAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<EmailOutboxEntry>().CountAsync()));

        // The job goes with a killed worker; once the hand-over is older than RedispatchSeconds, the next drain repairs it.
        app.Services.GetRequiredService<IBackgroundJobClient>().Delete(lost.Key);
        var old = DateTime.UtcNow.AddSeconds(-new EmailOutboxOptions().RedispatchSeconds - 1);
        await app.WithDbAsync(db => db.Set<EmailOutboxEntry>().ExecuteUpdateAsync(u => u.SetProperty(e => e.DispatchedAtUtc, old)));
        Assert.Equal(1, await app.DrainEmailOutboxAsync());
        var again = (IReadOnlyList<RegistrationEmail>)storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10)
            .Single(j => j.Key != lost.Key && j.Value.Job.Type == typeof(IRegistrationEmailJobs)).Value.Job.Args[0];
        Assert.Equal(EmailKind.Confirmed, Assert.Single(again).Kind);

        await RunAsync(app, again);
        Assert.Single(Directory.GetFiles(_mail, "*.eml"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<EmailOutboxEntry>().CountAsync()));
    }

    private EventsApp App(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Database:DataDirectory"] = _data, ["Smtp:DropDirectory"] = _mail };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        return new EventsApp(all);
    }

    /// <summary>The batch jobs in the queue, read without draining the outbox.</summary>
    private static List<IReadOnlyList<RegistrationEmail>> BatchJobs(EventsApp app) =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(j => j.Value.Job.Type == typeof(IRegistrationEmailJobs) && j.Value.Job.Method.Name == nameof(IRegistrationEmailJobs.SendBatchAsync))
            .Select(j => (IReadOnlyList<RegistrationEmail>)j.Value.Job.Args[0])
            .ToList();

    private static async Task RunAsync(EventsApp app, IReadOnlyList<RegistrationEmail> batch)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendBatchAsync(batch, CancellationToken.None);
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        for (var waited = 0; waited < 10_000; waited += 50)
        {
            if (probe() is { } found)
            {
                return found;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("Nothing came within 10 s.");
    }
}
