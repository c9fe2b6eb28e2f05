namespace Events.Core.Briefing;

/// <summary>The briefing pack's words, in the interpreter's target language.</summary>
internal sealed record BriefingTexts(
    string Subject, string Greeting, string Intro, string Agenda, string Time, string Item, string Speakers, string Topics,
    string Readings, string Glossary, string Note, string Channel, string CalendarAttached, string LanguageName)
{
    private static readonly Dictionary<string, BriefingTexts> All = new()
    {
        ["en"] = new("Interpreter briefing: {0}", "Dear {0},", "Here is your briefing pack for the event you are interpreting.",
            "Agenda", "Time", "Item", "Speakers", "Speaks about", "Readings", "Glossary", "Note", "Your channel",
            "The calendar entry is attached.", "English"),
        ["fr"] = new("Dossier d'interprétation : {0}", "Bonjour {0},", "Voici votre dossier de préparation pour l'événement que vous interprétez.",
            "Programme", "Heure", "Point", "Intervenant·es", "Intervient sur", "Lectures", "Glossaire", "Remarque", "Votre canal",
            "L'invitation de calendrier est jointe.", "Français"),
        ["es"] = new("Dosier de interpretación: {0}", "Estimado/a {0}:", "Aquí tiene su dosier de preparación para el evento que interpreta.",
            "Programa", "Hora", "Punto", "Ponentes", "Habla sobre", "Lecturas", "Glosario", "Nota", "Su canal",
            "Se adjunta la entrada de calendario.", "Español"),
    };

    public static BriefingTexts For(string language) => All.GetValueOrDefault(language) ?? All["en"];
}
