namespace Events.Core.Email.Templates;

/// <summary>The template's own words in en, fr and es: labels, buttons, the personal-link warning, privacy and footer lines.</summary>
public sealed record TemplateTexts(
    string Greeting, string When, string Utc, string Channel, string NoChannel, string Agenda, string Time, string Item,
    string MyRegistration, string Join, string ConfirmEmail, string SeeEvent, string EventPage,
    string Warning, string Change, string Cancel, string AddToCalendar, string Google, string Outlook,
    string Contact, string Privacy, string RegistrantFooter, string InterpreterFooter, string TeamFooter)
{
    private static readonly Dictionary<string, TemplateTexts> All = new()
    {
        ["en"] = new("Dear {0},", "When", "In UTC", "Your channel", "Original sound (no interpretation)", "Agenda", "Time", "Item",
            "My registration", "Join the live session", "Confirm my email", "See the event", "Open the event page",
            "This link is yours: do not forward it. Anyone who has it can see and change your registration.",
            "Change my language or channel", "Cancel my registration", "Add to my calendar", "Google Calendar", "Outlook on the web",
            "Contact", "Your personal data is erased {0} days after the event.",
            "You receive this email because you registered for {0}.",
            "You receive this email because you interpret {0}.",
            "You receive this email because the team of {0} added you."),
        ["fr"] = new("Bonjour {0},", "Quand", "En UTC", "Votre canal", "Son original (sans interprétation)", "Programme", "Heure", "Séquence",
            "Mon inscription", "Rejoindre la séance en direct", "Confirmer mon adresse", "Voir l’événement", "Ouvrir la page de l’événement",
            "Ce lien est personnel : ne le transférez pas. Toute personne qui le détient peut voir et modifier votre inscription.",
            "Modifier ma langue ou mon canal", "Annuler mon inscription", "Ajouter à mon agenda", "Google Agenda", "Outlook sur le web",
            "Contact", "Vos données personnelles sont effacées {0} jours après l’événement.",
            "Vous recevez ce message parce que vous vous êtes inscrit·e à « {0} ».",
            "Vous recevez ce message parce que vous assurez l’interprétation de « {0} ».",
            "Vous recevez ce message parce que l’équipe de {0} vous a ajouté·e."),
        ["es"] = new("Estimado/a {0}:", "Cuándo", "En UTC", "Su canal", "Sonido original (sin interpretación)", "Programa", "Hora", "Punto",
            "Mi inscripción", "Unirse a la sesión en directo", "Confirmar mi correo", "Ver el evento", "Abrir la página del evento",
            "Este enlace es personal: no lo reenvíe. Quien lo tenga puede ver y cambiar su inscripción.",
            "Cambiar mi idioma o canal", "Cancelar mi inscripción", "Añadir a mi calendario", "Google Calendar", "Outlook en la web",
            "Contacto", "Sus datos personales se borran {0} días después del evento.",
            "Recibe este mensaje porque se inscribió en «{0}».",
            "Recibe este mensaje porque interpreta «{0}».",
            "Recibe este mensaje porque el equipo de {0} le añadió."),
    };

    /// <summary>The languages the template speaks; any other reads English.</summary>
    public static IReadOnlyCollection<string> Languages => All.Keys;

    public static string LanguageOf(string language) => All.ContainsKey(language) ? language : "en";

    public static TemplateTexts For(string language) => All[LanguageOf(language)];

    public string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
