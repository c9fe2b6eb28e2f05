using System.Globalization;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Events.Tests.ScaleOut;

/// <summary>
/// The several-machine deployment of the README as processes on 127.0.0.1: PostgreSQL (a fresh database), Redis,
/// two Events.Web instances behind nginx, two Events.Worker processes. Started once for the test class, on first use.
/// </summary>
public sealed class ScaleOutDeployment : IAsyncLifetime
{
    /// <summary>Short here so the test sees a killed worker's jobs taken back within seconds; production keeps minutes.</summary>
    public const string InvisibilityTimeout = "00:00:10";
    public const string DeliveryLease = "00:00:05";

    /// <summary>A job lost with the killed worker is repaired from the outbox within the tests' two minutes.</summary>
    public const string RedispatchSeconds = "45";
    public const string LinksSecret = "c2NhbGUtb3V0LXRlc3Qtc2VjcmV0LTMyLWJ5dGVzLWxvbmc=";

    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly List<ScaleOutProcess> _processes = [];
    private readonly List<ScaleOutProcess> _webs = [];
    private readonly string _database = "events_scaleout_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, string> _environment = [];
    private bool _started;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "events-scaleout-" + Guid.NewGuid().ToString("N"));
    public string Drop => Path.Combine(Directory, "mail");
    public string ProxyUrl { get; private set; } = "";
    public IReadOnlyList<string> WebUrls { get; private set; } = [];
    public List<ScaleOutProcess> Workers { get; } = [];

    /// <summary>An in-process app on the same database and job storage: migrates, seeds, signs staff up, reads the results.</summary>
    public EventsApp Admin { get; private set; } = null!;

    /// <summary>Why the tests cannot run here, or null. Under CI=true nothing is missing: .ci/run installs it all.</summary>
    public static string? Missing()
    {
        if (Services.InCi)
        {
            return null;
        }
        var missing = new List<string>();
        if (Services.Postgres is null)
        {
            missing.Add("PostgreSQL (apt-get install postgresql, then set EVENTS_TEST_POSTGRES, see .ci/run)");
        }
        if (Services.Redis is null && !File.Exists(RedisServer))
        {
            missing.Add("Redis (apt-get install redis-server, or set EVENTS_TEST_REDIS)");
        }
        if (ScaleOutNginx.Binary() is null)
        {
            missing.Add("nginx (apt-get install nginx)");
        }
        return missing.Count == 0 ? null : "Needs " + string.Join(", ", missing) + ".";
    }

    private const string RedisServer = "/usr/bin/redis-server";

    public async Task StartAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (!_started)
            {
                _started = true;
                await StartAllAsync();
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task StartAllAsync()
    {
        Assert.True(Services.Postgres is not null, "EVENTS_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it.");
        System.IO.Directory.CreateDirectory(Drop);
        await AdminSqlAsync($"CREATE DATABASE {_database}");
        var connection = Connection(20);
        Admin = new EventsApp(new()
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = Connection(5),
            ["Jobs:Storage"] = "Postgres",
            ["Jobs:RunServerInWeb"] = "false",
            ["Links:Secret"] = LinksSecret,
        });
        // Migrated, Hangfire's schema installed and the key ring made once, before four processes start on it at the same time.
        Admin.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers();
        Admin.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("scale-out").Protect("start");

        var redis = Services.Redis ?? StartRedis();
        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = "Postgres",
            ["Database__MigrateOnStart"] = "false",
            ["Jobs__Storage"] = "Postgres",
            ["Jobs__RunServerInWeb"] = "false",
            ["Jobs__InvisibilityTimeout"] = InvisibilityTimeout,
            ["Jobs__DeliveryLease"] = DeliveryLease,
            ["EmailOutbox__RedispatchSeconds"] = RedispatchSeconds,
            ["Links__Secret"] = LinksSecret,
            ["Smtp__DropDirectory"] = Drop,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var proxyPort = ScaleOutProcess.FreePort();
        ProxyUrl = $"http://127.0.0.1:{proxyPort}";
        var webPorts = new[] { ScaleOutProcess.FreePort(), ScaleOutProcess.FreePort() };
        WebUrls = webPorts.Select(p => $"http://127.0.0.1:{p}").ToList();
        var web = ScaleOutProcess.Dll("Events.Web");
        for (var i = 0; i < webPorts.Length; i++)
        {
            var environment = new Dictionary<string, string>(shared)
            {
                ["Database__ConnectionString"] = connection,
                ["Live__Redis"] = redis,
                ["Demo__Enabled"] = "false",
                ["Site__BaseUrl"] = ProxyUrl,
                ["RateLimits__PublicWritesPerMinute"] = "100000",
                ["RateLimits__SignInPerMinute"] = "10000",
                ["Accounts__RequireTwoFactorForOrganisers"] = "false",
            };
            _webs.Add(Start($"web {(char)('A' + i)}", "dotnet", [web, "--urls", WebUrls[i]], environment, Path.GetDirectoryName(web)));
        }
        _environment.Clear();
        foreach (var (key, value) in shared)
        {
            _environment[key] = value;
        }
        _environment["Database__ConnectionString"] = Connection(10);
        StartWorker();
        StartWorker();

        var nginx = Path.Combine(Directory, "nginx");
        System.IO.Directory.CreateDirectory(nginx);
        await File.WriteAllTextAsync(Path.Combine(nginx, "nginx.conf"), ScaleOutNginx.Config(nginx, proxyPort, webPorts));
        var proxy = Start("nginx", ScaleOutNginx.Binary() ?? "nginx", ["-p", nginx, "-c", Path.Combine(nginx, "nginx.conf"), "-e", Path.Combine(nginx, "error.log")],
            new Dictionary<string, string>(), nginx);

        var ready = TimeSpan.FromSeconds(90);
        for (var i = 0; i < webPorts.Length; i++)
        {
            await _webs[i].WaitForHttpAsync(WebUrls[i] + "/health", ready);
        }
        await proxy.WaitForHttpAsync(ProxyUrl + "/health", ready);
        var monitoring = Admin.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Workers[^1].WaitUntilAsync(() => Task.FromResult(monitoring.Servers().Count >= 2), ready);
    }

    /// <summary>Starts (or starts again) a worker on the PostgreSQL job storage.</summary>
    public ScaleOutProcess StartWorker()
    {
        var worker = ScaleOutProcess.Dll("Events.Worker");
        var process = Start($"worker {Workers.Count + 1}", "dotnet", [worker], _environment, Path.GetDirectoryName(worker));
        Workers.Add(process);
        return process;
    }

    public string Diagnostics() => string.Join('\n', _processes.Select(p => p.Output()));

    private string StartRedis()
    {
        var port = ScaleOutProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        Start("redis", RedisServer, ["--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], new Dictionary<string, string>(), Directory);
        return "127.0.0.1:" + port;
    }

    private ScaleOutProcess Start(string name, string file, string[] arguments, IReadOnlyDictionary<string, string> environment, string? directory)
    {
        var process = ScaleOutProcess.Start(name, file, arguments, environment, directory);
        _processes.Add(process);
        return process;
    }

    private string Connection(int poolSize) =>
        new NpgsqlConnectionStringBuilder(Services.Postgres) { Database = _database, MaxPoolSize = poolSize }.ConnectionString;

    private static async Task AdminSqlAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(Services.Postgres);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    // xunit 2 disposes a class fixture through IAsyncLifetime (or IDisposable), not IAsyncDisposable: without this the
    // processes outlived the test run.
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Proxy and web first, so nothing new reaches the workers; each process with its whole tree.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }
        if (!_started)
        {
            return;
        }
        if (Admin is not null)
        {
            await Admin.DisposeAsync();
        }
        NpgsqlConnection.ClearPool(new NpgsqlConnection(Connection(5)));
        try
        {
            await AdminSqlAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server is gone already; its data directory goes with it.
        }
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
