using Events.Core.Email.Previews;
using Events.Web.Organiser.Emails;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Events.Web.Pages.Organiser;

[EnableRateLimiting(EmailPreviewLimits.TestCopies)]
public sealed class EmailPreviewModel(EmailPreviews previews, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    public PreviewCatalogue Catalogue { get; private set; } = null!;
    public PreviewKind Kind { get; private set; }
    public string Language { get; private set; } = "";
    public EmailPreview? Preview { get; private set; }

    public string Slug => Catalogue.Slug;

    public string Link(PreviewKind kind, string language) => $"/organiser/events/{Slug}/emails/preview/{kind}/{language}";

    public async Task<IActionResult> OnGetAsync(string slug, string? kind, string? lang, CancellationToken ct) =>
        await LoadAsync(slug, kind, lang, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTestAsync(string slug, string? kind, string? lang, CancellationToken ct)
    {
        var organiser = await OrganiserMailbox.ForAsync(User, users);
        if (organiser is null)
        {
            return NotFound();
        }
        var result = await previews.SendTestAsync(slug, kind, lang, organiser, ct);
        switch (result.Outcome)
        {
            case PreviewOutcome.Ok:
                this.Flash(t["A test copy was sent to {0}.", organiser.Address]);
                return RedirectToPage(new { slug, kind = result.Preview!.Kind.ToString(), lang = result.Preview.Language });
            case PreviewOutcome.NotSent:
                ModelState.AddModelError("", t["The test copy could not be sent: {0}", result.Error ?? ""]);
                break;
            case PreviewOutcome.Unavailable:
                ModelState.AddModelError("", t["This event has nothing to show for this email yet."]);
                break;
            default:
                return NotFound();
        }
        return await LoadAsync(slug, kind, lang, ct) ? Page() : NotFound();
    }

    /// <summary>False when the event, the kind or the language does not exist.</summary>
    private async Task<bool> LoadAsync(string slug, string? kind, string? lang, CancellationToken ct)
    {
        if (await previews.CatalogueAsync(slug, ct) is not { } catalogue)
        {
            return false;
        }
        Catalogue = catalogue;
        var first = catalogue.Entries[0];
        kind ??= first.Kind.ToString();
        lang ??= first.Language;
        var organiser = await OrganiserMailbox.ForAsync(User, users);
        if (organiser is null)
        {
            return false;
        }
        var result = await previews.BuildAsync(slug, kind, lang, organiser, ct);
        if (result.Outcome is not (PreviewOutcome.Ok or PreviewOutcome.Unavailable))
        {
            return false;
        }
        Kind = EmailPreviews.ParseKind(kind)!.Value;
        Language = catalogue.Languages.First(l => string.Equals(l, lang, StringComparison.OrdinalIgnoreCase));
        Preview = result.Preview;
        return true;
    }
}
