namespace Events.Core.Readings;

/// <summary>An event's reading list, in the order the organiser sets.</summary>
public sealed class ReadingList(EventsDbContext db)
{
    public Task<List<Reading>> ListAsync(int eventId, CancellationToken ct) => Ordered(db.Readings.AsNoTracking(), eventId).ToListAsync(ct);

    public async Task<EditResult<Reading>> AddAsync(int eventId, ReadingInput input, CancellationToken ct)
    {
        var last = await db.Readings.Where(r => r.EventId == eventId).MaxAsync(r => (int?)r.Position, ct);
        var reading = new Reading { EventId = eventId, Title = "", Position = last is null ? 0 : last.Value + 1 };
        var errors = input.ApplyTo(reading, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Reading>(errors);
        }
        db.Readings.Add(reading);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(reading);
    }

    public async Task<EditResult<Reading>> UpdateAsync(int eventId, int readingId, ReadingInput input, CancellationToken ct)
    {
        var reading = await db.Readings.SingleOrDefaultAsync(r => r.Id == readingId && r.EventId == eventId, ct);
        if (reading is null)
        {
            return EditResult.NotFound<Reading>();
        }
        var errors = input.ApplyTo(reading, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Reading>(errors);
        }
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(reading);
    }

    public async Task<bool> RemoveAsync(int eventId, int readingId, CancellationToken ct) =>
        await db.Readings.Where(r => r.Id == readingId && r.EventId == eventId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Puts the readings in the order given, which must name every reading of the event once.</summary>
    public async Task<(List<Reading>? Readings, ValidationErrors Errors)> ReorderAsync(int eventId, IReadOnlyList<int>? readingIds, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var readings = await Ordered(db.Readings, eventId).ToListAsync(ct);
        var ids = readingIds ?? [];
        if (ids.Count != readings.Count || ids.Distinct().Count() != ids.Count || ids.Any(id => readings.All(r => r.Id != id)))
        {
            errors.Add("readingIds", "Give every reading of the event exactly once.");
            return (null, errors);
        }
        return (await SaveOrderAsync(ids.Select(id => readings.Single(r => r.Id == id)).ToList(), ct), errors);
    }

    /// <summary>Swaps a reading with its neighbour above (<paramref name="by"/> −1) or below (+1); null when the event has no such reading.</summary>
    public async Task<List<Reading>?> MoveAsync(int eventId, int readingId, int by, CancellationToken ct)
    {
        var readings = await Ordered(db.Readings, eventId).ToListAsync(ct);
        var index = readings.FindIndex(r => r.Id == readingId);
        if (index < 0)
        {
            return null;
        }
        var target = Math.Clamp(index + Math.Sign(by), 0, readings.Count - 1);
        (readings[index], readings[target]) = (readings[target], readings[index]);
        return await SaveOrderAsync(readings, ct);
    }

    private async Task<List<Reading>> SaveOrderAsync(List<Reading> ordered, CancellationToken ct)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
        await db.SaveChangesAsync(ct);
        return ordered;
    }

    private static IQueryable<Reading> Ordered(IQueryable<Reading> readings, int eventId) =>
        readings.Where(r => r.EventId == eventId).OrderBy(r => r.Position).ThenBy(r => r.Id);
}
