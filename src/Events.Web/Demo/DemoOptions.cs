namespace Events.Web.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Loads the model event and demo accounts at start. Refused in Production.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Days from the first load to the demo event. The concept note's own date (2021) is over, and registration closes
    /// at the start, so the run command sets this to let a visitor take the event from registration to follow-up.
    /// Null keeps the concept note's date.
    /// </summary>
    public int? DaysAhead { get; set; }
}
