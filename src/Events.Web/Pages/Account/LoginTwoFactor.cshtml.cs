using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

/// <summary>The second step of a staff sign-in: the authenticator app's code, or one of the recovery codes.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginTwoFactorModel(StaffSignIn signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string RecoveryCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SubmitAsync(Code, isRecoveryCode: false, nameof(Code));

    public Task<IActionResult> OnPostRecoveryAsync() => SubmitAsync(RecoveryCode, isRecoveryCode: true, nameof(RecoveryCode));

    private async Task<IActionResult> SubmitAsync(string code, bool isRecoveryCode, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            ModelState.AddModelError(field, isRecoveryCode ? t["Type one of your recovery codes."] : t["Type the 6-digit code from your app."]);
            return Page();
        }
        var result = await signIn.SecondFactorAsync(code, isRecoveryCode);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SignInRedirect.For(result, ReturnUrl, Url));
            case SignInOutcome.Expired:
                this.Flash(t["Your sign-in took too long. Start again with your password."]);
                return RedirectToPage("/Account/Login", new { ReturnUrl });
            case SignInOutcome.MustWait:
                ModelState.AddModelError(field, t["Too many failed attempts from here for this account. Try again in {0} minutes.", SignInRedirect.Minutes(result.Wait)]);
                return Page();
            default:
                ModelState.AddModelError(field, isRecoveryCode ? t["This recovery code is wrong or already used."] : t["This code is wrong or has expired. Codes change every 30 seconds."]);
                return Page();
        }
    }
}
