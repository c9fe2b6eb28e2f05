using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

[EnableRateLimiting(RateLimits.PublicWrite)]
public sealed class LogoutModel(StaffSignIn signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary><paramref name="returnUrl"/> lets "sign in with another account" land on the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        await signIn.SignOutAsync(User);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
