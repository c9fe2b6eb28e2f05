using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Events.Bench.Registrations;

/// <summary>
/// The people registering: a process of its own (started by <see cref="RegistrationBenchmark"/>, on a core of its own
/// when pinned), so the clients' work neither shares the server's thread pool nor queues behind it. Warms the server up
/// on one event, then fires the measured registrations at another; tells the server when the measured part starts and
/// ends (lines on standard output), then writes the latencies as one JSON line.
/// </summary>
internal static class LoadClient
{
    public const string Flag = "--client";
    public const string MeasureStarts = "measure-starts";
    public const string MeasureEnds = "measure-ends";

    public static async Task RunAsync(string[] args)
    {
        var url = Args.Text(args, "--url") ?? throw new ArgumentException("--url");
        var count = Args.Int(args, "--count", 5000);
        var inFlight = Args.Int(args, "--in-flight", 64);
        var serverPid = Args.Int(args, "--server-pid", Environment.ProcessId);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = inFlight, UseCookies = false }) { BaseAddress = new Uri(url) };

        var warmed = await WarmUpAsync(http, Args.Text(args, "--warmup-slug")!, Args.Int(args, "--warmup", 5000), Args.Int(args, "--warmup-round", 2000), inFlight, serverPid);
        Console.WriteLine(MeasureStarts);
        var rate = Args.Int(args, "--rate", 0);
        var (latencies, elapsed, failures) = rate > 0
            ? await FireAtRateAsync(http, Args.Text(args, "--slug")!, count, inFlight, rate)
            : await FireAsync(http, Args.Text(args, "--slug")!, count, inFlight);
        Console.WriteLine(MeasureEnds);
        Console.WriteLine(JsonSerializer.Serialize(new LoadResult(warmed, elapsed.TotalSeconds, failures, latencies)));
    }

    /// <summary>
    /// At least <paramref name="least"/> registrations, then rounds of <paramref name="round"/> more until the server's
    /// tiered JIT has spent under 2% of a core in three rounds in a row (two minutes at most): the figures are a running server's.
    /// </summary>
    private static async Task<int> WarmUpAsync(HttpClient http, string slug, int least, int round, int inFlight, int serverPid)
    {
        var watch = Stopwatch.StartNew();
        var sent = 0;
        var quietRounds = 0;
        while (sent < least || (quietRounds < 3 && watch.Elapsed < TimeSpan.FromMinutes(2)))
        {
            var jitBefore = TieredJit.CpuTime(serverPid);
            var (_, elapsed, _) = await FireAsync(http, slug, round, inFlight, first: sent);
            sent += round;
            quietRounds = (TieredJit.CpuTime(serverPid) - jitBefore) / elapsed < 0.02 ? quietRounds + 1 : 0;
        }
        return sent;
    }

    private static async Task<(double[] Latencies, TimeSpan Elapsed, int Failures)> FireAsync(HttpClient http, string slug, int count, int inFlight, int first = 0)
    {
        var latencies = new double[count];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            if (!await RegisterAsync(http, slug, first + i, ct))
            {
                Interlocked.Increment(ref failures);
            }
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        return (latencies, watch.Elapsed, failures);
    }

    /// <summary>
    /// Open loop: registration i is due at i / rate seconds and at most <paramref name="inFlight"/> are outstanding. Its
    /// latency runs from when it was due, not from when it went out, so a server that falls behind is charged for the
    /// wait too (no coordinated omission): the p99 at a given rate, not the queue a closed loop builds at saturation.
    /// </summary>
    private static async Task<(double[] Latencies, TimeSpan Elapsed, int Failures)> FireAtRateAsync(HttpClient http, string slug, int count, int inFlight, int rate)
    {
        var latencies = new double[count];
        var failures = 0;
        using var slots = new SemaphoreSlim(inFlight);
        var sent = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
            while (Stopwatch.GetTimestamp() < due)
            {
                await Task.Delay(1);
            }
            await slots.WaitAsync();
            var person = i;
            sent.Add(Task.Run(async () =>
            {
                try
                {
                    if (!await RegisterAsync(http, slug, person, CancellationToken.None))
                    {
                        Interlocked.Increment(ref failures);
                    }
                    latencies[person] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        await Task.WhenAll(sent);
        return (latencies, Stopwatch.GetElapsedTime(start), failures);
    }

    private static async Task<bool> RegisterAsync(HttpClient http, string slug, int person, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync($"/api/events/{slug}/registrations",
            new { name = $"Person {person}", email = $"p{person}@bench.example.org", language = "en", consent = true }, ct);
        return response.StatusCode == HttpStatusCode.Accepted;
    }
}

internal sealed record LoadResult(int Warmed, double Seconds, int Failures, double[] Latencies);

internal static class Args
{
    public static int Int(string[] args, string name, int fallback) =>
        int.Parse(Text(args, name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
