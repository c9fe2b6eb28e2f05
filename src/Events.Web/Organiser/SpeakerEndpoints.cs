using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Speakers;
using Events.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;

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
        string slug, SpeakerInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var speaker = new Speaker { Name = "", EventId = ev.Id };
        var errors = input.ApplyTo(speaker);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        ev.Speakers.Add(speaker);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{slug}/speakers/{speaker.Id}", speaker.ToDto(forOrganiser: true));
    }

    private static async Task<Results<Ok<SpeakerDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, SpeakerInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var speaker = ev?.Speakers.SingleOrDefault(s => s.Id == id);
        if (speaker is null)
        {
            return TypedResults.NotFound();
        }
        var errors = input.ApplyTo(speaker);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(speaker.ToDto(forOrganiser: true));
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var speaker = ev?.Speakers.SingleOrDefault(s => s.Id == id);
        if (speaker is null)
        {
            return TypedResults.NotFound();
        }
        db.Speakers.Remove(speaker);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
