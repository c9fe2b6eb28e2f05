namespace Events.Core.Links;

/// <summary>A personal link made by <see cref="PersonalLinks.New"/>: the seed and hash to store, the token to send.</summary>
public sealed record NewLink(string Seed, string Token, string TokenHash)
{
    /// <summary>Replaces the registration's link with this one; returns the token.</summary>
    public string ApplyTo(Registration registration)
    {
        registration.LinkSeed = Seed;
        registration.TokenHash = TokenHash;
        registration.LinkVersion++;
        return Token;
    }
}
