using Events.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Events.Tests.Hardening;

/// <summary>
/// One web instance as if on its own machine: where the app names no key store, its keys go to a folder of its own
/// (on one test machine every host would otherwise share the user's ~/.aspnet key folder and hide the problem).
/// </summary>
public sealed class Instance(Dictionary<string, string?>? settings = null, string? environment = null) : EventsApp(settings)
{
    private readonly string _ownKeys = Path.Combine(Path.GetTempPath(), "events-keys-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (environment is not null)
        {
            builder.UseEnvironment(environment);
        }
        builder.ConfigureTestServices(services =>
        {
            services.Configure<KeyManagementOptions>(o =>
                o.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(_ownKeys), NullLoggerFactory.Instance));
            services.AddSingleton<IStartupFilter, PeerAddress>();
        });
    }

    /// <summary>The test server has no socket: <c>X-Test-Peer</c> plays the address the connection came from.</summary>
    private sealed class PeerAddress : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer))
                {
                    context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(peer.ToString());
                }
                await inner();
            });
            next(app);
        };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_ownKeys))
        {
            Directory.Delete(_ownKeys, recursive: true);
        }
    }
}
