namespace Events.Web;

/// <summary>Marker for the page texts in Resources/SharedResource.*.resx.</summary>
public sealed class SharedResource;
