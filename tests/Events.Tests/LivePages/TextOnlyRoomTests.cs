using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Events.Core.Captions;
using Events.Core.Live;
using Events.Web.Captions;
using Events.Tests.Infrastructure;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Events.Tests.LivePages;

/// <summary>
/// The live page over a slow link, in Chromium with the network emulated through the DevTools protocol: the text-only
/// room connects and shows an approved question and a French caption line within 3 s each.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TextOnlyRoomTests(ITestOutputHelper output) : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task TextOnlyRoom_OnA2GLink_ConnectsAndShowsAnApprovedQuestionWithinThreeSeconds()
    {
        var url = _app.StartKestrel();
        var ev = await _app.LiveEventAsync();
        await using var browser = await Browser.LaunchAsync();
        var (page, wire) = await AdmittedAsync(browser, url, ev);
        await wire.ThrottleAsync(kilobitsPerSecond: 250, latencyMs: 300);

        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/events/{ev.Slug}/live?text=1");
        await page.ConnectedAsync();
        output.WriteLine($"text-only room connected after {clock.ElapsedMilliseconds} ms at 250 kbit/s, 300 ms");
        Assert.Equal(0, await page.Locator("audio, video, img, #player").CountAsync());

        const string text = "Comment les abris joignent-ils les personnes qui ne parlent pas la langue locale ?";
        clock.Restart();
        await ApproveQuestionAsync(ev.Id, text);
        await page.Locator("#questions .question-text", new() { HasTextString = text }).WaitForAsync(new() { Timeout = 3000 });
        output.WriteLine($"approved question shown after {clock.ElapsedMilliseconds} ms");

        // Captions in French: chosen first, then turned on, so the room follows one language once.
        await page.SelectOptionAsync("#captions-language", "fr");
        await page.CheckAsync("#captions-on");
        await page.Locator("#captions-empty").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        const string caption = "La traite des personnes augmente dans les crises prolongées.";
        clock.Restart();
        await SendCaptionAsync(ev.Id, "fr", caption);
        await page.Locator("#captions-lines li", new() { HasTextString = caption }).WaitForAsync(new() { Timeout = 3000 });
        output.WriteLine($"French caption line shown after {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>A caption line as the caption console or the ingest endpoint saves and sends it.</summary>
    private async Task SendCaptionAsync(int eventId, string language, string text)
    {
        var line = new CaptionLine { EventId = eventId, Language = language, Text = text, AtUtc = DateTime.UtcNow, SentBy = "captioner" };
        await _app.WithDbAsync(async db =>
        {
            db.CaptionLines.Add(line);
            return await db.SaveChangesAsync();
        });
        var hub = _app.Services.GetRequiredService<IHubContext<LiveHub, ILiveClient>>();
        await CaptionBroadcast.SendAsync(hub.Clients, [line]);
    }

    /// <summary>A fresh browser context admitted by the personal link, without loading any page yet.</summary>
    private static async Task<(IPage Page, Wire Wire)> AdmittedAsync(Browser browser, string url, LiveEvent ev)
    {
        var page = await browser.NewPageAsync(url);
        var admit = await page.Context.APIRequest.GetAsync($"/r/{ev.AttendeeToken}/live", new() { MaxRedirects = 0 });
        Assert.Equal(302, admit.Status);
        return (page, await Wire.OpenAsync(page));
    }

    private async Task ApproveQuestionAsync(int eventId, string text)
    {
        using var scope = _app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var asker = new Participant(ParticipantRole.Attendee, eventId, "g:asker", "Bea", "fr", null);
        var asked = await services.GetRequiredService<QuestionBoard>().AskAsync(asker, text, QuestionAnonymity.Named, CancellationToken.None);
        var changed = await services.GetRequiredService<QuestionModerator>().ApplyAsync(eventId, asked.Question!.Id, ModerationAction.Approve, CancellationToken.None);
        await services.GetRequiredService<LiveBroadcaster>().QuestionsAsync(changed);
    }

    /// <summary>One response as it came over the wire (hub traffic left out: it is the session, not the page).</summary>
    private sealed record Transfer(string Url, string Type, int Status, string Encoding, bool FromCache, long Bytes);

    /// <summary>The page's network as the DevTools protocol reports it.</summary>
    private sealed class Wire
    {
        private readonly ICDPSession _cdp;
        private readonly ConcurrentDictionary<string, (string Url, string Type, int Status, string Encoding, bool FromCache)> _responses = new();
        private readonly ConcurrentDictionary<string, bool> _cached = new();
        private readonly ConcurrentQueue<(string Id, long Bytes)> _finished = new();

        private Wire(ICDPSession cdp) => _cdp = cdp;

        public static async Task<Wire> OpenAsync(IPage page)
        {
            var wire = new Wire(await page.Context.NewCDPSessionAsync(page));
            wire._cdp.Event("Network.responseReceived").OnEvent += (_, e) => wire.OnResponse(e!.Value);
            wire._cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => wire._cached[e!.Value.GetProperty("requestId").GetString()!] = true;
            wire._cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
                wire._finished.Enqueue((e!.Value.GetProperty("requestId").GetString()!, (long)e.Value.GetProperty("encodedDataLength").GetDouble()));
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

        /// <summary>Opens <paramref name="path"/>, waits until connected and quiet, and returns what it sent.</summary>
        public async Task<IReadOnlyList<Transfer>> VisitAsync(IPage page, string path)
        {
            _responses.Clear();
            _cached.Clear();
            _finished.Clear();
            await page.GotoAsync(path);
            await page.ConnectedAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            return _finished
                .Where(f => _responses.ContainsKey(f.Id) && !_responses[f.Id].Url.Contains(LiveSetup.HubPath, StringComparison.Ordinal))
                .Select(f => (Finished: f, Response: _responses[f.Id]))
                .Select(x => new Transfer(x.Response.Url, x.Response.Type, x.Response.Status, x.Response.Encoding,
                    x.Response.FromCache || _cached.ContainsKey(x.Finished.Id), x.Finished.Bytes))
                .ToList();
        }

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
}
