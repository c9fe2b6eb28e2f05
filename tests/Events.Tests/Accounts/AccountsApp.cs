using System.Net;
using System.Text.RegularExpressions;
using Events.Core.Accounts;
using Events.Core.Audit;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Events.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Events.Tests.Accounts;

/// <summary>
/// The app with the second factor required (unless told otherwise), emails dropped in a folder, and a request header
/// that stands for the caller's IP address (the test server has none), so tests can sign in "from" two places.
/// </summary>
public sealed partial class AccountsApp : EventsApp
{
    public const string IpHeader = "X-Test-Client-Ip";
    public const string Password = "Correct horse battery 42";

    public AccountsApp(Dictionary<string, string?>? settings = null, TimeProvider? clock = null)
        : this(Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N")), settings, clock)
    {
    }

    private AccountsApp(string mailDirectory, Dictionary<string, string?>? settings, TimeProvider? clock)
        : base(With(mailDirectory, settings), clock) => MailDirectory = mailDirectory;

    public string MailDirectory { get; }

    private static Dictionary<string, string?> With(string mailDirectory, Dictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Accounts:RequireTwoFactorForOrganisers"] = "true",
            ["Accounts:StampCheckMinutes"] = "1",
            ["Smtp:DropDirectory"] = mailDirectory,
            ["Site:BaseUrl"] = "http://localhost",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        return all;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientIp>());
    }

    /// <summary>A client "at" <paramref name="ip"/>, following no redirects, keeping its cookies.</summary>
    public HttpClient Client(string ip = "198.51.100.7")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(IpHeader, ip);
        return client;
    }

    /// <summary>An account with <see cref="Password"/>; not signed in.</summary>
    public async Task<AppUser> AccountAsync(string email, string role)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, role);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Assert.True((await users.ResetPasswordAsync(user, token, Password)).Succeeded);
        return user;
    }

    /// <summary>Switches on the account's second factor as enrolling would; its key and recovery codes.</summary>
    public async Task<(string Key, string[] RecoveryCodes)> EnrolAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToArray();
        return ((await users.GetAuthenticatorKeyAsync(user))!, codes);
    }

    public static string CodeFor(string key, DateTime? at = null) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(at ?? DateTime.UtcNow);

    /// <summary>The sign-in page's first step.</summary>
    public static async Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email, string password, string returnUrl = "/organiser") =>
        await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl },
            await client.TokenAsync("/account/login"));

    /// <summary>The second step: <paramref name="handler"/> "Recovery" for a recovery code.</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code, string? handler = null)
    {
        var url = "/account/login/two-factor?ReturnUrl=%2Forganiser" + (handler is null ? "" : "&handler=" + handler);
        var field = handler is null ? "Code" : "RecoveryCode";
        return await client.PostFormAsync(url, new() { [field] = code }, await client.TokenAsync("/account/login/two-factor"));
    }

    /// <summary>The account's own sign-in record: the role granted when the test made the account is left out.</summary>
    public Task<List<AuditAction>> AuditAsync(string userId) => WithDbAsync(db =>
        db.AuditEntries.Where(a => a.Target == "user:" + userId && a.Action != AuditAction.RoleChanged)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    public string? LastMailLink()
    {
        if (!Directory.Exists(MailDirectory))
        {
            return null;
        }
        var mail = Directory.GetFiles(MailDirectory, "*.eml").Select(File.ReadAllText).LastOrDefault() ?? "";
        var match = ResetLink().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"http://localhost(/account/reset/[A-Za-z0-9_\-]+)")]
    private static partial Regex ResetLink();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    private sealed class TestClientIp : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(IpHeader, out var ip))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
