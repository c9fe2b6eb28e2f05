using Events.Core.Validation;

namespace Events.Web.Pages.Organiser;

/// <summary>How a list page answers a form post that went through a Core edit, the same way on every such page.</summary>
public static class EditAnswers
{
    /// <summary>Not found; or the form again with the rules' messages in the page's language; or back to the list with a message.</summary>
    public static async Task<IActionResult> AnswerAsync<T>(this PageModel page, EditResult<T>? result, IStringLocalizer localizer,
        Func<Task> showAgain, Func<T, string> saved) where T : class
    {
        if (result is not { Found: true })
        {
            return page.NotFound();
        }
        if (!result.IsValid)
        {
            page.ModelState.AddTranslatedRuleErrors(result.Errors, "Input", localizer);
            await showAgain();
            return page.Page();
        }
        page.Flash(saved(result.Value!));
        return page.RedirectToPage(new { slug = page.RouteData.Values["slug"] });
    }

    /// <summary>Back to the list with a message once the item is gone; not found when there was nothing to remove.</summary>
    public static IActionResult Removed(this PageModel page, bool removed, string message)
    {
        if (!removed)
        {
            return page.NotFound();
        }
        page.Flash(message);
        return page.RedirectToPage(new { slug = page.RouteData.Values["slug"] });
    }
}
