using Events.Core.Forums;
using Events.Web.Localization;

namespace Events.Web.Forums;

/// <summary>Forums read by anyone (texts in the request's language) and written by the site administrator.</summary>
public static class ForumEndpoints
{
    public static IEndpointRouteBuilder MapForums(this IEndpointRouteBuilder app)
    {
        var forums = app.MapGroup("/api/forums").WithTags("Forums").AllowAnonymous();
        forums.MapGet("/", List);
        forums.MapGet("/{slug}", Detail);
        var admin = app.MapGroup("/api/admin/forums").WithTags("Forum administration").RequireAuthorization(Policies.Administrator);
        admin.MapPost("/", Create);
        admin.MapPut("/{slug}", Update);
        return app;
    }

    private static async Task<Ok<List<ForumDto>>> List(ForumQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.ListAsync(ct)).Select(f => f.ToDto(ReaderLanguage.Current)).ToList());

    private static async Task<Results<Ok<ForumDto>, NotFound>> Detail(string slug, string? language, ForumQueries queries, CancellationToken ct)
    {
        if (await queries.FindAsync(slug, ct) is not { } forum)
        {
            return TypedResults.NotFound();
        }
        var sessions = await queries.SessionsAsync(forum.Id, language, ct);
        return TypedResults.Ok(forum.ToDto(ReaderLanguage.Current, sessions));
    }

    private static async Task<Results<Created<ForumDto>, ValidationProblem>> Create(ForumInput input, ForumEditor editor, CancellationToken ct)
    {
        var result = await editor.CreateAsync(input, ct);
        return result.Outcome == ForumEditOutcome.Saved
            ? TypedResults.Created($"/api/forums/{result.Forum!.Slug}", result.Forum.ToDto(result.Forum.OriginalLanguage, withTranslations: true))
            : TypedResults.ValidationProblem(result.Errors.ToDictionary());
    }

    private static async Task<Results<Ok<ForumDto>, NotFound, ValidationProblem>> Update(string slug, ForumInput input, ForumEditor editor, CancellationToken ct)
    {
        var result = await editor.UpdateAsync(slug, input, ct);
        return result.Outcome switch
        {
            ForumEditOutcome.Saved when result.Forum is { } forum => TypedResults.Ok(forum.ToDto(forum.OriginalLanguage, withTranslations: true)),
            ForumEditOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }
}
