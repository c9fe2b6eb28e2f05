namespace Events.Web;

/// <summary>Marker for the page texts in Resources/Strings/*.tsv (see Localization/StringCatalog).</summary>
public sealed class SharedResource;
