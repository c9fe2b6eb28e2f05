namespace Events.Core.FollowUps;

/// <summary>The fixed words around the organiser's message, in en, fr and es.</summary>
internal sealed record FollowUpTexts(
    string Greeting, string Recording, string Survey, string Readings, string Answered, string Unanswered, string UnansweredNote,
    string Poll, string Respondents, string Choice, string Votes, string Share, string Transcript)
{
    private static readonly Dictionary<string, FollowUpTexts> All = new()
    {
        ["en"] = new("Dear {0},", "Watch the recording", "Tell us what you thought (survey)", "Readings",
            "Questions answered during the session", "Questions we did not reach",
            "We did not have time for these questions; the panel will keep them in mind.",
            "Poll: {0}", "{0} participant(s) answered.", "Answer", "Votes", "Share", "The transcript of the captions is attached to this email."),
        ["fr"] = new("Bonjour {0},", "Voir l'enregistrement", "Donnez-nous votre avis (questionnaire)", "Lectures",
            "Questions traitées pendant la séance", "Questions que nous n'avons pas pu aborder",
            "Le temps nous a manqué pour ces questions ; le panel en tiendra compte.",
            "Sondage\u00A0: {0}", "{0} participant·e(s) ont répondu.", "Réponse", "Votes", "Part", "La transcription des sous-titres est jointe à ce courriel."),
        ["es"] = new("Estimado/a {0}:", "Ver la grabación", "Denos su opinión (encuesta)", "Lecturas",
            "Preguntas respondidas durante la sesión", "Preguntas que no alcanzamos a tratar",
            "No tuvimos tiempo para estas preguntas; el panel las tendrá en cuenta.",
            "Encuesta: {0}", "Respondieron {0} participante(s).", "Respuesta", "Votos", "Porcentaje", "La transcripción de los subtítulos va adjunta a este correo."),
    };

    public static FollowUpTexts For(string language) => All.GetValueOrDefault(language) ?? All["en"];
}
