using System.Globalization;
using Events.Core.Data;
using Events.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Organiser;

public static class EventLookup
{
    /// <summary>The event named by its slug, or by its numeric id: links from either the pages or scripts work.</summary>
    public static async Task<Event?> FindBySlugOrIdAsync(this EventsDbContext db, string key, CancellationToken ct) =>
        await db.Events.SingleOrDefaultAsync(e => e.Slug == key, ct)
        ?? (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct)
            : null);
}
