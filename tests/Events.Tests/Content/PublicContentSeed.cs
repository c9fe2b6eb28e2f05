using Events.Core.Agenda;
using Events.Core.Content;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Registrations;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;

namespace Events.Tests.Content;

/// <summary>
/// A published English event translated into French and Spanish, straight into the database, with gaps on purpose:
/// French lacks the panel's description; Spanish lacks the summary, the second outcome, the panel's title and the
/// French channel's label.
/// </summary>
public sealed record PublicContentSeed(int OpeningId, int PanelId, int SpeakerId, int FloorId, int FrenchChannelId, int ReadingId, int QuestionId)
{
    public const string Slug = "translated-forum";

    public string[] UntranslatedInFrench => [$"agenda/{PanelId}/Description"];

    public string[] UntranslatedInSpanish =>
        ["event/Summary", "event/ExpectedOutcomes.1", $"agenda/{PanelId}/Title", $"channel/{FrenchChannelId}/Label"];

    public static Task<PublicContentSeed> AddAsync(EventsApp app) => app.WithDbAsync(async db =>
    {
        var start = new DateTime(TestData.UpcomingYear, 10, 26, 14, 0, 0, DateTimeKind.Utc);
        var evt = new Event
        {
            Slug = Slug, Title = "Digital tools for protection", Summary = "A thematic webinar.", Rationale = "Why it matters.",
            ExpectedOutcomes = ["Awareness", "Network"], TimeZoneId = "Europe/Paris", StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90),
            OrganiserName = "Forum team", OrganiserEmail = "team@example.org", Status = EventStatus.Published,
        };
        Set(evt.Translations, "Title", "Outils numériques pour la protection", "Herramientas digitales para la protección");
        Set(evt.Translations, "Summary", "Un webinaire thématique.", null);
        Set(evt.Translations, "Rationale", "Pourquoi c’est important.", "Por qué importa.");
        evt.Translations.SetLines("fr", "ExpectedOutcomes", ["Sensibilisation", "Réseau"], 2);
        evt.Translations.SetLines("es", "ExpectedOutcomes", ["Sensibilización"], 2);

        var speaker = new Speaker { Name = "Ana Panel", Title = "Director", Organisation = "UNHCR", Bio = "Works on protection." };
        Set(speaker.Translations, "Title", "Directrice", "Directora");
        Set(speaker.Translations, "Bio", "Travaille sur la protection.", "Trabaja en protección.");
        evt.Speakers.Add(speaker);

        var opening = new AgendaItem { Position = 0, Kind = AgendaItemKind.OpeningRemarks, Title = "Opening remarks", StartsAtUtc = start, DurationMinutes = 10 };
        Set(opening.Translations, "Title", "Mot d’ouverture", "Palabras de apertura");
        var panel = new AgendaItem
        {
            Position = 1, Kind = AgendaItemKind.Panel, Title = "Tech tools panel", Description = "How tools help.",
            StartsAtUtc = start.AddMinutes(10), DurationMinutes = 45,
        };
        Set(panel.Translations, "Title", "Table ronde sur les outils", null);
        Set(panel.Translations, "Description", null, "Cómo ayudan las herramientas.");
        var person = new AgendaPerson { Speaker = speaker, Role = AgendaRole.Panellist, Topic = "Guiding principles" };
        Set(person.Translations, "Topic", "Principes directeurs", "Principios rectores");
        panel.People.Add(person);
        evt.AgendaItems.AddRange([opening, panel]);

        var floor = new InterpretationChannel { Position = 0, LanguageCode = "en", Label = "English", IsFloor = true };
        Set(floor.Translations, "Label", "Anglais", "Inglés");
        var french = new InterpretationChannel { Position = 1, LanguageCode = "fr", Label = "French" };
        Set(french.Translations, "Label", "Français", null);
        evt.Channels.AddRange([floor, french]);

        var reading = new Reading { Position = 0, Authors = "ILO", Year = 2014, Title = "Profits and Poverty", Publisher = "Geneva: ILO", Note = "Start here." };
        Set(reading.Translations, "Note", "Commencez ici.", "Empiece aquí.");
        evt.Readings.Add(reading);

        var question = new RegistrationQuestion { Position = 0, Kind = QuestionKind.Choice, Label = "Your sector", Options = ["Government", "Civil society"] };
        Set(question.Translations, "Label", "Votre secteur", "Su sector");
        question.Translations.SetLines("fr", "Options", ["Gouvernement", "Société civile"], 2);
        question.Translations.SetLines("es", "Options", ["Gobierno", "Sociedad civil"], 2);
        evt.Questions.Add(question);

        db.Events.Add(evt);
        await db.SaveChangesAsync();
        return new PublicContentSeed(opening.Id, panel.Id, speaker.Id, floor.Id, french.Id, reading.Id, question.Id);
    });

    private static void Set(Translations translations, string field, string? french, string? spanish)
    {
        translations.Set("fr", field, french);
        translations.Set("es", field, spanish);
    }
}
