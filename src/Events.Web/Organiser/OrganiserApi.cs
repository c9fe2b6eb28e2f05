using Events.Web.Audit;
using Events.Web.Briefing;
using Events.Web.Captions;
using Events.Web.FollowUp;
using Events.Web.Glossary;
using Events.Web.Live;
using Events.Web.Organiser.Emails;
using Events.Web.Polls;
using Events.Web.Registrations;
using Events.Web.Reports;
using Events.Web.Retention;
using Events.Web.TranslationTools;
using Events.Web.Teams;

namespace Events.Web.Organiser;

public static class OrganiserApi
{
    /// <summary>
    /// The organiser API's one root: its authorisation is declared here once, and every feature hangs its own group
    /// from the event (<c>/api/organiser/events/{slug}/…</c>), so no feature can be mapped without it.
    /// </summary>
    public static IEndpointRouteBuilder MapOrganiserApi(this IEndpointRouteBuilder app)
    {
        // The policy also checks the caller's role on the team of the event (or forum) the route names.
        var events = app.MapGroup("/api/organiser/events").RequireAuthorization(Policies.Organiser);
        events.MapEvents();
        var organiserEvent = events.MapGroup("/{slug}");
        organiserEvent.MapAgenda();
        organiserEvent.MapSpeakers();
        organiserEvent.MapChannels();
        organiserEvent.MapReadings();
        organiserEvent.MapEmailStatus();
        organiserEvent.MapEmailPreviews();
        organiserEvent.MapOrganiserRegistrations();
        organiserEvent.MapLiveOrganiser();
        organiserEvent.MapFollowUp();
        organiserEvent.MapInterpreters();
        organiserEvent.MapGlossary();
        organiserEvent.MapBriefing();
        organiserEvent.MapReport();
        organiserEvent.MapEventSettings();
        organiserEvent.MapTranslations();
        organiserEvent.MapTeam();
        organiserEvent.MapAudit();
        organiserEvent.MapRetention();
        organiserEvent.MapPolls();
        app.MapCaptions();
        app.MapGroup("/api/organiser/forums/{forumSlug}").RequireAuthorization(Policies.Organiser).MapTeam();
        return app;
    }
}
