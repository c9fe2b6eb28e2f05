namespace Events.Core.Live;

public enum QuestionModeration
{
    /// <summary>Questions appear only after a moderator approves them. The default for a sensitive subject.</summary>
    Before,

    /// <summary>Questions appear at once; moderators hide or dismiss afterwards.</summary>
    After,
}
