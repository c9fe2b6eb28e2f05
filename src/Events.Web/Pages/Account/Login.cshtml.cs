using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Failed = true;
            return Page();
        }
        var user = await users.FindByNameAsync(Email.Trim());
        var isOrganiser = user is not null && (await users.IsInRoleAsync(user, Roles.Organiser) || await users.IsInRoleAsync(user, Roles.Administrator));
        var isModerator = user is not null && await users.IsInRoleAsync(user, Roles.Moderator);
        // A moderator sent to the organiser pages would only meet a 403: their consoles are on /moderator.
        if (Url.IsLocalUrl(ReturnUrl) && (isOrganiser || !ReturnUrl.StartsWith("/organiser", StringComparison.OrdinalIgnoreCase)))
        {
            return LocalRedirect(ReturnUrl);
        }
        return LocalRedirect(isOrganiser ? "/organiser" : isModerator ? "/moderator" : "/");
    }
}
