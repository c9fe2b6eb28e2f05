using Events.Core.Interpretation;

namespace Events.Core.Briefing;

/// <summary>The one list of an event's interpreters: whom the briefing goes to, and who works on each channel.</summary>
public sealed class InterpreterRoster(EventsDbContext db)
{
    public Task<List<Interpreter>> ListAsync(int eventId, CancellationToken ct) =>
        db.Interpreters.AsNoTracking().Where(i => i.EventId == eventId).OrderBy(i => i.Id).ToListAsync(ct);

    public async Task<EditResult<Interpreter>> AddAsync(int eventId, InterpreterInput input, CancellationToken ct)
    {
        var interpreter = new Interpreter { EventId = eventId, Name = "", Email = "", SourceLanguage = "", TargetLanguage = "" };
        var errors = await ApplyAsync(input, interpreter, ct);
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Interpreter>(errors);
        }
        db.Interpreters.Add(interpreter);
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(interpreter);
    }

    public async Task<EditResult<Interpreter>> UpdateAsync(int eventId, int interpreterId, InterpreterInput input, CancellationToken ct)
    {
        var interpreter = await db.Interpreters.SingleOrDefaultAsync(i => i.Id == interpreterId && i.EventId == eventId, ct);
        if (interpreter is null)
        {
            return EditResult.NotFound<Interpreter>();
        }
        var errors = await ApplyAsync(input, interpreter, ct);
        if (!errors.IsValid)
        {
            return EditResult.Invalid<Interpreter>(errors);
        }
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(interpreter);
    }

    public async Task<bool> RemoveAsync(int eventId, int interpreterId, CancellationToken ct) =>
        await db.Interpreters.Where(i => i.Id == interpreterId && i.EventId == eventId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>No channel named: the event's channel in the target language, if it has one.</summary>
    private async Task<ValidationErrors> ApplyAsync(InterpreterInput input, Interpreter interpreter, CancellationToken ct)
    {
        var channels = await db.Channels.AsNoTracking().IgnoreAutoIncludes().Where(c => c.EventId == interpreter.EventId).ToListAsync(ct);
        var errors = input.ApplyTo(interpreter, channels.Select(c => c.Id).ToList());
        if (errors.IsValid && input.ChannelId is null)
        {
            interpreter.ChannelId = ChannelMatching.For(interpreter.TargetLanguage, channels)?.Id;
        }
        return errors;
    }
}
