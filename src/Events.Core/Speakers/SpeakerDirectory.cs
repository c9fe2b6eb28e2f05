namespace Events.Core.Speakers;

/// <summary>The speakers' use cases, shared by the organiser API and the speakers pages.</summary>
public sealed class SpeakerDirectory(EventsDbContext db)
{
    /// <summary>The event with its speakers, for showing (not tracked).</summary>
    public Task<Events.Event?> FindEventAsync(string slug, CancellationToken ct) =>
        db.Events.AsNoTracking().Include(e => e.Speakers).SingleOrDefaultAsync(e => e.Slug == slug, ct);

    public async Task<SpeakerOutcome> AddAsync(string slug, SpeakerInput input, CancellationToken ct)
    {
        var ev = await db.Events.Include(e => e.Speakers).SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return SpeakerOutcome.Missing();
        }
        var speaker = new Speaker { Name = "", EventId = ev.Id };
        var errors = input.ApplyTo(speaker, TranslationRules.For(ev));
        if (errors.IsValid)
        {
            ev.Speakers.Add(speaker);
            await db.SaveChangesAsync(ct);
        }
        return new SpeakerOutcome(errors, speaker);
    }

    public async Task<SpeakerOutcome> UpdateAsync(string slug, int id, SpeakerInput input, CancellationToken ct)
    {
        var speaker = await FindAsync(slug, id, ct);
        if (speaker is null)
        {
            return SpeakerOutcome.Missing();
        }
        var errors = input.ApplyTo(speaker, await db.TranslationRulesAsync(speaker.EventId, ct));
        if (errors.IsValid)
        {
            await db.SaveChangesAsync(ct);
        }
        return new SpeakerOutcome(errors, speaker);
    }

    /// <summary>Removes the speaker and with them their places on the agenda (the items stay).</summary>
    public async Task<SpeakerOutcome> RemoveAsync(string slug, int id, CancellationToken ct)
    {
        var speaker = await FindAsync(slug, id, ct);
        if (speaker is null)
        {
            return SpeakerOutcome.Missing();
        }
        var items = await AgendaItemCountAsync(speaker.Id, ct);
        db.Speakers.Remove(speaker);
        await db.SaveChangesAsync(ct);
        return new SpeakerOutcome(new(), speaker, items);
    }

    /// <summary>On how many agenda items each of the event's speakers appears (speakers on none are left out).</summary>
    public async Task<Dictionary<int, int>> AgendaItemCountsAsync(int eventId, CancellationToken ct) =>
        await db.AgendaPeople
            .Where(p => p.Speaker!.EventId == eventId)
            .GroupBy(p => p.SpeakerId)
            .Select(g => new { g.Key, Items = g.Select(p => p.AgendaItemId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Items, ct);

    private Task<int> AgendaItemCountAsync(int speakerId, CancellationToken ct) =>
        db.AgendaPeople.Where(p => p.SpeakerId == speakerId).Select(p => p.AgendaItemId).Distinct().CountAsync(ct);

    private Task<Speaker?> FindAsync(string slug, int id, CancellationToken ct) =>
        db.Speakers.SingleOrDefaultAsync(s => s.Id == id && db.Events.Any(e => e.Id == s.EventId && e.Slug == slug), ct);
}
