using System.Text;

namespace Events.Core.Captions;

/// <summary>A transcript written as WebVTT (for players and archives) and as plain text (for reading and the follow-up).</summary>
public static class TranscriptFormats
{
    /// <summary>A line shows until the next one starts, at most this long.</summary>
    public static readonly TimeSpan LongestCue = TimeSpan.FromSeconds(4);

    /// <summary>
    /// A <c>NOTE</c> naming the agenda segment before its first cue; each cue's identifier names the segment too, so a
    /// player's cue list reads by segment. Speakers are voice spans.
    /// </summary>
    public static string WebVtt(CaptionTranscript transcript)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        var origin = transcript.Origin;
        string? segment = null;
        var lines = transcript.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == 0 || line.Segment != segment)
            {
                segment = line.Segment;
                vtt.Append("NOTE ").Append(Safe(segment ?? "—")).Append("\n\n");
            }
            var start = line.AtUtc - origin;
            var end = start + LongestCue;
            if (i + 1 < lines.Count && lines[i + 1].AtUtc - origin is var next && next > start && next < end)
            {
                end = next;
            }
            vtt.Append(CultureInfo.InvariantCulture, $"{i + 1}{(segment is null ? "" : " " + Safe(segment))}\n");
            vtt.Append(Time(start)).Append(" --> ").Append(Time(end)).Append('\n');
            vtt.Append(line.SpeakerLabel is { } speaker ? $"<v {Escape(speaker)}>" : "").Append(Escape(line.Text)).Append("\n\n");
        }
        return vtt.ToString();
    }

    /// <summary>The segment's title on its own line, then <c>[10:05] Speaker: text</c> lines in the event's local time.</summary>
    public static string PlainText(CaptionTranscript transcript)
    {
        var text = new StringBuilder();
        var zone = transcript.Event.TimeZone;
        string? segment = null;
        for (var i = 0; i < transcript.Lines.Count; i++)
        {
            var line = transcript.Lines[i];
            if (i == 0 || line.Segment != segment)
            {
                segment = line.Segment;
                text.Append(i == 0 ? "" : "\n").Append(segment ?? "—").Append('\n');
            }
            var local = TimeZoneInfo.ConvertTimeFromUtc(line.AtUtc, zone);
            text.Append(CultureInfo.InvariantCulture, $"[{local:HH:mm}] ")
                .Append(line.SpeakerLabel is { } speaker ? speaker + ": " : "").Append(line.Text).Append('\n');
        }
        return text.ToString();
    }

    private static string Time(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");

    /// <summary>Cue text: the three characters WebVTT reads as markup.</summary>
    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A note or a cue identifier may not hold "-->" or a line break.</summary>
    private static string Safe(string s) => s.Replace("-->", "→", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
