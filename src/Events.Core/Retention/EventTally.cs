using System.Text.Json;
using Events.Core.Reports;

namespace Events.Core.Retention;

/// <summary>
/// The report's figures taken just before an event's personal data is erased: counts only, no person in them.
/// Once the event is erased the report reads this instead of the rows that are gone.
/// </summary>
public sealed class EventTally
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int EventId { get; set; }
    public DateTime TakenAtUtc { get; set; }
    public string ReportJson { get; set; } = "{}";

    public static EventTally Of(EventReport report, int eventId, DateTime nowUtc) =>
        new() { EventId = eventId, TakenAtUtc = nowUtc, ReportJson = JsonSerializer.Serialize(report, Json) };

    public EventReport Report() => JsonSerializer.Deserialize<EventReport>(ReportJson, Json)
        ?? throw new InvalidOperationException($"The tally of event {EventId} is empty.");

    /// <summary>The report kept for an erased event, under its current slug and title; null while the event's data is held.</summary>
    public static async Task<EventReport?> KeptReportAsync(EventsDbContext db, Event ev, CancellationToken ct)
    {
        if (ev.PersonalDataErasedAtUtc is null)
        {
            return null;
        }
        var tally = await db.Set<EventTally>().AsNoTracking().SingleOrDefaultAsync(t => t.EventId == ev.Id, ct);
        return tally is null ? null : tally.Report() with { Slug = ev.Slug, Title = ev.Title };
    }
}

internal sealed class EventTallyConfiguration : IEntityTypeConfiguration<EventTally>
{
    public void Configure(EntityTypeBuilder<EventTally> builder)
    {
        builder.HasKey(t => t.EventId);
        builder.HasOne<Event>().WithOne().HasForeignKey<EventTally>(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
