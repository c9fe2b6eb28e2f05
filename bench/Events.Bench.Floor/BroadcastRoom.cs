using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Events.Bench.Floor;

/// <summary>Every open socket; a message from any of them goes to all of them.</summary>
internal sealed class BroadcastRoom
{
    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    public int Count => _sockets.Count;

    public async Task ServeAsync(WebSocket socket, CancellationToken ct)
    {
        _sockets.TryAdd(socket, 0);
        // Small, like a SignalR connection's first read; a longer message is gathered below.
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (length == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }
                    received = await socket.ReceiveAsync(buffer.AsMemory(length), ct);
                    length += received.Count;
                }
                while (!received.EndOfMessage);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                await BroadcastAsync(buffer.AsMemory(0, length).ToArray());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away: it leaves the room below.
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    // All sends start at once, as SignalR's group send writes to every connection without waiting for each.
    private Task BroadcastAsync(ReadOnlyMemory<byte> message) =>
        Task.WhenAll(_sockets.Keys.Select(async s =>
        {
            try
            {
                await s.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
            {
                // A socket closing while the message goes out: the others still get it.
            }
        }));
}
