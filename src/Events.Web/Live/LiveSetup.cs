using System.Text.Json.Serialization;
using Events.Core.Live;
using Events.Web.Captions;
using Events.Web.Live.Feeds;
using Events.Web.Polls;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Live;

public static class LiveSetup
{
    public const string HubPath = "/hubs/live";

    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication().AddCookie(LiveClaims.Scheme, cookie =>
        {
            cookie.Cookie.Name = "events.live";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The session ends with the event (LiveSignIn sets when); using it does not push that back.
            cookie.SlidingExpiration = false;
            cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder().AddPolicy(LiveClaims.Policy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, LiveClaims.Scheme)
            .RequireAssertion(c => c.User.IsInRole(Roles.Organiser) || c.User.IsInRole(Roles.Moderator) || c.User.IsInRole(Roles.Administrator) || c.User.HasClaim(x => x.Type == LiveClaims.EventId)));
        var signalR = services.AddSignalR(o =>
            {
                o.EnableDetailedErrors = false;
                o.AddFilter<LiveHubLimits>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        if (configuration[$"{LiveOptions.Section}:Redis"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("events"));
        }
        services.AddLiveFeeds();
        services.AddLiveFeed<VoteCountsFeed>();
        services.AddLiveFeed<PresenceFeed>();
        services.AddLiveFeed<JoinerPollResultsFeed>();
        services.AddSingleton<JoinerPollResults>();
        services.AddPolls();
        services.AddCaptions();
        services.AddScoped<LiveAccess>();
        services.AddScoped<LiveSnapshots>();
        services.AddSingleton<JoinSnapshots>();
        services.AddScoped<LiveBroadcaster>();
        services.AddScoped<CommentBroadcaster>();
        services.AddScoped<Presence>();
        services.AddSingleton<PresenceTally>();
        services.AddSingleton<LiveInstanceIdentity>();
        services.AddScoped<LiveInstances>();
        services.AddSingleton<PresenceReconciler>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceReconciler>());
        services.AddScoped<QuestionBoard>();
        services.AddSingleton<VotableQuestions>();
        services.AddSingleton<VoteWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<VoteWriter>());
        services.AddScoped<QuestionModerator>();
        services.AddScoped<LiveSession>();
        services.AddScoped<QuestionExport>();
        services.AddSingleton<LiveRateLimiter>();
        services.AddSingleton<ILiveEviction, HubEviction>();
        return services;
    }

    public static void MapLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<LiveHub>(HubPath, o => o.AllowStatefulReconnects = true);
        app.MapLiveAdmission();
    }

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
