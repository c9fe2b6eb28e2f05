using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Web.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Events.Web.Organiser;

public static class ChannelEndpoints
{
    public static void MapChannels(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/channels").WithTags("Organiser: interpretation channels");
        group.MapPost("/", Add);
        group.MapPut("/{id:int}", Update);
        group.MapDelete("/{id:int}", Remove);
    }

    private static async Task<Results<Created<ChannelDto>, NotFound, ValidationProblem>> Add(
        string slug, ChannelInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        var channel = new InterpretationChannel { LanguageCode = "", Label = "", EventId = ev.Id };
        var errors = input.ApplyTo(channel, ev.Channels);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        ev.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organiser/events/{slug}/channels/{channel.Id}", channel.ToDto(forOrganiser: true));
    }

    private static async Task<Results<Ok<ChannelDto>, NotFound, ValidationProblem>> Update(
        string slug, int id, ChannelInput input, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var channel = ev?.Channels.SingleOrDefault(c => c.Id == id);
        if (ev is null || channel is null)
        {
            return TypedResults.NotFound();
        }
        var errors = input.ApplyTo(channel, ev.Channels);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(channel.ToDto(forOrganiser: true));
    }

    private static async Task<Results<NoContent, NotFound>> Remove(string slug, int id, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var channel = ev?.Channels.SingleOrDefault(c => c.Id == id);
        if (channel is null)
        {
            return TypedResults.NotFound();
        }
        db.Channels.Remove(channel);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
