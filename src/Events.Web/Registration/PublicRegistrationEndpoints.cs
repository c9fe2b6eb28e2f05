namespace Events.Web.Registrations;

public sealed record RegistrationAccepted(string Message);

public static class PublicRegistrationEndpoints
{
    /// <summary>
    /// One answer for new, repeated and honeypot submissions, so the endpoint cannot reveal who registered.
    /// </summary>
    private static readonly RegistrationAccepted Accepted = new("Thank you. The details follow by email.");

    public static IEndpointRouteBuilder MapRegistrations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events/{slug}/registrations", Register).WithTags("Public registration")
            .AllowAnonymous().RequireRateLimiting(RateLimits.PublicWrite);
        app.MapPersonalRegistrations();
        return app;
    }

    public static IServiceCollection AddRegistrations(this IServiceCollection services) =>
        services.AddScoped<RegistrationPreferences>().AddScoped<RegistrationQuestions>();

    private static async Task<Results<Accepted<RegistrationAccepted>, ValidationProblem, ProblemHttpResult>> Register(
        string slug, RegistrationInput input, RegistrationTargets targets, Registrar registrar, CancellationToken ct)
    {
        var target = await targets.FindAsync(slug, ct);
        if (target is null || !target.Event.IsPublic)
        {
            return TypedResults.Problem(title: "No such event.", statusCode: StatusCodes.Status404NotFound);
        }
        var outcome = await registrar.RegisterAsync(target, input, ct);
        return outcome.Result switch
        {
            RegisterResult.Closed => TypedResults.Problem(title: "Registration is closed.", statusCode: StatusCodes.Status409Conflict),
            RegisterResult.Invalid => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Accepted((string?)null, Accepted),
        };
    }
}
