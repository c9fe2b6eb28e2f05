using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;
using Events.Web.Public;

namespace Events.Web.Organiser;

/// <summary>The shapes attendees get, plus what only organisers write: the event's languages and every entity's translations.</summary>
public static class OrganiserDtos
{
    public static EventDto ToOrganiserDto(this Event e)
    {
        var dto = e.ToDto(forOrganiser: true);
        var items = e.AgendaItems.ToDictionary(a => a.Id);
        var speakers = e.Speakers.ToDictionary(s => s.Id);
        var channels = e.Channels.ToDictionary(c => c.Id);
        var readings = e.Readings.ToDictionary(r => r.Id);
        return dto with
        {
            OriginalLanguage = e.OriginalLanguage,
            Languages = e.Languages,
            Translations = e.Translations.ToDictionary(),
            PersonalDataRetentionDays = e.PersonalDataRetentionDays,
            Agenda = dto.Agenda.Select(a => a.WithTranslations(items[a.Id])).ToList(),
            Speakers = dto.Speakers.Select(s => s with { Translations = speakers[s.Id].Translations.ToDictionary() }).ToList(),
            Channels = dto.Channels.Select(c => c with { Translations = channels[c.Id].Translations.ToDictionary() }).ToList(),
            Readings = dto.Readings.Select(r => r with { Translations = readings[r.Id].Translations.ToDictionary() }).ToList(),
        };
    }

    public static AgendaItemDto ToOrganiserDto(this AgendaItem a, TimeZoneInfo zone) => a.ToDto(zone).WithTranslations(a);

    public static SpeakerDto ToOrganiserDto(this Speaker s) => s.ToDto(forOrganiser: true) with { Translations = s.Translations.ToDictionary() };

    public static ChannelDto ToOrganiserDto(this InterpretationChannel c) =>
        c.ToDto(forOrganiser: true) with { Translations = c.Translations.ToDictionary() };

    public static ReadingDto ToOrganiserDto(this Reading r) => r.ToDto() with { Translations = r.Translations.ToDictionary() };

    private static AgendaItemDto WithTranslations(this AgendaItemDto dto, AgendaItem item)
    {
        var people = item.People.ToDictionary(p => p.SpeakerId);
        return dto with
        {
            Translations = item.Translations.ToDictionary(),
            People = dto.People.Select(p => p with { Translations = people[p.SpeakerId].Translations.ToDictionary() }).ToList(),
        };
    }
}
