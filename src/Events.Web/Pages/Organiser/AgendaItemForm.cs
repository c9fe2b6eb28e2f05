namespace Events.Web.Pages.Organiser;

/// <summary>An agenda item as the form shows it: a time of day and rows of people (blank rows are ignored).</summary>
public sealed class AgendaItemForm
{
    /// <summary>Enough empty rows for a moderator and three panellists without any script.</summary>
    public const int MinimumRows = 4;
    public const int MaximumRows = 50;

    public AgendaItemKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public TimeOnly? Start { get; set; }
    public int? DurationMinutes { get; set; }
    public List<PersonRow> People { get; set; } = [];

    /// <summary>Title and description in the event's other languages, keyed <c>fr.Title</c>.</summary>
    public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);

    public string StartText => Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    public sealed class PersonRow
    {
        public int? SpeakerId { get; set; }
        public AgendaRole Role { get; set; } = AgendaRole.Speaker;
        public string? Topic { get; set; }

        /// <summary>The topic in the event's other languages, keyed <c>fr.Topic</c>.</summary>
        public Dictionary<string, string?> Translations { get; set; } = new(StringComparer.Ordinal);
    }

    public AgendaItemInput ToInput(Event ev) => new(Kind, Title, Description,
        Start is { } time ? AgendaTimes.OnEventDay(ev, time) : null, DurationMinutes,
        People.Where(p => p.SpeakerId is not null)
            .Select(p => new AgendaPersonInput(p.SpeakerId!.Value, p.Role, p.Topic, TranslationForms.ToInput(p.Translations))).ToList(),
        TranslationForms.ToInput(Translations));

    public static AgendaItemForm From(AgendaItem item, TimeZoneInfo zone) => new()
    {
        Kind = item.Kind,
        Title = item.Title,
        Description = item.Description,
        Start = TimeOnly.FromDateTime(EventTime.ToLocal(item.StartsAtUtc, zone)),
        DurationMinutes = item.DurationMinutes,
        People = item.People.OrderBy(p => p.Role).ThenBy(p => p.Id)
            .Select(p => new PersonRow { SpeakerId = p.SpeakerId, Role = p.Role, Topic = p.Topic, Translations = TranslationForms.From(p.Translations) })
            .ToList(),
        Translations = TranslationForms.From(item.Translations),
    };

    /// <summary>Adds empty rows: at least <see cref="MinimumRows"/>, always one free, and <paramref name="more"/> besides.</summary>
    public void Pad(int more = 0)
    {
        var filled = People.Count(p => p.SpeakerId is not null);
        var rows = Math.Min(MaximumRows, Math.Max(Math.Max(MinimumRows, filled + 1), People.Count) + more);
        while (People.Count < rows)
        {
            People.Add(new PersonRow());
        }
    }
}
