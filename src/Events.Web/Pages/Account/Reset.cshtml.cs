using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

/// <summary>A new password through the emailed link; the account's sessions everywhere end.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetModel(StaffPasswords passwords, IStringLocalizer<SharedResource> t) : PageModel, INewPasswordForm
{
    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Email = (await passwords.FindByLinkAsync(token))?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        Email = (await passwords.FindByLinkAsync(token))?.Email;
        if (Email is null || !PasswordForm.Check(ModelState, NewPassword, Confirm, t))
        {
            return Page();
        }
        var result = await passwords.ResetAsync(token, NewPassword);
        if (result is null)
        {
            Email = null;
            return Page();
        }
        if (!result.Succeeded)
        {
            PasswordForm.AddErrors(ModelState, result, t);
            return Page();
        }
        this.Flash(t["Your password is set. Sign in with it."]);
        return Redirect("/account/login");
    }
}
