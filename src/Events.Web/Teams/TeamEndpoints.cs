using System.Security.Claims;
using Events.Core.Teams;

namespace Events.Web.Teams;

/// <summary>A team's members through <see cref="TeamEditor"/>: <c>…/events/{slug}/team</c> and <c>…/forums/{forumSlug}/team</c>.</summary>
public static class TeamEndpoints
{
    public sealed record AddMemberRequest(string? Email, TeamRole Role);

    public sealed record ChangeRoleRequest(TeamRole Role);

    public sealed record TeamMemberDto(int Id, string Email, string DisplayName, TeamRole Role, bool HasPassword);

    /// <summary>Maps the team under an event's or a forum's group (the organiser policy already checked the route's team).</summary>
    public static void MapTeam(this RouteGroupBuilder owner)
    {
        var team = owner.MapGroup("/team").WithTags("Organiser: team");
        team.MapGet("/", List);
        team.MapPost("/", Add);
        team.MapPut("/{memberId:int}", ChangeRole);
        team.MapDelete("/{memberId:int}", Remove);
    }

    private static async Task<Results<Ok<List<TeamMemberDto>>, NotFound>> List(HttpContext http, EventsDbContext db, TeamEditor editor)
    {
        var target = await TeamTarget.ResolveAsync(http, db);
        return target is null ? TypedResults.NotFound()
            : TypedResults.Ok((await editor.ListAsync(target.Scope, http.RequestAborted)).Select(ToDto).ToList());
    }

    private static async Task<IResult> Add(AddMemberRequest request, HttpContext http, EventsDbContext db, TeamEditor editor)
    {
        var target = await TeamTarget.ResolveAsync(http, db);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var result = await editor.AddAsync(http.User, target.Scope, request.Email, request.Role, target.Name,
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, http.RequestAborted);
        return result.Outcome == TeamEditOutcome.Saved
            ? TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{result.Member!.Id}", ToDto(result.Member))
            : Refusal(result);
    }

    private static async Task<IResult> ChangeRole(int memberId, ChangeRoleRequest request, HttpContext http, EventsDbContext db, TeamEditor editor)
    {
        var target = await TeamTarget.ResolveAsync(http, db);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var result = await editor.ChangeRoleAsync(http.User, target.Scope, memberId, request.Role, http.RequestAborted);
        return result.Outcome == TeamEditOutcome.Saved ? TypedResults.Ok(ToDto(result.Member!)) : Refusal(result);
    }

    private static async Task<IResult> Remove(int memberId, HttpContext http, EventsDbContext db, TeamEditor editor)
    {
        var target = await TeamTarget.ResolveAsync(http, db);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        var result = await editor.RemoveAsync(http.User, target.Scope, memberId, http.RequestAborted);
        return result.Outcome == TeamEditOutcome.Saved ? TypedResults.NoContent() : Refusal(result);
    }

    private static IResult Refusal(TeamEditResult result) => result.Outcome switch
    {
        TeamEditOutcome.NotAllowed => TypedResults.Problem(title: TeamTexts.OwnersOnly, statusCode: StatusCodes.Status403Forbidden),
        TeamEditOutcome.NotFound => TypedResults.NotFound(),
        TeamEditOutcome.InvalidEmail => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [TeamTexts.InvalidEmail] }),
        TeamEditOutcome.AlreadyMember => TypedResults.Problem(title: TeamTexts.AlreadyMember, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: TeamTexts.LastOwner, statusCode: StatusCodes.Status409Conflict),
    };

    private static TeamMemberDto ToDto(TeamMemberView m) => new(m.Id, m.Email, m.DisplayName, m.Role, m.HasPassword);
}
