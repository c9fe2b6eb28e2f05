namespace Events.Web.Polls;

public static class PollGroups
{
    /// <summary>Presenter views: they see results the audience may not (the console has them through the staff group).</summary>
    public static string Presenters(int eventId) => $"event:{eventId}:presenters";
}
