using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Account;

/// <summary>Asks for a reset link by email; the answer is the same whether the address has an account or not.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ForgotModel(StaffPasswords passwords, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
        {
            ModelState.AddModelError(nameof(Email), t["Type the email address of your staff account."]);
            return Page();
        }
        await passwords.SendResetAsync(Email, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        Sent = true;
        return Page();
    }
}
