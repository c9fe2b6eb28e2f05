using Events.Core.Data;
using Events.Web.Live;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Live;

public sealed class ConsoleModel(EventsDbContext db, LiveAccess access, IAuthorizationService authorization)
    : StaffPage(db, access, authorization);
