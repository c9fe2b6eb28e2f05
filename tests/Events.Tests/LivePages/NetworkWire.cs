using System.Collections.Concurrent;
using System.Text.Json;
using Events.Web.Live;
using Microsoft.Playwright;

namespace Events.Tests.LivePages;

/// <summary>One response as it came over the wire; <see cref="Bytes"/> is Chromium's encodedDataLength (headers and body as sent).</summary>
internal sealed record Transfer(string Url, string Type, int Status, string Encoding, bool FromCache, long Bytes)
{
    public string Path => new Uri(Url).AbsolutePath;

    /// <summary>Hub traffic (negotiate, long polls) is the session, not the page.</summary>
    public bool IsHub => Path.StartsWith(LiveSetup.HubPath, StringComparison.Ordinal);

    public bool IsStaticAsset => Type is "Script" or "Stylesheet" or "Image" or "Font" || Path.StartsWith("/lib/", StringComparison.Ordinal);
}

/// <summary>A page's network as the DevTools protocol reports it, and its emulated link.</summary>
internal sealed class NetworkWire
{
    private readonly ICDPSession _cdp;
    private readonly ConcurrentDictionary<string, (string Url, string Type, int Status, string Encoding, bool FromCache)> _responses = new();
    private readonly ConcurrentDictionary<string, bool> _cached = new();
    private readonly ConcurrentQueue<(string Id, long Bytes)> _finished = new();
    private int _webSockets;

    private NetworkWire(ICDPSession cdp) => _cdp = cdp;

    /// <summary>WebSockets the page opened since the wire was opened.</summary>
    public int WebSockets => _webSockets;

    public static async Task<NetworkWire> OpenAsync(IPage page)
    {
        var wire = new NetworkWire(await page.Context.NewCDPSessionAsync(page));
        wire._cdp.Event("Network.responseReceived").OnEvent += (_, e) => wire.OnResponse(e!.Value);
        wire._cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => wire._cached[e!.Value.GetProperty("requestId").GetString()!] = true;
        wire._cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
            wire._finished.Enqueue((e!.Value.GetProperty("requestId").GetString()!, (long)e.Value.GetProperty("encodedDataLength").GetDouble()));
        wire._cdp.Event("Network.webSocketCreated").OnEvent += (_, _) => Interlocked.Increment(ref wire._webSockets);
        await wire._cdp.SendAsync("Network.enable");
        return wire;
    }

    public async Task ThrottleAsync(int kilobitsPerSecond, int latencyMs) => await _cdp.SendAsync("Network.emulateNetworkConditions", new()
    {
        ["offline"] = false,
        ["latency"] = latencyMs,
        ["downloadThroughput"] = kilobitsPerSecond * 1000 / 8,
        ["uploadThroughput"] = kilobitsPerSecond * 1000 / 8,
    });

    /// <summary>Forgets what was seen so far: the next <see cref="Transfers"/> are one visit's.</summary>
    public void Clear()
    {
        _responses.Clear();
        _cached.Clear();
        _finished.Clear();
    }

    /// <summary>The responses finished since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<Transfer> Transfers() => _finished
        .Where(f => _responses.ContainsKey(f.Id))
        .Select(f => (Finished: f, Response: _responses[f.Id]))
        .Select(x => new Transfer(x.Response.Url, x.Response.Type, x.Response.Status, x.Response.Encoding,
            x.Response.FromCache || _cached.ContainsKey(x.Finished.Id), x.Finished.Bytes))
        .ToList();

    private void OnResponse(JsonElement e)
    {
        var response = e.GetProperty("response");
        var encoding = response.GetProperty("headers").EnumerateObject()
            .FirstOrDefault(h => h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)).Value;
        var fromCache = (response.TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean())
            || (response.TryGetProperty("fromMemoryCache", out var memory) && memory.GetBoolean());
        _responses[e.GetProperty("requestId").GetString()!] = (response.GetProperty("url").GetString()!, e.GetProperty("type").GetString()!,
            response.GetProperty("status").GetInt32(), encoding.ValueKind == JsonValueKind.String ? encoding.GetString()! : "", fromCache);
    }
}
