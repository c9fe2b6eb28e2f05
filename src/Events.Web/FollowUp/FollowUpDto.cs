using Events.Core.FollowUps;

namespace Events.Web.FollowUp;

public sealed record FollowUpDto(
    Dictionary<string, FollowUpMessageInput> Messages, string? RecordingUrl, string? SurveyUrl,
    bool IncludeAnsweredQuestions, bool IncludeUnansweredQuestions, int Round, int? SendAfterEndMinutes, DateTime? ScheduledForUtc,
    FollowUpProgress Progress, bool AttachTranscript)
{
    public static FollowUpDto From(Event ev, FollowUpDraft? draft, FollowUpProgress progress) => draft is null
        ? new FollowUpDto([], null, null, false, false, 1, null, null, progress, false)
        : new FollowUpDto(
            draft.Messages.OrderBy(m => m.Language, StringComparer.Ordinal).ToDictionary(m => m.Language,
                m => new FollowUpMessageInput(m.Subject, m.Message, m.AbsentSubject, m.AbsentMessage, m.UnansweredNote)),
            draft.RecordingUrl, draft.SurveyUrl, draft.IncludeAnsweredQuestions, draft.IncludeUnansweredQuestions, draft.Round,
            draft.SendAfterEndMinutes, draft.SendAfterEndMinutes is null ? null : FollowUpScheduler.SendsAtUtc(ev, draft), progress,
            draft.AttachTranscript);
}

public sealed record ScheduleRequest(int? MinutesAfterEnd);
