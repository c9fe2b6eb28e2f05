using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Events.Core.Accounts;
using Events.Core.Email;
using Events.Core.Events;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Live;
using Events.Tests.Registrations;
using Events.Tests.Tokens;
using Events.Web.Accounts;
using Events.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Events.Tests.ScaleOut;

/// <summary>Two web instances behind nginx, two workers, PostgreSQL and Redis, each a real process on 127.0.0.1.</summary>
[Collection(nameof(ScaleOutCollection))]
public sealed class ScaleOutTests(ScaleOutDeployment deployment, ITestOutputHelper output) : IClassFixture<ScaleOutDeployment>
{
    [ScaleOutFact]
    public async Task ScaleOut_AttendeeOnInstanceA_SeesTheQuestionAModeratorApprovedOnInstanceB()
    {
        await deployment.StartAsync();
        var (a, b) = (deployment.WebUrls[0], deployment.WebUrls[1]);
        var ev = await SeedLiveEventAsync();
        var asker = await HubAsync(a, await AdmitAsync(a, await RegisterAsync(ev, "Ana")));
        // The second attendee comes through nginx on WebSockets only: the upgrade must pass the proxy.
        var viaProxy = await HubAsync(deployment.ProxyUrl, await AdmitAsync(deployment.ProxyUrl, await RegisterAsync(ev, "Ben")), HttpTransportType.WebSockets);
        var moderator = await HubAsync(b, await ModeratorCookiesAsync(b, ev.Id));
        try
        {
            var askerHears = new Inbox(asker);
            var proxyHears = new Inbox(viaProxy);
            await asker.InvokeAsync<LiveSnapshot>("Join", ev.Id, LiveView.Attendee, null);
            await viaProxy.InvokeAsync<LiveSnapshot>("Join", ev.Id, LiveView.Attendee, null);
            await moderator.InvokeAsync<LiveSnapshot>("Join", ev.Id, LiveView.Console, null);

            var asked = await asker.InvokeAsync<AskResult>("Ask", new AskRequest("Who keeps survivors' data?", QuestionAnonymity.Named));
            Assert.Null(asked.Error);
            await moderator.InvokeAsync("Moderate", ev.Id, asked.Question!.Id, ModerationAction.Approve);

            var seen = await askerHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question.Id && q.Status == QuestionStatus.Published);
            Assert.Equal("Who keeps survivors' data?", seen.Text);
            await proxyHears.WaitForAsync<QuestionView>(q => q.Id == asked.Question.Id && q.Status == QuestionStatus.Published);
        }
        finally
        {
            await asker.DisposeAsync();
            await viaProxy.DisposeAsync();
            await moderator.DisposeAsync();
        }
    }

    [ScaleOutFact]
    public async Task ScaleOut_AThousandRegistrationsOverBothInstances_ThreeHundredPlaces_ExactlyThreeHundredConfirmed()
    {
        await deployment.StartAsync();
        await deployment.Admin.PublishedEventAsync(capacity: 300, slug: "scaleout-capacity");
        var doors = new[] { deployment.ProxyUrl, deployment.WebUrls[0], deployment.WebUrls[1] };
        var started = DateTime.UtcNow;

        var statuses = await RegisterManyAsync("scaleout-capacity", 1000, "cap", doors);

        output.WriteLine($"1000 registrations in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var all = await deployment.Admin.WithDbAsync(db => db.Registrations.Where(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == "scaleout-capacity")).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(1000, all.Count);
        Assert.Equal(300, all.Count(r => r.Status == RegistrationStatus.Confirmed));
        var waiting = all.Where(r => r.Status == RegistrationStatus.WaitingList).OrderBy(r => r.WaitingPosition).ToList();
        Assert.Equal(Enumerable.Range(1, 700).Select(i => (int?)i), waiting.Select(r => r.WaitingPosition));
    }

    [ScaleOutFact]
    public async Task ScaleOut_WorkerKilledWhileSendingFiveHundredInvitations_EveryoneGetsExactlyOne()
    {
        await deployment.StartAsync();
        await deployment.Admin.PublishedEventAsync(capacity: null, slug: "scaleout-invitations");
        var run = Guid.NewGuid().ToString("N")[..6];
        var mailbag = new ScaleOutMailbag(deployment.Drop);
        bool Ours(string recipient) => recipient.StartsWith("inv", StringComparison.Ordinal) && recipient.EndsWith($"-{run}@example.org", StringComparison.Ordinal);
        var doors = new[] { deployment.ProxyUrl, deployment.WebUrls[0], deployment.WebUrls[1] };
        var victim = deployment.Workers[0];

        using var stop = new CancellationTokenSource();
        var killer = Task.Run(async () =>
        {
            while (mailbag.PerRecipient(Ours).Count < 100)
            {
                await Task.Delay(50, stop.Token);
            }
            victim.KillHard();
            return (DateTime.UtcNow, mailbag.PerRecipient(Ours).Count);
        }, stop.Token);
        var statuses = await RegisterManyAsync("scaleout-invitations", 500, "inv", doors, run);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        var (killedAt, sentBefore) = await killer.WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine($"worker 1 killed (SIGKILL) after {sentBefore} of 500 invitations");
        try
        {
            var deadline = killedAt.AddMinutes(2);
            Dictionary<string, int> counts;
            while ((counts = mailbag.PerRecipient(Ours)).Count < 500 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
            output.WriteLine($"{counts.Count} of 500 had their invitation {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill");
            if (counts.Count < 500)
            {
                var missing = Enumerable.Range(0, 500).Select(i => $"inv{i}-{run}@example.org").Where(r => !counts.ContainsKey(r)).ToList();
                Assert.Fail($"{missing.Count} registrants without an invitation 2 minutes after the kill; {mailbag.Unreadable} files without a readable To.\n"
                    + await InvitationTrail.DescribeAsync(deployment.Admin, "scaleout-invitations", missing) + deployment.Diagnostics());
            }
            // A copy written late (a retry that should not have sent) would show here.
            await Task.Delay(TimeSpan.FromSeconds(3));
            counts = mailbag.PerRecipient(Ours);
            Assert.Empty(counts.Where(c => c.Value != 1).Select(c => $"{c.Key}: {c.Value}"));
            var sent = await deployment.Admin.WithDbAsync(async db =>
            {
                var eventId = await db.Events.Where(e => e.Slug == "scaleout-invitations").Select(e => e.Id).SingleAsync();
                return await db.EmailDeliveries.CountAsync(d => d.EventId == eventId && d.Kind == EmailKind.Confirmed && d.Status == EmailDeliveryStatus.Sent);
            });
            Assert.Equal(500, sent);
        }
        finally
        {
            // The class's other tests may run after this one.
            deployment.StartWorker();
        }
    }

    private async Task<List<HttpStatusCode>> RegisterManyAsync(string slug, int count, string prefix, string[] doors, string run = "")
    {
        using var gate = new SemaphoreSlim(32);
        var clients = doors.Select(d => new HttpClient { BaseAddress = new Uri(d), Timeout = TimeSpan.FromSeconds(60) }).ToList();
        try
        {
            var suffix = run.Length == 0 ? "" : "-" + run;
            return (await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var client = clients[i % clients.Count];
                    var response = await Reached(client.BaseAddress!.ToString(), () => client.PostAsJsonAsync($"/api/events/{slug}/registrations",
                        RegistrationTestKit.Form($"Person {i}", $"{prefix}{i}{suffix}@example.org")));
                    return response.StatusCode;
                }
                finally
                {
                    gate.Release();
                }
            }))).ToList();
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private Task<Event> SeedLiveEventAsync() => deployment.Admin.WithDbAsync(async db =>
    {
        var start = new DateTime(2021, 10, 26, 14, 0, 0, DateTimeKind.Utc);
        var ev = new Event
        {
            Slug = "scaleout-live-" + Guid.NewGuid().ToString("N")[..6],
            Title = "Protection forum",
            TimeZoneId = "Europe/Paris",
            StartsAtUtc = start,
            EndsAtUtc = start.AddMinutes(90),
            Status = EventStatus.Published,
            Moderation = QuestionModeration.Before,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    });

    private Task<Registration> RegisterAsync(Event ev, string name) => deployment.Admin.WithDbAsync(async db =>
    {
        var registration = new Registration
        {
            EventId = ev.Id, Name = name, Email = $"{Guid.NewGuid():N}@example.org", Language = "en", Status = RegistrationStatus.Confirmed,
        };
        deployment.Admin.IssueLink(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration;
    });

    /// <summary>Opens the personal link's live address on <paramref name="baseUrl"/>, as a browser would; returns its cookies.</summary>
    private async Task<CookieContainer> AdmitAsync(string baseUrl, Registration registration)
    {
        var cookies = new CookieContainer();
        using var http = Http(baseUrl, cookies);
        var admit = await Reached(baseUrl, () => http.GetAsync($"/r/{deployment.Admin.TokenOf(registration)}/live"));
        Assert.Equal(HttpStatusCode.Redirect, admit.StatusCode);
        return cookies;
    }

    private async Task<CookieContainer> ModeratorCookiesAsync(string baseUrl, int eventId)
    {
        var email = $"moderator-{Guid.NewGuid():N}@example.org";
        string password;
        using (var scope = deployment.Admin.Services.CreateScope())
        {
            password = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, Roles.Moderator);
        }
        await deployment.Admin.WithDbAsync(async db =>
        {
            var userId = db.Users.Single(u => u.Email == email).Id;
            db.TeamMembers.Add(new Core.Teams.TeamMember { EventId = eventId, UserId = userId, Role = Core.Teams.TeamRole.Moderator });
            return await db.SaveChangesAsync();
        });
        var cookies = new CookieContainer();
        using var http = Http(baseUrl, cookies);
        (await http.PostAsJsonAsync("/api/account/login", new { email, password })).EnsureSuccessStatusCode();
        return cookies;
    }

    private static async Task<HubConnection> HubAsync(string baseUrl, CookieContainer cookies, HttpTransportType transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{baseUrl}{LiveSetup.HubPath}", o =>
            {
                o.Cookies = cookies;
                o.Transports = transports;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A refused connection means a process of the deployment died: its last words make the failure readable.</summary>
    private async Task<T> Reached<T>(string baseUrl, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (HttpRequestException e)
        {
            throw new Xunit.Sdk.XunitException($"{baseUrl}: {e.Message}\n{deployment.Diagnostics()}");
        }
    }

    private static HttpClient Http(string baseUrl, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
}
