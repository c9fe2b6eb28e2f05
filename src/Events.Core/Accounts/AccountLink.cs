using System.Buffers.Text;
using System.Text;

namespace Events.Core.Accounts;

/// <summary>An account id and an Identity token in one URL-safe path segment (as in <see cref="AccountInvitations"/>).</summary>
internal static class AccountLink
{
    public static string Encode(string userId, string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{userId}\n{token}"));

    public static (string UserId, string Token)? Decode(string link)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link)).Split('\n', 2);
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
