using Events.Web.Live;

namespace Events.Web.Pages.Live;

[StaffOnly]
public sealed class PresentModel(EventsDbContext db, LiveAccess access) : StaffPage(db, access);
