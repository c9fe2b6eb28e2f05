namespace Events.Core.Events;

/// <summary>Conversions between an event's wall-clock time and stored UTC instants.</summary>
public static class EventTime
{
    private static readonly Lazy<IReadOnlyList<string>> Zones = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => TryFindZone(id, out _)).Order(StringComparer.Ordinal).ToList());

    /// <summary>The IANA zones this server knows and <see cref="TryFindZone"/> accepts, for pickers.</summary>
    public static IReadOnlyList<string> KnownZoneIds => Zones.Value;

    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || !id.Contains('/', StringComparison.Ordinal) && id != "UTC")
        {
            return false;
        }
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>Null when the wall time does not exist in that zone (the spring-forward gap).</summary>
    public static DateTime? ToUtc(DateTime wallTime, TimeZoneInfo zone)
    {
        if (wallTime.Kind == DateTimeKind.Utc)
        {
            return wallTime;
        }
        var unspecified = DateTime.SpecifyKind(wallTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static DateTimeOffset ToOffset(DateTime utc, TimeZoneInfo zone)
    {
        var local = ToLocal(utc, zone);
        return new DateTimeOffset(local, zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
    }
}
