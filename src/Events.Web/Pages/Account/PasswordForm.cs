using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Account;

/// <summary>The new-password fields' checks and Identity's refusals, as messages in the page's language.</summary>
internal static class PasswordForm
{
    public const int MinLength = 12;

    /// <summary>False (with messages) when the two fields differ or the password is too short.</summary>
    public static bool Check(ModelStateDictionary state, string password, string confirm, IStringLocalizer t)
    {
        if (password.Length < MinLength)
        {
            state.AddModelError("NewPassword", t["Choose a password of at least {0} characters.", MinLength]);
        }
        else if (password != confirm)
        {
            state.AddModelError("Confirm", t["The two passwords are not the same."]);
        }
        return state.IsValid;
    }

    public static void AddErrors(ModelStateDictionary state, IdentityResult result, IStringLocalizer t)
    {
        foreach (var error in result.Errors)
        {
            var (field, text) = error.Code switch
            {
                "PasswordMismatch" => ("CurrentPassword", t["Your current password is wrong."]),
                "PasswordTooShort" => ("NewPassword", t["Choose a password of at least {0} characters.", MinLength]),
                "PasswordRequiresDigit" => ("NewPassword", t["Add at least one digit."]),
                "PasswordRequiresLower" => ("NewPassword", t["Add at least one small letter."]),
                "PasswordRequiresUpper" => ("NewPassword", t["Add at least one capital letter."]),
                "PasswordRequiresNonAlphanumeric" => ("NewPassword", t["Add at least one sign that is not a letter or digit, such as a space or a hyphen."]),
                _ => ("NewPassword", t["This password cannot be used. Choose another."]),
            };
            state.AddModelError(field, text);
        }
    }
}
