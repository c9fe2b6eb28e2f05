using System.Globalization;

namespace Events.Tests.Calendar;

/// <summary>
/// A deliberately independent, line-based iCalendar reader: it trusts nothing of Ical.Net and resolves a TZID
/// only through the file's own VTIMEZONE, the way a strict client does.
/// </summary>
public sealed class IcsReader
{
    private readonly List<(string Path, string Name, Dictionary<string, string> Parameters, string Value)> _lines = [];

    public IcsReader(string text)
    {
        // MIME text parts come back with bare LF, so both line ends are read.
        var unfolded = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n ", "", StringComparison.Ordinal).Replace("\n\t", "", StringComparison.Ordinal);
        var path = new Stack<string>();
        foreach (var line in unfolded.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon].Split(';');
            var value = line[(colon + 1)..];
            var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            switch (head[0])
            {
                case "BEGIN":
                    path.Push(value);
                    break;
                case "END":
                    Assert.Equal(value, path.Pop());
                    break;
                default:
                    _lines.Add((string.Join("/", path.Reverse()), head[0], parameters, value));
                    break;
            }
        }
        Assert.Empty(path);
    }

    public IEnumerable<(string Path, string Name, Dictionary<string, string> Parameters, string Value)> Lines => _lines;

    public string Value(string path, string name) => Assert.Single(_lines, l => l.Path == path && l.Name == name).Value;

    public Dictionary<string, string> Parameters(string path, string name) => Assert.Single(_lines, l => l.Path == path && l.Name == name).Parameters;

    /// <summary>The instant of a DATE-TIME property of the VEVENT, in UTC.</summary>
    public DateTime EventInstantUtc(string name)
    {
        var line = Assert.Single(_lines, l => l.Path == "VCALENDAR/VEVENT" && l.Name == name);
        if (line.Value.EndsWith('Z'))
        {
            return DateTime.SpecifyKind(Parse(line.Value.TrimEnd('Z')), DateTimeKind.Utc);
        }
        var local = Parse(line.Value);
        var offset = OffsetAt(line.Parameters["TZID"], local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>The TZOFFSETTO of the latest STANDARD/DAYLIGHT onset at or before <paramref name="local"/>.</summary>
    private TimeSpan OffsetAt(string tzid, DateTime local)
    {
        var zone = Assert.Single(Components("VCALENDAR/VTIMEZONE"), c => c.Properties["TZID"] == tzid);
        var observances = Components("VCALENDAR/VTIMEZONE/STANDARD").Concat(Components("VCALENDAR/VTIMEZONE/DAYLIGHT"))
            .Where(c => c.Index > zone.Index)
            .Select(c => (Onset: LatestOnset(c.Properties, local), Offset: ParseOffset(c.Properties["TZOFFSETTO"])))
            .Where(o => o.Onset is not null)
            .ToList();
        Assert.NotEmpty(observances);
        return observances.MaxBy(o => o.Onset)!.Offset;
    }

    private List<(int Index, Dictionary<string, string> Properties)> Components(string path)
    {
        var result = new List<(int, Dictionary<string, string>)>();
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Path == path && (i == 0 || _lines[i - 1].Path != path))
            {
                result.Add((i, _lines.Skip(i).TakeWhile(l => l.Path == path).GroupBy(l => l.Name).ToDictionary(g => g.Key, g => g.First().Value)));
            }
        }
        return result;
    }

    private static DateTime? LatestOnset(Dictionary<string, string> observance, DateTime local)
    {
        var start = Parse(observance["DTSTART"]);
        var onsets = new List<DateTime> { start };
        if (observance.TryGetValue("RRULE", out var rule))
        {
            var parts = rule.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal("YEARLY", parts["FREQ"]);
            var month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
            var byDay = parts["BYDAY"];
            var nth = int.Parse(byDay[..^2], CultureInfo.InvariantCulture);
            Assert.Equal("SU", byDay[^2..]);
            for (var year = start.Year; year <= local.Year; year++)
            {
                onsets.Add(NthSunday(year, month, nth).Add(start.TimeOfDay));
            }
            if (parts.TryGetValue("UNTIL", out var until))
            {
                onsets.RemoveAll(o => o > Parse(until.TrimEnd('Z')));
            }
        }
        if (observance.TryGetValue("RDATE", out var dates))
        {
            onsets.AddRange(dates.Split(',').Select(Parse));
        }
        var before = onsets.Where(o => o >= start && o <= local).ToList();
        return before.Count == 0 ? null : before.Max();
    }

    private static DateTime NthSunday(int year, int month, int nth)
    {
        if (nth > 0)
        {
            var first = new DateTime(year, month, 1);
            return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + (7 * (nth - 1)));
        }
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((int)last.DayOfWeek) - (7 * (-nth - 1)));
    }

    private static DateTime Parse(string value) =>
        DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None);

    private static TimeSpan ParseOffset(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        return sign * new TimeSpan(int.Parse(value[1..3], CultureInfo.InvariantCulture), int.Parse(value[3..5], CultureInfo.InvariantCulture), 0);
    }
}
