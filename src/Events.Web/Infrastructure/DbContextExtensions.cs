namespace Events.Web.Infrastructure;

public static class DbContextExtensions
{
    /// <summary>False when a unique index refused the write (a concurrent request won the race).</summary>
    public static async Task<bool> TrySaveUniqueAsync(this EventsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
