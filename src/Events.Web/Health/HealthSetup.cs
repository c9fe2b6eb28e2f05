using System.Net.Sockets;
using Events.Core.Email;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Events.Web.Health;

/// <summary><c>/health</c>: the process answers. <c>/health/ready</c>: what it depends on answers too.</summary>
public static class HealthSetup
{
    private const string Ready = "ready";
    private static readonly HttpMethodMetadata ReadOnly = new(["GET", "HEAD"]);

    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<EventsDbContext>("database", tags: [Ready])
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [Ready])
            // Mail that cannot go now is retried by the jobs, so a mail server down makes the site degraded, not unready.
            .AddCheck<SmtpHealthCheck>("smtp", HealthStatus.Degraded, tags: [Ready]);
        if (configuration["Live:Redis"] is { Length: > 0 })
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting().WithMetadata(ReadOnly);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Ready),
            // Degraded still serves: only Unhealthy takes the instance out of a load balancer.
            ResultStatusCodes = { [HealthStatus.Healthy] = 200, [HealthStatus.Degraded] = 200, [HealthStatus.Unhealthy] = 503 },
        }).AllowAnonymous().DisableRateLimiting().WithMetadata(ReadOnly);
        return app;
    }

    private sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var servers = storage.GetMonitoringApi().Servers().Count;
                return Task.FromResult(HealthCheckResult.Healthy($"{servers} job server(s)"));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("Job storage does not answer.", e));
            }
        }
    }

    private sealed class SmtpHealthCheck(IOptions<SmtpOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var smtp = options.Value;
            if (string.IsNullOrEmpty(smtp.Host))
            {
                return HealthCheckResult.Healthy("Emails go to the drop folder.");
            }
            return await ConnectsAsync(smtp.Host, smtp.Port, cancellationToken)
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"No answer from {smtp.Host}:{smtp.Port}.");
        }
    }

    private sealed class RedisHealthCheck(IConfiguration configuration) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var options = StackExchange.Redis.ConfigurationOptions.Parse(configuration["Live:Redis"]!);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(options);
            try
            {
                await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", e);
            }
        }
    }

    private static async Task<bool> ConnectsAsync(string host, int port, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
