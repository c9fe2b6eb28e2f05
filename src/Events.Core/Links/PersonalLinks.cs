using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Events.Core.Links;

/// <summary>
/// The one place a registration's personal link comes from. The token is derived, never stored:
/// HMAC-SHA256 of the registration's random <see cref="Registration.LinkSeed"/> under the site's <see cref="LinkSecret"/>.
/// The database keeps the seed and the token's SHA-256 (<see cref="Registration.TokenHash"/>), which is how a link is
/// looked up; neither gives the link back without the secret. A new seed makes a new link and kills the old one.
/// </summary>
public sealed class PersonalLinks(LinkSecret secret, IOptions<SiteOptions> site)
{
    public string TokenFor(Registration registration) => Token(registration.LinkSeed);

    /// <summary>The personal page, absolute, for emails.</summary>
    public string UrlFor(Registration registration) => site.Value.BaseUrl.TrimEnd('/') + PathFor(registration);

    /// <summary>The personal page, relative to the site, for its own pages.</summary>
    public string PathFor(Registration registration) => "/r/" + TokenFor(registration);

    /// <summary>The event's public page: what calendar entries carry, as they sync to other people's servers.</summary>
    public string EventUrlFor(Event ev) => $"{site.Value.BaseUrl.TrimEnd('/')}/events/{Uri.EscapeDataString(ev.Slug)}";

    /// <summary>Gives the registration a new link (its first, or one replacing the old); returns the token.</summary>
    public string Issue(Registration registration) => New().ApplyTo(registration);

    /// <summary>
    /// A new link not yet given to anyone. Made before a registration's transaction: the first use may read (or create)
    /// the shared secret through another connection, which SQLite's write lock would keep waiting.
    /// </summary>
    public NewLink New()
    {
        var seed = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var token = Token(seed);
        return new NewLink(seed, token, HashOf(token));
    }

    private string Token(string seed) => Base64Url.EncodeToString(HMACSHA256.HashData(secret.Key, Encoding.UTF8.GetBytes("personal-link:" + seed)));

    /// <summary>Lower-case hex SHA-256 of the token as it appears in the link.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
