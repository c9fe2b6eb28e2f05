namespace Events.Core.Accounts;

/// <summary>The invitation email in the inviter's page language (en, fr, es).</summary>
internal static class InvitationTexts
{
    public sealed record Text(string Subject, string Body, string Action, string Expiry);

    private static readonly Dictionary<string, Text> Texts = new()
    {
        ["en"] = new("You are invited to the team of {0}",
            "You have been added to the team of {0}. Choose your password to sign in.",
            "Choose my password", "The link is yours: do not forward it. It works once and expires in 24 hours."),
        ["fr"] = new("Vous êtes invité·e dans l’équipe de {0}",
            "Vous avez été ajouté·e à l’équipe de {0}. Choisissez votre mot de passe pour vous connecter.",
            "Choisir mon mot de passe", "Ce lien est personnel : ne le transférez pas. Il ne fonctionne qu’une fois et expire dans 24 heures."),
        ["es"] = new("Le invitan al equipo de {0}",
            "Le han añadido al equipo de {0}. Elija su contraseña para iniciar sesión.",
            "Elegir mi contraseña", "Este enlace es personal: no lo reenvíe. Funciona una sola vez y caduca en 24 horas."),
    };

    public static Text For(string language) => Texts.TryGetValue(language, out var text) ? text : Texts["en"];
}
