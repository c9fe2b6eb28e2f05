using Events.Core.Content;
using Events.Core.Interpretation;
using Events.Core.Live;

namespace Events.Web.Live;

public static class LiveViewMapping
{
    public static QuestionView ToAudienceView(this Question q) => q.ToView(q.PublicName);

    /// <summary>Moderators see the name unless the asker kept it from everyone (then none was stored).</summary>
    public static QuestionView ToStaffView(this Question q) => q.ToView(q.AskerName);

    private static QuestionView ToView(this Question q, string? name) =>
        new(q.Id, q.Text, q.Language, q.Status, q.Votes, q.VotesVersion, name, q.Anonymity, q.HeldForPersonalData, q.MergedIntoId, q.CreatedAtUtc, q.AnsweredAtUtc);

    public static SessionView ToSessionView(this Event ev) =>
        new(ev.Status.ToString(), ev.CurrentAgendaItemId, ev.LiveStartedAtUtc, ev.LiveEndedAtUtc);

    /// <summary>The label as written, with every translation beside it (a broadcast goes to viewers of every language).</summary>
    public static ChannelView ToView(this InterpretationChannel c) => c.ToView(c.Label);

    /// <summary>For one viewer: the label in their language.</summary>
    public static ChannelView ToView(this InterpretationChannel c, ContentReader text) =>
        c.ToView(text.Text(c.Translations, nameof(InterpretationChannel.Label), c.Label).Text);

    private static ChannelView ToView(this InterpretationChannel c, string label)
    {
        var labels = c.Translations.ToDictionary()
            .Where(l => l.Value.ContainsKey(nameof(InterpretationChannel.Label)))
            .ToDictionary(l => l.Key, l => l.Value[nameof(InterpretationChannel.Label)], StringComparer.Ordinal);
        return new(c.Id, c.LanguageCode, label, c.IsFloor, c.IsLive, c.JoinUrl, labels);
    }

    public static AgendaItemView ToView(this AgendaItem a, ContentReader text) =>
        new(a.Id, text.Text(a.Translations, nameof(AgendaItem.Title), a.Title).Text, a.Kind.ToString(), a.StartsAtUtc, a.EndsAtUtc,
            a.People.Select(p => p.Speaker is null ? "" : $"{p.Speaker.Name} ({p.Role})").Where(s => s.Length > 0).ToList());

    public static PresenceView ToView(this PresenceCount p) => new(p.Total, p.ByChannel);
}
