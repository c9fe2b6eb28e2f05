using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;
using Events.Web.Registrations;

namespace Events.Web.Public;

/// <summary>
/// An event as attendees read it: every text in <see cref="Language"/>, or the original where that language has no
/// translation (those texts' keys in <see cref="Untranslated"/>, e.g. <c>agenda/12/Title</c>). Names, organisations
/// and the readings' citations stay as published.
/// </summary>
public sealed record PublicEventDto(
    string Slug, string Title, string Summary, string Rationale, IReadOnlyList<string> ExpectedOutcomes,
    DateTimeOffset Start, DateTimeOffset End, DateTime StartUtc, DateTime EndUtc, string TimeZone, int? Capacity,
    string OrganiserName, string OrganiserEmail, EventStatus Status, int Sequence,
    IReadOnlyList<AgendaItemDto> Agenda, IReadOnlyList<SpeakerDto> Speakers,
    IReadOnlyList<ChannelDto> Channels, IReadOnlyList<ReadingDto> Readings, IReadOnlyList<QuestionDto> Questions,
    bool RequiresApproval, bool RequiresEmailConfirmation, DateTimeOffset? RegistrationClosesAt,
    string Language, string OriginalLanguage, IReadOnlyList<string> Languages, IReadOnlyList<string> Untranslated);

/// <summary>One event of the public list, its title and summary in <see cref="Language"/> (see <see cref="PublicEventDto"/>).</summary>
public sealed record PublicEventSummaryDto(string Slug, string Title, string Summary, DateTimeOffset Start, DateTimeOffset End,
    string TimeZone, EventStatus Status, string Language, IReadOnlyList<string> Languages, IReadOnlyList<string> Untranslated);

public static class PublicEventMapping
{
    /// <summary>The attendee's shape (<see cref="EventDtoMapping.ToDto(Event, bool)"/>) with each text read through <paramref name="text"/>.</summary>
    public static EventDto Localized(this Event e, EventContent text)
    {
        var dto = e.ToDto(forOrganiser: false);
        var items = e.AgendaItems.ToDictionary(a => a.Id);
        return dto with
        {
            Title = text.Event(nameof(Event.Title)).Text,
            Summary = text.Event(nameof(Event.Summary)).Text,
            Rationale = text.Event(nameof(Event.Rationale)).Text,
            ExpectedOutcomes = text.Outcomes(e).Select(o => o.Text).ToList(),
            Agenda = dto.Agenda.Select(a => a.Localized(items[a.Id], text)).ToList(),
            Speakers = dto.Speakers.Select(s => s with
            {
                Title = text.Of("speaker", s.Id, nameof(Speaker.Title)).Text,
                Bio = text.Of("speaker", s.Id, nameof(Speaker.Bio)).Text,
            }).ToList(),
            Channels = dto.Channels.Select(c => c with { Label = text.Of("channel", c.Id, nameof(InterpretationChannel.Label)).Text }).ToList(),
            Readings = dto.Readings.Select(r => r with { Note = text.Of("reading", r.Id, nameof(Reading.Note)).Text }).ToList(),
        };
    }

    public static PublicEventDto ToPublicDto(this Event e, EventContent text)
    {
        var d = e.Localized(text);
        var questions = e.Questions.OrderBy(q => q.Position).ThenBy(q => q.Id).Select(q => q.ToDto() with
        {
            Label = text.Of("question", q.Id, nameof(RegistrationQuestion.Label)).Text,
            Options = text.Options(q).Select(o => o.Text).ToList(),
        }).ToList();
        return new PublicEventDto(d.Slug, d.Title, d.Summary, d.Rationale, d.ExpectedOutcomes, d.Start, d.End, d.StartUtc, d.EndUtc,
            d.TimeZone, d.Capacity, d.OrganiserName, d.OrganiserEmail, d.Status, d.Sequence, d.Agenda, d.Speakers, d.Channels, d.Readings,
            questions, d.RequiresApproval, d.RequiresEmailConfirmation, d.RegistrationClosesAt,
            text.Language, e.OriginalLanguage, text.Languages, text.Untranslated);
    }

    /// <summary>For the list only the title and summary are read (the event is loaded without its parts).</summary>
    public static PublicEventSummaryDto ToPublicSummaryDto(this Event e, string language)
    {
        var reader = Core.Content.ContentReader.For(e, language);
        var title = reader.Text(e.Translations, nameof(Event.Title), e.Title);
        var summary = reader.Text(e.Translations, nameof(Event.Summary), e.Summary);
        var s = e.ToSummaryDto();
        var untranslated = new[] { ("event/Title", title), ("event/Summary", summary) }.Where(t => t.Item2.IsFallback).Select(t => t.Item1).ToList();
        return new PublicEventSummaryDto(s.Slug, title.Text, summary.Text, s.Start, s.End, s.TimeZone, s.Status, language, e.Languages, untranslated);
    }

    private static AgendaItemDto Localized(this AgendaItemDto dto, AgendaItem item, EventContent text)
    {
        var topics = text.Topics(item);
        return dto with
        {
            Title = text.Of("agenda", dto.Id, nameof(AgendaItem.Title)).Text,
            Description = text.Of("agenda", dto.Id, nameof(AgendaItem.Description)).Text,
            People = dto.People.Select((p, i) => p with
            {
                Title = text.Of("speaker", p.SpeakerId, nameof(Speaker.Title)).Text,
                Topic = topics[i].Text,
            }).ToList(),
        };
    }
}
