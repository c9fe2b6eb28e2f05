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
        var (latencies, elapsed, failures) = await FireAsync(http, Args.Text(args, "--slug")!, count, inFlight);
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
            var person = first + i;
            using var response = await http.PostAsJsonAsync($"/api/events/{slug}/registrations",
                new { name = $"Person {person}", email = $"p{person}@bench.example.org", language = "en", consent = true }, ct);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                Interlocked.Increment(ref failures);
            }
        });
        return (latencies, watch.Elapsed, failures);
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
