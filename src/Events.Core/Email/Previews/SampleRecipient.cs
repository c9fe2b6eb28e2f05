using Events.Core.Briefing;
using Events.Core.Forums;

namespace Events.Core.Email.Previews;

/// <summary>The made-up people the previews are addressed to: never saved, their address the organiser's own.</summary>
internal static class SampleRecipient
{
    /// <summary>Stands in for a personal-link secret; it opens nothing.</summary>
    public const string Token = "sample-preview";

    private static readonly Dictionary<string, string> Names = new()
    {
        ["en"] = "Sample Registrant",
        ["fr"] = "Personne inscrite (exemple)",
        ["es"] = "Persona inscrita (ejemplo)",
    };

    public static string Name(string language) => Names.GetValueOrDefault(language, Names["en"]);

    public static Registration Registration(Event ev, PreviewKind kind, string language, string email) => new()
    {
        EventId = ev.Id, LinkSeed = Token, Name = Name(language), Email = email, Language = language, Status = StatusFor(kind),
        ConsentedAtUtc = ev.CreatedAtUtc, CreatedAtUtc = ev.CreatedAtUtc, UpdatedAtUtc = ev.CreatedAtUtc,
    };

    public static Interpreter Interpreter(Event ev, string language, string email) => new()
    {
        EventId = ev.Id, Name = Name(language), Email = email, SourceLanguage = ev.OriginalLanguage, TargetLanguage = language,
        ChannelId = ev.Channels.FirstOrDefault(c => c.LanguageCode == language)?.Id,
    };

    public static Booking Booking(int forumId, string language, string email) => new()
    {
        ForumId = forumId, Name = Name(language), Email = email, Language = language,
    };

    /// <summary>The registration's state when that email goes, which decides e.g. whether a calendar entry is carried.</summary>
    private static RegistrationStatus StatusFor(PreviewKind kind) => kind switch
    {
        PreviewKind.Pending => RegistrationStatus.Pending,
        PreviewKind.WaitingList => RegistrationStatus.WaitingList,
        PreviewKind.Declined => RegistrationStatus.Declined,
        PreviewKind.Cancelled => RegistrationStatus.Cancelled,
        PreviewKind.ConfirmEmail => RegistrationStatus.Unconfirmed,
        _ => RegistrationStatus.Confirmed,
    };
}
