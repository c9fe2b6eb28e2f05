using Events.Core.Links;

namespace Events.Web.Registrations;

/// <summary>Addressed by the secret token from the registrant's email, so public by design.</summary>
public static class PersonalRegistrationEndpoints
{
    public static void MapPersonalRegistrations(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/registrations/{token}", Change).WithTags("Personal registration")
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);
        app.MapPost("/api/registrations/{token}/confirm-email", ConfirmEmail).WithTags("Personal registration")
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);
        app.MapPost("/api/registrations/{token}/replace-link", ReplaceLink).WithTags("Personal registration")
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);
        // Limited per link, as admission is: a guessed token gets nowhere faster by asking here.
        app.MapGet("/api/registrations/{token}/export", Export).WithTags("Personal registration")
            .AllowAnonymous().RequireRateLimiting(RateLimits.Admission);
    }

    /// <summary>Everything kept about the registrant (right of access): the same document as the personal page's download.</summary>
    private static async Task<Results<Ok<PersonalDataDocument>, NotFound>> Export(string token, PersonalDataExport export, CancellationToken ct) =>
        await export.ForTokenAsync(token, ct) is { } document ? TypedResults.Ok(document) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> Change(
        string token, PreferencesInput input, RegistrationPreferences preferences, CancellationToken ct)
    {
        var errors = await preferences.ChangeAsync(token, input, ct);
        if (errors is null)
        {
            return TypedResults.NotFound();
        }
        return errors.IsValid ? TypedResults.NoContent() : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    /// <summary>202: the new link is on its way by email (never in the answer); the one in the address no longer works.</summary>
    private static async Task<Results<Accepted, NotFound>> ReplaceLink(string token, LinkReplacement replacement, CancellationToken ct) =>
        await replacement.ReplaceAsync(token, ct) ? TypedResults.Accepted((string?)null) : TypedResults.NotFound();

    /// <summary>A POST, never a GET: mail scanners open links, and opening must not confirm.</summary>
    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ConfirmEmail(string token, Registrar registrar, CancellationToken ct) =>
        await registrar.ConfirmEmailAsync(token, ct) switch
        {
            EmailConfirmationOutcome.Confirmed or EmailConfirmationOutcome.AlreadyConfirmed => TypedResults.NoContent(),
            EmailConfirmationOutcome.Expired => TypedResults.Problem(title: "The time to confirm has passed; the registration was released.",
                statusCode: StatusCodes.Status410Gone),
            EmailConfirmationOutcome.EventClosed => TypedResults.Problem(title: "Registration is closed.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.NotFound(),
        };
}
