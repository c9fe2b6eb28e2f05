namespace Events.Core.Interpretation;

/// <summary>An event's interpretation channels, for the organiser's page and API alike.</summary>
public sealed class ChannelPlanner(EventsDbContext db)
{
    /// <summary>In the order the organiser entered them, each with its interpreters.</summary>
    public async Task<List<InterpretationChannel>> ListAsync(int eventId, CancellationToken ct) =>
        InOrder(await db.Channels.AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(ct)).Select(Sorted).ToList();

    /// <summary>The order every list of channels follows: as entered.</summary>
    public static IEnumerable<InterpretationChannel> InOrder(IEnumerable<InterpretationChannel> channels) =>
        channels.OrderBy(c => c.Position).ThenBy(c => c.Id);

    public async Task<EditResult<InterpretationChannel>> AddAsync(int eventId, ChannelInput input, CancellationToken ct)
    {
        var others = await db.Channels.Where(c => c.EventId == eventId).ToListAsync(ct);
        var channel = new InterpretationChannel
        {
            EventId = eventId, LanguageCode = "", Label = "", Position = others.Count == 0 ? 0 : others.Max(c => c.Position) + 1,
        };
        var errors = input.ApplyTo(channel, others, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return EditResult.Invalid<InterpretationChannel>(errors);
        }
        db.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        await LinkWaitingInterpretersAsync(channel, [.. others, channel], ct);
        return EditResult.Saved(Sorted(channel));
    }

    public async Task<EditResult<InterpretationChannel>> UpdateAsync(int eventId, int channelId, ChannelInput input, CancellationToken ct)
    {
        var channels = await db.Channels.Where(c => c.EventId == eventId).ToListAsync(ct);
        var channel = channels.SingleOrDefault(c => c.Id == channelId);
        if (channel is null)
        {
            return EditResult.NotFound<InterpretationChannel>();
        }
        var errors = input.ApplyTo(channel, channels, await db.TranslationRulesAsync(eventId, ct));
        if (!errors.IsValid)
        {
            return EditResult.Invalid<InterpretationChannel>(errors);
        }
        await db.SaveChangesAsync(ct);
        await LinkWaitingInterpretersAsync(channel, channels, ct);
        return EditResult.Saved(Sorted(channel));
    }

    /// <summary>False when the event has no such channel. Its interpreters stay on the list, without a channel.</summary>
    public async Task<bool> RemoveAsync(int eventId, int channelId, CancellationToken ct)
    {
        var channel = await db.Channels.SingleOrDefaultAsync(c => c.Id == channelId && c.EventId == eventId, ct);
        if (channel is null)
        {
            return false;
        }
        db.Channels.Remove(channel);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Interpreters without a channel whose target language is this channel's now work on it.</summary>
    private async Task LinkWaitingInterpretersAsync(InterpretationChannel channel, List<InterpretationChannel> channels, CancellationToken ct)
    {
        var waiting = await db.Interpreters.Where(i => i.EventId == channel.EventId && i.ChannelId == null).ToListAsync(ct);
        foreach (var interpreter in waiting.Where(i => ChannelMatching.For(i.TargetLanguage, channels) == channel))
        {
            interpreter.ChannelId = channel.Id;
        }
        await db.SaveChangesAsync(ct);
    }

    private static InterpretationChannel Sorted(InterpretationChannel channel)
    {
        channel.Interpreters = channel.Interpreters.OrderBy(i => i.Name, StringComparer.CurrentCulture).ThenBy(i => i.Id).ToList();
        return channel;
    }
}
