using Events.Core.EventChanges;

namespace Events.Core.Events;

/// <summary>
/// Creating, editing, publishing and cancelling an event: the one place for the slug check, the agenda shift,
/// the calendar sequence and what follows a save (reminders, registrants told, waiting list promoted).
/// The organiser API and the organiser pages both call it and only translate its result.
/// </summary>
public sealed class EventEditor(
    EventsDbContext db, Registrar registrar, EventChangeFollowUp followUp, TimeProvider clock, IOptions<ContentOptions> content,
    IOptions<Retention.RetentionOptions> retention)
{
    /// <summary>A new draft. A slug left empty is proposed from the title (with "-2", "-3"… when taken).</summary>
    public async Task<EventEditResult> CreateAsync(EventInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Slug) && !string.IsNullOrWhiteSpace(input.Title))
        {
            input = input with { Slug = await FreeSlugAsync(EventSlug.FromTitle(input.Title), ct) };
        }
        var ev = new Event { Slug = "", Title = "", TimeZoneId = "", Languages = [.. content.Value.Languages.Distinct()] };
        ev.OriginalLanguage = ev.Languages.FirstOrDefault() ?? ev.OriginalLanguage;
        var errors = Apply(input, ev);
        if (!errors.IsValid)
        {
            return EventEditResult.Invalid(ev, errors);
        }
        if (await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            return EventEditResult.SlugTaken(ev);
        }
        ev.Sequence = 0;
        ev.CreatedAtUtc = ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.Events.Add(ev);
        return await TrySaveAsync(ct) ? EventEditResult.Saved(ev) : EventEditResult.SlugTaken(ev);
    }

    /// <summary>
    /// Applies <paramref name="input"/> to the event named <paramref name="slug"/>. Left-out reminder offsets stay as they
    /// are, unless <paramref name="absentRemindersFollowSite"/> (a form that always shows them: empty means the site's default).
    /// </summary>
    public async Task<EventEditResult> UpdateAsync(string slug, EventInput input, CancellationToken ct, bool absentRemindersFollowSite = false)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return EventEditResult.NotFound();
        }
        var start = ev.StartsAtUtc;
        var sequence = ev.Sequence;
        var reminderOffsets = ev.ReminderOffsetMinutes?.ToList();
        var errors = Apply(input, ev);
        if (!errors.IsValid)
        {
            return EventEditResult.Invalid(ev, errors);
        }
        if (absentRemindersFollowSite && input.ReminderOffsets is null)
        {
            ev.ReminderOffsetMinutes = null;
        }
        // Moving the event moves its agenda with it; a shorter event must still hold every item.
        var delta = ev.StartsAtUtc - start;
        ev.AgendaItems.ForEach(a => a.StartsAtUtc += delta);
        if (ev.AgendaItems.Any(a => a.EndsAtUtc > ev.EndsAtUtc))
        {
            return EventEditResult.Invalid(ev, "end", "The agenda runs past this end.");
        }
        if (ev.Slug != slug && await db.Events.AnyAsync(e => e.Slug == ev.Slug, ct))
        {
            return EventEditResult.SlugTaken(ev);
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (!await TrySaveAsync(ct))
        {
            return EventEditResult.SlugTaken(ev);
        }
        followUp.AfterEdit(ev, sequence, reminderOffsets);
        // A raised capacity goes to the waiting list at once.
        await registrar.PromoteWaitingAsync(ev.Id, ct);
        return EventEditResult.Saved(ev);
    }

    /// <summary>The event's own rules and its languages and translations, applied only when all hold.</summary>
    private ValidationErrors Apply(EventInput input, Event ev)
    {
        var language = EventLanguageRules.Check(input, ev, content.Value);
        var errors = EventRules.Apply(input, ev);
        foreach (var (field, messages) in language.ToDictionary().Concat(Retention.RetentionRules.Check(input.PersonalDataRetentionDays, retention.Value).ToDictionary()))
        {
            Array.ForEach(messages, m => errors.Add(field, m));
        }
        if (errors.IsValid)
        {
            EventLanguageRules.Apply(input, ev);
            ev.PersonalDataRetentionDays = input.PersonalDataRetentionDays ?? ev.PersonalDataRetentionDays;
        }
        return errors;
    }

    /// <summary>A draft becomes public and opens for registration.</summary>
    public Task<EventEditResult> PublishAsync(string slug, CancellationToken ct) =>
        ChangeStatusAsync(slug, EventStatus.Published, [EventStatus.Draft], ct);

    /// <summary>Cancels a draft or published event; its registrants are told (a new calendar version).</summary>
    public Task<EventEditResult> CancelAsync(string slug, CancellationToken ct) =>
        ChangeStatusAsync(slug, EventStatus.Cancelled, [EventStatus.Draft, EventStatus.Published], ct);

    private async Task<EventEditResult> ChangeStatusAsync(string slug, EventStatus to, EventStatus[] from, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return EventEditResult.NotFound();
        }
        if (!from.Contains(ev.Status))
        {
            return EventEditResult.WrongStatus(ev);
        }
        ev.Status = to;
        if (to == EventStatus.Cancelled)
        {
            ev.Sequence++;
        }
        ev.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        followUp.AfterStatusChange(ev);
        return EventEditResult.Saved(ev);
    }

    private async Task<string> FreeSlugAsync(string proposed, CancellationToken ct)
    {
        var taken = await db.Events.Where(e => e.Slug.StartsWith(proposed)).Select(e => e.Slug).ToListAsync(ct);
        var slug = proposed;
        for (var n = 2; taken.Contains(slug) || EventRules.IsReserved(slug); n++)
        {
            slug = EventSlug.WithSuffix(proposed, n);
        }
        return slug;
    }

    /// <summary>False when the unique slug index refused the write (a concurrent request took the slug first).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
