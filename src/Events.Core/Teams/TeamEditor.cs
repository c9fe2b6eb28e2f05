using System.Security.Claims;
using Events.Core.Accounts;
using Events.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Events.Core.Teams;

/// <summary>
/// The team use cases, shared by the team pages and the API: list, add by email (inviting a newcomer), change role,
/// remove. Only an owner of the team or a site administrator changes it, and a team never loses its last owner.
/// </summary>
public sealed class TeamEditor(EventsDbContext db, UserManager<AppUser> users, TeamAccess access, AccountInvitations invitations, TimeProvider clock,
    AuditTrail audit, Live.LiveEvictions evictions)
{
    public async Task<IReadOnlyList<TeamMemberView>> ListAsync(TeamScope scope, CancellationToken ct) =>
        await scope.Members(db.TeamMembers)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
            .OrderBy(x => x.u.Email)
            .Select(x => new TeamMemberView(x.m.Id, x.u.Id, x.u.Email!, x.u.DisplayName, x.m.Role, x.u.PasswordHash != null))
            .ToListAsync(ct);

    /// <param name="teamName">Named in the invitation email.</param>
    /// <param name="language">The invitation's language: the inviter's.</param>
    public async Task<TeamEditResult> AddAsync(ClaimsPrincipal actor, TeamScope scope, string? email, TeamRole role, string teamName, string language, CancellationToken ct)
    {
        if (!await access.MayActOnAsync(actor, scope, TeamRole.Owner, ct))
        {
            return TeamEditResult.NotAllowed;
        }
        email = email?.Trim() ?? "";
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email || !Enum.IsDefined(role))
        {
            return new TeamEditResult(TeamEditOutcome.InvalidEmail);
        }
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, DisplayName = email };
            Check(await users.CreateAsync(user));
        }
        if (await scope.Members(db.TeamMembers).AnyAsync(m => m.UserId == user.Id, ct))
        {
            return new TeamEditResult(TeamEditOutcome.AlreadyMember);
        }
        var member = new TeamMember { UserId = user.Id, ForumId = scope.ForumId, EventId = scope.EventId, Role = role, AddedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.TeamMembers.Add(member);
        Record(AuditAction.TeamMemberAdded, scope, user.Id, role);
        await db.SaveChangesAsync(ct);
        await GrantAccountRoleAsync(user, role);
        var invited = created || user.PasswordHash is null;
        if (invited)
        {
            await invitations.SendAsync(user, teamName, language, ct);
        }
        return new TeamEditResult(TeamEditOutcome.Saved, View(member, user), invited);
    }

    public async Task<TeamEditResult> ChangeRoleAsync(ClaimsPrincipal actor, TeamScope scope, int memberId, TeamRole role, CancellationToken ct)
    {
        var (member, refusal) = await FindForOwnerAsync(actor, scope, memberId, ct);
        if (member is null || !Enum.IsDefined(role))
        {
            return refusal ?? TeamEditResult.NotFound;
        }
        if (member.Role == TeamRole.Owner && role != TeamRole.Owner && await IsLastOwnerAsync(scope, ct))
        {
            return new TeamEditResult(TeamEditOutcome.LastOwner);
        }
        Record(AuditAction.RoleChanged, scope, member.UserId, role, $", was={member.Role}");
        member.Role = role;
        await db.SaveChangesAsync(ct);
        var user = await users.FindByIdAsync(member.UserId);
        await GrantAccountRoleAsync(user!, role);
        // Their other sessions end (within the stamp check's minute) and start again with the new role.
        await users.UpdateSecurityStampAsync(user!);
        return new TeamEditResult(TeamEditOutcome.Saved, View(member, user!));
    }

    public async Task<TeamEditResult> RemoveAsync(ClaimsPrincipal actor, TeamScope scope, int memberId, CancellationToken ct)
    {
        var (member, refusal) = await FindForOwnerAsync(actor, scope, memberId, ct);
        if (member is null)
        {
            return refusal ?? TeamEditResult.NotFound;
        }
        if (member.Role == TeamRole.Owner && await IsLastOwnerAsync(scope, ct))
        {
            return new TeamEditResult(TeamEditOutcome.LastOwner);
        }
        db.TeamMembers.Remove(member);
        Record(AuditAction.TeamMemberRemoved, scope, member.UserId, member.Role);
        await db.SaveChangesAsync(ct);
        var user = await users.FindByIdAsync(member.UserId);
        var administrator = user is not null && await users.IsInRoleAsync(user, Roles.Administrator);
        await evictions.StaffAsync(member.UserId, scope, administrator, ct);
        return new TeamEditResult(TeamEditOutcome.Saved);
    }

    private async Task<(TeamMember? Member, TeamEditResult? Refusal)> FindForOwnerAsync(ClaimsPrincipal actor, TeamScope scope, int memberId, CancellationToken ct)
    {
        if (!await access.MayActOnAsync(actor, scope, TeamRole.Owner, ct))
        {
            return (null, TeamEditResult.NotAllowed);
        }
        return (await scope.Members(db.TeamMembers).SingleOrDefaultAsync(m => m.Id == memberId, ct), null);
    }

    private async Task<bool> IsLastOwnerAsync(TeamScope scope, CancellationToken ct) =>
        await scope.Members(db.TeamMembers).CountAsync(m => m.Role == TeamRole.Owner, ct) <= 1;

    /// <summary>The account role opens the door (organiser area or moderator landing); the team says which events are behind it.</summary>
    private async Task GrantAccountRoleAsync(AppUser user, TeamRole role)
    {
        var name = role <= TeamRole.Moderator ? Roles.Moderator : Roles.Organiser;
        if (!await db.Roles.AnyAsync(r => r.Name == name))
        {
            db.Roles.Add(new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() });
            await db.SaveChangesAsync();
        }
        if (!await users.IsInRoleAsync(user, name))
        {
            Check(await users.AddToRoleAsync(user, name));
        }
    }

    /// <summary>The team in the detail, so a forum's team changes (which have no event) are found by <see cref="AuditLog"/>.</summary>
    private void Record(AuditAction action, TeamScope scope, string userId, TeamRole role, string more = "") =>
        audit.Add(action, scope.EventId, AuditTrail.TargetOf("user", userId), AuditLog.TeamDetail(scope) + $", role={role}" + more);

    private static TeamMemberView View(TeamMember m, AppUser u) => new(m.Id, u.Id, u.Email!, u.DisplayName, m.Role, u.PasswordHash != null);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
