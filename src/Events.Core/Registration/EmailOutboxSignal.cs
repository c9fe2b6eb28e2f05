using System.Threading.Channels;

namespace Events.Core.Registrations;

/// <summary>One per app: a commit that wrote outbox rows says so, and the dispatcher wakes. Many signals make one wake.</summary>
public sealed class EmailOutboxSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _pending.Writer.TryWrite(true);

    /// <summary>True when signalled, false when <paramref name="timeout"/> passed first.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (_pending.Reader.TryRead(out _))
        {
            return true;
        }
        using var timed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timed.CancelAfter(timeout);
        try
        {
            await _pending.Reader.WaitToReadAsync(timed.Token);
            return _pending.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
