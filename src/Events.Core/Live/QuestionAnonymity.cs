namespace Events.Core.Live;

public enum QuestionAnonymity
{
    Named,

    /// <summary>Moderators see the name; the audience, the presenter view and exports do not.</summary>
    AnonymousToAudience,

    /// <summary>No name is kept at all; allowed only where the event says so.</summary>
    AnonymousToEveryone,
}
