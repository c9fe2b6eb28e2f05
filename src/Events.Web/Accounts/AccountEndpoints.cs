using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace Events.Web.Accounts;

public static class AccountEndpoints
{
    public sealed record SignInRequest([property: Required] string Email, [property: Required] string Password);

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

    private static async Task<Results<NoContent, ProblemHttpResult>> SignIn(SignInRequest request, SignInManager<AppUser> signIn)
    {
        var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem("The email or password is wrong, or the account is locked for a while.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<NoContent> SignOut(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
