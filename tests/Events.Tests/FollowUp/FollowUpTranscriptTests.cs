using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Events.Core.Captions;
using Events.Core.FollowUps;
using Events.Tests.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.FollowUps;

/// <summary>The caption transcript attached to the follow-up, over a real SMTP conversation on 127.0.0.1.</summary>
public sealed class FollowUpTranscriptTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private readonly EventsApp _app;

    public FollowUpTranscriptTests() => _app = new EventsApp(_smtp.AppSettings());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private Task<int> CaptionAsync(int eventId, string language, string text, int minute) => _app.WithDbAsync(db =>
    {
        db.CaptionLines.Add(new CaptionLine
        {
            EventId = eventId, Language = language, Text = text, AtUtc = FollowUpSeed.Start.AddMinutes(minute), SentBy = "captioner",
        });
        return db.SaveChangesAsync();
    });

    /// <summary>Saves the seed's draft with the transcript option as given, through the API, and reads it back.</summary>
    private async Task SaveDraftAsync(string slug, bool attachTranscript)
    {
        var organiser = await _app.OrganiserAsync();
        var draft = JsonSerializer.SerializeToNode(FollowUpSeed.Draft())!;
        draft["attachTranscript"] = attachTranscript;
        await FollowUpSeed.SaveDraftAsync(organiser, slug, draft);
        var saved = await organiser.GetFromJsonAsync<JsonElement>($"/api/organiser/events/{slug}/follow-up");
        Assert.Equal(attachTranscript, saved.GetProperty("attachTranscript").GetBoolean());
    }

    private async Task RunJobAsync(int eventId)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IFollowUpJobs>().SendAsync(eventId, CancellationToken.None);
    }

    private MimeMessage To(string address) => Assert.Single(_smtp.Received, m => m.To.Mailboxes.Single().Address == address);

    private static TextPart Attached(MimeMessage message, string mediaType) =>
        Assert.Single(message.Attachments.OfType<TextPart>(), p => p.ContentType.MimeType == mediaType);

    [Fact]
    public async Task FollowUpTranscript_On_AttachesTheRecipientsLanguage_ElseTheOriginal()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        var ben = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ben", "es");
        await CaptionAsync(ev.Id, "fr", "Bienvenue à toutes et à tous.", 1);
        await CaptionAsync(ev.Id, "en", "Welcome, everyone.", 1);
        await SaveDraftAsync(ev.Slug, attachTranscript: true);

        await RunJobAsync(ev.Id);

        var french = Attached(To(ana.Email), "text/plain");
        Assert.Equal("forum-2021-transcript-fr.txt", french.FileName);
        Assert.Equal($"—\n[{TimeZoneInfo.ConvertTimeFromUtc(FollowUpSeed.Start.AddMinutes(1), ev.TimeZone):HH:mm}] Bienvenue à toutes et à tous.\n", french.Text);
        Assert.Contains("Bienvenue à toutes et à tous.", Attached(To(ana.Email), "text/vtt").Text, StringComparison.Ordinal);
        Assert.Contains("La transcription des sous-titres est jointe à ce courriel.", To(ana.Email).TextBody, StringComparison.Ordinal);
        // Nothing was captioned in Spanish: Ben gets the event's original language.
        var original = Attached(To(ben.Email), "text/plain");
        Assert.Equal("forum-2021-transcript-en.txt", original.FileName);
        Assert.Contains("Welcome, everyone.", original.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bienvenue", original.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpTranscript_Off_AttachesNothing()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        await CaptionAsync(ev.Id, "fr", "Bienvenue à toutes et à tous.", 1);
        await SaveDraftAsync(ev.Slug, attachTranscript: false);

        await RunJobAsync(ev.Id);

        var message = To(ana.Email);
        Assert.Empty(message.Attachments);
        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.DoesNotContain("transcription", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpTranscript_On_WithoutCaptionLines_AttachesNothing()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "fr");
        await SaveDraftAsync(ev.Slug, attachTranscript: true);

        await RunJobAsync(ev.Id);

        var message = To(ana.Email);
        Assert.Empty(message.Attachments);
        Assert.DoesNotContain("transcription", message.TextBody, StringComparison.Ordinal);
    }
}
