using Events.Core.FollowUps;

namespace Events.Web.Pages.Organiser;

/// <summary>The follow-up page's fields: every language shown; a language left blank falls back to English.</summary>
public sealed class FollowUpForm
{
    public Dictionary<string, FollowUpMessageForm> Messages { get; set; } = RegistrationRules.Languages.ToDictionary(l => l, _ => new FollowUpMessageForm());
    public string? RecordingUrl { get; set; }
    public string? SurveyUrl { get; set; }
    public bool IncludeAnsweredQuestions { get; set; }
    public bool IncludeUnansweredQuestions { get; set; }
    public bool AttachTranscript { get; set; }

    public static FollowUpForm From(FollowUpDraft? draft)
    {
        var form = new FollowUpForm();
        if (draft is null)
        {
            return form;
        }
        foreach (var m in draft.Messages)
        {
            form.Messages[m.Language] = new FollowUpMessageForm
            {
                Subject = m.Subject, Message = m.Message, AbsentSubject = m.AbsentSubject, AbsentMessage = m.AbsentMessage, UnansweredNote = m.UnansweredNote,
            };
        }
        (form.RecordingUrl, form.SurveyUrl) = (draft.RecordingUrl, draft.SurveyUrl);
        (form.IncludeAnsweredQuestions, form.IncludeUnansweredQuestions) = (draft.IncludeAnsweredQuestions, draft.IncludeUnansweredQuestions);
        form.AttachTranscript = draft.AttachTranscript;
        return form;
    }

    public FollowUpInput ToInput() => new(
        Messages.Where(m => m.Key == "en" || !m.Value.IsBlank).ToDictionary(m => m.Key, m => (FollowUpMessageInput?)m.Value.ToInput()),
        RecordingUrl, SurveyUrl, IncludeAnsweredQuestions, IncludeUnansweredQuestions, AttachTranscript);
}

public sealed class FollowUpMessageForm
{
    public string? Subject { get; set; }
    public string? Message { get; set; }
    public string? AbsentSubject { get; set; }
    public string? AbsentMessage { get; set; }
    public string? UnansweredNote { get; set; }

    public bool IsBlank => new[] { Subject, Message, AbsentSubject, AbsentMessage, UnansweredNote }.All(string.IsNullOrWhiteSpace);

    public FollowUpMessageInput ToInput() => new(Subject, Message, AbsentSubject, AbsentMessage, UnansweredNote);
}
