using System.Net.Http.Headers;
using Events.Tests.Calendar;
using Events.Tests.Infrastructure;
using static Events.Tests.Email.ContentLanguageSeed;

namespace Events.Tests.Email;

/// <summary>The public .ics feed speaks the subscriber's language: <c>?lang=</c>, else Accept-Language, else the event's original.</summary>
public sealed class ContentLanguageFeedTests : IDisposable
{
    // Links come from Site:BaseUrl, never from the request's Host header.
    private readonly EventsApp _app = new(new() { ["Site:BaseUrl"] = "https://events.example.org/" });

    public void Dispose() => _app.Dispose();

    private async Task<IcsReader> FeedAsync(string query = "", string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/events/forum-i18n/calendar.ics{query}", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        using var response = await _app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return new IcsReader(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feed_WithLangEs_HasTheSpanishSummaryAndDescription()
    {
        await EventAsync(_app);

        var ics = await FeedAsync("?lang=es", acceptLanguage: "fr");

        Assert.Equal("Foro de protección", ics.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("es", ics.Parameters("VCALENDAR/VEVENT", "SUMMARY")["LANGUAGE"]);
        Assert.Equal("Un seminario web sobre herramientas digitales.\\n\\nhttps://events.example.org/events/forum-i18n?lang=es", ics.Value("VCALENDAR/VEVENT", "DESCRIPTION"));
        Assert.Equal("En línea: https://events.example.org/events/forum-i18n?lang=es", ics.Value("VCALENDAR/VEVENT", "LOCATION"));
        Assert.Equal(StartUtc, ics.EventInstantUtc("DTSTART"));
    }

    [Fact]
    public async Task Feed_FollowsAcceptLanguage_AndDefaultsToTheOriginal()
    {
        await EventAsync(_app);

        var french = await FeedAsync(acceptLanguage: "de-DE, fr-CH;q=0.8, es;q=0.5");
        var unknown = await FeedAsync("?lang=xx");

        Assert.Equal("Forum de protection", french.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("En ligne", french.Value("VCALENDAR/VEVENT", "LOCATION").Split(':')[0]);
        Assert.Equal(Title, unknown.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("en", unknown.Parameters("VCALENDAR/VEVENT", "SUMMARY")["LANGUAGE"]);
        Assert.StartsWith(Summary, unknown.Value("VCALENDAR/VEVENT", "DESCRIPTION"), StringComparison.Ordinal);
    }
}
