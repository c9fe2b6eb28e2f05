using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Events.Core.Accounts;
using Events.Core.Agenda;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Web.Accounts;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Events.Tests.Tokens;

namespace Events.Tests.Live;

/// <summary>The app on a real Kestrel with one published event (agenda, three channels) and SignalR clients for it.</summary>
internal sealed class LiveFixture : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];

    private readonly Dictionary<string, string?> _settings;

    private LiveFixture(EventsApp app, string baseUrl, Dictionary<string, string?> settings)
    {
        App = app;
        BaseUrl = baseUrl;
        _settings = settings;
    }

    public EventsApp App { get; }
    public string BaseUrl { get; }
    public Event Event { get; private set; } = null!;
    public IReadOnlyList<int> ChannelIds => Event.Channels.OrderBy(c => c.Id).Select(c => c.Id).ToList();

    public static async Task<LiveFixture> StartAsync(Action<Event>? configure = null, Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        var app = new EventsApp(settings);
        var fixture = new LiveFixture(app, app.StartKestrel(), settings);
        fixture.Event = await fixture.SeedEventAsync("live-forum", configure);
        return fixture;
    }

    /// <summary>A second web instance on the same database, as behind a load balancer.</summary>
    public LiveFixture AnotherInstance()
    {
        var settings = new Dictionary<string, string?>(_settings) { ["Database:DataDirectory"] = App.DataDirectory };
        var app = new EventsApp(settings);
        return new LiveFixture(app, app.StartKestrel(), settings) { Event = Event };
    }

    public Task<Event> SeedEventAsync(string slug, Action<Event>? configure = null) => App.WithDbAsync(async db =>
    {
        var start = new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);
        var ev = new Event
        {
            Slug = slug,
            Title = "Protection forum",
            TimeZoneId = "Europe/Paris",
            StartsAtUtc = start,
            EndsAtUtc = start.AddMinutes(90),
            Status = EventStatus.Published,
            Moderation = Core.Live.QuestionModeration.Before,
            Channels =
            [
                new InterpretationChannel { LanguageCode = "en", Label = "Floor", IsFloor = true },
                new InterpretationChannel { LanguageCode = "fr", Label = "Français", JoinUrl = "https://stream.example.org/fr.mp3" },
                new InterpretationChannel { LanguageCode = "es", Label = "Español", JoinUrl = "https://stream.example.org/es.mp3" },
            ],
            AgendaItems =
            [
                new AgendaItem { Title = "Opening remarks", Kind = AgendaItemKind.OpeningRemarks, StartsAtUtc = start, DurationMinutes = 10, Position = 0 },
                new AgendaItem { Title = "Panel", Kind = AgendaItemKind.Panel, StartsAtUtc = start.AddMinutes(10), DurationMinutes = 45, Position = 1 },
                new AgendaItem { Title = "Plenary questions", Kind = AgendaItemKind.PlenaryQa, StartsAtUtc = start.AddMinutes(55), DurationMinutes = 35, Position = 2 },
            ],
        };
        configure?.Invoke(ev);
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    });

    public Task<Registration> RegisterAsync(string name, string language = "en", int? channelId = null, int? eventId = null,
        RegistrationStatus status = RegistrationStatus.Confirmed) => App.WithDbAsync(async db =>
    {
        var registration = new Registration
        {
            EventId = eventId ?? Event.Id,
            Name = name,
            Email = $"{Guid.NewGuid():N}@example.org",
            Language = language,
            ChannelId = channelId,
            Status = status,
        };
        App.IssueLink(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration;
    });

    /// <summary>Signs in through the personal link, as a browser would, then connects to the hub with that cookie.</summary>
    public async Task<HubConnection> AttendeeAsync(Registration registration) => await ConnectAsync(await AdmitAsync(registration));

    /// <summary>The cookies a browser holds after opening the personal link's live address.</summary>
    public async Task<CookieContainer> AdmitAsync(Registration registration)
    {
        var cookies = new CookieContainer();
        using var http = Http(cookies);
        var admit = await http.GetAsync($"/r/{App.TokenOf(registration)}/live");
        Assert.True(admit.StatusCode == HttpStatusCode.Redirect, $"admission answered {(int)admit.StatusCode}: {await admit.Content.ReadAsStringAsync()}");
        return cookies;
    }

    public async Task<HubConnection> StaffAsync(string email, string role, int? moderatesEventId = null) =>
        await ConnectAsync(await SignInAsync(email, role, moderatesEventId));

    /// <summary>A plain HTTP client on the Kestrel address (the factory's own client does not reach Kestrel).</summary>
    public async Task<HttpClient> HttpAsync(string? email = null, string? role = null) =>
        Http(email is null || role is null ? new CookieContainer() : await SignInAsync(email, role, null));

    private async Task<CookieContainer> SignInAsync(string email, string role, int? moderatesEventId)
    {
        string password;
        using (var scope = App.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, role);
        }
        if (moderatesEventId is { } eventId)
        {
            await App.WithDbAsync(async db =>
            {
                var userId = db.Users.Single(u => u.Email == email).Id;
                db.TeamMembers.Add(new Events.Core.Teams.TeamMember { EventId = eventId, UserId = userId, Role = Events.Core.Teams.TeamRole.Moderator });
                return await db.SaveChangesAsync();
            });
        }
        var cookies = new CookieContainer();
        using var http = Http(cookies);
        (await http.PostAsJsonAsync("/api/account/login", new { email, password })).EnsureSuccessStatusCode();
        return cookies;
    }

    public Task<HubConnection> ModeratorAsync() => StaffAsync("moderator@example.org", Roles.Moderator, Event.Id);

    /// <summary>A hub connection; <paramref name="language"/> is the page's (?lang=), as the scripts pass it.</summary>
    public HubConnection Connection(CookieContainer cookies, string? language = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{BaseUrl}{LiveSetup.HubPath}{(language is null ? "" : $"?lang={language}")}", o => o.Cookies = cookies)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        _connections.Add(connection);
        return connection;
    }

    private async Task<HubConnection> ConnectAsync(CookieContainer cookies)
    {
        var connection = Connection(cookies);
        await connection.StartAsync();
        return connection;
    }

    private HttpClient Http(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
        await App.DisposeAsync();
    }
}
