namespace Events.Web.Localization;

/// <summary>Page texts in the request's UI language; a key no table has shows as itself and is recorded as missing.</summary>
public sealed class CatalogStringLocalizer(StringCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(name, Language);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(Language).Select(t => new LocalizedString(t.Key, t.Text));

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

public sealed class CatalogStringLocalizerFactory(StringCatalog catalog) : IStringLocalizerFactory
{
    private readonly CatalogStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
