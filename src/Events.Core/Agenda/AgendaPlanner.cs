namespace Events.Core.Agenda;

/// <summary>The agenda's use cases, shared by the organiser API and the agenda pages.</summary>
public sealed class AgendaPlanner(EventsDbContext db)
{
    /// <summary>The event with its agenda and speakers, for showing (not tracked).</summary>
    public Task<Event?> FindAsync(string slug, CancellationToken ct) => db.Events.AsNoTracking().FindFullAsync(slug, ct);

    public Task<AgendaOutcome> AddAsync(string slug, AgendaItemInput input, CancellationToken ct) => AddAsync(slug, _ => input, ct);

    /// <param name="input">Built from the event, for forms that give only a time of day (see <see cref="AgendaTimes.OnEventDay"/>).</param>
    public async Task<AgendaOutcome> AddAsync(string slug, Func<Event, AgendaItemInput> input, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return AgendaOutcome.Missing();
        }
        var item = new AgendaItem { Title = "", EventId = ev.Id, Position = ev.AgendaItems.Count };
        var errors = AgendaRules.Apply(input(ev), item, ev);
        if (errors.IsValid)
        {
            ev.AgendaItems.Add(item);
            await SaveAsync(ev, ct);
        }
        return new AgendaOutcome(errors, ev, item);
    }

    public Task<AgendaOutcome> UpdateAsync(string slug, int id, AgendaItemInput input, CancellationToken ct) =>
        UpdateAsync(slug, id, _ => input, ct);

    public async Task<AgendaOutcome> UpdateAsync(string slug, int id, Func<Event, AgendaItemInput> input, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return AgendaOutcome.Missing();
        }
        var errors = AgendaRules.Apply(input(ev), item, ev);
        if (errors.IsValid)
        {
            await SaveAsync(ev, ct);
        }
        return new AgendaOutcome(errors, ev, item);
    }

    public async Task<AgendaOutcome> RemoveAsync(string slug, int id, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return AgendaOutcome.Missing();
        }
        ev.AgendaItems.Remove(item);
        db.AgendaItems.Remove(item);
        await SaveAsync(ev, ct);
        return new AgendaOutcome(new(), ev, item);
    }

    /// <summary>Puts the items in the given order, back to back (see <see cref="AgendaRules.Reorder"/>).</summary>
    public async Task<AgendaOutcome> ReorderAsync(string slug, IReadOnlyList<int> itemIds, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        if (ev is null)
        {
            return AgendaOutcome.Missing();
        }
        var errors = AgendaRules.Reorder(ev, itemIds);
        if (errors.IsValid)
        {
            await SaveAsync(ev, ct);
        }
        return new AgendaOutcome(errors, ev);
    }

    /// <summary>Swaps an item with its neighbour (<paramref name="offset"/> −1: earlier, +1: later), through the same reorder rule.</summary>
    public async Task<AgendaOutcome> MoveAsync(string slug, int id, int offset, CancellationToken ct)
    {
        var ev = await db.Events.FindFullAsync(slug, ct);
        var item = ev?.AgendaItems.SingleOrDefault(a => a.Id == id);
        if (ev is null || item is null)
        {
            return AgendaOutcome.Missing();
        }
        var order = AgendaRules.InOrder(ev).Select(a => a.Id).ToList();
        var from = order.IndexOf(id);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= order.Count)
        {
            return new AgendaOutcome(new(), ev, item);
        }
        (order[from], order[to]) = (order[to], order[from]);
        var errors = AgendaRules.Reorder(ev, order);
        if (errors.IsValid)
        {
            await SaveAsync(ev, ct);
        }
        return new AgendaOutcome(errors, ev, item);
    }

    private async Task SaveAsync(Event ev, CancellationToken ct)
    {
        AgendaRules.Renumber(ev);
        await db.SaveChangesAsync(ct);
        foreach (var person in ev.AgendaItems.SelectMany(a => a.People))
        {
            person.Speaker ??= ev.Speakers.SingleOrDefault(s => s.Id == person.SpeakerId);
        }
    }
}
