using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Pages.Account;

/// <summary>The signed-in staff member's second factor: enrol an authenticator app, renew recovery codes, switch it off.</summary>
[Authorize]
public sealed class SecurityModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorEnrolment enrolment,
    IOptions<AccountOptions> options, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Issuer = "Events";

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }
    public int CodesLeft { get; private set; }
    public string? Key { get; private set; }
    public string? QrSvg { get; private set; }

    /// <summary>Shown once, right after enrolling or renewing them.</summary>
    public IReadOnlyList<string>? NewCodes { get; private set; }

    public bool JustEnabled { get; private set; }

    /// <summary>This account's role needs a second factor.</summary>
    public bool Required { get; private set; }

    /// <summary>Its pages stay closed until the second factor is passed.</summary>
    public bool Blocking { get; private set; }

    public string Continue => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : User.IsInRole(Roles.Organiser) || User.IsInRole(Roles.Administrator) ? "/organiser" : "/";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var codes = await enrolment.EnableAsync(user, Code);
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), t["This code is wrong or has expired. Codes change every 30 seconds."]);
            await LoadAsync();
            return Page();
        }
        // The code just typed is a second factor: this session counts as passed it.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountGate.MethodClaim, "mfa")]);
        NewCodes = codes;
        JustEnabled = true;
        await LoadAsync(user, signedInWithSecondFactor: true);
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync()
    {
        if (await users.GetUserAsync(User) is not { } user || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        NewCodes = await enrolment.RegenerateCodesAsync(user);
        await LoadAsync(user, signedInWithSecondFactor: User.HasClaim(AccountGate.MethodClaim, "mfa"));
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await enrolment.DisableAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountGate.MethodClaim, "pwd")]);
        this.Flash(t["The second factor is off. Your recovery codes no longer work."]);
        return RedirectToPage(new { ReturnUrl });
    }

    private async Task<AppUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return null;
        }
        await LoadAsync(user, User.HasClaim(AccountGate.MethodClaim, "mfa"));
        return user;
    }

    private async Task LoadAsync(AppUser user, bool signedInWithSecondFactor)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = options.Value.RequireTwoFactorForOrganisers && (User.IsInRole(Roles.Organiser) || User.IsInRole(Roles.Administrator));
        Blocking = Required && !signedInWithSecondFactor;
        if (Enabled)
        {
            CodesLeft = await enrolment.CodesLeftAsync(user);
            return;
        }
        var setup = await enrolment.SetupAsync(user, Issuer);
        if (setup.KeyCreated)
        {
            await signIn.RefreshSignInAsync(user);
        }
        Key = QrCodeSvg.Grouped(setup.Key);
        QrSvg = QrCodeSvg.For(setup.Uri);
    }
}
