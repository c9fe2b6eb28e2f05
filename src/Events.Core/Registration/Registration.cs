namespace Events.Core.Registrations;

/// <summary>One person's place (or wait) at one event. Namespace is plural so it does not shadow the type.</summary>
public sealed class Registration
{
    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>Set when the place was taken with others of the same forum in one booking, which sends one email for them all.</summary>
    public int? BookingId { get; set; }

    /// <summary>SHA-256 (hex) of the personal link's token, which is never stored; set by <see cref="Links.PersonalLinks.Issue"/>.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>Random; the token is derived from it with the site's secret, so the seed alone gives no link.</summary>
    public string LinkSeed { get; set; } = "";

    /// <summary>1 for the first link, one more each time the registrant replaces it.</summary>
    public int LinkVersion { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case and trimmed, so duplicates are found whatever the typing.</summary>
    public required string Email { get; set; }
    public string Language { get; set; } = "en";
    public int? ChannelId { get; set; }
    public string? Organisation { get; set; }
    public string? AccessibilityNeeds { get; set; }
    public DateTime ConsentedAtUtc { get; set; }
    public RegistrationStatus Status { get; set; }

    /// <summary>Arrival rank on the waiting list; kept after promotion for the record.</summary>
    public int? WaitingPosition { get; set; }

    /// <summary>While Unconfirmed: what the registration becomes once the email is confirmed. A hold that becomes Confirmed takes a place.</summary>
    public RegistrationStatus? StatusOnceEmailConfirmed { get; set; }

    /// <summary>While Unconfirmed: when the registration is released if the email is still not confirmed.</summary>
    public DateTime? HoldExpiresAtUtc { get; set; }
    /// <summary>The organiser's optional note with an approval or a refusal; it goes into that email.</summary>
    public string? DecisionMessage { get; set; }
    public List<RegistrationAnswer> Answers { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
