namespace Events.Core.Glossary;

/// <summary>An event's glossary, as the interpreters' briefing shows it.</summary>
public sealed class GlossaryEditor(EventsDbContext db)
{
    public Task<List<GlossaryTerm>> ListAsync(int eventId, CancellationToken ct) =>
        db.GlossaryTerms.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.En).ThenBy(t => t.Id).ToListAsync(ct);

    public async Task<EditResult<GlossaryTerm>> AddAsync(int eventId, GlossaryTermInput input, CancellationToken ct)
    {
        var term = new GlossaryTerm { EventId = eventId };
        var errors = input.ApplyTo(term);
        if (!errors.IsValid)
        {
            return EditResult.Invalid<GlossaryTerm>(errors);
        }
        db.GlossaryTerms.Add(term);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(term);
    }

    public async Task<EditResult<GlossaryTerm>> UpdateAsync(int eventId, int termId, GlossaryTermInput input, CancellationToken ct)
    {
        var term = await db.GlossaryTerms.SingleOrDefaultAsync(t => t.Id == termId && t.EventId == eventId, ct);
        if (term is null)
        {
            return EditResult.NotFound<GlossaryTerm>();
        }
        var errors = input.ApplyTo(term);
        if (!errors.IsValid)
        {
            return EditResult.Invalid<GlossaryTerm>(errors);
        }
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(term);
    }

    public async Task<bool> RemoveAsync(int eventId, int termId, CancellationToken ct) =>
        await db.GlossaryTerms.Where(t => t.Id == termId && t.EventId == eventId).ExecuteDeleteAsync(ct) > 0;
}
