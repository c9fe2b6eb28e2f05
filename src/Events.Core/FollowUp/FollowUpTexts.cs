namespace Events.Core.FollowUps;

/// <summary>The fixed words around the organiser's message, in en, fr and es.</summary>
internal sealed record FollowUpTexts(
    string Greeting, string Recording, string Survey, string Readings, string Answered, string Unanswered, string UnansweredNote)
{
    private static readonly Dictionary<string, FollowUpTexts> All = new()
    {
        ["en"] = new("Dear {0},", "Watch the recording", "Tell us what you thought (survey)", "Readings",
            "Questions answered during the session", "Questions we did not reach",
            "We did not have time for these questions; the panel will keep them in mind."),
        ["fr"] = new("Bonjour {0},", "Voir l'enregistrement", "Donnez-nous votre avis (questionnaire)", "Lectures",
            "Questions traitées pendant la séance", "Questions que nous n'avons pas pu aborder",
            "Le temps nous a manqué pour ces questions ; le panel en tiendra compte."),
        ["es"] = new("Estimado/a {0}:", "Ver la grabación", "Denos su opinión (encuesta)", "Lecturas",
            "Preguntas respondidas durante la sesión", "Preguntas que no alcanzamos a tratar",
            "No tuvimos tiempo para estas preguntas; el panel las tendrá en cuenta."),
    };

    public static FollowUpTexts For(string language) => All.GetValueOrDefault(language) ?? All["en"];
}
