namespace Events.Web.Live.Feeds;

/// <summary>
/// One kind of coalesced update (vote counts, poll results, presence): changes are marked as they happen and the
/// feed is asked, at most once per interval per event, to send what changed since. It reads the current values
/// (with their versions) from the database, so whichever instance flushes, a client can keep the newest.
/// </summary>
public interface ILiveFeed
{
    /// <summary>Sends one compact update for <paramref name="itemIds"/> of one event (question ids, poll ids, …).</summary>
    Task FlushAsync(IServiceProvider services, int eventId, IReadOnlyCollection<int> itemIds, CancellationToken ct);
}
