using System.Text;
using System.Text.Encodings.Web;
using Events.Core.FollowUps;

namespace Events.Core.Email.Templates;

/// <summary>
/// A message rendered once with <see cref="PersonalSlots"/> in place of each recipient's own words, then filled per
/// recipient: HTML-encoded into the HTML (as the renderer would have encoded them), as they are into the plain text.
/// </summary>
public sealed class RenderedTemplate
{
    private readonly Piece[] _subject;
    private readonly Piece[] _html;
    private readonly Piece[] _text;

    private RenderedTemplate(RenderedEmail rendered, int slots)
    {
        _subject = Split(rendered.Subject, slots);
        _html = Split(rendered.Html, slots);
        _text = Split(rendered.Text, slots);
    }

    /// <param name="slots">How many <see cref="PersonalSlots"/> the view may hold; each is found wherever it landed.</param>
    public static RenderedTemplate From(RenderedEmail rendered, int slots) => new(rendered, slots);

    public RenderedEmail Fill(IReadOnlyList<string> values) =>
        new(Join(_subject, values, null), Join(_html, values, EmailRenderer.Encoder), Join(_text, values, null));

    private static string Join(Piece[] pieces, IReadOnlyList<string> values, HtmlEncoder? encoder)
    {
        var text = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Slot < 0)
            {
                text.Append(piece.Literal);
            }
            else
            {
                var value = values[piece.Slot];
                text.Append(encoder is null ? value : encoder.Encode(value));
            }
        }
        return text.ToString();
    }

    private static Piece[] Split(string rendered, int slots)
    {
        var pieces = new List<Piece>();
        var from = 0;
        while (true)
        {
            var (at, slot) = Next(rendered, from, slots);
            if (at < 0)
            {
                pieces.Add(new Piece(rendered[from..], -1));
                return [.. pieces];
            }
            pieces.Add(new Piece(rendered[from..at], -1));
            pieces.Add(new Piece("", slot));
            from = at + PersonalSlots.Token(slot).Length;
        }
    }

    private static (int At, int Slot) Next(string rendered, int from, int slots)
    {
        (int At, int Slot) next = (-1, -1);
        for (var slot = 0; slot < slots; slot++)
        {
            var at = rendered.IndexOf(PersonalSlots.Token(slot), from, StringComparison.Ordinal);
            if (at >= 0 && (next.At < 0 || at < next.At))
            {
                next = (at, slot);
            }
        }
        return next;
    }

    private readonly record struct Piece(string Literal, int Slot);
}
