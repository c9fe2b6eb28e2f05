using System.ComponentModel.DataAnnotations;

namespace Events.Web.Accounts;

/// <summary>Staff sign-in settings, section <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Organisers, owners and administrators reach their pages only after a second factor.</summary>
    public bool RequireTwoFactorForOrganisers { get; set; } = true;

    /// <summary>A staff session ends this long after sign-in, however active it stays.</summary>
    [Range(1, 168)]
    public int SessionHours { get; set; } = 12;

    /// <summary>How often a session is checked against the account's security stamp (a sign-out elsewhere, a new password or role ends it).</summary>
    [Range(1, 60)]
    public int StampCheckMinutes { get; set; } = 1;

    /// <summary>Failed attempts from one address for one account before it must wait.</summary>
    [Range(1, 100)]
    public int FreeAttempts { get; set; } = 5;

    /// <summary>The first wait; each further failure doubles it, up to <see cref="MaxDelayMinutes"/>.</summary>
    [Range(1, 60)]
    public int FirstDelayMinutes { get; set; } = 1;

    [Range(1, 1440)]
    public int MaxDelayMinutes { get; set; } = 60;
}
