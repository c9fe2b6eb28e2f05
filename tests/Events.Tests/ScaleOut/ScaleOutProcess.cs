using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Events.Tests.ScaleOut;

/// <summary>One child process of a deployment under test: its last lines of output kept for the failure message, killed with its tree on dispose.</summary>
public sealed class ScaleOutProcess : IDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Process _process;

    private ScaleOutProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ScaleOutProcess Start(string name, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(file) ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return new ScaleOutProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start."));
    }

    /// <summary>A .NET host of this solution, e.g. ("Events.Web", …): the built dll next to this test build's configuration.</summary>
    public static string Dll(string project)
    {
        // tests/Events.Tests/bin/<configuration>/<framework>/ -> src/<project>/bin/<configuration>/<framework>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "src", project, "bin", output.Parent!.Name, output.Name, project + ".dll");
        Assert.True(File.Exists(dll), $"Build the solution first: {dll} is missing.");
        return dll;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL, as a crash or an OOM kill would end it: no shutdown hooks, nothing flushed.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await ready())
        {
            Assert.False(_process.HasExited, $"{Name} exited with code {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output()}");
            Assert.True(DateTime.UtcNow < deadline, $"{Name} not ready within {within.TotalSeconds} s:\n{Output()}");
            await Task.Delay(200);
        }
    }

    public async Task WaitForHttpAsync(string url, TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await WaitUntilAsync(async () =>
        {
            try
            {
                return (await http.GetAsync(url)).IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, within);
    }

    public string Output() => $"--- {Name} ---\n" + string.Join('\n', _lines);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue(line);
        while (_lines.Count > 60 && _lines.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
        try
        {
            KillHard();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
