using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

/// <summary>A new team member chooses their password through the one-time link of their invitation.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class InviteModel(AccountInvitations invitations, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MinLength = 12;

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Email = (await invitations.FindAsync(token))?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var user = await invitations.FindAsync(token);
        if (user is null)
        {
            return Page();
        }
        Email = user.Email;
        if (Password.Length < MinLength)
        {
            ModelState.AddModelError(nameof(Password), t["Choose a password of at least {0} characters.", MinLength]);
        }
        else if (Password != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), t["The two passwords are not the same."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await invitations.AcceptAsync(token, Password);
        if (result is null)
        {
            Email = null;
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), t["Choose a password of at least {0} characters.", MinLength]);
            return Page();
        }
        this.Flash(t["Your password is set. Sign in with it."]);
        return Redirect("/account/login");
    }
}
