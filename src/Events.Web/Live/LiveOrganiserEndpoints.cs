using System.Text;
using Events.Core.Live;
using Events.Web.Registrations;

namespace Events.Web.Live;

public sealed record LiveSettingsDto(QuestionModeration Moderation, bool AllowFullyAnonymousQuestions, bool OpenQuestions)
{
    public static LiveSettingsDto From(Event ev) => new(ev.Moderation, ev.AllowFullyAnonymousQuestions, ev.OpenQuestions);
}

/// <summary>The organiser's side of the live Q&amp;A: its settings and the export after the session.</summary>
public static class LiveOrganiserEndpoints
{
    public static void MapLiveOrganiser(this RouteGroupBuilder organiserEvent)
    {
        var group = organiserEvent.MapGroup("").WithTags("Organiser: live Q&A");
        group.MapGet("/live-settings", GetSettings);
        group.MapPut("/live-settings", PutSettings);
        group.MapGet("/questions.csv", ExportCsv);
        group.MapGet("/questions.md", ExportMarkdown);
    }

    private static async Task<Results<Ok<LiveSettingsDto>, NotFound>> GetSettings(string slug, EventSettings settings, CancellationToken ct)
    {
        var ev = await settings.FindAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(LiveSettingsDto.From(ev));
    }

    private static async Task<Results<Ok<LiveSettingsDto>, NotFound, ValidationProblem>> PutSettings(
        string slug, LiveSettingsInput input, EventSettings settings, CancellationToken ct)
    {
        var result = await settings.SaveLiveAsync(slug, input, ct);
        return result.Outcome switch
        {
            SettingsOutcome.Saved => TypedResults.Ok(LiveSettingsDto.From(result.Event!)),
            SettingsOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportCsv(string slug, EventsDbContext db, QuestionExport export, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var questions = await export.ExportAsync(ev.Id, "csv", ct);
        var csv = QuestionExport.ToCsv(questions, RegistrationCsvExport.Cell);
        return TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", $"{slug}-questions.csv");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> ExportMarkdown(string slug, EventsDbContext db, QuestionExport export, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var questions = await export.ExportAsync(ev.Id, "md", ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(QuestionExport.ToMarkdown(ev.Title, questions)), "text/markdown; charset=utf-8", $"{slug}-questions.md");
    }
}
