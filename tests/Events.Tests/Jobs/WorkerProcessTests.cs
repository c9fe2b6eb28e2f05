using System.Diagnostics;
using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;

namespace Events.Tests.Jobs;

// A second .NET process starting on two shared cores: it runs alone so its deadline measures the worker, not the machine.
[CollectionDefinition(nameof(WorkerProcessTests), DisableParallelization = true)]
public sealed class WorkerProcessCollection;

/// <summary>The real split: the web app only enqueues into the SQLite job store, a separate worker process sends.</summary>
[Collection(nameof(WorkerProcessTests))]
public sealed class WorkerProcessTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;
    private Process? _worker;

    public WorkerProcessTests() => _app = new EventsApp(new()
    {
        ["Jobs:Storage"] = "Sqlite",
        ["Jobs:RunServerInWeb"] = "false",
        ["Smtp:DropDirectory"] = _drop,
    });

    public void Dispose()
    {
        if (_worker is { HasExited: false })
        {
            _worker.Kill(entireProcessTree: true);
            _worker.WaitForExit(10_000);
        }
        _worker?.Dispose();
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private static string WorkerDll()
    {
        // tests/Events.Tests/bin/<configuration>/<framework>/ -> src/Events.Worker/bin/<configuration>/<framework>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(root, "src", "Events.Worker", "bin", configuration, framework, "Events.Worker.dll");
    }

    [Fact]
    public async Task WorkerProcess_SendsTheConfirmationTheWebAppEnqueued()
    {
        await _app.PublishedEventAsync();
        var dll = WorkerDll();
        Assert.True(File.Exists(dll), $"Build the solution first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__DataDirectory"] = _app.DataDirectory;
        start.Environment["Smtp__DropDirectory"] = _drop;
        start.Environment["Jobs__Storage"] = "Sqlite";
        start.Environment["Jobs__RunServerInWeb"] = "false";
        // Production (the worker's default) refuses the drop folder.
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        _worker = Process.Start(start)!;
        _worker.OutputDataReceived += (_, _) => { };
        _worker.ErrorDataReceived += (_, _) => { };
        _worker.BeginOutputReadLine();
        _worker.BeginErrorReadLine();

        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(Directory.Exists(_drop) && Directory.GetFiles(_drop, "*.eml").Length > 0))
        {
            Assert.False(_worker.HasExited, $"The worker exited with code {(_worker.HasExited ? _worker.ExitCode : 0)}.");
            await Task.Delay(250);
        }
        Assert.Single(Directory.GetFiles(_drop, "*.eml"));
    }
}
