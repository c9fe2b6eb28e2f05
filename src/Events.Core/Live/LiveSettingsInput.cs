namespace Events.Core.Live;

/// <summary>An organiser's choices for the live Q&amp;A. Null leaves a setting as it is.</summary>
public sealed record LiveSettingsInput(QuestionModeration? Moderation, bool? AllowFullyAnonymousQuestions, bool? OpenQuestions)
{
    public ValidationErrors ApplyTo(Event ev)
    {
        var errors = new ValidationErrors();
        if (Moderation is { } m && !Enum.IsDefined(m))
        {
            errors.Add("moderation", "Must be Before or After.");
            return errors;
        }
        ev.Moderation = Moderation ?? ev.Moderation;
        ev.AllowFullyAnonymousQuestions = AllowFullyAnonymousQuestions ?? ev.AllowFullyAnonymousQuestions;
        ev.OpenQuestions = OpenQuestions ?? ev.OpenQuestions;
        return errors;
    }
}
