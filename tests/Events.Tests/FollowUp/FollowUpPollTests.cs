using System.Globalization;
using System.Net;
using Events.Core.FollowUps;
using Events.Core.Polls;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Polls;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.FollowUps;

/// <summary>Poll results in the follow-up, over a real SMTP conversation on 127.0.0.1.</summary>
public sealed class FollowUpPollTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private readonly EventsApp _app;

    public FollowUpPollTests() => _app = new EventsApp(_smtp.AppSettings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task FollowUp_OfAFrenchRegistrant_HasTheFrenchPollAndItsResults_NotAPollLeftOut_AndThePageSaysWhich()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        var marked = await PollSeed.AddAsync(_app, ev.Id, PollKind.SingleChoice, "Which data standard do you use?", "Quelle norme de données utilisez-vous ?",
            true, ("HXL", null), ("None yet", "Aucune pour l’instant"));
        var unmarked = await PollSeed.AddAsync(_app, ev.Id, PollKind.SingleChoice, "Unmarked question?", "Question non retenue ?", false, ("Yes", "Oui"), ("No", "Non"));
        // Marked, but never put to the audience: nothing to report.
        await PollSeed.AddAsync(_app, ev.Id, PollKind.Scale1To5, "Never opened?", "Jamais ouvert ?", true);
        await PollSeed.RunAsync(_app, marked, ("a:1", new[] { 0 }), ("a:2", new[] { 0 }), ("a:3", new[] { 1 }));
        await PollSeed.RunAsync(_app, unmarked, ("a:1", new[] { 0 }));
        var organiser = await _app.OrganiserAsync();
        await FollowUpSeed.SaveDraftAsync(organiser, ev.Slug);

        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFollowUpJobs>().SendAsync(ev.Id, CancellationToken.None);
        }
        var page = await organiser.GetStringAsync($"/organiser/events/{ev.Slug}/follow-up?lang=fr");

        var message = Assert.Single(_smtp.Received, m => m.To.Mailboxes.Single().Address == ana.Email);
        Assert.Contains("""
            Sondage : Quelle norme de données utilisez-vous ?
            3 participant·e(s) ont répondu.
            Réponse  Votes  Part
            HXL  2  66,7 %
            Aucune pour l’instant  1  33,3 %

            """.Replace("\r\n", "\n", StringComparison.Ordinal).Replace(" :", "\u00A0:", StringComparison.Ordinal).Replace(" %", "\u00A0%", StringComparison.Ordinal),
            message.TextBody, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(message.HtmlBody);
        Assert.Contains("Sondage\u00A0: Quelle norme de données utilisez-vous ?</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">3 participant·e(s) ont répondu.</p>", html, StringComparison.Ordinal);
        Assert.Matches(">Aucune pour l’instant</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>33,3\u00A0%</td>", html);
        foreach (var left in new[] { "Question non retenue", "Unmarked", "Jamais ouvert", "Never opened" })
        {
            Assert.DoesNotContain(left, html, StringComparison.Ordinal);
            Assert.DoesNotContain(left, message.TextBody, StringComparison.Ordinal);
        }

        // The organiser's page names the polls the follow-up carries, and leads to where they are chosen.
        var start = page.IndexOf("<ul data-follow-up-polls>", StringComparison.Ordinal);
        var included = page[start..page.IndexOf("</ul>", start, StringComparison.Ordinal)];
        Assert.Contains("<li><span>Quelle norme de données utilisez-vous ?</span> · 3 réponse(s)</li>", included, StringComparison.Ordinal);
        Assert.DoesNotContain("Question non retenue", included, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/organiser/events/{ev.Slug}/polls\">Choisir les sondages sur la page des sondages</a>", page, StringComparison.Ordinal);
    }
}
