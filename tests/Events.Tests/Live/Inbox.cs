using System.Collections.Concurrent;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

/// <summary>Records what one connection hears, and waits for a message that matches.</summary>
internal sealed class Inbox
{
    private readonly ConcurrentQueue<object> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public Inbox(HubConnection connection)
    {
        connection.On<QuestionView>(nameof(ILiveClient.QuestionChanged), Add);
        connection.On<int>(nameof(ILiveClient.QuestionRemoved), id => Add(new Removed(id)));
        connection.On<QuestionView>(nameof(ILiveClient.MyQuestionChanged), q => Add(new Mine(q)));
        connection.On<SessionView>(nameof(ILiveClient.SessionChanged), Add);
        connection.On<ChannelView>(nameof(ILiveClient.ChannelChanged), Add);
        connection.On<PresenceView>(nameof(ILiveClient.PresenceChanged), Add);
        connection.On<VoteCounts>(nameof(ILiveClient.VotesChanged), Add);
    }

    public sealed record Removed(int QuestionId);

    public sealed record Mine(QuestionView Question);

    public IReadOnlyList<T> All<T>() => _messages.OfType<T>().ToList();

    /// <summary>Waits until any message of type T heard so far matches.</summary>
    public Task<T> WaitForAsync<T>(Func<T, bool> match, int timeoutMs = 15000) =>
        WaitAsync<T>(messages => messages.LastOrDefault(match), timeoutMs);

    /// <summary>Waits until the latest message of type T matches: for state such as presence, where old news misleads.</summary>
    public Task<T> WaitForLatestAsync<T>(Func<T, bool> match, int timeoutMs = 15000) =>
        WaitAsync<T>(messages => messages.LastOrDefault() is { } latest && match(latest) ? latest : default, timeoutMs);

    private async Task<T> WaitAsync<T>(Func<IEnumerable<T>, T?> find, int timeoutMs)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        while (true)
        {
            if (find(_messages.OfType<T>()) is { } found)
            {
                return found;
            }
            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} matching within {timeoutMs} ms; heard: {string.Join(", ", _messages)}");
            }
        }
    }

    private void Add(object message)
    {
        _messages.Enqueue(message);
        _arrived.Release();
    }
}
