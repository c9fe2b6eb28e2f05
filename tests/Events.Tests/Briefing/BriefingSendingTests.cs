using System.Globalization;
using Events.Core.Agenda;
using Events.Core.Briefing;
using Events.Core.Events;
using Events.Core.Glossary;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Briefings;

/// <summary>Briefing packs over a real SMTP conversation on 127.0.0.1.</summary>
public sealed class BriefingSendingTests : IAsyncLifetime
{
    private static readonly DateTime Start = new(TestData.UpcomingYear, 6, 4, 14, 0, 0, DateTimeKind.Utc); // 16:00 in Paris

    private readonly TestSmtpServer _smtp = new();
    private readonly EventsApp _app;

    public BriefingSendingTests() => _app = new EventsApp(_smtp.AppSettings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private Task<Event> SeedAsync() => _app.WithDbAsync(async db =>
    {
        var speaker = new Speaker { Name = "Siobhán Mullally", Title = "Special Rapporteur", Organisation = "United Nations", Bio = "Professor of human rights law." };
        var ev = new Event
        {
            Slug = "forum-2030", Title = "Protection forum", TimeZoneId = "Europe/Paris", StartsAtUtc = Start, EndsAtUtc = Start.AddMinutes(90),
            Status = EventStatus.Published, OrganiserName = "Forum team", OrganiserEmail = "team@example.org",
            Speakers = [speaker],
            Channels = [new InterpretationChannel { LanguageCode = "fr", Label = "Français" }],
            Readings = [new Reading { Title = "Global Slavery Index", Authors = "Walk Free", Year = 2021, Url = "https://example.org/gsi" }],
            AgendaItems =
            [
                new AgendaItem
                {
                    Title = "Panel", Kind = AgendaItemKind.Panel, StartsAtUtc = Start, DurationMinutes = 45,
                    People = [new AgendaPerson { Speaker = speaker, Role = AgendaRole.Panellist, Topic = "Guiding principles" }],
                },
            ],
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        db.Interpreters.AddRange(
            new Interpreter { EventId = ev.Id, Name = "Marie", Email = "marie@example.org", SourceLanguage = "en", TargetLanguage = "fr", ChannelId = ev.Channels[0].Id },
            new Interpreter { EventId = ev.Id, Name = "Juan", Email = "juan@example.org", SourceLanguage = "en", TargetLanguage = "es" });
        db.GlossaryTerms.AddRange(
            new GlossaryTerm { EventId = ev.Id, En = "trafficking in persons", Fr = "traite des personnes", Es = "trata de personas" },
            new GlossaryTerm { EventId = ev.Id, En = "survivor", Fr = "survivant·e", Es = "sobreviviente", Note = "not <victim>" });
        await db.SaveChangesAsync();
        return ev;
    });

    private async Task RunAsync(Func<IBriefingJobs, Task> job)
    {
        using var scope = _app.Services.CreateScope();
        await job(scope.ServiceProvider.GetRequiredService<IBriefingJobs>());
    }

    private List<MimeMessage> To(string address) => _smtp.Received.Where(m => m.To.Mailboxes.Single().Address == address).ToList();

    [Fact]
    public async Task ScheduledBriefing_ReachesEachInterpreterOnce_InTheirLanguage_WithTheirGlossaryPair()
    {
        var ev = await SeedAsync();

        await RunAsync(j => j.SendScheduledAsync(ev.Id, ev.Sequence, CancellationToken.None));
        await RunAsync(j => j.SendScheduledAsync(ev.Id, ev.Sequence, CancellationToken.None));

        Assert.Equal(2, _smtp.Received.Count);
        var marie = Assert.Single(To("marie@example.org"));
        var juan = Assert.Single(To("juan@example.org"));
        Assert.Equal("Dossier d'interprétation : Protection forum", marie.Subject);
        Assert.Equal("Dosier de interpretación: Protection forum", juan.Subject);
        Assert.Contains(" lang=\"en\">English</th>", marie.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(" lang=\"fr\">Français</th>", marie.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<tr><td>trafficking in persons</td><td>traite des personnes</td><td></td></tr>", Cells(marie.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("<tr><td>survivor</td><td>survivant·e</td><td>not &lt;victim&gt;</td></tr>", Cells(marie.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("trata de personas", Cells(marie.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("<tr><td>trafficking in persons</td><td>trata de personas</td><td></td></tr>", Cells(juan.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("traite des personnes", Cells(juan.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("<tr><td>16:00–16:45</td><td>14:00–14:45</td><td>Panel</td></tr>", Cells(marie.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("Intervient sur\u00A0: Guiding principles", System.Net.WebUtility.HtmlDecode(marie.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("Professor of human rights law.", marie.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Votre canal\u00A0: Français", marie.TextBody, StringComparison.Ordinal);
        Assert.Contains(" href=\"https://example.org/gsi\"", juan.HtmlBody, StringComparison.Ordinal);
        var ics = Assert.Single(marie.Attachments.OfType<MimePart>(), a => a.FileName == "invite.ics");
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var calendar = System.Text.Encoding.UTF8.GetString(content.ToArray());
        Assert.Contains("METHOD:REQUEST", calendar, StringComparison.Ordinal);
        Assert.Contains("mailto:marie@example.org", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnDemand_SendsAFreshCopy_OncePerRequest_AndAnOldVersionsJobSendsNothing()
    {
        var ev = await SeedAsync();
        await RunAsync(j => j.SendScheduledAsync(ev.Id, ev.Sequence, CancellationToken.None));

        await RunAsync(j => j.SendOnDemandAsync(ev.Id, "request-1", CancellationToken.None));
        await RunAsync(j => j.SendOnDemandAsync(ev.Id, "request-1", CancellationToken.None));
        await RunAsync(j => j.SendScheduledAsync(ev.Id, ev.Sequence - 1, CancellationToken.None));

        Assert.Equal(2, To("marie@example.org").Count);
        Assert.Equal(2, To("juan@example.org").Count);
    }

    /// <summary>The HTML with the template's attributes taken off table rows and cells, to compare their contents.</summary>
    private static string Cells(string? html) => System.Text.RegularExpressions.Regex.Replace(html ?? "", "<(tr|td|th)( [^>]*)?>", "<$1>");
}
