namespace Events.Core.Registrations;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Public address of the web app, for the personal links in emails.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
