using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Data;
using Events.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Infrastructure;

/// <summary>The whole web app over a fresh SQLite database of its own.</summary>
public class EventsApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;

    /// <param name="clock">Replaces the app's clock, e.g. a FakeTimeProvider starting now (sign-in cookies are checked against it too).</param>
    public EventsApp(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        _clock = clock;
        DataDirectory = Path.Combine(Path.GetTempPath(), "events-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = DataDirectory,
            ["Demo:Enabled"] = "false",
            ["Jobs:Storage"] = "InMemory",
            ["Jobs:RunServerInWeb"] = "false",
            ["RateLimits:SignInPerMinute"] = "10000",
            ["RateLimits:PublicWritesPerMinute"] = "10000",
            // Test sign-ins use a password only; Accounts/TwoFactorTests switches the requirement on.
            ["Accounts:RequireTwoFactorForOrganisers"] = "false",
            // SignedInAsync resets the password, ending that account's earlier sessions at the next check: not mid-test.
            ["Accounts:StampCheckMinutes"] = "30",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }

    /// <summary>Serves the app on a real Kestrel on 127.0.0.1 (for SignalR and browser tests); returns its base URL.</summary>
    public string StartKestrel()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return addresses.First().TrimEnd('/');
    }

    /// <summary>Runs <paramref name="work"/> with a fresh scope's DbContext.</summary>
    public async Task<T> WithDbAsync<T>(Func<EventsDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<EventsDbContext>());
    }

    /// <summary>A site administrator with an organiser account: may act on every event, whoever created it.</summary>
    public Task<HttpClient> OrganiserAsync(string email = "organiser@example.org") => SignedInAsync(email, Roles.Administrator);

    public Task<HttpClient> ModeratorAsync(string email = "moderator@example.org") => SignedInAsync(email, Roles.Moderator);

    public async Task<HttpClient> SignedInAsync(string email, string? role)
    {
        string password;
        using (var scope = Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, role);
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private string? SqliteConnectionString()
    {
        var database = new DatabaseOptions
        {
            Provider = _settings["Database:Provider"] ?? "Sqlite",
            DataDirectory = _settings["Database:DataDirectory"] ?? DataDirectory,
            ConnectionString = _settings.GetValueOrDefault("Database:ConnectionString"),
        };
        return database.IsSqlite ? database.ResolveConnectionString() : null;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            // Only this app's pool: clearing every pool would close idle connections of apps running alongside.
            if (SqliteConnectionString() is { } connectionString)
            {
                SqliteConnection.ClearPool(new SqliteConnection(connectionString));
            }
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing background task; the temp folder is cleaned by the OS.
            }
        }
    }
}
