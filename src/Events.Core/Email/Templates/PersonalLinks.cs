namespace Events.Core.Email.Templates;

/// <summary>The one place a registrant's personal link is made; every email takes it from here.</summary>
public static class PersonalLinks
{
    public static string For(string baseUrl, Registration registration) => $"{baseUrl.TrimEnd('/')}/r/{registration.Token}";
}
