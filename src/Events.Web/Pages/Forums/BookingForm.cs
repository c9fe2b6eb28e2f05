using Events.Core.Forums;

namespace Events.Web.Pages.Forums;

/// <summary>The form-post shape of <see cref="BookingInput"/>: <see cref="Sessions"/> are the ticked events' slugs; <see cref="Website"/> is the honeypot.</summary>
public sealed class BookingForm
{
    public List<string> Sessions { get; set; } = [];
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }
    public bool Consent { get; set; }
    public string? Website { get; set; }

    public BookingInput ToInput() => new(Sessions, Name, Email, Language, Consent, Website);
}
