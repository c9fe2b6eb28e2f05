using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Events.Bench.Live;

// Broadcast latency of the live Q&A: one attendee asks (post-moderation) and every connected attendee hears it.
// The smallest audience is the baseline; the larger ones are reported as a ratio to it, from the same run.
internal static class BroadcastBenchmark
{
    public static async Task Main(string[] args)
    {
        var sizes = Arg(args, "--sizes", "100,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var rounds = int.Parse(Arg(args, "--rounds", "20"), CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup", "3"), CultureInfo.InvariantCulture);

        Console.WriteLine($"# Live broadcast benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; server and clients in one process over 127.0.0.1 WebSockets, SQLite");
        Console.WriteLine($"# {rounds} measured rounds after {warmup} warm-up rounds per audience size");
        Console.WriteLine();
        Console.WriteLine("clients | join all (s) | first heard median (ms) | all heard median (ms) | all heard p95 (ms) | ratio to baseline (all heard median)");
        Console.WriteLine("---|---|---|---|---|---");

        await using var host = new BenchHost();
        var baseUrl = host.Start();
        double? baseline = null;
        foreach (var size in sizes)
        {
            var joining = Stopwatch.StartNew();
            await using var audience = await Audience.JoinAsync(host, baseUrl, size, $"bench-{size}");
            var joined = joining.Elapsed;
            var firsts = new List<double>();
            var lasts = new List<double>();
            for (var round = 0; round < warmup + rounds; round++)
            {
                var (first, last) = await audience.BroadcastOnceAsync(round);
                if (round >= warmup)
                {
                    firsts.Add(first.TotalMilliseconds);
                    lasts.Add(last.TotalMilliseconds);
                }
            }
            var median = Percentile(lasts, 0.5);
            baseline ??= median;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size} | {joined.TotalSeconds:F1} | {Percentile(firsts, 0.5):F1} | {median:F1} | {Percentile(lasts, 0.95):F1} | {median / baseline.Value:F2}"));
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
