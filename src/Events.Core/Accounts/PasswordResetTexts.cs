namespace Events.Core.Accounts;

/// <summary>The "forgot password" email in the page's language (en, fr, es).</summary>
internal static class PasswordResetTexts
{
    public sealed record Text(string Subject, string Body, string Action, string Expiry);

    private static readonly Dictionary<string, Text> Texts = new()
    {
        ["en"] = new("Choose a new password",
            "Someone asked to reset the password of your staff account. If it was you, choose a new one; if not, ignore this email: your password stays as it is.",
            "Choose a new password", "The link works once and expires in 24 hours."),
        ["fr"] = new("Choisissez un nouveau mot de passe",
            "Quelqu’un a demandé à réinitialiser le mot de passe de votre compte d’équipe. Si c’est vous, choisissez-en un nouveau ; sinon, ignorez ce message : votre mot de passe reste le même.",
            "Choisir un nouveau mot de passe", "Le lien ne fonctionne qu’une fois et expire dans 24 heures."),
        ["es"] = new("Elija una nueva contraseña",
            "Alguien pidió restablecer la contraseña de su cuenta de equipo. Si fue usted, elija una nueva; si no, ignore este mensaje: su contraseña no cambia.",
            "Elegir una nueva contraseña", "El enlace funciona una sola vez y caduca en 24 horas."),
    };

    public static Text For(string language) => Texts.TryGetValue(language, out var text) ? text : Texts["en"];
}
