namespace Events.Core.Registrations;

/// <summary>
/// Empties <see cref="RegistrationTargets"/> after a save that touched an event or a registration question. A save
/// inside a longer transaction empties it before its commit: a registration read in between keeps the old row for
/// at most the lifetime, as another instance's would.
/// </summary>
internal sealed class RegistrationTargetsInterceptor(RegistrationTargets targets) : Data.AfterSaveInterceptor<object>
{
    private static readonly object Touched = new();

    protected override object? Collect(DbContext context) =>
        context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Event or RegistrationQuestion) ? Touched : null;

    protected override Task AfterSaveAsync(DbContext context, object collected, CancellationToken ct)
    {
        targets.Clear();
        return Task.CompletedTask;
    }
}
