using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Pages.Account;

/// <summary>After signing in with a one-time password (<c>create-admin</c>): the account's own password, before anything else.</summary>
[Authorize]
public sealed class ChoosePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, StaffPasswords passwords,
    IOptions<AccountOptions> options, IStringLocalizer<SharedResource> t) : PageModel, INewPasswordForm
{
    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { MustChangePassword: true } ? Page() : RedirectToPage("/Account/Password");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { MustChangePassword: true } user)
        {
            return RedirectToPage("/Account/Password");
        }
        if (!PasswordForm.Check(ModelState, NewPassword, Confirm, t))
        {
            return Page();
        }
        var result = await passwords.ChooseAsync(user, NewPassword);
        if (!result.Succeeded)
        {
            PasswordForm.AddErrors(ModelState, result, t);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        this.Flash(t["Your password is set."]);
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/organiser";
        // A role that needs a second factor and has not passed one enrols next.
        return AccountGate.NeedsSecondFactor(User, options.Value)
            ? Redirect($"{AccountGate.SecurityPath}?returnUrl={Uri.EscapeDataString(back)}")
            : LocalRedirect(back);
    }
}
