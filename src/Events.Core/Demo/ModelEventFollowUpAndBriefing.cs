using Events.Core.Briefing;
using Events.Core.FollowUps;
using Events.Core.Glossary;

namespace Events.Core.Demo;

/// <summary>The model event's follow-up draft, glossary and interpreters, so the demo runs from registration to follow-up.</summary>
public static class ModelEventFollowUpAndBriefing
{
    /// <summary>Adds what is missing; leaves anything an organiser already changed alone.</summary>
    public static async Task AddMissingAsync(EventsDbContext db, Event ev, DateTime nowUtc, CancellationToken ct)
    {
        if (!await db.FollowUps.AnyAsync(f => f.EventId == ev.Id, ct))
        {
            db.FollowUps.Add(FollowUp(ev.Id, nowUtc));
        }
        if (!await db.GlossaryTerms.AnyAsync(t => t.EventId == ev.Id, ct))
        {
            db.GlossaryTerms.AddRange(
                Term(ev.Id, "trafficking in persons", "traite des êtres humains", "trata de personas", "French also says « traite des personnes », as in the UN Protocol."),
                Term(ev.Id, "internally displaced person (IDP)", "personne déplacée interne (PDI)", "persona desplazada interna (PDI)", ""),
                Term(ev.Id, "survivor", "survivant·e", "sobreviviente", "Preferred over 'victim' unless quoting the law."),
                Term(ev.Id, "safeguarding", "protection contre les abus", "salvaguardia", ""));
        }
        if (!await db.Interpreters.AnyAsync(i => i.EventId == ev.Id, ct))
        {
            var channels = await db.Channels.Where(c => c.EventId == ev.Id).ToListAsync(ct);
            db.Interpreters.AddRange(
                new Interpreter { EventId = ev.Id, Name = "Interprète FR (demo)", Email = "interprete.fr@example.org", SourceLanguage = "en", TargetLanguage = "fr",
                    ChannelId = channels.FirstOrDefault(c => c.LanguageCode == "fr")?.Id },
                new Interpreter { EventId = ev.Id, Name = "Intérprete ES (demo)", Email = "interprete.es@example.org", SourceLanguage = "en", TargetLanguage = "es",
                    ChannelId = channels.FirstOrDefault(c => c.LanguageCode == "es")?.Id });
        }
        await db.SaveChangesAsync(ct);
    }

    private static GlossaryTerm Term(int eventId, string en, string fr, string es, string note) =>
        new() { EventId = eventId, En = en, Fr = fr, Es = es, Note = note };

    private static FollowUpDraft FollowUp(int eventId, DateTime nowUtc) => new()
    {
        EventId = eventId,
        RecordingUrl = "https://example.org/gpf2021/recording",
        SurveyUrl = "https://example.org/gpf2021/survey",
        IncludeAnsweredQuestions = true,
        IncludeUnansweredQuestions = true,
        UpdatedAtUtc = nowUtc,
        Messages =
        [
            Message("en", "Thank you for joining: tech and anti-trafficking in crises",
                "Thank you for joining the GPC thematic event on digital technology and anti-trafficking action in crises.\n\nBelow are the recording, the background readings and the questions the panel answered.",
                "Sorry we missed you: tech and anti-trafficking in crises",
                "We are sorry you could not join us. The recording and the background readings are below, with the questions the panel answered."),
            Message("fr", "Merci de votre participation : technologies et lutte contre la traite en situation de crise",
                "Merci d'avoir participé à l'événement thématique du GPC sur les technologies numériques et la lutte contre la traite en situation de crise.\n\nVous trouverez ci-dessous l'enregistrement, les lectures de référence et les questions traitées par le panel.",
                "Vous nous avez manqué : technologies et lutte contre la traite en situation de crise",
                "Nous regrettons que vous n'ayez pas pu être des nôtres. L'enregistrement et les lectures de référence sont ci-dessous, avec les questions traitées par le panel."),
            Message("es", "Gracias por participar: tecnología y lucha contra la trata en crisis",
                "Gracias por participar en el evento temático del GPC sobre tecnología digital y acción contra la trata en situaciones de crisis.\n\nA continuación encontrará la grabación, las lecturas de referencia y las preguntas que respondió el panel.",
                "Le echamos de menos: tecnología y lucha contra la trata en crisis",
                "Lamentamos que no pudiera acompañarnos. La grabación y las lecturas de referencia están a continuación, con las preguntas que respondió el panel."),
        ],
    };

    private static FollowUpMessage Message(string language, string subject, string message, string absentSubject, string absentMessage) =>
        new() { Language = language, Subject = subject, Message = message, AbsentSubject = absentSubject, AbsentMessage = absentMessage };
}
