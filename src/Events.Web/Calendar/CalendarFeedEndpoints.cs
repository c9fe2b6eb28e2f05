using System.Text;
using Events.Core.Calendar;
using Events.Core.Content;
using Microsoft.AspNetCore.Http.Headers;

namespace Events.Web.Calendar;

public static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/events/{slug}/calendar.ics", GetFeed).AllowAnonymous().WithTags("Public events");
        return app;
    }

    private static async Task<IResult> GetFeed(string slug, string? lang, HttpContext http, EventsDbContext db, TimeProvider time, IOptions<SiteOptions> site,
        CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null || !ev.IsPublic)
        {
            return TypedResults.NotFound();
        }
        var language = FeedLanguage(ev, lang, http.Request.GetTypedHeaders());
        var content = ContentReader.For(ev, language);
        var title = content.Text(ev.Translations, nameof(Event.Title), ev.Title);
        var summary = content.Text(ev.Translations, nameof(Event.Summary), ev.Summary);
        var page = SiteAddress.Absolute(site.Value, $"/events/{Uri.EscapeDataString(ev.Slug)}?lang={language}");
        var request = new InvitationRequest(ev, CalendarMethod.Publish, title.Text, summary.Text + "\n\n" + page, page)
        {
            Language = language,
            SummaryLanguage = title.Language,
        };
        var ics = InvitationCalendar.Build(request, time.GetUtcNow().UtcDateTime);
        return TypedResults.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>
    /// A calendar client subscribes with a URL and sends no cookie: <c>?lang=</c> first, then Accept-Language,
    /// else the language the event was written in (not the site's default), among the languages the event offers.
    /// </summary>
    private static string FeedLanguage(Event ev, string? lang, RequestHeaders headers)
    {
        if (lang is not null && ev.Languages.Contains(lang, StringComparer.OrdinalIgnoreCase))
        {
            return lang.ToLowerInvariant();
        }
        var accepted = headers.AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && ev.Languages.Contains(l, StringComparer.Ordinal));
        return accepted ?? ev.OriginalLanguage;
    }
}
