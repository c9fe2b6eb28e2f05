using System.ComponentModel.DataAnnotations;

namespace Events.Web.Live;

public sealed class LiveOptions
{
    public const string Section = "Live";

    [Range(1, 1000)]
    public int QuestionsPerMinute { get; set; } = 5;

    [Range(1, 10000)]
    public int VotesPerMinute { get; set; } = 60;

    /// <summary>Joins per participant: a page joins once per (re)connection, so a few a minute is already a lot.</summary>
    [Range(1, 10000)]
    public int JoinsPerMinute { get; set; } = 30;

    [Range(1, 10000)]
    public int ChannelSwitchesPerMinute { get; set; } = 60;

    /// <summary>Poll answers (and changes of answer) per participant.</summary>
    [Range(1, 10000)]
    public int PollAnswersPerMinute { get; set; } = 30;

    /// <summary>How often coalesced updates (vote counts, poll results, presence) go out at most, per event.</summary>
    [Range(20, 10000)]
    public int FeedIntervalMilliseconds { get; set; } = 250;

    /// <summary>
    /// How long a feed must go without a new change before its update goes out: during a storm the update waits for
    /// the lull after it (up to <see cref="FeedMaxWaitMilliseconds"/>), so the fan-out does not compete with the storm.
    /// </summary>
    [Range(0, 10000)]
    public int FeedQuietMilliseconds { get; set; } = 100;

    /// <summary>How long a change waits at most for a lull: a steady stream of votes still updates the room this often.</summary>
    [Range(20, 10000)]
    public int FeedMaxWaitMilliseconds { get; set; } = 750;

    /// <summary>
    /// How long a shared join snapshot is used at most, even at the same live version: a safety net for a change saved
    /// past the change tracker (a hand-run statement); every change the app saves bumps the version at once.
    /// </summary>
    [Range(1, 3600)]
    public int JoinSnapshotSeconds { get; set; } = 60;

    /// <summary>
    /// How often each instance recounts the open connection rows of the events it serves: between recounts the staff's
    /// presence count is adjusted per join and leave here, and misses only other instances' changes since the last one.
    /// </summary>
    [Range(1, 3600)]
    public int PresenceReconcileSeconds { get; set; } = 15;

    /// <summary>
    /// How long an instance may miss its heartbeat (one per recount) before the others close its connection rows as
    /// left: a few recounts, so a busy or briefly cut-off instance is not taken for dead. Keep it well above
    /// <see cref="PresenceReconcileSeconds"/> wherever several instances run: an instance beats only once per recount.
    /// </summary>
    [Range(10, 86400)]
    public int InstanceGoneSeconds { get; set; } = 60;

    /// <summary>Redis connection string for the SignalR backplane; set it when more than one web instance runs.</summary>
    public string? Redis { get; set; }
}
