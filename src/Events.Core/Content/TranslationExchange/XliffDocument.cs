using System.Xml;
using System.Xml.Linq;

namespace Events.Core.Content.TranslationExchange;

/// <summary>
/// An event's texts as an XLIFF 2.0 document, the exchange format translation tools read and write: one
/// <c>&lt;file&gt;</c> per event, one <c>&lt;unit&gt;</c> per text unit. A unit's <c>id</c> must be an XML NMTOKEN,
/// which allows no slash, so the unit key's slashes become colons there (<c>agenda:12:Title</c>); its <c>name</c>
/// keeps the key as it is.
/// </summary>
public static class XliffDocument
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";
    private const string Version = "2.0";

    public static string FileId(Event evt) => "event-" + evt.Id.ToString(CultureInfo.InvariantCulture);

    public static string UnitId(string key) => key.Replace('/', ':');

    public static string KeyOf(string unitId) => unitId.Replace(':', '/');

    /// <param name="describe">A note for the translator saying what the text is (e.g. "Agenda: Opening remarks — Description").</param>
    public static XDocument Write(Event evt, string language, IEnumerable<TextUnit> units, Func<TextUnit, string> describe)
    {
        var file = new XElement(Ns + "file",
            new XAttribute("id", FileId(evt)),
            new XAttribute("original", "events/" + evt.Slug),
            new XAttribute(XNamespace.Xml + "space", "preserve"));
        foreach (var unit in units.Where(u => !string.IsNullOrWhiteSpace(u.Original)))
        {
            var target = unit.In(language);
            var segment = new XElement(Ns + "segment",
                new XAttribute("state", target is null ? "initial" : "translated"),
                new XElement(Ns + "source", Normalise(unit.Original)));
            if (target is not null)
            {
                segment.Add(new XElement(Ns + "target", Normalise(target)));
            }
            file.Add(new XElement(Ns + "unit",
                new XAttribute("id", UnitId(unit.Key)),
                new XAttribute("name", unit.Key),
                new XElement(Ns + "notes", new XElement(Ns + "note", new XAttribute("category", "location"), describe(unit))),
                segment));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "xliff",
                new XAttribute("version", Version),
                new XAttribute("srcLang", evt.OriginalLanguage),
                new XAttribute("trgLang", language),
                file));
    }

    /// <summary>Reads a translator's file; no DTD, no external entities.</summary>
    public static XliffParse Read(Stream stream)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(stream, settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return XliffParse.Failed(ImportProblem.NotXml, e.Message);
        }
        var root = doc.Root!;
        if (root.Name.LocalName != "xliff")
        {
            return XliffParse.Failed(ImportProblem.NotXliff, root.Name.LocalName);
        }
        var version = (string?)root.Attribute("version") ?? "";
        if (root.Name.Namespace != Ns || !version.StartsWith("2.", StringComparison.Ordinal))
        {
            return XliffParse.Failed(ImportProblem.WrongVersion, version.Length > 0 ? version : root.Name.NamespaceName);
        }
        var target = ((string?)root.Attribute("trgLang"))?.Trim() ?? "";
        if (target.Length == 0)
        {
            return XliffParse.Failed(ImportProblem.NoTargetLanguage);
        }
        var files = root.Elements(Ns + "file")
            .Select(f => new XliffFile((string?)f.Attribute("id") ?? "", f.Descendants(Ns + "unit").Select(ReadUnit).ToList()))
            .ToList();
        return new XliffParse(null, "", ((string?)root.Attribute("srcLang"))?.Trim() ?? "", target, files);
    }

    private static XliffUnit ReadUnit(XElement unit)
    {
        var parts = unit.Elements().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable").ToList();
        var source = string.Concat(parts.Select(p => p.Element(Ns + "source")?.Value ?? ""));
        var translated = parts.Any(p => p.Name == Ns + "segment" && p.Element(Ns + "target") is not null);
        // An ignorable without a target stands for itself (whitespace between segments).
        var target = translated
            ? string.Concat(parts.Select(p => (p.Element(Ns + "target") ?? (p.Name == Ns + "ignorable" ? p.Element(Ns + "source") : null))?.Value ?? ""))
            : null;
        var name = (string?)unit.Attribute("name");
        var id = (string?)unit.Attribute("id") ?? "";
        return new XliffUnit(id, name, source, target);
    }

    /// <summary>Line ends as XML reads them back, so an unchanged source compares equal.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
