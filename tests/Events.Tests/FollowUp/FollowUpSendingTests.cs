using System.Globalization;
using System.Net.Http.Json;
using Events.Core.FollowUps;
using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.FollowUps;

/// <summary>The follow-up job over a real SMTP conversation on 127.0.0.1.</summary>
public sealed class FollowUpSendingTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private readonly EventsApp _app;

    public FollowUpSendingTests() => _app = new EventsApp(_smtp.AppSettings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task RunJobAsync(int eventId)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IFollowUpJobs>().SendAsync(eventId, CancellationToken.None);
    }

    private MimeMessage To(string address) => Assert.Single(_smtp.Received, m => m.To.Mailboxes.Single().Address == address);

    [Fact]
    public async Task AttendedAndAbsent_GetTheirVariant_InTheirLanguage_OnceEach_WithReadingsAndPublicQuestionsOnly()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        var ben = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ben", "es");
        var cy = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Cy", "en");
        await FollowUpSeed.RegisterAsync(_app, ev.Id, "Dee", "en", RegistrationStatus.Cancelled);
        await FollowUpSeed.PresentAsync(_app, ev.Id, ana, 0, 30);
        await FollowUpSeed.PresentAsync(_app, ev.Id, cy, 0, 5);
        await FollowUpSeed.QuestionAsync(_app, ev.Id, "How do tools reach displaced people?", QuestionStatus.Answered, QuestionAnonymity.Named, "Ana Named");
        await FollowUpSeed.QuestionAsync(_app, ev.Id, "<b>Bold</b> & data?", QuestionStatus.Answered, QuestionAnonymity.AnonymousToAudience, "Hidden Person");
        await FollowUpSeed.QuestionAsync(_app, ev.Id, "What about consent?", QuestionStatus.Published, QuestionAnonymity.Named, "Cy");
        await FollowUpSeed.QuestionAsync(_app, ev.Id, "Still pending", QuestionStatus.Pending, QuestionAnonymity.Named, "Pat");
        await FollowUpSeed.SaveDraftAsync(await _app.OrganiserAsync(), ev.Slug);

        await RunJobAsync(ev.Id);
        await RunJobAsync(ev.Id);

        Assert.Equal(3, _smtp.Received.Count);
        Assert.Equal("Merci d'être venu·e", To(ana.Email).Subject);
        Assert.Equal("Le echamos de menos", To(ben.Email).Subject);
        Assert.Equal("Sorry we missed you", To(cy.Email).Subject);
        var html = To(ana.Email).HtmlBody;
        Assert.Contains(">Bonjour Ana,</p>", html, StringComparison.Ordinal);
        Assert.Contains(" href=\"https://example.org/gsi?a=1&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.Contains("<span>Tech Against Trafficking (2019) Landscape. doi: 10.1234/tat.2019</span>", html, StringComparison.Ordinal);
        Assert.Contains(" href=\"https://doi.org/10.1234/tat.2019\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/recording\"", html, StringComparison.Ordinal);
        Assert.Contains(">Voir l&#x27;enregistrement</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span>How do tools reach displaced people? — Ana Named</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span>&lt;b&gt;Bold&lt;/b&gt; &amp; data?</span>", html, StringComparison.Ordinal);
        Assert.Contains("Le temps nous a manqué pour ces questions", html, StringComparison.Ordinal);
        Assert.Contains("What about consent? — Cy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Person", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Still pending", html, StringComparison.Ordinal);
        var text = To(ana.Email).TextBody;
        Assert.Contains("1. Walk Free (2021) Global Slavery Index. https://example.org/gsi?a=1&b=2", text, StringComparison.Ordinal);
        Assert.Contains("Voir l'enregistrement\u00A0: https://example.org/recording", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendingAgain_OnlyReachesRegistrantsAddedSince()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        var organiser = await _app.OrganiserAsync();
        await FollowUpSeed.SaveDraftAsync(organiser, ev.Slug);
        await RunJobAsync(ev.Id);
        var eve = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Eve", "es");

        await RunJobAsync(ev.Id);

        Assert.Equal(2, _smtp.Received.Count);
        Assert.Equal("Le echamos de menos", To(eve.Email).Subject);
        var draft = await organiser.GetFromJsonAsync<FollowUpResponse>($"/api/organiser/events/{ev.Slug}/follow-up");
        Assert.Equal(new FollowUpProgress(Sent: 2, Failed: 0, Queued: 0, Total: 2), draft!.Progress);
    }

    [Fact]
    public async Task RejectedRecipient_IsCountedFailed_AndTheOthersStillGetTheirs()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        await FollowUpSeed.RegisterAsync(_app, ev.Id, "Reject", "en");
        var organiser = await _app.OrganiserAsync();
        await FollowUpSeed.SaveDraftAsync(organiser, ev.Slug);

        await RunJobAsync(ev.Id);

        Assert.Single(_smtp.Received);
        var draft = await organiser.GetFromJsonAsync<FollowUpResponse>($"/api/organiser/events/{ev.Slug}/follow-up");
        Assert.Equal(new FollowUpProgress(Sent: 1, Failed: 1, Queued: 0, Total: 2), draft!.Progress);
    }

    private sealed record FollowUpResponse(FollowUpProgress Progress);
}
