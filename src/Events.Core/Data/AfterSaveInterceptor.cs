using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Core.Data;

/// <summary>
/// The plumbing of an interceptor that notes what a save changes before it runs and acts once it has committed,
/// whichever of the sync or async doors the caller used.
/// </summary>
internal abstract class AfterSaveInterceptor : SaveChangesInterceptor
{
    /// <summary>Reads the change tracker before the save; what it keeps is for <see cref="AfterSaveAsync"/>.</summary>
    protected abstract void Collect(DbContext? context);

    protected abstract Task AfterSaveAsync(DbContext? context, CancellationToken ct);

    /// <summary>Drops what <see cref="Collect"/> kept when the save failed.</summary>
    protected virtual void Forget()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSaveAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AfterSaveAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget();
        return Task.CompletedTask;
    }
}
