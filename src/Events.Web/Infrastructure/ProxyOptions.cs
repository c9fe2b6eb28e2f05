namespace Events.Web.Infrastructure;

/// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public string[] KnownProxies { get; set; } = [];
    public string[] KnownNetworks { get; set; } = [];
}
