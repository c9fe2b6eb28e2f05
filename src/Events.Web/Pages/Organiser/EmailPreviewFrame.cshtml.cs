using Events.Core.Email.Previews;
using Events.Web.Organiser.Emails;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Pages.Organiser;

/// <summary>
/// The HTML part alone, for the preview page's sandboxed frame. Served apart with its own policy: the email's inline styles
/// may apply here without the site's policy allowing inline styles anywhere else, and nothing in it can run or load.
/// </summary>
public sealed class EmailPreviewFrameModel(EmailPreviews previews, UserManager<AppUser> users) : PageModel
{
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public async Task<IActionResult> OnGetAsync(string slug, string kind, string lang, CancellationToken ct)
    {
        var organiser = await OrganiserMailbox.ForAsync(User, users);
        var result = organiser is null ? EmailPreviewResult.NotFound : await previews.BuildAsync(slug, kind, lang, organiser, ct);
        if (result.Preview is not { } preview)
        {
            return NotFound();
        }
        var headers = Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.CacheControl = "no-store";
        var html = preview.Html;
        var start = html.TrimStart();
        // A bare fragment gets a document around it, so the frame knows its encoding and language.
        if (!start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && !start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            html = $"<!doctype html>\n<html lang=\"{preview.Language}\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(preview.Subject)}</title></head><body>\n{html}\n</body></html>";
        }
        return Content(html, "text/html; charset=utf-8");
    }
}
