using System.Diagnostics;
using System.Net;
using System.Text.Json.Serialization;
using Events.Core.Data;
using Events.Core.Events;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Bench.Live;

/// <summary>N attendees admitted by their personal links, joined to one event's live page, each timing what it hears.</summary>
internal sealed class Audience : IAsyncDisposable
{
    private readonly List<HubConnection> _clients = [];
    private int _heard;
    private long _firstTicks;
    private TaskCompletionSource<long> _allHeard = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _round = "";

    private Audience(int eventId) => EventId = eventId;

    public int EventId { get; }
    public HubConnection Asker => _clients[0];
    public int Size => _clients.Count;

    public static async Task<Audience> JoinAsync(BenchHost host, string baseUrl, int size, string slug)
    {
        var (eventId, tokens) = await SeedAsync(host, size, slug);
        var audience = new Audience(eventId);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        using var gate = new SemaphoreSlim(32);
        var clients = await Task.WhenAll(tokens.Select(async token =>
        {
            await gate.WaitAsync();
            try
            {
                var admit = await http.GetAsync($"/r/{token}/live");
                var cookie = string.Join("; ", admit.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
                var client = new HubConnectionBuilder()
                    .WithUrl($"{baseUrl}{LiveSetup.HubPath}", o => o.Headers["Cookie"] = cookie)
                    .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
                    .Build();
                client.On<QuestionView>(nameof(ILiveClient.QuestionChanged), audience.Heard);
                await client.StartAsync();
                await client.InvokeAsync<LiveSnapshot>("Join", eventId, LiveView.Attendee, null);
                return client;
            }
            finally
            {
                gate.Release();
            }
        }));
        audience._clients.AddRange(clients);
        return audience;
    }

    /// <summary>One broadcast: an attendee asks (post-moderation, so it goes to everyone); returns (first, last) arrival.</summary>
    public async Task<(TimeSpan First, TimeSpan Last)> BroadcastOnceAsync(int round)
    {
        _heard = 0;
        _firstTicks = 0;
        _allHeard = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _round, $"Round {round}:");
        var started = Stopwatch.GetTimestamp();
        var asked = await Asker.InvokeAsync<AskResult>("Ask", new AskRequest($"Round {round}: what reaches everyone?", QuestionAnonymity.Named));
        if (asked.Error is not null)
        {
            throw new InvalidOperationException($"The question was refused: {asked.Error}");
        }
        var last = await _allHeard.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return (Stopwatch.GetElapsedTime(started, _firstTicks), Stopwatch.GetElapsedTime(started, last));
    }

    private void Heard(QuestionView question)
    {
        var now = Stopwatch.GetTimestamp();
        // The broadcast can arrive before the asker's own call returns, so match by text, not by id.
        if (!question.Text.StartsWith(Volatile.Read(ref _round), StringComparison.Ordinal))
        {
            return;
        }
        Interlocked.CompareExchange(ref _firstTicks, now, 0);
        if (Interlocked.Increment(ref _heard) == _clients.Count)
        {
            _allHeard.TrySetResult(now);
        }
    }

    private static async Task<(int EventId, List<string> Tokens)> SeedAsync(BenchHost host, int size, string slug)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var start = DateTime.UtcNow.Date.AddDays(1).AddHours(14);
        var ev = new Event
        {
            Slug = slug, Title = "Benchmark forum", TimeZoneId = "Europe/Paris", StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90),
            Status = EventStatus.Published, Moderation = QuestionModeration.After,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        var registrations = Enumerable.Range(0, size).Select(i => new Registration
        {
            EventId = ev.Id, Name = $"Attendee {i}",
            Email = $"attendee{i}@{slug}.example.org", Status = RegistrationStatus.Confirmed,
        }).ToList();
        var links = host.Services.GetRequiredService<Events.Core.Links.PersonalLinks>();
        var tokens = registrations.Select(links.Issue).ToList();
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync();
        return (ev.Id, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_clients.Select(c => c.DisposeAsync().AsTask()));
    }
}
