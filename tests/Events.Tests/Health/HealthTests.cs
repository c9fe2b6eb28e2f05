using System.Net;
using System.Net.Sockets;
using Events.Tests.Infrastructure;

namespace Events.Tests.Health;

public sealed class HealthTests
{
    /// <summary>A loopback port nothing listens on: taken, then let go.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Health_AndReady_Answer200_OnTheEmbeddedDefaults()
    {
        using var app = new EventsApp();
        var client = app.CreateClient();

        var alive = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_IsDegradedButServing_WhenTheMailServerDoesNotAnswer()
    {
        using var app = new EventsApp(new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_Is503_WhenTheConfiguredRedisDoesNotAnswer_WhileAliveStays200()
    {
        using var app = new EventsApp(new() { ["Live:Redis"] = $"127.0.0.1:{ClosedPort()},connectTimeout=500" });
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [RedisFact]
    public async Task Ready_Is200_WithARedisThatAnswers()
    {
        using var app = new EventsApp(new() { ["Live:Redis"] = Services.Redis });
        var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
