using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Events.Core.Agenda;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Registrations;
using Events.Core.Speakers;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;

namespace Events.Tests.TranslationTools;

/// <summary>The ids of the seeded event's parts, for building unit keys.</summary>
public sealed record SeededEvent(string Slug, int EventId, int AgendaId, int PersonId, int SpeakerId, int ChannelId, int ReadingId, int QuestionId);

/// <summary>An event with a text in every part, some translated into French or Spanish and some not.</summary>
public static class TranslationSeed
{
    public const string Slug = "trilingual-forum";

    public static Task<SeededEvent> EventAsync(EventsApp app, string slug = Slug, bool complete = false) => app.WithDbAsync(async db =>
    {
        var speaker = new Speaker { Name = "Ana Diaz", Title = "Director", Bio = "" };
        var item = new AgendaItem { Title = "Opening remarks", Description = "Welcome and purpose.", Position = 0, Kind = AgendaItemKind.OpeningRemarks, StartsAtUtc = new DateTime(2030, 10, 26, 14, 0, 0, DateTimeKind.Utc), DurationMinutes = 10 };
        var person = new AgendaPerson { Speaker = speaker, Role = AgendaRole.Speaker, Topic = "Why now" };
        item.People.Add(person);
        var evt = new Event
        {
            Slug = slug, Title = "Protection forum", Summary = "A thematic webinar.", Rationale = "", ExpectedOutcomes = ["Awareness", "Network"],
            TimeZoneId = "Europe/Paris", Status = EventStatus.Published, OriginalLanguage = "en", Languages = ["en", "fr", "es"],
            StartsAtUtc = new DateTime(2030, 10, 26, 14, 0, 0, DateTimeKind.Utc), EndsAtUtc = new DateTime(2030, 10, 26, 15, 30, 0, DateTimeKind.Utc),
            AgendaItems = [item], Speakers = [speaker],
            Channels = [new InterpretationChannel { LanguageCode = "fr", Label = "French booth", Position = 0 }],
            Readings = [new Reading { Title = "Report 2020", Note = "Read chapter 2.", Position = 0 }],
            Questions = [new RegistrationQuestion { Label = "Organisation type", Kind = QuestionKind.Choice, Options = ["NGO", "Government"], Position = 0 }],
        };
        evt.Translations.Set("fr", "Title", "Forum sur la protection");
        evt.Translations.Set("es", "Summary", "Un seminario temático.");
        evt.Translations.Set("fr", "ExpectedOutcomes.0", "Sensibilisation");
        item.Translations.Set("fr", "Title", "Ouverture");
        speaker.Translations.Set("fr", "Title", "Directrice");
        evt.Channels[0].Translations.Set("fr", "Label", "Cabine française");
        evt.Questions[0].Translations.Set("fr", "Label", "Type d’organisation");
        if (complete)
        {
            Complete(evt);
        }
        db.Events.Add(evt);
        await db.SaveChangesAsync();
        return new SeededEvent(evt.Slug, evt.Id, item.Id, person.Id, speaker.Id, evt.Channels[0].Id, evt.Readings[0].Id, evt.Questions[0].Id);
    });

    /// <summary>The keys the seed leaves without a French text (the blank rationale and bio have nothing to translate).</summary>
    public static HashSet<string> MissingInFrench(SeededEvent e) =>
    [
        "event/Summary", "event/ExpectedOutcomes.1", $"agenda/{e.AgendaId}/Description", $"topic/{e.PersonId}/Topic",
        $"reading/{e.ReadingId}/Note", $"question/{e.QuestionId}/Options.0", $"question/{e.QuestionId}/Options.1",
    ];

    public static HashSet<string> MissingInSpanish(SeededEvent e) =>
    [
        "event/Title", "event/ExpectedOutcomes.0", "event/ExpectedOutcomes.1", $"agenda/{e.AgendaId}/Title", $"agenda/{e.AgendaId}/Description",
        $"topic/{e.PersonId}/Topic", $"speaker/{e.SpeakerId}/Title", $"channel/{e.ChannelId}/Label", $"reading/{e.ReadingId}/Note",
        $"question/{e.QuestionId}/Label", $"question/{e.QuestionId}/Options.0", $"question/{e.QuestionId}/Options.1",
    ];

    private static void Complete(Event evt)
    {
        foreach (var unit in Core.Content.EventTexts.Units(evt).Where(u => !string.IsNullOrWhiteSpace(u.Original)))
        {
            foreach (var language in new[] { "fr", "es" })
            {
                unit.Translations.Set(language, unit.TranslationField, $"{unit.Original} ({language})");
            }
        }
    }

    public static MultipartFormDataContent File(string content, string name = "forum.fr.xlf")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xliff+xml");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Posts a file to the translations page's import form, with the page's antiforgery token.</summary>
    public static async Task<string> ImportOnPageAsync(this HttpClient client, string slug, string content)
    {
        var url = $"/organiser/events/{slug}/translations";
        var token = await client.TokenAsync(url);
        using var form = File(content);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await client.PostAsync(url + "?handler=Import", form);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The unit keys a page lists as missing in one language's section.</summary>
    public static HashSet<string> ListedMissing(string html, string language)
    {
        var section = Regex.Match(html, $"<section[^>]*data-language=\"{language}\"[^>]*>(.*?)</section>", RegexOptions.Singleline);
        Assert.True(section.Success, "No section for " + language);
        return Regex.Matches(section.Groups[1].Value, "data-key=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
    }
}
