using System.ComponentModel.DataAnnotations;

namespace Events.Web.Accounts;

public static class AccountEndpoints
{
    /// <param name="Code">The authenticator app's code, for an account with a second factor.</param>
    /// <param name="RecoveryCode">Or one of its recovery codes (each works once).</param>
    public sealed record SignInRequest([property: Required] string Email, [property: Required] string Password, string? Code = null, string? RecoveryCode = null);

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", SignIn).RequireRateLimiting(RateLimits.SignIn).DisableAntiforgery();
        group.MapPost("/logout", SignOut).RequireAuthorization();
        group.MapGet("/me", (System.Security.Claims.ClaimsPrincipal user) => TypedResults.Ok(new
        {
            name = user.Identity!.Name,
            roles = Roles.All.Where(user.IsInRole).ToArray(),
        })).RequireAuthorization();
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(SignInRequest request, StaffSignIn signIn, HttpContext http)
    {
        var result = await signIn.OneStepAsync(request.Email ?? "", request.Password ?? "", request.Code, request.RecoveryCode);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                return TypedResults.NoContent();
            case SignInOutcome.SecondFactorNeeded:
                return TypedResults.Problem("This account has a second factor: send its authenticator code as `code`, or a recovery code as `recoveryCode`.",
                    statusCode: StatusCodes.Status401Unauthorized, extensions: new Dictionary<string, object?> { ["secondFactorRequired"] = true });
            case SignInOutcome.MustWait:
                var seconds = (int)Math.Ceiling(result.Wait!.Value.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem($"Too many failed attempts from this address for this account: try again in {seconds} seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests);
            default:
                return TypedResults.Problem("The email, password or code is wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }
    }

    private static async Task<NoContent> SignOut(StaffSignIn signIn, System.Security.Claims.ClaimsPrincipal user)
    {
        await signIn.SignOutAsync(user);
        return TypedResults.NoContent();
    }
}
