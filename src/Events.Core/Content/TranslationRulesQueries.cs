namespace Events.Core.Content;

public static class TranslationRulesQueries
{
    /// <summary>The translation rules of the event with this id (no rules accept anything when there is no such event).</summary>
    public static async Task<TranslationRules> TranslationRulesAsync(this EventsDbContext db, int eventId, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new { e.OriginalLanguage, e.Languages }).SingleOrDefaultAsync(ct);
        return ev is null ? new TranslationRules("", []) : new TranslationRules(ev.OriginalLanguage, ev.Languages);
    }
}
