namespace Events.Web.Organiser;

public static class EventLookup
{
    /// <summary>The event named by its slug, or by its numeric id: links from either the pages or scripts work.</summary>
    public static Task<Event?> FindBySlugOrIdAsync(this EventsDbContext db, string key, CancellationToken ct) =>
        db.Events.FindBySlugOrIdAsync(key, ct);
}
