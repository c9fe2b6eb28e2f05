using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Events.Web.Infrastructure;

/// <summary>
/// Behind a TLS proxy the app sees the proxy's address and plain HTTP: cookies would lose Secure and every client
/// would share the proxy's rate-limit bucket. X-Forwarded-For/-Proto are believed only from the proxies named here
/// (and loopback, the framework's default).
/// </summary>
public static class ForwardedProxies
{
    public static IServiceCollection AddForwardedProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies must list IP addresses, e.g. 10.0.0.5.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks must list networks in CIDR form, e.g. 10.0.0.0/8.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // No fixed hop count: each hop is accepted only while the address it came from is a known proxy.
            forwarded.ForwardLimit = null;
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
