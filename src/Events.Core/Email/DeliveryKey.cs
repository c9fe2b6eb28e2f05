namespace Events.Core.Email;

public static class DeliveryKey
{
    /// <summary>One email of a kind per registration and event version: a new version is a new email.</summary>
    public static string For(int registrationId, EmailKind kind, int sequence) =>
        FormattableString.Invariant($"registration:{registrationId}:{kind}:{sequence}");

    /// <summary>
    /// The registration a key was made for: registration and reminder keys (and copies of them) begin
    /// <c>{prefix}:{registrationId}:</c>. Null for any other key.
    /// </summary>
    public static int? RegistrationId(string key)
    {
        var parts = key.Split(':');
        return parts.Length > 2 && parts[0] is "registration" or "reminder"
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
