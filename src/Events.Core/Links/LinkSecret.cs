using System.Security.Cryptography;

namespace Events.Core.Links;

/// <summary>The key personal links are derived with: configured, or generated once and shared through the database.</summary>
public sealed class LinkSecret
{
    private const string Name = "personal-links";
    private readonly Lock _loading = new();
    private readonly IServiceScopeFactory _scopes;
    private byte[]? _key;

    public LinkSecret(IOptions<LinkOptions> options, IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _key = string.IsNullOrEmpty(options.Value.Secret) ? null : LinkOptions.Decode(options.Value.Secret);
    }

    /// <summary>A failed read (database not migrated yet) is not remembered: the next use tries again.</summary>
    public byte[] Key
    {
        get
        {
            if (_key is { } key)
            {
                return key;
            }
            lock (_loading)
            {
                return _key ??= Shared(_scopes);
            }
        }
    }

    // Read on first use rather than at start: the worker may start before the web has migrated the database.
    private static byte[] Shared(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var stored = db.Set<SiteSecret>().AsNoTracking().SingleOrDefault(s => s.Name == Name);
        if (stored is not null)
        {
            return Convert.FromBase64String(stored.Value);
        }
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(LinkOptions.MinSecretBytes));
        db.Set<SiteSecret>().Add(new SiteSecret { Name = Name, Value = value, CreatedAtUtc = DateTime.UtcNow });
        try
        {
            db.SaveChanges();
            return Convert.FromBase64String(value);
        }
        catch (DbUpdateException)
        {
            // Another host generated it at the same moment: theirs is the one.
            db.ChangeTracker.Clear();
            return Convert.FromBase64String(db.Set<SiteSecret>().AsNoTracking().Single(s => s.Name == Name).Value);
        }
    }
}
