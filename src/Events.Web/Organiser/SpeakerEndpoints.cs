using Events.Core.Speakers;
using Events.Web.Public;

namespace Events.Web.Organiser;

public static class SpeakerEndpoints
{
    public static void MapSpeakers(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/speakers").WithTags("Organiser: speakers");
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
    }

    private static async Task<Results<Created<SpeakerDto>, NotFound, ValidationProblem>> Add(
        string slug, SpeakerInput input, SpeakerDirectory speakers, CancellationToken ct)
    {
        var outcome = await speakers.AddAsync(slug, input, ct);
        return outcome switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Saved: false } => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Created($"/api/organiser/events/{slug}/speakers/{outcome.Speaker!.Id}", outcome.Speaker.ToOrganiserDto()),
        };
    }

    private static async Task<Results<Ok<SpeakerDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, SpeakerInput input, SpeakerDirectory speakers, CancellationToken ct)
    {
        var outcome = await speakers.UpdateAsync(slug, id, input, ct);
        return outcome switch
        {
            { Found: false } => TypedResults.NotFound(),
            { Saved: false } => TypedResults.ValidationProblem(outcome.Errors.ToDictionary()),
            _ => TypedResults.Ok(outcome.Speaker!.ToOrganiserDto()),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, SpeakerDirectory speakers, CancellationToken ct) =>
        (await speakers.RemoveAsync(slug, id, ct)).Found ? TypedResults.NoContent() : TypedResults.NotFound();
}
