using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Pages.Account;

/// <summary>Changes the signed-in staff member's password; their other sessions end, this one stays.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, StaffPasswords passwords,
    IStringLocalizer<SharedResource> t) : PageModel, INewPasswordForm
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public IActionResult OnGet() => User.HasClaim(c => c.Type == AccountGate.MustChangePasswordClaim) ? Redirect(AccountGate.ChoosePasswordPath) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (CurrentPassword.Length == 0)
        {
            ModelState.AddModelError(nameof(CurrentPassword), t["Type your current password."]);
        }
        if (!PasswordForm.Check(ModelState, NewPassword, Confirm, t))
        {
            return Page();
        }
        var result = await passwords.ChangeAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            PasswordForm.AddErrors(ModelState, result, t);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        this.Flash(t["Your password is changed. Other devices signed in to your account have been signed out."]);
        return RedirectToPage("/Account/Security");
    }
}
