namespace Events.Core.Live;

public enum ModerationAction
{
    Approve,
    Dismiss,
    Answering,
    Answered,
    Reopen,
    Hide,
}
