using System.Collections.Concurrent;

namespace Events.Core.Registrations;

/// <summary>
/// The events people register for, by slug, kept for <see cref="RegistrationOptions.TargetLifetime"/>: in a rush the
/// event and its questions were two queries of every registration, a sixth of its CPU. Safe to keep because nothing that
/// decides a place is taken from here: the batch reads the event's terms again inside its transaction
/// (<see cref="Registrar.WriteBatchAsync"/>), and keeps only answers to questions that still exist. A save in this
/// process that touches an event or its questions empties the cache (<see cref="RegistrationTargetsInterceptor"/>);
/// another instance's edit is seen within the lifetime. Unknown slugs are not kept, so a new event is found at once.
/// </summary>
public sealed class RegistrationTargets(IServiceScopeFactory scopes, IOptions<RegistrationOptions> options)
{
    private readonly ConcurrentDictionary<string, Kept> _bySlug = new(StringComparer.Ordinal);
    private long _generation;

    public async Task<RegistrationTarget?> FindAsync(string slug, CancellationToken ct)
    {
        var lifetime = options.Value.TargetLifetime;
        // Monotonic and wall-clock on purpose: a test's fake clock must not keep an edit from being seen.
        var now = Environment.TickCount64;
        if (_bySlug.TryGetValue(slug, out var kept) && now - kept.ReadAt < lifetime.TotalMilliseconds)
        {
            return kept.Target;
        }
        var generation = Interlocked.Read(ref _generation);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var ev = await db.Events.AsNoTracking().Include(e => e.Questions).SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return null;
        }
        var target = new RegistrationTarget(ev, [.. ev.Questions]);
        // A save that emptied the cache while this read ran may not be in it: answer with it, keep nothing.
        if (lifetime > TimeSpan.Zero && Interlocked.Read(ref _generation) == generation)
        {
            _bySlug[slug] = new Kept(target, now);
        }
        return target;
    }

    /// <summary>Forgets every event (a save changed one, or its questions).</summary>
    internal void Clear()
    {
        Interlocked.Increment(ref _generation);
        _bySlug.Clear();
    }

    private sealed record Kept(RegistrationTarget Target, long ReadAt);
}
