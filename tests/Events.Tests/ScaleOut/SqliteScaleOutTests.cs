using System.Net;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Xunit.Abstractions;

namespace Events.Tests.ScaleOut;

/// <summary>The embedded storage's version of the killed worker: SQLite for data and jobs, the one worker killed and started again.</summary>
[Collection(nameof(ScaleOutCollection))]
public sealed class SqliteScaleOutTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-scaleout-mail-" + Guid.NewGuid().ToString("N"));
    private readonly List<ScaleOutProcess> _workers = [];
    private readonly EventsApp _app = new(new()
    {
        ["Jobs:Storage"] = "Sqlite",
        ["Jobs:RunServerInWeb"] = "false",
        ["Links:Secret"] = ScaleOutDeployment.LinksSecret,
    });

    [Fact]
    public async Task ScaleOut_SqliteWorkerKilledWhileSendingFiveHundredInvitations_RestartedWorkerLeavesNobodyWithoutOne()
    {
        await _app.PublishedEventAsync(capacity: null, slug: "scaleout-sqlite");
        var mailbag = new ScaleOutMailbag(_drop);
        var worker = StartWorker();
        using var client = _app.CreateClient();

        using var stop = new CancellationTokenSource();
        var killer = Task.Run(async () =>
        {
            while (mailbag.Files < 100)
            {
                await Task.Delay(50, stop.Token);
            }
            worker.KillHard();
            var killedAt = DateTime.UtcNow;
            StartWorker();
            return (killedAt, mailbag.Files);
        }, stop.Token);
        using var gate = new SemaphoreSlim(16);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 500).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return (await client.PostAsJsonAsync("/api/events/scaleout-sqlite/registrations", RegistrationTestKit.Form($"Person {i}", $"sq{i}@example.org"))).StatusCode;
            }
            finally
            {
                gate.Release();
            }
        }));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var (killedAt, sentBefore) = await killer.WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine($"worker killed (SIGKILL) after {sentBefore} of 500 invitations, and started again");

        var deadline = killedAt.AddMinutes(2);
        Dictionary<string, int> counts;
        while ((counts = mailbag.PerRecipient(r => r.StartsWith("sq", StringComparison.Ordinal))).Count < 500 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }
        output.WriteLine($"{counts.Count} of 500 had their invitation {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");
        Assert.True(counts.Count == 500,
            $"{500 - counts.Count} registrants without an invitation 2 minutes after the kill.\n{string.Join('\n', _workers.Select(w => w.Output()))}");
        await Task.Delay(TimeSpan.FromSeconds(3));
        counts = mailbag.PerRecipient(r => r.StartsWith("sq", StringComparison.Ordinal));
        Assert.Empty(counts.Where(c => c.Value != 1).Select(c => $"{c.Key}: {c.Value}"));
    }

    private ScaleOutProcess StartWorker()
    {
        var dll = ScaleOutProcess.Dll("Events.Worker");
        var worker = ScaleOutProcess.Start($"worker {_workers.Count + 1}", "dotnet", [dll], new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = "Sqlite",
            ["Database__DataDirectory"] = _app.DataDirectory,
            ["Jobs__Storage"] = "Sqlite",
            ["Jobs__RunServerInWeb"] = "false",
            ["Jobs__InvisibilityTimeout"] = ScaleOutDeployment.InvisibilityTimeout,
            ["Jobs__DeliveryLease"] = ScaleOutDeployment.DeliveryLease,
            ["EmailOutbox__RedispatchSeconds"] = ScaleOutDeployment.RedispatchSeconds,
            ["Links__Secret"] = ScaleOutDeployment.LinksSecret,
            ["Smtp__DropDirectory"] = _drop,
            ["Logging__LogLevel__Default"] = "Warning",
        });
        _workers.Add(worker);
        return worker;
    }

    public void Dispose()
    {
        _workers.ForEach(w => w.Dispose());
        _app.Dispose();
        try
        {
            Directory.Delete(_drop, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
