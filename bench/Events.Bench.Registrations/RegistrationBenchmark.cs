using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Events.Core.Accounts;
using Events.Core.Data;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.Registrations;
using Events.Web.Accounts;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Bench.Registrations;

// N people register for one event with a capacity through the public JSON API, a fixed number in flight; the figures
// are taken on the client side: registrations per second, latency percentiles, and the places given against the capacity.
internal static class RegistrationBenchmark
{
    public static async Task Main(string[] args)
    {
        var count = Int(args, "--count", 5000);
        var inFlight = Int(args, "--in-flight", 64);
        var capacity = Int(args, "--capacity", count / 2);
        var warmup = Int(args, "--warmup", 5000);
        var warmupRound = Int(args, "--warmup-round", 2000);
        var postgres = Arg(args, "--postgres", null);

        BenchHost.PointAtWebProject();
        await using var host = new BenchHost(postgres);
        var baseUrl = host.Start();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = inFlight, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        var run = Guid.NewGuid().ToString("N")[..8];
        var organiser = await OrganiserAsync(host, baseUrl);
        await PublishAsync(organiser, $"warmup-{run}", capacity: null);
        await PublishAsync(organiser, $"bench-{run}", capacity);

        var warmed = await WarmUpAsync(http, $"warmup-{run}", warmup, warmupRound, inFlight);
        var load = LoadAverage();
        var jitBefore = TieredJit.CpuTime();
        var (latencies, elapsed, failures) = await FireAsync(http, $"bench-{run}", count, inFlight);
        var jitShare = Math.Max(0, (TieredJit.CpuTime() - jitBefore) / elapsed);
        var loadAfter = LoadAverage();
        var drained = await OutboxDrainedAsync(host);

        var slug = $"bench-{run}";
        var statuses = await WithDbAsync(host, db => db.Registrations.Where(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == slug))
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var confirmed = statuses.GetValueOrDefault(RegistrationStatus.Confirmed);
        var waiting = statuses.GetValueOrDefault(RegistrationStatus.WaitingList);
        latencies.Sort();

        Console.WriteLine($"# Registration benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {(postgres is null ? "SQLite (WAL), SQLite job storage" : "PostgreSQL, PostgreSQL job storage")}");
        Console.WriteLine($"# server (Kestrel, 127.0.0.1) and client in one process; load average before {load}, after {loadAfter}");
        Console.WriteLine($"# {count} registrations at {inFlight} in flight after {warmed} warm-up registrations to another event " +
            string.Create(CultureInfo.InvariantCulture, $"(until the tiered JIT was quiet); the JIT's share of one core while measured: {jitShare:P0}"));
        Console.WriteLine();
        Console.WriteLine("registrations/s | p50 (ms) | p99 (ms) | max (ms) | non-202 | confirmed / capacity | waiting | overbooked | emails handed to job storage");
        Console.WriteLine("---|---|---|---|---|---|---|---|---");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count / elapsed.TotalSeconds:F0} | {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.99):F1} | {latencies[^1]:F1} | {failures} | {confirmed} / {capacity} | {waiting} | {Math.Max(0, confirmed - capacity)} | {drained}"));
    }

    /// <summary>
    /// At least <paramref name="least"/> registrations, then rounds of <paramref name="round"/> more until the tiered JIT
    /// has spent under 2% of a core in three rounds in a row (two minutes at most): the figures are a running server's.
    /// </summary>
    private static async Task<int> WarmUpAsync(HttpClient http, string slug, int least, int round, int inFlight)
    {
        var watch = Stopwatch.StartNew();
        var sent = 0;
        var quietRounds = 0;
        while (sent < least || (quietRounds < 3 && watch.Elapsed < TimeSpan.FromMinutes(2)))
        {
            var jitBefore = TieredJit.CpuTime();
            var (_, elapsed, _) = await FireAsync(http, slug, round, inFlight, first: sent);
            sent += round;
            quietRounds = (TieredJit.CpuTime() - jitBefore) / elapsed < 0.02 ? quietRounds + 1 : 0;
        }
        return sent;
    }

    private static async Task<(List<double> Latencies, TimeSpan Elapsed, int Failures)> FireAsync(HttpClient http, string slug, int count, int inFlight, int first = 0)
    {
        var latencies = new double[count];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            var person = first + i;
            using var response = await http.PostAsJsonAsync($"/api/events/{slug}/registrations",
                new { name = $"Person {person}", email = $"p{person}@bench.example.org", language = "en", consent = true }, ct);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                Interlocked.Increment(ref failures);
            }
        });
        return ([.. latencies], watch.Elapsed, failures);
    }

    private static async Task<HttpClient> OrganiserAsync(BenchHost host, string baseUrl)
    {
        string password;
        using (var scope = host.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync("bench@example.org", "Bench", Roles.Administrator);
        }
        var organiser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        (await organiser.PostAsJsonAsync("/api/account/login", new { email = "bench@example.org", password })).EnsureSuccessStatusCode();
        return organiser;
    }

    private static async Task PublishAsync(HttpClient organiser, string slug, int? capacity)
    {
        var year = DateTime.UtcNow.Year + 2;
        var input = new EventInput(slug, "Registration benchmark", "A webinar.", "Why it matters.", ["Figures"],
            new DateTime(year, 10, 26, 16, 0, 0), new DateTime(year, 10, 26, 17, 30, 0), "Europe/Paris", capacity, "Bench team", "team@example.org");
        (await organiser.PostAsJsonAsync("/api/organiser/events", input)).EnsureSuccessStatusCode();
        (await organiser.PostAsync(new Uri($"/api/organiser/events/{slug}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Waits (up to 30 s) for the outbox to be handed over (no job server here deletes its rows); says how many emails in how
    /// many jobs reached the job storage.
    /// </summary>
    private static async Task<string> OutboxDrainedAsync(BenchHost host)
    {
        var watch = Stopwatch.StartNew();
        while (await WithDbAsync(host, db => db.Set<EmailOutboxEntry>().CountAsync(e => e.DispatchedAtUtc == null)) > 0 && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }
        var jobs = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100_000)
            .Where(j => j.Value.Job?.Method.Name == nameof(IRegistrationEmailJobs.SendBatchAsync))
            .Select(j => ((IReadOnlyList<RegistrationEmail>)j.Value.Job.Args[0]).Count).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{jobs.Sum()} in {jobs.Count} jobs, all handed over {watch.Elapsed.TotalMilliseconds:F0} ms after the last answer");
    }

    private static async Task<T> WithDbAsync<T>(BenchHost host, Func<EventsDbContext, Task<T>> work)
    {
        using var scope = host.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<EventsDbContext>());
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private static int Int(string[] args, string name, int fallback) =>
        int.Parse(Arg(args, name, null) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name, string? fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
