using System.Net;
using System.Net.Http.Json;
using Events.Core.Demo;
using Events.Core.FollowUps;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Events.Tests.FollowUps;

/// <summary>The demo run, from a registration on the public API to the follow-up's .eml file in the drop folder.</summary>
public sealed class DemoFollowUpTests : IDisposable
{
    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly EventsApp _app;

    public DemoFollowUpTests() =>
        _app = new EventsApp(new() { ["Demo:Enabled"] = "true", ["Demo:DaysAhead"] = "14", ["Smtp:DropDirectory"] = _drop }, _clock);

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    [Fact]
    public async Task DemoEvent_HasFollowUpGlossaryAndInterpreters_AndARegistrantGetsTheFollowUpAsAnEmlFile()
    {
        var (languages, interpreters, terms) = await _app.WithDbAsync(async db =>
        {
            var id = await db.Events.Where(e => e.Slug == ModelEvent.Slug).Select(e => e.Id).SingleAsync();
            return (await db.FollowUps.Where(f => f.EventId == id).SelectMany(f => f.Messages).Select(m => m.Language).OrderBy(l => l).ToListAsync(),
                await db.Interpreters.Where(i => i.EventId == id).Select(i => i.TargetLanguage).OrderBy(l => l).ToListAsync(),
                await db.GlossaryTerms.CountAsync(t => t.EventId == id));
        });
        Assert.Equal(["en", "es", "fr"], languages);
        Assert.Equal(["es", "fr"], interpreters);
        Assert.True(terms >= 3);

        var registered = await _app.CreateClient().PostAsJsonAsync($"/api/events/{ModelEvent.Slug}/registrations", RegistrationTestKit.Form(language: "es"));
        registered.EnsureSuccessStatusCode();
        // The demo event is 14 days ahead and the follow-up only goes after it has ended.
        _clock.Advance(TimeSpan.FromDays(15));
        var organiser = await _app.OrganiserAsync();
        const string page = "/organiser/events/" + ModelEvent.Slug + "/follow-up";
        var sent = await organiser.PostFormAsync(page + "?handler=SendNow", [], await organiser.TokenAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var eventId = await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == ModelEvent.Slug).Select(e => e.Id).SingleAsync());
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFollowUpJobs>().SendAsync(eventId, CancellationToken.None);
        }

        var followUps = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(_drop, "*.eml"))
        {
            followUps.Add(await MimeMessage.LoadAsync(file));
        }
        var followUp = Assert.Single(followUps, m => (m.Subject ?? "").StartsWith("Le echamos de menos", StringComparison.Ordinal));
        Assert.Equal("ana@example.org", followUp.To.Mailboxes.Single().Address);
        Assert.Contains("https://example.org/gpf2021/recording", followUp.HtmlBody ?? "", StringComparison.Ordinal);
    }
}
