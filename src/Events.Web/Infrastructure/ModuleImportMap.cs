using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.StaticAssets;

namespace Events.Web.Infrastructure;

/// <summary>
/// The import map that sends the script modules' own imports (<c>import … from "./connection.js"</c>) to their
/// fingerprinted URLs, which are cached as immutable: without it those imports fetch the plain URLs, which are
/// revalidated on every visit (a round trip each over a slow link). Built once from the static asset endpoints, with
/// root-relative keys because the pages have no <c>&lt;base&gt;</c> (the framework's own map is relative to one).
/// Its content is inline, so the CSP allows it by its hash rather than by a per-response nonce.
/// </summary>
public sealed class ModuleImportMap(EndpointDataSource endpoints)
{
    private readonly Lazy<(ImportMapDefinition Map, string Hash)> _built = new(() => Build(endpoints));

    public ImportMapDefinition Definition => _built.Value.Map;

    /// <summary>The map's <c>'sha256-…'</c> source for <c>script-src</c>.</summary>
    public string CspSource => _built.Value.Hash;

    private static (ImportMapDefinition, string) Build(EndpointDataSource endpoints)
    {
        var imports = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints.Endpoints)
        {
            // The fingerprinted endpoint of a module carries its plain path as its label; compressed variants are selectors.
            if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not { Selectors.Count: 0 } asset
                || asset.Properties.FirstOrDefault(p => p.Name == "label")?.Value is not { } label
                || !label.StartsWith("js/", StringComparison.Ordinal) || !label.EndsWith(".js", StringComparison.Ordinal)
                || label == asset.Route)
            {
                continue;
            }
            imports["/" + label] = "/" + asset.Route;
        }
        var map = new ImportMapDefinition(imports, scopes: null, integrity: null);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())));
        return (map, $"'sha256-{hash}'");
    }
}
