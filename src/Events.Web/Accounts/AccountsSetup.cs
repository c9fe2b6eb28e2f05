using Events.Core.Teams;
using Events.Web.Teams;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "events.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, not a redirect to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnSigningIn = StaffSessions.StampSignInTime;
            cookie.Events.OnValidatePrincipal = StaffSessions.ValidateAsync;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(accounts.Value.StampCheckMinutes);
            o.OnRefreshingPrincipal = StaffSessions.KeepSessionClaims;
        });
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                // No lock on the account itself (a stranger could keep its owner out): SignInThrottle slows each address instead.
                o.Lockout.AllowedForNewUsers = false;
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EventsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        var ready = new AccountReadyRequirement();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Organiser, p => p.RequireRole(Roles.Organiser, Roles.Administrator)
                .AddRequirements(new TeamRequirement(TeamRole.Organiser), ready))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator).AddRequirements(ready))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Organiser, Roles.Moderator, Roles.Administrator).AddRequirements(ready));
        services.AddScoped<IAuthorizationHandler, TeamRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, AccountReadyHandler>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<SignInAudit>().AddScoped<StaffSignIn>().AddScoped<TwoFactorEnrolment>().AddScoped<StaffPasswords>();
        services.AddTeams();
        return services;
    }

    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else if (status == StatusCodes.Status403Forbidden && StaffSessions.PendingStep(context.HttpContext) is { } step)
        {
            // Refused only because a step is left (own password, second factor): go there, then come back.
            var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{step}?returnUrl={Uri.EscapeDataString(back)}");
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
