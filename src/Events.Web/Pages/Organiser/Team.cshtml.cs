using Events.Core.Teams;

namespace Events.Web.Pages.Organiser;

public sealed class TeamModel(EventsDbContext db, TeamEditor editor, TeamAccess access, IStringLocalizer<SharedResource> t)
    : TeamPage(db, editor, access, t);
