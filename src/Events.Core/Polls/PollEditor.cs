namespace Events.Core.Polls;

/// <summary>The organiser's polls before (and during) the event: one use case for the page and the API alike.</summary>
public sealed class PollEditor(EventsDbContext db)
{
    public const int MaxPerEvent = 50;
    public const string TooMany = "An event can have at most 50 polls.";

    /// <summary>In the order the organiser set, each with its choices in order.</summary>
    public async Task<List<Poll>> ListAsync(int eventId, CancellationToken ct) =>
        Sorted(await db.Polls.AsNoTracking().Include(p => p.Choices).Where(p => p.EventId == eventId).ToListAsync(ct));

    public static List<Poll> Sorted(IEnumerable<Poll> polls) =>
        polls.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => { p.Choices = p.ChoicesInOrder.ToList(); return p; }).ToList();

    public async Task<EditResult<Poll>> AddAsync(int eventId, PollInput input, CancellationToken ct)
    {
        var positions = await db.Polls.Where(p => p.EventId == eventId).Select(p => p.Position).ToListAsync(ct);
        var poll = new Poll { EventId = eventId, Question = "", Position = positions.Count == 0 ? 0 : positions.Max() + 1 };
        var errors = input.Check(poll, await db.TranslationRulesAsync(eventId, ct));
        if (positions.Count >= MaxPerEvent)
        {
            errors.Add("", TooMany);
        }
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Poll>(errors);
        }
        input.ApplyTo(poll);
        db.Polls.Add(poll);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(Sorted([poll])[0]);
    }

    public async Task<EditResult<Poll>> UpdateAsync(int eventId, int pollId, PollInput input, CancellationToken ct)
    {
        var poll = await db.Polls.Include(p => p.Choices).SingleOrDefaultAsync(p => p.Id == pollId && p.EventId == eventId, ct);
        if (poll is null)
        {
            return EditResult.NotFound<Poll>();
        }
        var errors = input.Check(poll, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Poll>(errors);
        }
        input.ApplyTo(poll);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(Sorted([poll])[0]);
    }

    /// <summary>False when the event has no such poll. Its answers go with it.</summary>
    public async Task<bool> RemoveAsync(int eventId, int pollId, CancellationToken ct) =>
        await db.Polls.Where(p => p.Id == pollId && p.EventId == eventId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Moves a poll one place up (<paramref name="by"/> &lt; 0) or down; false when the event has no such poll.</summary>
    public async Task<bool> MoveAsync(int eventId, int pollId, int by, CancellationToken ct)
    {
        var polls = await db.Polls.Where(p => p.EventId == eventId).OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(ct);
        var index = polls.FindIndex(p => p.Id == pollId);
        if (index < 0)
        {
            return false;
        }
        var target = Math.Clamp(index + Math.Sign(by), 0, polls.Count - 1);
        (polls[index], polls[target]) = (polls[target], polls[index]);
        for (var i = 0; i < polls.Count; i++)
        {
            polls[i].Position = i;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
