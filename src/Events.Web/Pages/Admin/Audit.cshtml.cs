using Events.Core.Audit;
using Events.Web.Audit;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Admin;

/// <summary>The whole site's audit log, sign-ins included (they belong to no event): for administrators.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class AuditModel(AuditLog log, IStringLocalizer<SharedResource> texts) : AuditPageModel(texts)
{
    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken ct)
    {
        Heading = Texts["@Audit.SiteHeading"];
        await LoadAsync(page, query => log.SiteWideAsync(query, Zone, ct));
    }
}
