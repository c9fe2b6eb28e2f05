using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Bench.Registrations;

/// <summary>
/// The real web app on Kestrel at 127.0.0.1: a throw-away SQLite database in WAL mode with SQLite job storage (as the
/// one-command run), or the PostgreSQL database given, with PostgreSQL job storage. No job server: the emails'
/// sending is measured elsewhere; what is measured here is the registration and the hand-over of its email.
/// </summary>
internal sealed class BenchHost(string? postgres) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "events-bench", Guid.NewGuid().ToString("N"));

    public static void PointAtWebProject()
    {
        // The factory looks for the web project's folder; outside a test project it must be told where it is.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Events.sln")))
        {
            root = root.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EVENTS_WEB",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "Events.Web"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        if (postgres is null)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Jobs:Storage", "Sqlite");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", postgres);
            builder.UseSetting("Jobs:Storage", "Postgres");
        }
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Jobs:RunServerInWeb", "false");
        builder.UseSetting("Smtp:DropDirectory", Path.Combine(DataDirectory, "mail"));
        builder.UseSetting("RateLimits:PublicWritesPerMinute", "10000000");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Accounts:RequireTwoFactorForOrganisers", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public string Start()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }
}
