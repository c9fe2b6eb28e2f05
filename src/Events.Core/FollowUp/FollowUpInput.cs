namespace Events.Core.FollowUps;

public sealed record FollowUpMessageInput(string? Subject, string? Message, string? AbsentSubject, string? AbsentMessage, string? UnansweredNote);

/// <summary>The whole draft as the organiser sends it; <see cref="Messages"/> is keyed by language (en required).</summary>
public sealed record FollowUpInput(
    Dictionary<string, FollowUpMessageInput?>? Messages, string? RecordingUrl, string? SurveyUrl,
    bool IncludeAnsweredQuestions, bool IncludeUnansweredQuestions, bool AttachTranscript = false)
{
    public const int SubjectMax = 200;
    public const int MessageMax = 10000;
    public const int NoteMax = 1000;

    public ValidationErrors ApplyTo(FollowUpDraft draft)
    {
        var errors = new ValidationErrors();
        errors.HttpUrl("recordingUrl", RecordingUrl);
        errors.HttpUrl("surveyUrl", SurveyUrl);
        var messages = Messages ?? [];
        if (messages.GetValueOrDefault("en") is null)
        {
            errors.Add("messages.en", "The English wording is required; other languages fall back to it.");
        }
        foreach (var (language, text) in messages)
        {
            var field = "messages." + language;
            if (!RegistrationRules.Languages.Contains(language))
            {
                errors.Add(field, "Only en, fr and es.");
                continue;
            }
            if (text is null)
            {
                continue;
            }
            Check(errors, field + ".subject", text.Subject, SubjectMax);
            Check(errors, field + ".message", text.Message, MessageMax);
            Check(errors, field + ".absentSubject", text.AbsentSubject, SubjectMax);
            Check(errors, field + ".absentMessage", text.AbsentMessage, MessageMax);
            errors.MaxLength(field + ".unansweredNote", text.UnansweredNote, NoteMax);
        }
        if (!errors.IsValid)
        {
            return errors;
        }
        draft.RecordingUrl = Trimmed(RecordingUrl);
        draft.SurveyUrl = Trimmed(SurveyUrl);
        draft.IncludeAnsweredQuestions = IncludeAnsweredQuestions;
        draft.IncludeUnansweredQuestions = IncludeUnansweredQuestions;
        draft.AttachTranscript = AttachTranscript;
        draft.Messages.RemoveAll(m => messages.GetValueOrDefault(m.Language) is null);
        foreach (var (language, text) in messages.Where(m => m.Value is not null))
        {
            var message = draft.Messages.SingleOrDefault(m => m.Language == language);
            if (message is null)
            {
                message = new FollowUpMessage { Language = language, Subject = "", Message = "", AbsentSubject = "", AbsentMessage = "" };
                draft.Messages.Add(message);
            }
            message.Subject = text!.Subject!.Trim();
            message.Message = text.Message!.Trim();
            message.AbsentSubject = text.AbsentSubject!.Trim();
            message.AbsentMessage = text.AbsentMessage!.Trim();
            message.UnansweredNote = text.UnansweredNote?.Trim() ?? "";
        }
        return errors;
    }

    private static void Check(ValidationErrors errors, string field, string? value, int max)
    {
        errors.Required(field, value);
        errors.MaxLength(field, value, max);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
