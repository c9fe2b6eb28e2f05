using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Events.Tests.Hardening;

/// <summary>
/// The README's <c>dotnet run</c> is the Development environment, which the other tests never load. A browser that
/// accepts brotli must get what it can decode there too: once, a runtime asset reloader sent the raw files labelled
/// <c>br</c>, and Chromium dropped every stylesheet and script.
/// </summary>
public sealed partial class DevelopmentAssetsTests
{
    [Fact]
    public async Task Development_ServesEveryStylesheetAndScriptOfThePage_DecodableAsLabelled()
    {
        using var app = new Instance(new() { ["Demo:Enabled"] = "false" }, environment: "Development");
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/");
        var assets = AssetReference().Matches(page).Select(m => m.Groups["path"].Value).Where(p => p.StartsWith('/')).Distinct().ToList();

        Assert.Contains(assets, a => a.Contains("/css/site", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var plain = new HttpRequestMessage(HttpMethod.Get, asset);
            var expected = await (await client.SendAsync(plain)).Content.ReadAsByteArrayAsync();
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            var decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
            {
                "br" => Decode(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)),
                "gzip" => Decode(new GZipStream(new MemoryStream(body), CompressionMode.Decompress)),
                null => body,
                var other => throw new Xunit.Sdk.XunitException($"{asset}: unexpected encoding {other}"),
            };
            Assert.True(expected.AsSpan().SequenceEqual(decoded), $"{asset} ({response.Content.Headers.ContentEncoding.SingleOrDefault()}) does not decode to the file");
        }
    }

    private static byte[] Decode(Stream stream)
    {
        using (stream)
        {
            var output = new MemoryStream();
            stream.CopyTo(output);
            return output.ToArray();
        }
    }

    [GeneratedRegex(@"(?:href|src)=""(?<path>[^""]+\.(?:css|js)(?:\?[^""]*)?)""")]
    private static partial Regex AssetReference();
}
