using System.Net;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Events.Tests.Hardening;

public sealed class DefaultsTests
{
    [Fact]
    public void Production_RefusesTheDropFolder()
    {
        using var app = new Instance(environment: "Production");

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);
        Assert.Contains("Smtp:Host is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("drop folder is refused in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_InProduction_IsForSignedInStaffOnly()
    {
        using var app = new Instance(new() { ["Smtp:Host"] = "127.0.0.1" }, environment: "Production");

        var anonymous = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/openapi/v1.json");
        var roleLess = await (await app.SignedInAsync("nobody@example.org", role: null)).GetAsync("/openapi/v1.json");
        var moderator = await (await app.ModeratorAsync()).GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, roleLess.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moderator.StatusCode);
        Assert.Contains("/api/organiser/events", await moderator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Smtp_DefaultsToStartTls()
    {
        using var app = new EventsApp();

        Assert.Equal(SecureSocketOptions.StartTls, app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value.SecureSocket);
    }
}
