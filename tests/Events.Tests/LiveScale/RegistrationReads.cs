using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Tests.LiveScale;

/// <summary>
/// Counts the queries EF runs on one app's SQLite database that read registrations, inside a transaction (a vote
/// batch's) or not (a read of its own per hub call). Other apps run alongside in the process: their databases are
/// other files, not counted.
/// </summary>
internal sealed class RegistrationReads : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataDirectory;
    private readonly IDisposable _all;
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private int _inTransaction;
    private int _alone;

    private RegistrationReads(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Counting from once every pooled context can hear it (see <see cref="SqlCommands.ListenAsync"/>).</summary>
    public static async Task<RegistrationReads> CountingAsync(string dataDirectory)
    {
        var reads = new RegistrationReads(dataDirectory);
        await Task.Delay(SqlCommands.PooledLoggersHear);
        reads.Counting = true;
        return reads;
    }

    public bool Counting { get; set; }

    public int InTransaction => Volatile.Read(ref _inTransaction);

    public int Alone => Volatile.Read(ref _alone);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Counting && value.Value is CommandExecutedEventData { Command: var command }
            && command.Connection?.DataSource?.StartsWith(_dataDirectory, StringComparison.Ordinal) == true
            && command.CommandText.Contains("FROM \"Registrations\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref command.Transaction is null ? ref _alone : ref _inTransaction);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
