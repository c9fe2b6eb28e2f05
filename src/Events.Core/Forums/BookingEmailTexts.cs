namespace Events.Core.Forums;

/// <summary>The booking email's words in the registrant's language (en, fr, es).</summary>
public sealed record BookingEmailTexts(
    string Subject, string Intro, string When, string Link, string Confirmed, string Pending, string Waiting,
    string Unconfirmed, string Cancelled, string Contact)
{
    public static BookingEmailTexts For(string language) => language switch
    {
        "fr" => new("Votre inscription : {0}", "Merci pour votre inscription. Voici chaque session et où vous en êtes.", "Quand",
            "Ma page personnelle", "Place confirmée.", "En attente de l’approbation de l’organisation.", "Sur liste d’attente, position {0}.",
            "Confirmez votre adresse e-mail sur votre page personnelle pour garder cette inscription.", "Inscription annulée.", "Contact"),
        "es" => new("Su inscripción: {0}", "Gracias por inscribirse. Estas son sus sesiones y su situación en cada una.", "Cuándo",
            "Mi página personal", "Plaza confirmada.", "Pendiente de aprobación por la organización.", "En lista de espera, posición {0}.",
            "Confirme su dirección de correo en su página personal para conservar esta inscripción.", "Inscripción cancelada.", "Contacto"),
        _ => new("Your registration: {0}", "Thank you for registering. Here is each session and where you stand.", "When",
            "My personal page", "Place confirmed.", "Awaiting the organiser's approval.", "On the waiting list, position {0}.",
            "Confirm your email address on your personal page to keep this registration.", "Registration cancelled.", "Contact"),
    };

    public string Status(Registration registration) => registration.Status switch
    {
        RegistrationStatus.Confirmed => Confirmed,
        RegistrationStatus.Pending => Pending,
        RegistrationStatus.WaitingList => string.Format(CultureInfo.InvariantCulture, Waiting, registration.WaitingPosition ?? 0),
        RegistrationStatus.Unconfirmed => Unconfirmed,
        _ => Cancelled,
    };
}
