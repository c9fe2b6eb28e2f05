using Events.Core.Agenda;
using Events.Core.Briefing;
using Events.Core.Events;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Registrations;
using Events.Tests.Calendar;
using Events.Tests.Infrastructure;
using MimeKit;
using Events.Tests.Tokens;

namespace Events.Tests.Email;

/// <summary>
/// An upcoming event written in English with Spanish translations of every text and French ones of all but its summary,
/// and the helpers to read what the drop folder received.
/// </summary>
internal static class ContentLanguageSeed
{
    public static readonly DateTime StartUtc = new(TestData.UpcomingYear, 10, 26, 14, 0, 0, DateTimeKind.Utc);

    public const string Title = "Protection forum";
    public const string Summary = "A webinar on digital tools.";
    public const string Opening = "Opening remarks";
    public const string Panel = "Panel discussion";
    public const string Channel = "Spanish channel";
    public const string Note = "Read before the panel.";

    public static readonly Dictionary<string, string> Es = new()
    {
        [Title] = "Foro de protección", [Summary] = "Un seminario web sobre herramientas digitales.", [Opening] = "Palabras de apertura",
        [Panel] = "Debate del panel", [Channel] = "Canal en español", [Note] = "Leer antes del panel.",
    };

    /// <summary>No summary: it falls back to the English one.</summary>
    public static readonly Dictionary<string, string> Fr = new()
    {
        [Title] = "Forum de protection", [Opening] = "Ouverture", [Panel] = "Table ronde", [Channel] = "Canal espagnol", [Note] = "À lire avant la table ronde.",
    };

    public static Task<Event> EventAsync(EventsApp app, EventStatus status = EventStatus.Published, DateTime? startUtc = null) => app.WithDbAsync(async db =>
    {
        var start = startUtc ?? StartUtc;
        var ev = new Event
        {
            Slug = "forum-i18n", Title = Title, Summary = Summary, TimeZoneId = "Europe/Paris", StartsAtUtc = start, EndsAtUtc = start.AddMinutes(90),
            Status = status, Capacity = 50, OrganiserName = "Forum team", OrganiserEmail = "team@example.org",
            AgendaItems =
            [
                new AgendaItem { Position = 0, Kind = AgendaItemKind.OpeningRemarks, Title = Opening, StartsAtUtc = start, DurationMinutes = 10 },
                new AgendaItem { Position = 1, Kind = AgendaItemKind.Panel, Title = Panel, StartsAtUtc = start.AddMinutes(10), DurationMinutes = 80 },
            ],
            Channels = [new InterpretationChannel { LanguageCode = "es", Label = Channel }],
            Readings = [new Reading { Position = 0, Authors = "Walk Free", Year = 2021, Title = "Global Slavery Index", Note = Note }],
        };
        foreach (var (language, texts) in new[] { ("es", Es), ("fr", Fr) })
        {
            ev.Translations.Set(language, nameof(Event.Title), texts[Title]);
            ev.Translations.Set(language, nameof(Event.Summary), texts.GetValueOrDefault(Summary));
            ev.AgendaItems[0].Translations.Set(language, nameof(AgendaItem.Title), texts[Opening]);
            ev.AgendaItems[1].Translations.Set(language, nameof(AgendaItem.Title), texts[Panel]);
            ev.Channels[0].Translations.Set(language, nameof(InterpretationChannel.Label), texts[Channel]);
            ev.Readings[0].Translations.Set(language, nameof(Reading.Note), texts[Note]);
        }
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    });

    public static Task<Registration> RegisterAsync(EventsApp app, int eventId, string name, string language) => app.WithDbAsync(async db =>
    {
        var registration = new Registration
        {
            EventId = eventId, Name = name, Email = name.ToLowerInvariant() + "@example.org",
            Language = language, Status = RegistrationStatus.Confirmed,
        };
        app.IssueLink(registration);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        return registration;
    });

    public static Task<int> InterpreterAsync(EventsApp app, Event ev, string name, string targetLanguage) => app.WithDbAsync(db =>
    {
        db.Interpreters.Add(new Interpreter
        {
            EventId = ev.Id, Name = name, Email = name.ToLowerInvariant() + "@example.org", SourceLanguage = "en", TargetLanguage = targetLanguage,
            ChannelId = ev.Channels[0].Id,
        });
        return db.SaveChangesAsync();
    });

    /// <summary>Every message in the drop folder, then empties it so the next round reads only its own.</summary>
    public static List<MimeMessage> Take(string drop)
    {
        if (!Directory.Exists(drop))
        {
            return [];
        }
        var files = Directory.GetFiles(drop, "*.eml");
        var messages = files.Select(f => MimeMessage.Load(f)).ToList();
        foreach (var file in files)
        {
            File.Delete(file);
        }
        return messages;
    }

    public static MimeMessage To(IEnumerable<MimeMessage> messages, string address) =>
        Assert.Single(messages, m => m.To.Mailboxes.Single().Address == address);

    public static IcsReader? CalendarOf(MimeMessage message)
    {
        if (message.Attachments.OfType<MimePart>().SingleOrDefault(a => a.FileName == "invite.ics") is not { } part)
        {
            return null;
        }
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return new IcsReader(System.Text.Encoding.UTF8.GetString(content.ToArray()));
    }

    /// <summary>Everything a reader sees: subject, both bodies and the calendar file's text.</summary>
    public static string Everything(MimeMessage message)
    {
        var calendar = CalendarOf(message);
        var ics = calendar is null ? "" : string.Join("\n", calendar.Lines.Select(l => l.Value));
        return string.Join("\n", message.Subject, message.TextBody, message.HtmlBody, ics);
    }
}
