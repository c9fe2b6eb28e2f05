using Events.Core.Captions;

namespace Events.Web.Captions;

/// <summary>A caption line as pages and the ingest endpoint show it (never who sent it).</summary>
public sealed record CaptionView(int Id, string Language, string Text, DateTime AtUtc, int? AgendaItemId, string? SpeakerLabel)
{
    public static CaptionView Of(CaptionLine line) => new(line.Id, line.Language, line.Text, line.AtUtc, line.AgendaItemId, line.SpeakerLabel);
}

/// <param name="Errors">Field names refused (<c>lang</c>, <c>text</c>), or <c>rate-limited</c>; empty when sent.</param>
public sealed record CaptionSendResult(IReadOnlyList<CaptionView> Lines, IReadOnlyList<string> Errors);
