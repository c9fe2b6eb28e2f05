namespace Events.Web.Organiser;

/// <summary>The attendance threshold and the briefing lead time, through <see cref="EventSettings"/> like the settings page.</summary>
public static class EventSettingsEndpoints
{
    public static void MapEventSettings(this RouteGroupBuilder events)
    {
        var group = events.MapGroup("/around-the-hour").WithTags("Organiser: attendance and briefing settings");
        group.MapGet("/", Get);
        group.MapPut("/", Put);
    }

    private static async Task<Results<Ok<AttendanceAndBriefingSettings>, NotFound>> Get(string slug, EventSettings settings, CancellationToken ct)
    {
        var ev = await settings.FindAsync(slug, ct);
        return ev is null ? TypedResults.NotFound() : TypedResults.Ok(new AttendanceAndBriefingSettings(ev.AttendanceThresholdMinutes, ev.BriefingHoursBefore));
    }

    private static async Task<Results<Ok<AttendanceAndBriefingSettings>, NotFound, ValidationProblem>> Put(
        string slug, AttendanceAndBriefingSettings input, EventSettings settings, CancellationToken ct)
    {
        var result = await settings.SaveAttendanceAndBriefingAsync(slug, input, ct);
        return result.Outcome switch
        {
            SettingsOutcome.Saved => TypedResults.Ok(input),
            SettingsOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(result.Errors.ToDictionary()),
        };
    }
}
