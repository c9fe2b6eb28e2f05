using Events.Core.Calendar;
using Events.Core.Email.Templates;
using Events.Core.FollowUps;

namespace Events.Core.Registrations;

/// <summary>
/// Renders a registration email once per event (the loaded instance and its version), language, kind and the registrant's
/// situation (status, channel, whether a note), then fills in each registrant's name, personal link and note.
/// The calendar file likewise, once per event version, language, kind and method, with only the attendee's lines changed.
/// </summary>
internal sealed class RegistrationEmailCache
{
    private const int NameSlot = 0, LinkSlot = 1, NoteSlot = 2;
    private readonly Dictionary<TemplateKey, RenderedTemplate> _templates = [];
    private readonly Dictionary<CalendarKey, CalendarTemplate> _calendars = [];

    public RenderedEmail Render(Registration registration, Event ev, EmailKind kind, RegistrationEmailView.Details details)
    {
        var personal = details.Links.UrlFor(registration);
        // An unsaved event (a preview's sample) may change between calls with the same id and version.
        if (ev.Id == 0)
        {
            return EmailRenderer.Render(RegistrationEmailView.For(registration, ev, kind, details, personal));
        }
        var key = new TemplateKey(ev, ev.Sequence, registration.Language, kind, registration.Status, registration.ChannelId,
            registration.DecisionMessage is not null);
        if (!_templates.TryGetValue(key, out var template))
        {
            var standIn = new Registration
            {
                Name = PersonalSlots.Token(NameSlot),
                Email = "",
                Language = registration.Language,
                Status = registration.Status,
                ChannelId = registration.ChannelId,
                DecisionMessage = registration.DecisionMessage is null ? null : PersonalSlots.Token(NoteSlot),
            };
            var rendered = EmailRenderer.Render(RegistrationEmailView.For(standIn, ev, kind, details, PersonalSlots.Token(LinkSlot)));
            _templates[key] = template = RenderedTemplate.From(rendered, slots: 3);
        }
        return template.Fill([registration.Name, personal, registration.DecisionMessage ?? ""]);
    }

    public string Calendar(InvitationRequest request, string registrationLanguage, EmailKind kind, DateTime nowUtc)
    {
        if (request.Event.Id == 0 || request.Attendee is null)
        {
            return InvitationCalendar.Build(request, nowUtc);
        }
        var key = new CalendarKey(request.Event, request.Event.Sequence, registrationLanguage, kind, request.Method);
        if (!_calendars.TryGetValue(key, out var calendar))
        {
            _calendars[key] = calendar = CalendarTemplate.For(request, nowUtc);
        }
        return calendar.For(request.Attendee);
    }

    // The event by reference: a job loads it once, so a cached message never outlives the texts it was made from.
    private readonly record struct TemplateKey(Event Event, int Sequence, string Language, EmailKind Kind, RegistrationStatus Status,
        int? ChannelId, bool HasNote);

    private readonly record struct CalendarKey(Event Event, int Sequence, string Language, EmailKind Kind, string Method);
}
