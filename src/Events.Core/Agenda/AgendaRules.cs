using Events.Core.Events;
using Events.Core.Validation;

namespace Events.Core.Agenda;

public static class AgendaRules
{
    /// <summary>Validates against the event (inside it, no overlap, known speakers) and applies to <paramref name="item"/>.</summary>
    public static ValidationErrors Apply(AgendaItemInput input, AgendaItem item, Event ev)
    {
        var errors = new ValidationErrors();
        if (input.Kind is null)
        {
            errors.Add("kind", "This field is required.");
        }
        errors.Required("title", input.Title);
        errors.MaxLength("title", input.Title, EventRules.TitleMax);
        errors.MaxLength("description", input.Description, EventRules.TextMax);
        if (input.DurationMinutes is null or < 1 or > 24 * 60)
        {
            errors.Add("durationMinutes", "Must be between 1 and 1440 minutes.");
        }
        DateTime? start = null;
        if (input.Start is null)
        {
            errors.Add("start", "This field is required.");
        }
        else
        {
            start = EventTime.ToUtc(input.Start.Value, ev.TimeZone);
            if (start is null)
            {
                errors.Add("start", "This time does not exist in the event's time zone (clocks go forward).");
            }
        }
        if (start is not null && input.DurationMinutes is > 0 and <= 24 * 60)
        {
            var end = start.Value.AddMinutes(input.DurationMinutes.Value);
            if (start < ev.StartsAtUtc || end > ev.EndsAtUtc)
            {
                errors.Add("start", "The item must lie inside the event's start and end.");
            }
            var clash = ev.AgendaItems.FirstOrDefault(o => o != item && o.StartsAtUtc < end && start < o.EndsAtUtc);
            if (clash is not null)
            {
                errors.Add("start", $"Overlaps the agenda item \"{clash.Title}\".");
            }
        }
        var people = input.People ?? [];
        if (people.Count > 50)
        {
            errors.Add("people", "At most 50 people per item.");
        }
        if (people.Any(p => ev.Speakers.All(s => s.Id != p.SpeakerId)))
        {
            errors.Add("people", "Every person must be one of the event's speakers.");
        }
        if (people.Any(p => p.Topic is { Length: > 1000 }))
        {
            errors.Add("people", "A topic is at most 1000 characters.");
        }
        if (!errors.IsValid)
        {
            return errors;
        }

        item.Kind = input.Kind!.Value;
        item.Title = input.Title!.Trim();
        item.Description = input.Description?.Trim() ?? "";
        item.StartsAtUtc = start!.Value;
        item.DurationMinutes = input.DurationMinutes!.Value;
        item.People = people
            .Select(p => new AgendaPerson { SpeakerId = p.SpeakerId, Role = p.Role, Topic = p.Topic?.Trim() ?? "" })
            .ToList();
        return errors;
    }

    /// <summary>Lays items out back to back in the given order, from the earliest current start, keeping durations.</summary>
    public static ValidationErrors Reorder(Event ev, IReadOnlyList<int> itemIds)
    {
        var errors = new ValidationErrors();
        var items = ev.AgendaItems;
        if (itemIds.Count != items.Count || itemIds.Distinct().Count() != items.Count
            || itemIds.Any(id => items.All(i => i.Id != id)))
        {
            errors.Add("itemIds", "Give every agenda item of the event exactly once.");
            return errors;
        }
        var cursor = items.Min(i => i.StartsAtUtc);
        var position = 0;
        foreach (var id in itemIds)
        {
            var item = items.Single(i => i.Id == id);
            item.StartsAtUtc = cursor;
            item.Position = position++;
            cursor = cursor.AddMinutes(item.DurationMinutes);
        }
        if (cursor > ev.EndsAtUtc)
        {
            errors.Add("itemIds", "In this order the agenda runs past the event's end.");
        }
        return errors;
    }
}
