namespace Events.Core.Captions;

/// <summary>One language's transcript: its lines in order, each with the title (in that language) of its agenda segment.</summary>
public sealed record CaptionTranscript(Event Event, string Language, IReadOnlyList<TranscriptLine> Lines)
{
    /// <summary>Cue times count from the start of the live session, or from the first line if that came earlier.</summary>
    public DateTime Origin => Lines.Count == 0 ? Event.LiveStartedAtUtc ?? Event.StartsAtUtc
        : Event.LiveStartedAtUtc is { } started && started <= Lines[0].AtUtc ? started : Lines[0].AtUtc;

    /// <summary>Null when the event is unknown; an empty transcript when nothing was captioned in <paramref name="language"/>.</summary>
    public static async Task<CaptionTranscript?> LoadAsync(EventsDbContext db, string slug, string language, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return null;
        }
        var reader = ContentReader.For(ev, language);
        var titles = (await db.AgendaItems.AsNoTracking().Where(a => a.EventId == ev.Id).ToListAsync(ct))
            .ToDictionary(a => a.Id, a => reader.Text(a.Translations, nameof(Agenda.AgendaItem.Title), a.Title).Text);
        var lines = await db.CaptionLines.AsNoTracking().Where(c => c.EventId == ev.Id && c.Language == language)
            .OrderBy(c => c.Id).ToListAsync(ct);
        return new CaptionTranscript(ev, language, lines.Select(l => new TranscriptLine(l.AtUtc, l.Text, l.SpeakerLabel,
            l.AgendaItemId is { } id && titles.TryGetValue(id, out var title) ? title : null)).ToList());
    }
}

public sealed record TranscriptLine(DateTime AtUtc, string Text, string? SpeakerLabel, string? Segment);
