using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Events.Core.Email.Templates;
using Events.Tests.Infrastructure;
using static Events.Tests.Email.ContentLanguageSeed;

namespace Events.Tests.Email;

/// <summary>Every kind of message in every language through the one template: translated, linked right, the same in both parts.</summary>
public sealed partial class TemplateTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public TemplateTests() => _app = new EventsApp(TemplateSamples.Settings(_drop));

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task EveryKindAndLanguage_RendersTheTemplate_WithItsButtonAndNoRawKeys()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);

        Assert.Equal(15 * 3, samples.Count);
        foreach (var sample in samples)
        {
            var html = sample.Message.HtmlBody!;
            var text = sample.Message.TextBody!;
            Assert.True(html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal), $"{sample}: not the template");
            Assert.Contains($"<html lang=\"{sample.Language}\">", html, StringComparison.Ordinal);
            Assert.Equal(sample.PrimaryUrl, Assert.Single(Hrefs(html, "data-primary")));
            Assert.Contains(sample.PrimaryUrl, text, StringComparison.Ordinal);
            foreach (var part in new[] { html, text, sample.Message.Subject ?? "" })
            {
                Assert.False(RawKey().IsMatch(part), $"{sample}: raw key {RawKey().Match(part).Value}");
            }
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FrenchAndSpanish_CarryNoEnglishSentenceThatHasATranslation()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);
        var english = EnglishFragments();
        Assert.Contains(english, e => e.StartsWith("This link is yours: do not forward it.", StringComparison.Ordinal));

        foreach (var sample in samples.Where(s => s.Language != "en"))
        {
            var everything = WebUtility.HtmlDecode(Everything(sample.Message));
            var found = english.Where(e => everything.Contains(e, StringComparison.Ordinal)).ToList();
            Assert.True(found.Count == 0, $"{sample} says in English: {string.Join(" | ", found)}");
            if (sample.Kind != "TeamInvitation")
            {
                Assert.Contains(sample.Language == "fr" ? Fr[Title] : Es[Title], everything, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task PersonalLink_OnlyInTheButtonsThatNeedIt_NeverInCalendarLinksOrTheCalendarFile()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);

        foreach (var sample in samples.Where(s => s.PersonalToken is not null))
        {
            var html = sample.Message.HtmlBody!;
            var personal = sample.PrimaryUrl.Contains(sample.PersonalToken!, StringComparison.Ordinal);
            Assert.Equal(personal, html.Contains(sample.PersonalToken!, StringComparison.Ordinal));
            Assert.Equal(personal, sample.Message.TextBody!.Contains(sample.PersonalToken!, StringComparison.Ordinal));
            Assert.Equal(personal, html.Contains("data-warning", StringComparison.Ordinal));
            foreach (var link in Hrefs(html, "data-calendar-link"))
            {
                Assert.DoesNotContain(sample.PersonalToken!, link, StringComparison.Ordinal);
                Assert.DoesNotContain("/r/", link, StringComparison.Ordinal);
            }
            if (CalendarOf(sample.Message) is { } ics)
            {
                Assert.DoesNotContain(sample.PersonalToken!, string.Join("\n", ics.Lines.Select(l => l.Value)), StringComparison.Ordinal);
            }
        }
        var calendarKinds = samples.Where(s => Hrefs(s.Message.HtmlBody!, "data-calendar-link").Count == 2).Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["Booking", "Confirmed", "EventUpdated", "InterpreterBriefing", "LinkAgain", "Promoted", "Reminder"], calendarKinds);
    }

    [Fact]
    public async Task CalendarLinks_CarryThePublicDetailsInUtc()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);
        var confirmed = samples.Single(s => s.Kind == "Confirmed" && s.Language == "es");

        var links = Hrefs(confirmed.Message.HtmlBody!, "data-calendar-link");
        var start = $"{StartUtc:yyyyMMdd}T140000Z";
        var end = $"{StartUtc:yyyyMMdd}T153000Z";
        var page = Uri.EscapeDataString($"{TemplateSamples.BaseUrl}/events/forum-i18n");
        Assert.Equal($"https://calendar.google.com/calendar/render?action=TEMPLATE&text={Uri.EscapeDataString(Es[Title])}&dates={start}/{end}&details={page}&location={page}", links[0]);
        Assert.StartsWith("https://outlook.live.com/calendar/0/deeplink/compose?", links[1], StringComparison.Ordinal);
        Assert.Contains($"&startdt={StartUtc:yyyy-MM-dd}T14%3A00%3A00Z&enddt={StartUtc:yyyy-MM-dd}T15%3A30%3A00Z", links[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextPart_CarriesEveryTextTheHtmlShows()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);

        foreach (var sample in samples)
        {
            var text = Collapse(sample.Message.TextBody!);
            var body = sample.Message.HtmlBody![sample.Message.HtmlBody!.IndexOf("<body", StringComparison.Ordinal)..];
            foreach (var node in TextNode().Matches(body).Select(m => Collapse(WebUtility.HtmlDecode(m.Groups[1].Value))).Where(n => n.Length > 2))
            {
                Assert.True(text.Contains(node, StringComparison.Ordinal), $"{sample}: the text part lacks \"{node}\"");
            }
            foreach (var href in Hrefs(body, "href").Where(h => !h.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                Assert.True(text.Contains(href, StringComparison.Ordinal), $"{sample}: the text part lacks {href}");
            }
        }
    }

    [Fact]
    public async Task RegistrationKinds_ShowBothTimes_TheChannel_AndThePrivacyLine()
    {
        var samples = await TemplateSamples.AllAsync(_app, _drop);

        var reminder = samples.Single(s => s.Kind == "Reminder" && s.Language == "fr");
        var text = reminder.Message.TextBody!;
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr");
        var day = StartUtc.ToString("D", french);
        var local = TimeZoneInfo.ConvertTimeFromUtc(StartUtc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Contains($"Quand\u00A0: {local.ToString("D", french)}, {local:HH:mm}–{local.AddMinutes(90):HH:mm} (Europe/Paris)", text, StringComparison.Ordinal);
        Assert.Contains($"En UTC\u00A0: {day}, 14:00–15:30 UTC", text, StringComparison.Ordinal);
        Assert.Contains("Votre canal\u00A0: Canal espagnol", text, StringComparison.Ordinal);
        Assert.Contains("Vos données personnelles sont effacées 90 jours après l’événement.", text, StringComparison.Ordinal);
        Assert.Contains($"{local:HH:mm}–{local.AddMinutes(10):HH:mm}  14:00–14:10  Ouverture", text, StringComparison.Ordinal);
        Assert.Contains("Rejoindre la séance en direct", reminder.Message.HtmlBody, StringComparison.Ordinal);
        var declined = samples.Single(s => s.Kind == "Declined" && s.Language == "es");
        Assert.Contains("Sorry, the room is full of staff.", declined.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Programa", declined.Message.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Each English text of the emails, cut at its placeholders, where the French and Spanish tables say it otherwise.</summary>
    private static List<string> EnglishFragments()
    {
        var tables = new Func<string, IEnumerable<string>>[]
        {
            l => Strings(TemplateTexts.For(l)),
            l => Core.Registrations.RegistrationEmailTexts.All(l),
            l => Strings(Core.Forums.BookingEmailTexts.For(l)),
            l => Strings(Core.FollowUps.FollowUpTexts.For(l)),
            l => Strings(Core.Briefing.BriefingTexts.For(l)),
            l => Strings(Core.Accounts.InvitationTexts.For(l)),
        };
        // A word both languages share somewhere (Contact, Agenda in "Google Agenda") is no sign of a missing translation.
        var translated = string.Join("\n", tables.SelectMany(t => t("fr").Concat(t("es"))));
        var fragments = new List<string>();
        foreach (var table in tables)
        {
            fragments.AddRange(table("en").SelectMany(t => Placeholder().Split(t)).Select(f => f.Trim(' ', ',', ':', '.'))
                .Where(f => f.Length >= 6 && !translated.Contains(f, StringComparison.Ordinal)));
        }
        return fragments.Distinct().ToList();
    }

    private static IEnumerable<string> Strings(object texts) =>
        texts.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(texts)!);

    /// <summary>The href of every link carrying <paramref name="marker"/> (any attribute), decoded.</summary>
    internal static List<string> Hrefs(string html, string marker) =>
        AnchorTag().Matches(html).Where(m => m.Value.Contains(marker, StringComparison.Ordinal))
            .Select(m => WebUtility.HtmlDecode(HrefOf().Match(m.Value).Groups[1].Value)).ToList();

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\{\d\}|ROLE\.|@[A-Z][a-z]+\.[A-Z]")]
    private static partial Regex RawKey();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<a [^>]*>")]
    private static partial Regex AnchorTag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefOf();

    [GeneratedRegex(">([^<]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
