using Events.Core.Data;
using Events.Core.Registrations;
using Events.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Registrations;

public sealed record RegistrationDto(
    int Id, string Name, string Email, string Language, int? ChannelId, string? Organisation, string? AccessibilityNeeds,
    RegistrationStatus Status, int? WaitingPosition, DateTime CreatedAtUtc);

public sealed record RegistrationCountsDto(Dictionary<string, int> ByStatus, Dictionary<string, int> ByLanguage);

public static class OrganiserRegistrationEndpoints
{
    public static void MapOrganiserRegistrations(this IEndpointRouteBuilder app)
    {
        var organiser = app.MapGroup("/api/organiser/events/{slug}").WithTags("Organiser: registrations")
            .RequireAuthorization(Policies.Organiser);
        organiser.MapGet("/registrations.csv", RegistrationCsvExport.Export);
        var group = organiser.MapGroup("/registrations");
        group.MapGet("/", List);
        group.MapGet("/counts", Counts);
        group.MapPost("/{id:int}/cancel", Cancel);
        group.MapApprovals();
    }

    private static async Task<Results<Ok<List<RegistrationDto>>, NotFound, ValidationProblem>> List(
        string slug, [FromQuery] string? status, [FromQuery] string? language, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<RegistrationStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Unknown status."] });
            }
            query = query.Where(r => r.Status == parsed);
        }
        if (!string.IsNullOrEmpty(language))
        {
            query = query.Where(r => r.Language == language);
        }
        var list = await query.OrderBy(r => r.Id).Select(r => new RegistrationDto(
            r.Id, r.Name, r.Email, r.Language, r.ChannelId, r.Organisation, r.AccessibilityNeeds, r.Status, r.WaitingPosition, r.CreatedAtUtc))
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<RegistrationCountsDto>, NotFound>> Counts(string slug, EventsDbContext db, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null)
        {
            return TypedResults.NotFound();
        }
        var rows = await db.Registrations.Where(r => r.EventId == eventId)
            .GroupBy(r => new { r.Status, r.Language }).Select(g => new { g.Key.Status, g.Key.Language, Count = g.Count() }).ToListAsync(ct);
        return TypedResults.Ok(new RegistrationCountsDto(
            rows.GroupBy(r => r.Status).ToDictionary(g => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString()), g => g.Sum(r => r.Count)),
            rows.GroupBy(r => r.Language).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))));
    }

    private static async Task<Results<NoContent, NotFound>> Cancel(string slug, int id, EventsDbContext db, Registrar registrar, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (eventId is null || !await registrar.CancelAsync(eventId.Value, id, ct))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.NoContent();
    }
}
