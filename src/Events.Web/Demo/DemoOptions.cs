namespace Events.Web.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Loads the model event and demo accounts at start. Refused in Production.</summary>
    public bool Enabled { get; set; }
}
