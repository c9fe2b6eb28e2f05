using System.Text;
using Events.Core.Calendar;

namespace Events.Core.Forums;

/// <summary>One calendar file with one VEVENT per session: each built by <see cref="InvitationCalendar"/>, then merged (time zones once).</summary>
public static class BookingCalendar
{
    public static string Build(IReadOnlyList<InvitationRequest> requests, DateTime nowUtc)
    {
        var header = new List<string>();
        var zones = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var entries = new List<string>();
        foreach (var (request, index) in requests.Select((r, i) => (r, i)))
        {
            var lines = InvitationCalendar.Build(request, nowUtc).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var depth = 0;
            List<string>? block = null;
            foreach (var line in lines)
            {
                if (line.StartsWith("BEGIN:", StringComparison.Ordinal) && ++depth == 2)
                {
                    block = [];
                }
                if (depth == 1 && index == 0 && line != "END:VCALENDAR")
                {
                    header.Add(line);
                }
                block?.Add(line);
                if (line.StartsWith("END:", StringComparison.Ordinal) && depth-- == 2)
                {
                    if (block![0] == "BEGIN:VTIMEZONE")
                    {
                        zones.TryAdd(request.Event.TimeZoneId, block);
                    }
                    else
                    {
                        entries.AddRange(block);
                    }
                    block = null;
                }
            }
        }
        var text = new StringBuilder();
        foreach (var line in header.Concat(zones.Values.SelectMany(z => z)).Concat(entries).Append("END:VCALENDAR"))
        {
            text.Append(line).Append("\r\n");
        }
        return text.ToString();
    }
}
