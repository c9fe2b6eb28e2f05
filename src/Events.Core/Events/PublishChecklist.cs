namespace Events.Core.Events;

/// <summary>The parts an organiser usually fills in before publishing, in the order the dashboard lists them.</summary>
public enum ChecklistItem
{
    Summary,
    Speakers,
    Agenda,
    Channels,
    Readings,
    Interpreters,
}

/// <summary>What an event still lacks before it is ready to publish. Advice, not a gate: publishing stays possible.</summary>
public static class PublishChecklist
{
    public static async Task<IReadOnlyList<ChecklistItem>> MissingAsync(EventsDbContext db, int eventId, CancellationToken ct)
    {
        var counts = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => new
        {
            HasSummary = e.Summary != "",
            Speakers = e.Speakers.Count,
            Agenda = e.AgendaItems.Count,
            Channels = e.Channels.Count,
            Readings = e.Readings.Count,
            Interpreters = db.Interpreters.Count(i => i.EventId == e.Id),
        }).SingleAsync(ct);
        var missing = new List<ChecklistItem>();
        Add(!counts.HasSummary, ChecklistItem.Summary);
        Add(counts.Speakers == 0, ChecklistItem.Speakers);
        Add(counts.Agenda == 0, ChecklistItem.Agenda);
        Add(counts.Channels == 0, ChecklistItem.Channels);
        Add(counts.Readings == 0, ChecklistItem.Readings);
        Add(counts.Interpreters == 0, ChecklistItem.Interpreters);
        return missing;

        void Add(bool isMissing, ChecklistItem item)
        {
            if (isMissing)
            {
                missing.Add(item);
            }
        }
    }
}
