namespace Events.Core.Registrations;

/// <summary>What the public sees of an event's places: a level, never a count.</summary>
public enum PlacesLevel
{
    Available,
    Few,
    Full,
}

/// <summary>
/// Exact counts let anyone learn whether an address is registered (read the count, register the address, read again);
/// a level moves only at its two edges. Organisers still see counts on their own pages.
/// </summary>
public static class PlacesAvailability
{
    /// <summary>"Few" from a tenth of the capacity (rounded up) down to one place.</summary>
    public static PlacesLevel Of(int capacity, int placesLeft) =>
        placesLeft <= 0 ? PlacesLevel.Full : placesLeft <= (capacity + 9) / 10 ? PlacesLevel.Few : PlacesLevel.Available;

    /// <summary>Null without a capacity (nothing to say but "open").</summary>
    public static PlacesLevel? Of(int? capacity, int? placesLeft) =>
        capacity is { } c && placesLeft is { } left ? Of(c, left) : null;
}
