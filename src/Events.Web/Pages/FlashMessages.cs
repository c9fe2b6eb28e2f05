namespace Events.Web.Pages;

/// <summary>A one-time message shown on the next page after a save ("Speaker saved.").</summary>
public static class FlashMessages
{
    public const string Key = "Flash";

    public static void Flash(this PageModel page, string message) => page.TempData[Key] = message;
}
