namespace Events.Core.Links;

/// <summary>
/// <c>Links:Secret</c>: base64 of at least 32 random bytes, the same for the web and the worker. Personal links are
/// derived from it, so the database alone gives none of them back. Unset, a secret is generated once and kept in the
/// database (see <see cref="LinkSecret"/>) so every host agrees; set it in production to keep it out of the database.
/// </summary>
public sealed class LinkOptions
{
    public const string Section = "Links";
    public const int MinSecretBytes = 32;

    public string? Secret { get; set; }

    public static bool IsValid(LinkOptions options) => string.IsNullOrEmpty(options.Secret) || Decode(options.Secret)?.Length >= MinSecretBytes;

    internal static byte[]? Decode(string secret)
    {
        var bytes = new byte[secret.Length];
        return Convert.TryFromBase64String(secret, bytes, out var written) ? bytes[..written] : null;
    }
}
