using Events.Core.Interpretation;
using Events.Core.Live;

namespace Events.Web.Live;

public static class LiveViewMapping
{
    public static QuestionView ToAudienceView(this Question q) => q.ToView(q.PublicName);

    /// <summary>Moderators see the name unless the asker kept it from everyone (then none was stored).</summary>
    public static QuestionView ToStaffView(this Question q) => q.ToView(q.AskerName);

    private static QuestionView ToView(this Question q, string? name) =>
        new(q.Id, q.Text, q.Language, q.Status, q.Votes, name, q.Anonymity, q.HeldForPersonalData, q.MergedIntoId, q.CreatedAtUtc, q.AnsweredAtUtc);

    public static SessionView ToSessionView(this Event ev) =>
        new(ev.Status.ToString(), ev.CurrentAgendaItemId, ev.LiveStartedAtUtc, ev.LiveEndedAtUtc);

    public static ChannelView ToView(this InterpretationChannel c) => new(c.Id, c.LanguageCode, c.Label, c.IsFloor, c.IsLive, c.JoinUrl);

    public static AgendaItemView ToView(this AgendaItem a) =>
        new(a.Id, a.Title, a.Kind.ToString(), a.StartsAtUtc, a.EndsAtUtc,
            a.People.Select(p => p.Speaker is null ? "" : $"{p.Speaker.Name} ({p.Role})").Where(s => s.Length > 0).ToList());

    public static PresenceView ToView(this PresenceCount p) => new(p.Total, p.ByChannel);
}
