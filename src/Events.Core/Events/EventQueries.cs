namespace Events.Core.Events;

public static class EventQueries
{
    /// <summary>The event with its agenda (people and speakers), speakers, channels and readings.</summary>
    public static Task<Event?> FindFullAsync(this IQueryable<Event> events, string slug, CancellationToken cancellationToken = default) =>
        events
            .Include(e => e.AgendaItems).ThenInclude(a => a.People).ThenInclude(p => p.Speaker)
            .Include(e => e.Speakers)
            .Include(e => e.Channels)
            .Include(e => e.Readings)
            .SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    /// <summary>The event named by its slug, or by its numeric id: links from either the pages or scripts work.</summary>
    public static async Task<Event?> FindBySlugOrIdAsync(this IQueryable<Event> events, string key, CancellationToken cancellationToken = default) =>
        await events.SingleOrDefaultAsync(e => e.Slug == key, cancellationToken)
        ?? (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null);
}
