using Events.Web.Accounts;
using Events.Web.Briefing;
using Events.Web.FollowUp;
using Events.Web.Reports;

namespace Events.Web.AroundTheHour;

public static class AroundTheHourEndpoints
{
    /// <summary>Follow-up, interpreters, glossary, briefing and report: organisers only, per event.</summary>
    public static IEndpointRouteBuilder MapAroundTheHour(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/organiser/events/{slug}").RequireAuthorization(Policies.Organiser);
        events.MapFollowUp();
        events.MapInterpreters();
        events.MapGlossary();
        events.MapBriefing();
        events.MapReport();
        events.MapAroundTheHourSettings();
        return app;
    }
}
