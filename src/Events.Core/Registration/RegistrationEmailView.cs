using Events.Core.Agenda;
using Events.Core.Email.Templates;
using Events.Core.Interpretation;

namespace Events.Core.Registrations;

/// <summary>What a registration email says, kind by kind: which button, whether the personal link, agenda and calendar links belong.</summary>
internal static class RegistrationEmailView
{
    /// <summary>The event's agenda and channels, which the caller may have loaded apart from the event.</summary>
    public sealed record Details(IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<InterpretationChannel> Channels, string BaseUrl, int RetentionDays, Links.PersonalLinks Links);

    public static EmailView For(Registration registration, Event ev, EmailKind kind, Details details) =>
        For(registration, ev, kind, details, details.Links.UrlFor(registration));

    /// <param name="personal">The registrant's personal link (a stand-in when rendering once for many).</param>
    public static EmailView For(Registration registration, Event ev, EmailKind kind, Details details, string personal)
    {
        var language = TemplateTexts.LanguageOf(registration.Language);
        var words = TemplateTexts.For(language);
        var (subject, line) = RegistrationEmailTexts.For(language, kind);
        var reader = ContentReader.For(ev, registration.Language);
        var title = reader.Text(ev.Translations, nameof(Event.Title), ev.Title);
        var summary = reader.Text(ev.Translations, nameof(Event.Summary), ev.Summary);
        var publicUrl = EventFacts.PublicUrl(details.BaseUrl, ev);
        var usesPersonalLink = kind is not (EmailKind.Declined or EmailKind.Cancelled or EmailKind.EventCancelled);
        var active = usesPersonalLink && registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.Pending
            or RegistrationStatus.WaitingList or RegistrationStatus.Unconfirmed;
        var holdsPlace = registration.Status == RegistrationStatus.Confirmed
            && kind is EmailKind.Confirmed or EmailKind.Promoted or EmailKind.LinkAgain or EmailKind.Reminder or EmailKind.EventUpdated;

        var facts = EventFacts.When(ev, language).ToList();
        if (active && EventFacts.Channel(details.Channels, registration.ChannelId, reader) is { } channel)
        {
            facts.Add(channel);
        }
        var session = new EmailSession(facts)
        {
            CalendarLabel = words.AddToCalendar,
            Calendar = holdsPlace ? CalendarLinks.For(ev, title.Text, publicUrl, words) : [],
        };
        var agenda = holdsPlace && kind != EmailKind.LinkAgain ? EventFacts.Agenda(ev, details.Agenda, reader) : null;
        var note = registration.DecisionMessage is { } decision && kind is EmailKind.Confirmed or EmailKind.WaitingList or EmailKind.Declined
            ? new EmailFact(RegistrationEmailTexts.NoteLabel(language), new Phrase(decision))
            : null;
        return new EmailView
        {
            Language = language,
            Subject = string.Format(CultureInfo.GetCultureInfo(language), subject, title.Text),
            Title = Phrase.From(title),
            Greeting = words.Format(words.Greeting, registration.Name),
            Message = string.IsNullOrWhiteSpace(summary.Text) ? [new(line)] : [new(line), Phrase.From(summary)],
            Note = note,
            Sessions = [session],
            Button = Button(kind, words, personal, publicUrl),
            Warning = usesPersonalLink ? words.Warning : null,
            Actions = active ? [new(words.Change, personal + "#preferences"), new(words.Cancel, personal + "#my-data")] : [],
            Sections = agenda is null ? [] : [agenda],
            Contact = ev.OrganiserEmail.Length > 0 ? new EmailContact(words.Contact, ev.OrganiserName, ev.OrganiserEmail) : null,
            Privacy = words.Format(words.Privacy, details.RetentionDays),
            Footer = words.Format(words.RegistrantFooter, title.Text),
        };
    }

    private static EmailLink Button(EmailKind kind, TemplateTexts words, string personal, string publicUrl) => kind switch
    {
        EmailKind.ConfirmEmail => new(words.ConfirmEmail, personal),
        EmailKind.Reminder => new(words.Join, personal + "/live"),
        EmailKind.Declined or EmailKind.Cancelled or EmailKind.EventCancelled => new(words.SeeEvent, publicUrl),
        _ => new(words.MyRegistration, personal),
    };
}
