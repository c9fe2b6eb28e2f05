namespace Events.Core.Registrations;

/// <summary>Subject and opening line of each registration email, in the registrant's language (en, fr, es).</summary>
internal static class RegistrationEmailTexts
{
    private static readonly Dictionary<(string, EmailKind), (string Subject, string Line)> Texts = new()
    {
        [("en", EmailKind.Confirmed)] = ("Your place is confirmed: {0}", "Your registration is confirmed. The calendar entry is attached."),
        [("fr", EmailKind.Confirmed)] = ("Votre place est confirmée : {0}", "Votre inscription est confirmée. L'invitation de calendrier est jointe."),
        [("es", EmailKind.Confirmed)] = ("Su plaza está confirmada: {0}", "Su inscripción está confirmada. Se adjunta la entrada de calendario."),
        [("en", EmailKind.Promoted)] = ("A place opened for you: {0}", "A place became free and is now yours. The calendar entry is attached."),
        [("fr", EmailKind.Promoted)] = ("Une place s'est libérée pour vous : {0}", "Une place s'est libérée et elle est à vous. L'invitation de calendrier est jointe."),
        [("es", EmailKind.Promoted)] = ("Se liberó una plaza para usted: {0}", "Se liberó una plaza y ahora es suya. Se adjunta la entrada de calendario."),
        [("en", EmailKind.Pending)] = ("Registration received: {0}", "The organisers will review your registration and write to you."),
        [("fr", EmailKind.Pending)] = ("Inscription reçue : {0}", "L'équipe d'organisation examinera votre inscription et vous écrira."),
        [("es", EmailKind.Pending)] = ("Inscripción recibida: {0}", "La organización revisará su inscripción y le escribirá."),
        [("en", EmailKind.WaitingList)] = ("You are on the waiting list: {0}", "The event is full. You are on the waiting list and will be told when a place opens."),
        [("fr", EmailKind.WaitingList)] = ("Vous êtes sur la liste d'attente : {0}", "L'événement est complet. Vous êtes sur la liste d'attente et serez prévenu·e si une place se libère."),
        [("es", EmailKind.WaitingList)] = ("Está en la lista de espera: {0}", "El evento está completo. Está en la lista de espera y se le avisará si se libera una plaza."),
        [("en", EmailKind.Declined)] = ("Registration declined: {0}", "We are sorry: the organisers could not accept your registration."),
        [("fr", EmailKind.Declined)] = ("Inscription refusée : {0}", "Nous sommes désolés : l'équipe d'organisation n'a pas pu accepter votre inscription."),
        [("es", EmailKind.Declined)] = ("Inscripción rechazada: {0}", "Lo sentimos: la organización no pudo aceptar su inscripción."),
        [("en", EmailKind.Cancelled)] = ("Registration cancelled: {0}", "Your registration is cancelled and the calendar entry is withdrawn."),
        [("fr", EmailKind.Cancelled)] = ("Inscription annulée : {0}", "Votre inscription est annulée et l'entrée de calendrier est retirée."),
        [("es", EmailKind.Cancelled)] = ("Inscripción cancelada: {0}", "Su inscripción está cancelada y la entrada de calendario se retira."),
        [("en", EmailKind.LinkAgain)] = ("Your personal link: {0}", "Here is your personal link again."),
        [("fr", EmailKind.LinkAgain)] = ("Votre lien personnel : {0}", "Voici de nouveau votre lien personnel."),
        [("es", EmailKind.LinkAgain)] = ("Su enlace personal: {0}", "Aquí tiene de nuevo su enlace personal."),
        [("en", EmailKind.LinkReplaced)] = ("Your new personal link: {0}", "You asked for a new personal link. Here it is; the old one no longer works."),
        [("fr", EmailKind.LinkReplaced)] = ("Votre nouveau lien personnel : {0}", "Vous avez demandé un nouveau lien personnel. Le voici ; l'ancien ne fonctionne plus."),
        [("es", EmailKind.LinkReplaced)] = ("Su nuevo enlace personal: {0}", "Ha pedido un nuevo enlace personal. Aquí lo tiene; el anterior ya no funciona."),
        [("en", EmailKind.ConfirmEmail)] = ("Please confirm your email: {0}", "Please confirm your email address: open your personal link below and press \"Confirm my email\". Until then your registration is on hold, and it is released if it is not confirmed in time."),
        [("fr", EmailKind.ConfirmEmail)] = ("Veuillez confirmer votre adresse : {0}", "Veuillez confirmer votre adresse électronique : ouvrez votre lien personnel ci-dessous et cliquez sur « Confirmer mon adresse ». D'ici là, votre inscription est en attente ; elle est libérée si elle n'est pas confirmée à temps."),
        [("es", EmailKind.ConfirmEmail)] = ("Confirme su correo electrónico: {0}", "Confirme su dirección de correo electrónico: abra su enlace personal a continuación y pulse «Confirmar mi correo». Hasta entonces su inscripción queda en espera y se libera si no se confirma a tiempo."),
        [("en", EmailKind.Reminder)] = ("Reminder: {0}", "A reminder: the event you registered for starts soon."),
        [("fr", EmailKind.Reminder)] = ("Rappel : {0}", "Un rappel : l'événement auquel vous êtes inscrit·e commence bientôt."),
        [("es", EmailKind.Reminder)] = ("Recordatorio: {0}", "Un recordatorio: el evento en el que se inscribió empieza pronto."),
        [("en", EmailKind.EventUpdated)] = ("Event changed: {0}", "The event has changed. Here are the new details; the calendar entry attached replaces the earlier one."),
        [("fr", EmailKind.EventUpdated)] = ("Événement modifié : {0}", "L'événement a changé. Voici les nouvelles informations ; l'entrée de calendrier jointe remplace la précédente."),
        [("es", EmailKind.EventUpdated)] = ("Evento modificado: {0}", "El evento ha cambiado. Estos son los nuevos datos; la entrada de calendario adjunta sustituye a la anterior."),
        [("en", EmailKind.EventCancelled)] = ("Event cancelled: {0}", "We are sorry: the organisers have cancelled this event."),
        [("fr", EmailKind.EventCancelled)] = ("Événement annulé : {0}", "Nous sommes désolés : l'équipe d'organisation a annulé cet événement."),
        [("es", EmailKind.EventCancelled)] = ("Evento cancelado: {0}", "Lo sentimos: la organización ha cancelado este evento."),
    };

    private static readonly Dictionary<string, string> NoteLabels = new()
    {
        ["en"] = "Message from the organisers",
        ["fr"] = "Message de l'équipe d'organisation",
        ["es"] = "Mensaje de la organización",
    };

    /// <summary>Every text of every kind in one language, for the tests that look for stray English.</summary>
    public static IEnumerable<string> All(string language) =>
        Texts.Where(t => t.Key.Item1 == language).SelectMany(t => new[] { t.Value.Subject, t.Value.Line }).Append(NoteLabels[language]);

    public static (string Subject, string Line) For(string language, EmailKind kind) =>
        Texts.TryGetValue((Language(language), kind), out var text) ? text : Texts[("en", kind)];

    public static string NoteLabel(string language) => NoteLabels[Language(language)];

    /// <summary>The language the message's own words are in: the registrant's where we have it, else English.</summary>
    public static string Language(string language) => NoteLabels.ContainsKey(language) ? language : "en";
}
