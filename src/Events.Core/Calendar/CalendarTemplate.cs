using Events.Core.Email.Templates;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;

namespace Events.Core.Calendar;

/// <summary>
/// One event's calendar file built once (time zone rules and all) and given to each attendee with only their own
/// lines changed: UID and ATTENDEE, serialised by the same library, so the file is the one a fresh build would give.
/// </summary>
public sealed class CalendarTemplate
{
    private const string Fold = "\r\n";
    private readonly InvitationRequest _request;
    private readonly List<string> _lines;

    // Where the stand-in attendee's lines sit, by property name.
    private readonly Dictionary<string, int> _personal = new(StringComparer.Ordinal);

    private CalendarTemplate(InvitationRequest request, DateTime nowUtc)
    {
        _request = request;
        var standIn = new CalendarAttendee(PersonalSlots.Token(0), PersonalSlots.Token(1) + "@example.invalid", PersonalSlots.Token(2));
        _lines = Lines(InvitationCalendar.Build(request with { Attendee = standIn }, nowUtc));
        for (var i = 0; i < _lines.Count; i++)
        {
            if (Unfold(_lines[i]).Contains(PersonalSlots.Token(0), StringComparison.Ordinal)
                || Unfold(_lines[i]).Contains(PersonalSlots.Token(1), StringComparison.Ordinal))
            {
                _personal[NameOf(_lines[i])] = i;
            }
        }
    }

    /// <summary>The shared part of <paramref name="request"/> (its attendee is ignored), stamped <paramref name="nowUtc"/>.</summary>
    public static CalendarTemplate For(InvitationRequest request, DateTime nowUtc) => new(request, nowUtc);

    public string For(CalendarAttendee attendee)
    {
        var own = OwnLines(attendee);
        var lines = new List<string>(_lines);
        foreach (var (name, index) in _personal)
        {
            lines[index] = own[name];
        }
        return string.Concat(lines);
    }

    /// <summary>The attendee's UID and ATTENDEE properties, serialised (escaped, folded) on their own.</summary>
    private Dictionary<string, string> OwnLines(CalendarAttendee attendee)
    {
        var entry = new CalendarEvent { Uid = InvitationCalendar.Uid(_request with { Attendee = attendee }) };
        entry.Attendees.Add(InvitationCalendar.AttendeeOf(attendee));
        var calendar = new Ical.Net.Calendar();
        calendar.Events.Add(entry);
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines(new CalendarSerializer().SerializeToString(calendar) ?? ""))
        {
            own.TryAdd(NameOf(line), line);
        }
        return own;
    }

    /// <summary>Content lines with their folds and line ends, so joining them gives the text back.</summary>
    private static List<string> Lines(string ics)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < ics.Length)
        {
            var end = start;
            do
            {
                var next = ics.IndexOf(Fold, end, StringComparison.Ordinal);
                end = next < 0 ? ics.Length : next + Fold.Length;
            }
            while (end < ics.Length && ics[end] is ' ' or '\t');
            lines.Add(ics[start..end]);
            start = end;
        }
        return lines;
    }

    private static string Unfold(string line) => line.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);

    private static string NameOf(string line) => line[..line.IndexOfAny([';', ':'])];
}
