using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
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

// N people register for one event with a capacity through the public JSON API, a fixed number in flight, from a
// process of their own (LoadClient); the figures are taken on the client side: registrations per second, latency
// percentiles, and the places given against the capacity. Pinning (bench/registrations.sh): this server on CPU 0, the
// clients on CPU 1, as the room benchmark pins its two processes.
internal static class RegistrationBenchmark
{
    public static async Task Main(string[] args)
    {
        if (args.Contains(LoadClient.Flag))
        {
            await LoadClient.RunAsync(args);
            return;
        }
        var count = Args.Int(args, "--count", 5000);
        var inFlight = Args.Int(args, "--in-flight", 64);
        var capacity = Args.Int(args, "--capacity", count / 2);
        var warmup = Args.Int(args, "--warmup", 5000);
        var postgres = Args.Text(args, "--postgres");
        var clientCpu = Args.Text(args, "--client-cpu");
        var rate = Args.Int(args, "--rate", 0);

        BenchHost.PointAtWebProject();
        await using var host = new BenchHost(postgres);
        var baseUrl = host.Start();
        var run = Guid.NewGuid().ToString("N")[..8];
        var organiser = await OrganiserAsync(host, baseUrl);
        // The warm-up event fills too, so both the confirmed and the waiting-list paths are compiled before measuring.
        await PublishAsync(organiser, $"warmup-{run}", capacity: warmup / 2);
        await PublishAsync(organiser, $"bench-{run}", capacity);

        var load = LoadAverage();
        ServerSample before = default, after = default;
        var result = await RunClientAsync(clientCpu, [LoadClient.Flag, "--url", baseUrl, "--warmup-slug", $"warmup-{run}", "--slug", $"bench-{run}",
            "--count", $"{count}", "--in-flight", $"{inFlight}", "--warmup", $"{warmup}", "--warmup-round", Args.Text(args, "--warmup-round") ?? "2000",
            "--server-pid", $"{Environment.ProcessId}", "--rate", $"{rate}"], line =>
        {
            if (line == LoadClient.MeasureStarts)
            {
                before = ServerSample.Now();
            }
            else if (line == LoadClient.MeasureEnds)
            {
                after = ServerSample.Now();
            }
        });
        var elapsed = TimeSpan.FromSeconds(result.Seconds);
        var jitShare = Math.Max(0, (after.Jit - before.Jit) / elapsed);
        var loadAfter = LoadAverage();
        var drained = await OutboxDrainedAsync(host);

        var slug = $"bench-{run}";
        var statuses = await WithDbAsync(host, db => db.Registrations.Where(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == slug))
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var confirmed = statuses.GetValueOrDefault(RegistrationStatus.Confirmed);
        var waiting = statuses.GetValueOrDefault(RegistrationStatus.WaitingList);
        var latencies = result.Latencies.Order().ToList();

        Console.WriteLine($"# Registration benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {(postgres is null ? "SQLite (WAL), SQLite job storage" : "PostgreSQL, PostgreSQL job storage")}");
        Console.WriteLine($"# server (Kestrel, 127.0.0.1; {(GCSettings.IsServerGC ? "server" : "workstation")} GC) and clients in two processes, " +
            (clientCpu is null ? "not pinned" : $"the clients on CPU {clientCpu}, the server on {AffinityOf(Environment.ProcessId)}") + $"; load average before {load}, after {loadAfter}");
        Console.WriteLine($"# {count} registrations " + (rate > 0 ? $"offered at {rate}/s (open loop, latency from when each was due), at most {inFlight} in flight" : $"at {inFlight} in flight (closed loop: the next goes out as one is answered)") + $" after {result.Warmed} warm-up registrations to another event " +
            string.Create(CultureInfo.InvariantCulture, $"(until the tiered JIT was quiet); while measured, the server used {(after.Cpu - before.Cpu) / elapsed:F2} cores, {jitShare:P0} of one in the JIT; {after.Gc - before.Gc}"));
        Console.WriteLine();
        Console.WriteLine("registrations/s | p50 (ms) | p99 (ms) | max (ms) | non-202 | confirmed / capacity | waiting | overbooked | emails handed to job storage");
        Console.WriteLine("---|---|---|---|---|---|---|---|---");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count / elapsed.TotalSeconds:F0} | {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.99):F1} | {latencies[^1]:F1} | {result.Failures} | {confirmed} / {capacity} | {waiting} | {Math.Max(0, confirmed - capacity)} | {drained}"));
    }

    /// <summary>Runs <see cref="LoadClient"/> in a process of its own (on <paramref name="cpu"/> when given); returns what it measured.</summary>
    private static async Task<LoadResult> RunClientAsync(string? cpu, string[] clientArgs, Action<string> onLine)
    {
        var self = typeof(RegistrationBenchmark).Assembly.Location;
        var start = new ProcessStartInfo(cpu is null ? "dotnet" : "taskset") { RedirectStandardOutput = true, UseShellExecute = false };
        if (cpu is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(cpu);
            start.ArgumentList.Add("dotnet");
        }
        start.ArgumentList.Add(self);
        foreach (var arg in clientArgs)
        {
            start.ArgumentList.Add(arg);
        }
        using var client = Process.Start(start) ?? throw new InvalidOperationException("The load client did not start.");
        LoadResult? result = null;
        while (await client.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{'))
            {
                result = JsonSerializer.Deserialize<LoadResult>(line);
            }
            else
            {
                onLine(line);
            }
        }
        await client.WaitForExitAsync();
        return result ?? throw new InvalidOperationException($"The load client ended ({client.ExitCode}) without its figures.");
    }

    private static string AffinityOf(int pid) =>
        File.Exists($"/proc/{pid}/status")
            ? "CPU " + (File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?")
            : "any CPU";

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

    /// <summary>This server's CPU, its tiered JIT's CPU and its collections so far, read at the measured part's edges.</summary>
    private readonly record struct ServerSample(TimeSpan Cpu, TimeSpan Jit, GcFigures Gc)
    {
        public static ServerSample Now() =>
            new(Process.GetCurrentProcess().TotalProcessorTime, TieredJit.CpuTime(Environment.ProcessId), GcFigures.Now());
    }
}
