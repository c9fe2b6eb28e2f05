using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Tests.LiveScale;

/// <summary>
/// The SQL commands EF runs against one test app's database while recording, heard through EF's diagnostic listener
/// (process-wide, so filtered on the app's data directory: other tests run alongside).
/// </summary>
internal sealed class SqlCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataDirectory;
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;

    private SqlCommands(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>How long after subscribing every pooled context's logger has looked again: EF's logging cache time and a margin.</summary>
    internal static readonly TimeSpan PooledLoggersHear = TimeSpan.FromSeconds(1.2);

    /// <summary>
    /// Listens, once every context can hear it: a pooled context's logger decides whether anyone listens at most once
    /// per EF's logging cache time (a second), and one that decided before this listener came would not tell it yet.
    /// </summary>
    public static async Task<SqlCommands> ListenAsync(string dataDirectory)
    {
        var commands = new SqlCommands(dataDirectory);
        await Task.Delay(PooledLoggersHear);
        return commands;
    }

    public void Start() => _recording = true;

    public IReadOnlyList<string> Stop() => [.. StopWithParameters().Select(c => c.Text)];

    /// <summary>The commands with the values they were run with, to run again (e.g. under EXPLAIN QUERY PLAN).</summary>
    public IReadOnlyList<RecordedCommand> StopWithParameters()
    {
        _recording = false;
        return [.. _commands];
    }

    /// <summary>Commands that read or write the table (as EF quotes it, e.g. "Polls").</summary>
    public static int Touching(IEnumerable<string> commands, string table) => commands.Count(c => c.Contains($"\"{table}\"", StringComparison.Ordinal));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_recording && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_dataDirectory, StringComparison.Ordinal) == true)
        {
            _commands.Enqueue(new RecordedCommand(data.Command.CommandText,
                [.. data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}

internal sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
