using Events.Core.Glossary;

namespace Events.Core.Briefing;

/// <summary>What every interpreter of an event is briefed on: the event in full and its glossary.</summary>
public sealed record BriefingContent(Event Event, IReadOnlyList<GlossaryTerm> Glossary)
{
    public static async Task<BriefingContent?> LoadAsync(EventsDbContext db, int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking()
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .Include(e => e.Speakers).Include(e => e.Channels).Include(e => e.Readings)
            .SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return null;
        }
        var glossary = await db.GlossaryTerms.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.En).ThenBy(t => t.Id).ToListAsync(ct);
        return new BriefingContent(ev, glossary);
    }
}
