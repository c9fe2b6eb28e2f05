using System.Security.Cryptography;

namespace Events.Core.Email.Templates;

/// <summary>
/// Stand-ins for a recipient's own words in a message rendered once for many. Letters and digits only, so the renderer
/// leaves them as they are, and random per process, so no event text can contain one by chance or design.
/// </summary>
public static class PersonalSlots
{
    private static readonly string Stamp = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The stand-in for slot <paramref name="index"/>; replaced by <see cref="RenderedTemplate.Fill"/>.</summary>
    public static string Token(int index) => FormattableString.Invariant($"zq{Stamp}s{index}qz");
}
