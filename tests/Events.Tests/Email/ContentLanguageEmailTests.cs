using Events.Core.Briefing;
using Events.Core.Email;
using Events.Core.EventChanges;
using Events.Core.Events;
using Events.Core.FollowUps;
using Events.Core.Registrations;
using Events.Core.Reminders;
using Events.Tests.FollowUps;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Events.Tests.Email.ContentLanguageSeed;
using Events.Tests.Tokens;

namespace Events.Tests.Email;

/// <summary>Every message carries the event's own texts in the recipient's language, the original standing in only where a translation is missing.</summary>
public sealed class ContentLanguageEmailTests : IDisposable
{
    private static readonly EmailKind[] RegistrationKinds =
    [
        EmailKind.Confirmed, EmailKind.Pending, EmailKind.WaitingList, EmailKind.Promoted, EmailKind.Declined,
        EmailKind.Cancelled, EmailKind.LinkAgain, EmailKind.ConfirmEmail,
    ];

    private readonly string _drop = Path.Combine(Path.GetTempPath(), "events-mail-" + Guid.NewGuid().ToString("N"));
    private readonly EventsApp _app;

    public ContentLanguageEmailTests() => _app = new EventsApp(new() { ["Smtp:DropDirectory"] = _drop });

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_drop))
        {
            Directory.Delete(_drop, recursive: true);
        }
    }

    private async Task RunAsync<TJob>(Func<TJob, Task> job)
        where TJob : notnull
    {
        using var scope = _app.Services.CreateScope();
        await job(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    [Fact]
    public async Task SpanishConfirmation_SubjectAndCalendarSummary_AreTheSpanishTitle()
    {
        var ev = await EventAsync(_app);
        var ana = await RegisterAsync(_app, ev.Id, "Ana", "es");

        await RunAsync<IRegistrationEmailJobs>(j => j.SendAsync(ana.Id, EmailKind.Confirmed, CancellationToken.None));

        var message = Assert.Single(Take(_drop));
        Assert.Equal("Su plaza está confirmada: Foro de protección", message.Subject);
        Assert.Contains("\">Foro de protección</h1>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Un seminario web sobre herramientas digitales.", message.TextBody, StringComparison.Ordinal);
        var ics = CalendarOf(message)!;
        Assert.Equal("Foro de protección", ics.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("es", ics.Parameters("VCALENDAR/VEVENT", "SUMMARY")["LANGUAGE"]);
        Assert.StartsWith("Un seminario web sobre herramientas digitales.\\n", ics.Value("VCALENDAR/VEVENT", "DESCRIPTION"), StringComparison.Ordinal);
        Assert.Equal("es", ics.Parameters("VCALENDAR/VEVENT", "DESCRIPTION")["LANGUAGE"]);
        var location = ics.Value("VCALENDAR/VEVENT", "LOCATION");
        Assert.StartsWith("En línea: http", location, StringComparison.Ordinal);
        // The calendar entry travels: it carries the public page, never the personal link.
        Assert.EndsWith($"/events/{ev.Slug}", location, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.TokenOf(ana), string.Join("\n", ics.Lines.Select(l => l.Value)), StringComparison.Ordinal);
        Assert.Equal("Foro de protección", ics.Value("VCALENDAR/VEVENT/VALARM", "DESCRIPTION"));
    }

    [Fact]
    public async Task EveryKind_InSpanishAndFrench_CarriesNoEnglishTextThatHasATranslation()
    {
        var ev = await EventAsync(_app);
        var ana = await RegisterAsync(_app, ev.Id, "Ana", "es");
        var bea = await RegisterAsync(_app, ev.Id, "Bea", "fr");
        var sent = new List<(string Kind, MimeMessage Message)>();
        foreach (var kind in RegistrationKinds)
        {
            foreach (var registration in new[] { ana, bea })
            {
                await RunAsync<IRegistrationEmailJobs>(j => j.SendAsync(registration.Id, kind, CancellationToken.None));
            }
            sent.AddRange(Take(_drop).Select(m => (kind.ToString(), m)));
        }
        await RunAsync<IReminderJobs>(j => j.SendAsync(ev.Id, ev.Sequence, 60, CancellationToken.None));
        sent.AddRange(Take(_drop).Select(m => ("Reminder", m)));
        await RunAsync<IEventChangeJobs>(j => j.SendUpdateAsync(ev.Id, ev.Sequence, CancellationToken.None));
        sent.AddRange(Take(_drop).Select(m => ("EventUpdated", m)));
        await _app.WithDbAsync(db => db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Cancelled)));
        await RunAsync<IEventChangeJobs>(j => j.SendCancellationAsync(ev.Id, ev.Sequence, CancellationToken.None));
        sent.AddRange(Take(_drop).Select(m => ("EventCancelled", m)));

        Assert.Equal((RegistrationKinds.Length + 3) * 2, sent.Count);
        foreach (var (kind, message) in sent)
        {
            var spanish = message.To.Mailboxes.Single().Address == ana.Email;
            var texts = spanish ? Es : Fr;
            var everything = Everything(message);
            Assert.True(message.HtmlBody!.Contains(texts[Title], StringComparison.Ordinal), $"{kind} ({(spanish ? "es" : "fr")}) lacks the translated title");
            Assert.True(message.TextBody!.Contains(texts[Title], StringComparison.Ordinal), $"{kind} ({(spanish ? "es" : "fr")}) lacks the translated title");
            Assert.False(everything.Contains(Title, StringComparison.Ordinal), $"{kind} ({(spanish ? "es" : "fr")}) shows the English title");
            // French has no summary translation: the English one stands in, marked as English.
            Assert.Equal(!spanish, everything.Contains(Summary, StringComparison.Ordinal));
            if (CalendarOf(message) is { } ics)
            {
                Assert.Equal(texts[Title], ics.Value("VCALENDAR/VEVENT", "SUMMARY"));
                Assert.Equal(spanish ? "En línea" : "En ligne", ics.Value("VCALENDAR/VEVENT", "LOCATION").Split(':')[0]);
            }
        }
        Assert.Equal(["Cancelled", "Confirmed", "EventCancelled", "EventUpdated", "LinkAgain", "Promoted"],
            sent.Where(s => CalendarOf(s.Message) is not null).Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MissingTranslation_FallsBackToTheOriginal_MarkedAsEnglish()
    {
        var ev = await EventAsync(_app);
        var bea = await RegisterAsync(_app, ev.Id, "Bea", "fr");
        var cy = await RegisterAsync(_app, ev.Id, "Cy", "de");

        await RunAsync<IRegistrationEmailJobs>(j => j.SendAsync(bea.Id, EmailKind.Confirmed, CancellationToken.None));
        await RunAsync<IRegistrationEmailJobs>(j => j.SendAsync(cy.Id, EmailKind.Confirmed, CancellationToken.None));

        var messages = Take(_drop);
        var french = To(messages, bea.Email);
        Assert.Equal("Votre place est confirmée : Forum de protection", french.Subject);
        Assert.Contains($" lang=\"en\">{Summary}</p>", french.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("fr", CalendarOf(french)!.Parameters("VCALENDAR/VEVENT", "SUMMARY")["LANGUAGE"]);
        // A language with no translations at all gets the event as written.
        var other = To(messages, cy.Email);
        Assert.Equal(Title, CalendarOf(other)!.Value("VCALENDAR/VEVENT", "SUMMARY"));
        Assert.Equal("en", CalendarOf(other)!.Parameters("VCALENDAR/VEVENT", "SUMMARY")["LANGUAGE"]);
        Assert.Contains($" lang=\"en\">{Title}</h1>", other.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Briefing_InTheInterpretersTargetLanguage_TranslatesTitleAgendaChannelAndReadingNotes()
    {
        var ev = await EventAsync(_app);
        await InterpreterAsync(_app, ev, "Juan", "es");
        await InterpreterAsync(_app, ev, "Marie", "fr");

        await RunAsync<IBriefingJobs>(j => j.SendOnDemandAsync(ev.Id, "req-1", CancellationToken.None));

        var messages = Take(_drop);
        foreach (var (address, texts) in new[] { ("juan@example.org", Es), ("marie@example.org", Fr) })
        {
            var message = To(messages, address);
            var everything = Everything(message);
            // The briefing shows no summary; every other text is there, translated.
            foreach (var (english, translated) in texts.Where(t => t.Key != Summary))
            {
                Assert.Contains(translated, everything, StringComparison.Ordinal);
                Assert.DoesNotContain(english, everything, StringComparison.Ordinal);
            }
            Assert.Equal(texts[Title], CalendarOf(message)!.Value("VCALENDAR/VEVENT", "SUMMARY"));
        }
        Assert.Equal("Dosier de interpretación: Foro de protección", To(messages, "juan@example.org").Subject);
    }

    [Fact]
    public async Task FollowUp_ReadingNotes_InTheRegistrantsLanguage()
    {
        var ev = await FollowUpSeed.EventAsync(_app);
        await _app.WithDbAsync(async db =>
        {
            var reading = await db.Readings.FirstAsync(r => r.EventId == ev.Id && r.Position == 0);
            reading.Note = Note;
            reading.Translations.Set("es", nameof(reading.Note), Es[Note]);
            reading.Translations.Set("fr", nameof(reading.Note), Fr[Note]);
            return await db.SaveChangesAsync();
        });
        var ana = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Ana", "es");
        var bea = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Bea", "fr");
        var cy = await FollowUpSeed.RegisterAsync(_app, ev.Id, "Cy", "en");
        await FollowUpSeed.SaveDraftAsync(await _app.OrganiserAsync(), ev.Slug);

        await RunAsync<IFollowUpJobs>(j => j.SendAsync(ev.Id, CancellationToken.None));

        var messages = Take(_drop);
        Assert.Equal("Le echamos de menos", To(messages, ana.Email).Subject);
        foreach (var (address, note) in new[] { (ana.Email, Es[Note]), (bea.Email, Fr[Note]), (cy.Email, Note) })
        {
            var message = To(messages, address);
            Assert.Contains($"<br><span>{note}</span></li>", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"   {note}\n", message.TextBody, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(Note, To(messages, ana.Email).HtmlBody, StringComparison.Ordinal);
    }
}
