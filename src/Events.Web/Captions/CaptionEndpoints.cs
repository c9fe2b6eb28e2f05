using System.Security.Claims;
using System.Text.Json;
using Events.Core.Captions;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace Events.Web.Captions;

/// <summary>
/// <c>POST /api/captions/events/{slug}/{lang}</c>: a captioning service (signed in as a staff account with the captioner
/// role or above on the event) posts lines; organisers download transcripts from <c>/api/organiser/events/{slug}/captions/{lang}.vtt|.txt</c>.
/// </summary>
public static class CaptionEndpoints
{
    public sealed record CaptionRequest(string? Text, string? Speaker);

    private const int BodyMax = 64 * 1024;

    /// <summary>Not under the organiser group: a captioner is no organiser. The ingest checks the event's role itself.</summary>
    public static IEndpointRouteBuilder MapCaptions(this IEndpointRouteBuilder app)
    {
        // The ingest is not an organiser endpoint: captioners and moderators of the event post here too.
        app.MapPost("/api/captions/events/{slug}/{lang}", Ingest).RequireAuthorization(Policies.Staff).WithTags("Captions");
        var captions = app.MapGroup("/api/organiser/events/{slug}/captions").WithTags("Captions");
        captions.MapGet("/{lang}.vtt", (string slug, string lang, EventsDbContext db, CancellationToken ct) =>
            Transcript(slug, lang, db, TranscriptFormats.WebVtt, "text/vtt", ct)).RequireAuthorization(Policies.Organiser);
        captions.MapGet("/{lang}.txt", (string slug, string lang, EventsDbContext db, CancellationToken ct) =>
            Transcript(slug, lang, db, TranscriptFormats.PlainText, "text/plain", ct)).RequireAuthorization(Policies.Organiser);
        return app;
    }

    private static async Task<IResult> Ingest(string slug, string lang, HttpContext http, EventsDbContext db, CaptionDesk desk,
        CaptionRateLimiter limits, IHubContext<LiveHub, ILiveClient> hub)
    {
        var ct = http.RequestAborted;
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        if (!limits.TrySend(http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""))
        {
            return TypedResults.Problem(title: "Too many caption lines; slow down.", statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (await ReadAsync(http.Request) is not { } request)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Send JSON {\"text\": \"…\"} or text/plain lines."] });
        }
        var result = await desk.SendAsync(http.User, eventId.Value, lang, request.Text, ct, request.Speaker);
        return result.Outcome switch
        {
            CaptionOutcome.Sent => TypedResults.Ok(await CaptionBroadcast.SendAsync(hub.Clients, result.Lines)),
            CaptionOutcome.NotAllowed => TypedResults.Problem(title: "Only the event's captioners, moderators and organisers send captions.",
                statusCode: StatusCodes.Status403Forbidden),
            CaptionOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }

    /// <summary>JSON <c>{ "text", "speaker" }</c>, or a text/plain body whose lines are the captions; null when neither.</summary>
    private static async Task<CaptionRequest?> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > BodyMax)
        {
            return null;
        }
        try
        {
            if (request.HasJsonContentType())
            {
                return await request.ReadFromJsonAsync<CaptionRequest>(request.HttpContext.RequestAborted);
            }
            if (request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var reader = new StreamReader(request.Body);
                var buffer = new char[BodyMax + 1];
                var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
                return read > BodyMax ? null : new CaptionRequest(new string(buffer, 0, read), null);
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static async Task<IResult> Transcript(string slug, string lang, EventsDbContext db, Func<CaptionTranscript, string> format,
        string contentType, CancellationToken ct)
    {
        var transcript = await CaptionTranscript.LoadAsync(db, slug, lang, ct);
        if (transcript is null)
        {
            return TypedResults.NotFound();
        }
        if (!transcript.Event.Languages.Contains(lang))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = ["Not one of this event's languages."] });
        }
        var extension = contentType == "text/vtt" ? "vtt" : "txt";
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(format(transcript)), contentType + "; charset=utf-8", $"{slug}-captions-{lang}.{extension}");
    }
}
