using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Events.Bench.Invitations;

/// <summary>The real app's services over a throw-away SQLite database, mail going where the Smtp settings given say.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _smtp;

    public BenchHost(IReadOnlyDictionary<string, string?> smtp)
    {
        _smtp = smtp;
        // The factory looks for the web project's folder; outside a test project it must be told where it is.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Events.sln")))
        {
            root = root.Parent;
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EVENTS_WEB",
            Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."), "src", "Events.Web"));
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "events-bench", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.UseSetting("Jobs:RunServerInWeb", "false");
        builder.UseSetting("RateLimits:PublicWritesPerMinute", "100000");
        builder.UseSetting("Live:QuestionsPerMinute", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _smtp)
        {
            builder.UseSetting(key, value);
        }
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
