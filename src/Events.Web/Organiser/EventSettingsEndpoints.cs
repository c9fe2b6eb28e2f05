using Events.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Events.Web.Organiser;

/// <summary>Null means "use the configured default".</summary>
public sealed record AttendanceAndBriefingSettings(int? AttendanceThresholdMinutes, int? BriefingHoursBefore);

public static class EventSettingsEndpoints
{
    public static void MapEventSettings(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/around-the-hour").WithTags("Organiser: attendance and briefing settings");
        group.MapGet("/", Get);
        group.MapPut("/", Put);
    }

    private static async Task<Results<Ok<AttendanceAndBriefingSettings>, NotFound>> Get(string slug, EventsDbContext db, CancellationToken ct)
    {
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(new AttendanceAndBriefingSettings(ev.AttendanceThresholdMinutes, ev.BriefingHoursBefore));
    }

    private static async Task<Results<Ok<AttendanceAndBriefingSettings>, NotFound, ValidationProblem>> Put(
        string slug, AttendanceAndBriefingSettings settings, EventsDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (settings.AttendanceThresholdMinutes is < 0 or > 1440)
        {
            errors["attendanceThresholdMinutes"] = ["Must be between 0 and 1440."];
        }
        if (settings.BriefingHoursBefore is < 1 or > 1440)
        {
            errors["briefingHoursBefore"] = ["Must be between 1 and 1440."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var ev = await db.FindBySlugOrIdAsync(slug, ct);
        if (ev is null)
        {
            return TypedResults.NotFound();
        }
        (ev.AttendanceThresholdMinutes, ev.BriefingHoursBefore) = (settings.AttendanceThresholdMinutes, settings.BriefingHoursBefore);
        // Saving moves the briefing job when its lead time changed (see EventMoveInterceptor).
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(settings);
    }
}
