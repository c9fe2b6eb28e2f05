namespace Events.Core.Live;

/// <summary>One question put to the panel. Its text is stored as typed and always rendered encoded.</summary>
public sealed class Question
{
    public int Id { get; set; }
    public int EventId { get; set; }

    /// <summary>A question, or a comment (never voted on; a moderator may make it a question).</summary>
    public PostKind Kind { get; set; }

    /// <summary>Who asked, as a participant key (see <see cref="Participant"/>); never shown to anyone.</summary>
    public required string AskerKey { get; set; }

    /// <summary>Null when the asker chose "anonymous to everyone", or was a guest, or erased their registration.</summary>
    public int? RegistrationId { get; set; }

    /// <summary>The name moderators see; null when anonymous to everyone.</summary>
    public string? AskerName { get; set; }
    public QuestionAnonymity Anonymity { get; set; }
    public required string Text { get; set; }

    /// <summary>The asker's language (en/fr/es), shown as a tag so the panel knows it came through interpretation.</summary>
    public string Language { get; set; } = "en";
    public QuestionStatus Status { get; set; }

    /// <summary>Held because the text looks like it carries an email address or phone number.</summary>
    public bool HeldForPersonalData { get; set; }
    public int Votes { get; set; }
    public int? MergedIntoId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }

    public bool IsPublic => Status is QuestionStatus.Published or QuestionStatus.Answering or QuestionStatus.Answered;

    /// <summary>The name the audience may see: only when the asker chose to be named.</summary>
    public string? PublicName => Anonymity == QuestionAnonymity.Named ? AskerName : null;
}
