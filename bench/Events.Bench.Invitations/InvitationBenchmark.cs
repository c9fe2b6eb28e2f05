using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Events.Core.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Bench.Invitations;

// Confirmation emails with their calendar files, sent the way the outbox sends them: batch jobs of --batch registrations,
// each job in its own scope (as Hangfire runs it), to the drop folder and to an SMTP sink on 127.0.0.1.
// "--single" also runs one job per registration, the shape before batching, for comparison.
internal static class InvitationBenchmark
{
    public static async Task Main(string[] args)
    {
        var count = int.Parse(Arg(args, "--count", "3000"), CultureInfo.InvariantCulture);
        var batch = int.Parse(Arg(args, "--batch", "200"), CultureInfo.InvariantCulture);
        Console.WriteLine($"# Invitation benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; SQLite; "
            + $"{count} confirmed registrations (en/fr/es), each email with its calendar file");
        Console.WriteLine();
        Console.WriteLine("target | jobs | seconds | invitations/min | CPU ms per invitation | invitations per CPU-minute | SMTP connections | load average (1/5/15 min) after");
        Console.WriteLine("---|---|---|---|---|---|---|---");
        await RunAsync("drop folder", count, batch, smtp: false);
        await RunAsync("loopback SMTP", count, batch, smtp: true);
        if (args.Contains("--single"))
        {
            await RunAsync("drop folder", count, 1, smtp: false);
            await RunAsync("loopback SMTP", count, 1, smtp: true);
        }
    }

    private static async Task RunAsync(string target, int count, int batch, bool smtp)
    {
        await using var sink = new SmtpSink();
        var drop = Path.Combine(Path.GetTempPath(), "events-bench", "mail-" + Guid.NewGuid().ToString("N"));
        var settings = smtp
            ? new Dictionary<string, string?> { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture), ["Smtp:SecureSocket"] = "None" }
            : new Dictionary<string, string?> { ["Smtp:DropDirectory"] = drop };
        await using var host = new BenchHost(settings);
        var ids = await InvitationSeed.SeedAsync(host.Services, count);

        if (Environment.GetEnvironmentVariable("BENCH_BUILD_ONLY") is "1")
        {
            await BuildOnlyAsync(host.Services, ids);
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var chunk in ids.Chunk(batch))
        {
            using var scope = host.Services.CreateScope();
            var jobs = scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>();
            await jobs.SendBatchAsync(chunk.Select(id => new RegistrationEmail(id, EmailKind.Confirmed)).ToList(), CancellationToken.None);
        }
        var elapsed = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var delivered = smtp ? sink.Messages : Directory.GetFiles(drop, "*.eml").Length;
        if (delivered != count)
        {
            throw new InvalidOperationException($"{delivered} of {count} invitations arrived ({target}).");
        }
        var jobCount = (count + batch - 1) / batch;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target} | {jobCount} of {batch} | {elapsed.TotalSeconds:F1} | {count / elapsed.TotalMinutes:F0} | {cpuUsed.TotalMilliseconds / count:F2} | {count / cpuUsed.TotalMinutes:F0} | {(smtp ? sink.Connections.ToString(CultureInfo.InvariantCulture) : "-")} | {LoadAverage()}"));
        if (!smtp)
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    // Where the time goes: building every message (no ledger, no sending).
    private static async Task BuildOnlyAsync(IServiceProvider services, List<int> ids)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Events.Core.Data.EventsDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<Events.Core.Registrations.RegistrationEmailJobs>();
        var registrations = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Registrations);
        var ev = db.Events.Single();
        var clock = Stopwatch.StartNew();
        var bytes = 0L;
        foreach (var registration in registrations)
        {
            using var stream = new MemoryStream();
            await jobs.Build(registration, ev, EmailKind.Confirmed).WriteToAsync(stream);
            bytes += stream.Length;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# build only: {ids.Count} messages in {clock.Elapsed.TotalSeconds:F1} s, {bytes / ids.Count / 1024} KB each"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
