using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Core.Data;

/// <summary>
/// The plumbing of an interceptor that notes what a save changes before it runs and acts once it has committed,
/// whichever of the sync or async doors the caller used. One instance serves every context (the context pool shares
/// its options), so what a save collects is kept per context, until that save ends.
/// </summary>
internal abstract class AfterSaveInterceptor<TCollected> : SaveChangesInterceptor where TCollected : class
{
    private readonly ConditionalWeakTable<DbContext, TCollected> _collected = [];

    /// <summary>Reads the change tracker before the save: what to act on afterwards, or null for nothing.</summary>
    protected abstract TCollected? Collect(DbContext context);

    protected abstract Task AfterSaveAsync(DbContext context, TCollected collected, CancellationToken ct);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Keep(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Keep(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } collected)
        {
            AfterSaveAsync(eventData.Context!, collected, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } collected)
        {
            await AfterSaveAsync(eventData.Context!, collected, cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private void Keep(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        if (Collect(context) is { } collected)
        {
            _collected.AddOrUpdate(context, collected);
        }
        else
        {
            _collected.Remove(context);
        }
    }

    private TCollected? Take(DbContext? context)
    {
        if (context is null || !_collected.TryGetValue(context, out var collected))
        {
            return null;
        }
        _collected.Remove(context);
        return collected;
    }
}
