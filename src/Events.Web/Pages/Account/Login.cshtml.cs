using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(StaffSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordAsync(Email, Password);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SignInRedirect.For(result, ReturnUrl, Url));
            case SignInOutcome.SecondFactorNeeded:
                return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl });
            case SignInOutcome.MustWait:
                Error = t["Too many failed attempts from here for this account. Try again in {0} minutes.", SignInRedirect.Minutes(result.Wait)];
                return Page();
            default:
                Error = t["The email or password is wrong."];
                return Page();
        }
    }
}
