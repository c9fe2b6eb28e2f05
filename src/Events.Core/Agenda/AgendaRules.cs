using System.Text;

namespace Events.Core.Agenda;

public static class AgendaRules
{
    private static readonly CompositeFormat OverlapsFormat = CompositeFormat.Parse(AgendaMessages.Overlaps);

    /// <summary>Validates against the event (inside it, no overlap, known speakers) and applies to <paramref name="item"/>.</summary>
    public static ValidationErrors Apply(AgendaItemInput input, AgendaItem item, Event ev)
    {
        var errors = new ValidationErrors();
        if (input.Kind is null)
        {
            errors.Add("kind", AgendaMessages.Required);
        }
        else if (!Enum.IsDefined(input.Kind.Value))
        {
            errors.Add("kind", AgendaMessages.KindUnknown);
        }
        errors.Required("title", input.Title);
        errors.MaxLength("title", input.Title, EventRules.TitleMax);
        errors.MaxLength("description", input.Description, EventRules.TextMax);
        if (input.DurationMinutes is null or < 1 or > 24 * 60)
        {
            errors.Add("durationMinutes", AgendaMessages.Duration);
        }
        DateTime? start = null;
        if (input.Start is null)
        {
            errors.Add("start", AgendaMessages.Required);
        }
        else
        {
            start = EventTime.ToUtc(input.Start.Value, ev.TimeZone);
            if (start is null)
            {
                errors.Add("start", AgendaMessages.TimeMissing);
            }
        }
        if (start is not null && input.DurationMinutes is > 0 and <= 24 * 60)
        {
            var end = start.Value.AddMinutes(input.DurationMinutes.Value);
            if (start < ev.StartsAtUtc || end > ev.EndsAtUtc)
            {
                errors.Add("start", AgendaMessages.OutsideEvent);
            }
            var clash = ev.AgendaItems.FirstOrDefault(o => o != item && o.StartsAtUtc < end && start < o.EndsAtUtc);
            if (clash is not null)
            {
                errors.Add("start", string.Format(CultureInfo.InvariantCulture, OverlapsFormat, clash.Title));
            }
        }
        var people = input.People ?? [];
        ValidatePeople(people, ev, errors);
        CheckTranslations(input, ev, errors);
        if (!errors.IsValid)
        {
            return errors;
        }

        item.Kind = input.Kind!.Value;
        item.Title = input.Title!.Trim();
        item.Description = input.Description?.Trim() ?? "";
        item.StartsAtUtc = start!.Value;
        item.DurationMinutes = input.DurationMinutes!.Value;
        item.Translations = TranslationRules.Apply(item.Translations, input.Translations);
        // People are replaced on every save; a topic's translations stay with the speaker unless new ones are sent.
        var before = item.People.ToDictionary(p => p.SpeakerId, p => p.Translations);
        item.People = people
            .Select(p => new AgendaPerson
            {
                SpeakerId = p.SpeakerId, Role = p.Role, Topic = p.Topic?.Trim() ?? "",
                Translations = TranslationRules.Apply(before.GetValueOrDefault(p.SpeakerId) ?? new Translations(), p.Translations),
            })
            .ToList();
        return errors;
    }

    private static void CheckTranslations(AgendaItemInput input, Event ev, ValidationErrors errors)
    {
        var rules = TranslationRules.For(ev);
        rules.Check(input.Translations, errors,
            TranslatableField.Text(nameof(AgendaItem.Title), EventRules.TitleMax),
            TranslatableField.Text(nameof(AgendaItem.Description), EventRules.TextMax));
        var people = input.People ?? [];
        for (var i = 0; i < people.Count; i++)
        {
            rules.Check(people[i].Translations, errors, $"people.{i.ToString(CultureInfo.InvariantCulture)}.{TranslationRules.Prefix}",
                TranslatableField.Text(nameof(AgendaPerson.Topic), 1000));
        }
    }

    private static void ValidatePeople(List<AgendaPersonInput> people, Event ev, ValidationErrors errors)
    {
        if (people.Count > 50)
        {
            errors.Add("people", AgendaMessages.TooManyPeople);
        }
        if (people.Any(p => ev.Speakers.All(s => s.Id != p.SpeakerId)))
        {
            errors.Add("people", AgendaMessages.UnknownSpeaker);
        }
        if (people.Any(p => !Enum.IsDefined(p.Role)))
        {
            errors.Add("people", AgendaMessages.RoleUnknown);
        }
        if (people.GroupBy(p => p.SpeakerId).Any(g => g.Count() > 1))
        {
            errors.Add("people", AgendaMessages.Twice);
        }
        if (people.Any(p => p.Topic is { Length: > 1000 }))
        {
            errors.Add("people", AgendaMessages.TopicTooLong);
        }
    }

    /// <summary>The items as the agenda shows them: by start, then by position.</summary>
    public static IEnumerable<AgendaItem> InOrder(Event ev) => ev.AgendaItems.OrderBy(a => a.StartsAtUtc).ThenBy(a => a.Position).ThenBy(a => a.Id);

    /// <summary>Positions follow the times, so the order shown and the order stored agree.</summary>
    public static void Renumber(Event ev)
    {
        var position = 0;
        foreach (var item in InOrder(ev).ToList())
        {
            item.Position = position++;
        }
    }

    /// <summary>Lays items out back to back in the given order, from the earliest current start, keeping durations; changes nothing when refused.</summary>
    public static ValidationErrors Reorder(Event ev, IReadOnlyList<int> itemIds)
    {
        var errors = new ValidationErrors();
        var items = ev.AgendaItems;
        if (itemIds.Count != items.Count || itemIds.Distinct().Count() != items.Count
            || itemIds.Any(id => items.All(i => i.Id != id)))
        {
            errors.Add("itemIds", AgendaMessages.OrderIncomplete);
            return errors;
        }
        if (items.Count == 0)
        {
            return errors;
        }
        var ordered = itemIds.Select(id => items.Single(i => i.Id == id)).ToList();
        var first = items.Min(i => i.StartsAtUtc);
        if (first.AddMinutes(items.Sum(i => i.DurationMinutes)) > ev.EndsAtUtc)
        {
            errors.Add("itemIds", AgendaMessages.OrderPastEnd);
            return errors;
        }
        var cursor = first;
        var position = 0;
        foreach (var item in ordered)
        {
            item.StartsAtUtc = cursor;
            item.Position = position++;
            cursor = cursor.AddMinutes(item.DurationMinutes);
        }
        return errors;
    }
}
