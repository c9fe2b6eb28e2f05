namespace Events.Core.Email.Templates;

/// <summary>
/// Add-to-calendar links for web calendars. They carry only the event's public details and its public page:
/// a link anyone may see, since people share calendar entries.
/// </summary>
public static class CalendarLinks
{
    public static IReadOnlyList<EmailLink> For(Event ev, string title, string publicUrl, TemplateTexts words)
    {
        var details = Uri.EscapeDataString(publicUrl);
        var text = Uri.EscapeDataString(title);
        var google = "https://calendar.google.com/calendar/render?action=TEMPLATE"
            + $"&text={text}&dates={Compact(ev.StartsAtUtc)}/{Compact(ev.EndsAtUtc)}&details={details}&location={details}";
        var outlook = "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
            + $"&subject={text}&startdt={Iso(ev.StartsAtUtc)}&enddt={Iso(ev.EndsAtUtc)}&body={details}&location={details}";
        return [new EmailLink(words.Google, google), new EmailLink(words.Outlook, outlook)];
    }

    private static string Compact(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) => Uri.EscapeDataString(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
