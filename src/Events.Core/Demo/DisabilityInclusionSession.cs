using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;

namespace Events.Core.Demo;

/// <summary>
/// A second thematic session of the demo forum, invented for the demo (its summary says so): people, organisations
/// and agenda are made up; the readings are real.
/// </summary>
public static class DisabilityInclusionSession
{
    public const string Slug = "gpf-2021-disability-inclusion-armed-conflict";

    public static Event Build(DateTime nowUtc, DateOnly day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ModelEvent.Zone);
        DateTime At(int hour, int minute) => EventTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)), zone)!.Value;

        var diallo = Speaker("Amina Diallo", "Protection Cluster Coordinator", "National Protection Cluster (demo)",
            "Demo speaker. Has coordinated protection clusters in the Sahel and the Middle East, with a focus on accountability to affected people.");
        var herrera = Speaker("Lucía Herrera Soto", "Disability Inclusion Adviser", "Inclusive Futures Network (demo)",
            "Demo speaker. Supports humanitarian teams in applying the IASC Guidelines on the inclusion of persons with disabilities.");
        var okafor = Speaker("Daniel Okafor", "Executive Director", "Borno Association of Persons with Disabilities (demo)",
            "Demo speaker. Leads an organisation of persons with disabilities that takes part in the local protection working group.");

        var evt = new Event
        {
            Slug = Slug,
            Title = "Persons with disabilities in armed conflict: from invisible risks to inclusive protection",
            Summary = "Demo data: an invented session, not part of the real forum. How protection actors can identify the specific risks persons with disabilities face in armed conflict, make coordination, information and services accessible, and bring organisations of persons with disabilities to the table.",
            Rationale = "Persons with disabilities are disproportionately affected by armed conflict: they are more likely to be left behind during attacks and displacement, to lose access to assistive devices, medicines and care, and to face violence, exploitation and neglect. Security Council resolution 2475 (2019) and the IASC Guidelines call on humanitarian actors to identify these risks, remove barriers and involve organisations of persons with disabilities at every stage of the response. Yet protection assessments rarely disaggregate data by disability, and coordination meetings, feedback channels and public information are often inaccessible.",
            ExpectedOutcomes =
            [
                "Share practical ways to identify and reduce the protection risks persons with disabilities face in armed conflict.",
                "Show how organisations of persons with disabilities can take part in protection coordination and analysis.",
                "Agree on concrete steps clusters can take to make information, feedback channels and services accessible.",
            ],
            StartsAtUtc = At(14, 0),
            EndsAtUtc = At(15, 15),
            TimeZoneId = ModelEvent.Zone,
            Capacity = 300,
            OrganiserName = "Global Protection Cluster (demo organiser)",
            OrganiserEmail = "organiser@example.org",
            Status = EventStatus.Published,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            Speakers = [diallo, herrera, okafor],
            AgendaItems =
            [
                Item(0, AgendaItemKind.OpeningRemarks, "Welcome and opening remarks", At(14, 0), 10,
                    "Why disability inclusion is a protection priority, and what the session sets out to do.",
                    (diallo, AgendaRole.Moderator, "")),
                Item(1, AgendaItemKind.Panel, "Panel: inclusive protection in practice", At(14, 10), 40,
                    "Two practitioners share what has worked, and what has not, in making protection responses reach persons with disabilities.",
                    (diallo, AgendaRole.Moderator, ""),
                    (herrera, AgendaRole.Panellist, "Applying the IASC Guidelines in protection coordination"),
                    (okafor, AgendaRole.Panellist, "Organisations of persons with disabilities at the coordination table")),
                Item(2, AgendaItemKind.PlenaryQa, "Questions and discussion with participants", At(14, 50), 20,
                    "Participants put their questions and share their own experience.",
                    (diallo, AgendaRole.Moderator, "")),
                Item(3, AgendaItemKind.ClosingRemarks, "Closing remarks and next steps", At(15, 10), 5,
                    "Key messages and the steps clusters can take next.",
                    (diallo, AgendaRole.Speaker, "Key messages and next steps")),
            ],
            Channels =
            [
                new InterpretationChannel { Position = 0, LanguageCode = "en", Label = "English (floor)", IsFloor = true, JoinUrl = "https://stream.example.org/gpf2021-disability/floor" },
                new InterpretationChannel { Position = 1, LanguageCode = "fr", Label = "Français", JoinUrl = "https://stream.example.org/gpf2021-disability/fr" },
                new InterpretationChannel { Position = 2, LanguageCode = "es", Label = "Español", JoinUrl = "https://stream.example.org/gpf2021-disability/es" },
            ],
            Readings =
            [
                new Reading { Position = 0, Authors = "United Nations", Year = 2006, Title = "Convention on the Rights of Persons with Disabilities", Publisher = "New York: United Nations",
                    Url = "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-persons-disabilities",
                    Note = "Article 11: situations of risk and humanitarian emergencies." },
                new Reading { Position = 1, Authors = "United Nations Security Council", Year = 2019, Title = "Resolution 2475 (2019)", Publisher = "S/RES/2475 (2019)",
                    Url = "https://undocs.org/S/RES/2475(2019)",
                    Note = "The first Security Council resolution on the protection of persons with disabilities in armed conflict." },
                new Reading { Position = 2, Authors = "Inter-Agency Standing Committee", Year = 2019, Title = "IASC Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action", Publisher = "Geneva: IASC",
                    Url = "https://interagencystandingcommittee.org/iasc-guidelines-on-inclusion-of-persons-with-disabilities-in-humanitarian-action-2019",
                    Note = "The panel's reference for what inclusive protection looks like in practice." },
            ],
        };
        DemoTranslations.Apply(evt, DisabilityInclusionTranslations.Texts);
        return evt;
    }

    private static Speaker Speaker(string name, string title, string organisation, string bio) =>
        new() { Name = name, Title = title, Organisation = organisation, Bio = bio };

    private static AgendaItem Item(int position, AgendaItemKind kind, string title, DateTime start, int minutes, string description,
        params (Speaker Speaker, AgendaRole Role, string Topic)[] people) => new()
        {
            Position = position,
            Kind = kind,
            Title = title,
            Description = description,
            StartsAtUtc = start,
            DurationMinutes = minutes,
            People = people.Select(p => new AgendaPerson { Speaker = p.Speaker, Role = p.Role, Topic = p.Topic }).ToList(),
        };
}
