using Events.Core.Audit;

namespace Events.Web.Accounts;

/// <summary>
/// Audit rows for sign-in steps. The request has no signed-in actor yet, so the account is named here; a failure for
/// an unknown address is recorded under the address typed. The detail keeps the caller's IP address.
/// </summary>
public sealed class SignInAudit(AuditTrail trail, EventsDbContext db)
{
    public async Task RecordAsync(AuditAction action, AppUser user, string ip, string detail = "")
    {
        var entry = trail.Add(action, target: AuditTrail.TargetOf("user", user.Id), detail: Detail(ip, detail), actorName: user.Email);
        entry.ActorId = user.Id;
        await db.SaveChangesAsync();
    }

    public async Task RecordFailureAsync(AuditAction action, AppUser? user, string typed, string ip, string what)
    {
        var entry = trail.Add(action, target: user is null ? null : AuditTrail.TargetOf("user", user.Id),
            detail: Detail(ip, what), actorName: user?.Email ?? Truncate(typed));
        entry.ActorId = user?.Id;
        await db.SaveChangesAsync();
    }

    private static string Detail(string ip, string detail) => detail.Length == 0 ? $"from {ip}" : $"{detail}, from {ip}";

    private static string Truncate(string typed) => typed.Length <= 200 ? typed : typed[..200];
}
