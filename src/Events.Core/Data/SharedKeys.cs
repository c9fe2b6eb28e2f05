using Microsoft.AspNetCore.DataProtection;

namespace Events.Core.Data;

public static class SharedKeys
{
    /// <summary>
    /// Keeps the Data Protection key ring in the database, so every web instance reads the sign-in, live and
    /// antiforgery cookies the others wrote (each instance's own folder would give each its own keys).
    /// </summary>
    public static IServiceCollection AddSharedKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Events").PersistKeysToDbContext<EventsDbContext>();
        return services;
    }
}
