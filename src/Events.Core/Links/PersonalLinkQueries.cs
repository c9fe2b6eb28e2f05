namespace Events.Core.Links;

public static class PersonalLinkQueries
{
    /// <summary>The registration a personal link's token opens, found by the token's hash.</summary>
    public static IQueryable<Registration> WithToken(this IQueryable<Registration> registrations, string token)
    {
        var hash = PersonalLinks.HashOf(token);
        return registrations.Where(r => r.TokenHash == hash);
    }
}
