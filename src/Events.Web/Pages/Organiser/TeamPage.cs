using System.ComponentModel.DataAnnotations;
using Events.Core.Teams;
using Events.Web.Teams;

namespace Events.Web.Pages.Organiser;

/// <summary>
/// An event's or a forum's team page: the members with their roles and, for an owner, add / change / remove.
/// Every rule is <see cref="TeamEditor"/>'s; this page only turns its refusals into messages.
/// </summary>
public abstract class TeamPage(EventsDbContext db, TeamEditor editor, TeamAccess access, IStringLocalizer<SharedResource> t) : PageModel
{
    public TeamTarget Target { get; private set; } = null!;
    public IReadOnlyList<TeamMemberView> Members { get; private set; } = [];
    public bool IsOwner { get; private set; }

    [BindProperty, EmailAddress]
    public string? Email { get; set; }

    [BindProperty]
    public TeamRole Role { get; set; } = TeamRole.Organiser;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var result = await editor.AddAsync(User, Target.Scope, Email, Role, Target.Name, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        if (result.Outcome != TeamEditOutcome.Saved)
        {
            return Refused(result, nameof(Email));
        }
        this.Flash(result.Invited ? t["{0} is on the team; an invitation to choose a password was emailed.", result.Member!.Email]
            : t["{0} is on the team.", result.Member!.Email]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(int memberId, TeamRole newRole, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var result = await editor.ChangeRoleAsync(User, Target.Scope, memberId, newRole, ct);
        if (result.Outcome != TeamEditOutcome.Saved)
        {
            return Refused(result, "");
        }
        this.Flash(t["Role changed."]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int memberId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var result = await editor.RemoveAsync(User, Target.Scope, memberId, ct);
        if (result.Outcome != TeamEditOutcome.Saved)
        {
            return Refused(result, "");
        }
        this.Flash(t["Removed from the team."]);
        return RedirectToPage();
    }

    private IActionResult Refused(TeamEditResult result, string field)
    {
        switch (result.Outcome)
        {
            case TeamEditOutcome.NotAllowed:
                return Forbid();
            case TeamEditOutcome.NotFound:
                return NotFound();
            case TeamEditOutcome.InvalidEmail:
                ModelState.AddModelError(field, t[TeamTexts.InvalidEmail]);
                break;
            case TeamEditOutcome.AlreadyMember:
                ModelState.AddModelError(field, t[TeamTexts.AlreadyMember]);
                break;
            default:
                ModelState.AddModelError("", t[TeamTexts.LastOwner]);
                break;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await TeamTarget.ResolveAsync(HttpContext, db) is not { } target)
        {
            return false;
        }
        Target = target;
        Members = await editor.ListAsync(target.Scope, ct);
        IsOwner = await access.MayActOnAsync(User, target.Scope, TeamRole.Owner, ct);
        return true;
    }
}
