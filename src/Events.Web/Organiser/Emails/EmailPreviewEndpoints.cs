using Events.Core.Email.Previews;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Organiser.Emails;

public static class EmailPreviewEndpoints
{
    /// <summary><c>GET …/emails/preview</c> lists every kind × language; with <c>kind</c> and <c>lang</c> it renders that one.</summary>
    public static void MapEmailPreviews(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/emails/preview").WithTags("Organiser: email previews");
        group.MapGet("/", Get);
        group.MapPost("/test", SendTest).RequireRateLimiting(EmailPreviewLimits.TestCopies);
    }

    private static async Task<Results<Ok<EmailPreviewCatalogueDto>, Ok<EmailPreviewDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> Get(
        string slug, string? kind, string? lang, HttpContext http, EmailPreviews previews, UserManager<AppUser> users, CancellationToken ct)
    {
        if (kind is null && lang is null)
        {
            return await previews.CatalogueAsync(slug, ct) is { } catalogue ? TypedResults.Ok(catalogue.ToDto()) : TypedResults.NotFound();
        }
        var organiser = await OrganiserMailbox.ForAsync(http.User, users);
        if (organiser is null)
        {
            return TypedResults.NotFound();
        }
        var result = await previews.BuildAsync(slug, kind, lang, organiser, ct);
        if (result.Preview is { } preview)
        {
            return TypedResults.Ok(preview.ToDto());
        }
        return result.Outcome switch
        {
            PreviewOutcome.EventNotFound => TypedResults.NotFound(),
            PreviewOutcome.UnknownKind or PreviewOutcome.UnknownLanguage => Invalid(result),
            _ => Conflict(result),
        };
    }

    private static async Task<Results<Ok<EmailTestSentDto>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> SendTest(
        string slug, EmailTestRequest request, HttpContext http, EmailPreviews previews, UserManager<AppUser> users, CancellationToken ct)
    {
        var organiser = await OrganiserMailbox.ForAsync(http.User, users);
        if (organiser is null)
        {
            return TypedResults.NotFound();
        }
        var result = await previews.SendTestAsync(slug, request.Kind, request.Lang, organiser, ct);
        if (result is { Outcome: PreviewOutcome.Ok, Preview: { } sent })
        {
            return TypedResults.Ok(new EmailTestSentDto(sent.Kind.ToString(), sent.Language, organiser.Address, sent.Subject));
        }
        return result.Outcome switch
        {
            PreviewOutcome.EventNotFound => TypedResults.NotFound(),
            PreviewOutcome.UnknownKind or PreviewOutcome.UnknownLanguage => Invalid(result),
            _ => Conflict(result),
        };
    }

    private static ValidationProblem Invalid(EmailPreviewResult result) => TypedResults.ValidationProblem(
        result.Outcome == PreviewOutcome.UnknownKind
            ? new Dictionary<string, string[]> { ["kind"] = ["Must be one of " + string.Join(", ", Enum.GetNames<PreviewKind>()) + "."] }
            : new Dictionary<string, string[]> { ["lang"] = ["Must be one of the event's languages."] });

    private static Conflict<ProblemDetails> Conflict(EmailPreviewResult result) => TypedResults.Conflict(new ProblemDetails
    {
        Title = result.Outcome == PreviewOutcome.NotSent
            ? "The test copy could not be sent."
            : "This event has nothing to show for this kind of email yet.",
        Detail = result.Error,
        Status = StatusCodes.Status409Conflict,
    });
}
