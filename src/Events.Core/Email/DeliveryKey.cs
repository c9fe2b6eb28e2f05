namespace Events.Core.Email;

public static class DeliveryKey
{
    /// <summary>One email of a kind per registration and event version: a new version is a new email.</summary>
    public static string For(int registrationId, EmailKind kind, int sequence) =>
        FormattableString.Invariant($"registration:{registrationId}:{kind}:{sequence}");
}
