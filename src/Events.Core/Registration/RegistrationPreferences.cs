using Events.Core.Links;

namespace Events.Core.Registrations;

public sealed record PreferencesInput(string? Language, int? ChannelId);

/// <summary>What a registrant may change about themselves: language and interpretation channel.</summary>
public sealed class RegistrationPreferences(EventsDbContext db, TimeProvider clock)
{
    /// <returns>null when no registration has this token; otherwise the broken rules (empty when saved).</returns>
    public async Task<ValidationErrors?> ChangeAsync(string token, PreferencesInput input, CancellationToken ct)
    {
        var registration = await db.Registrations.WithToken(token).SingleOrDefaultAsync(ct);
        if (registration is null)
        {
            return null;
        }
        var channelIds = await db.Channels.Where(c => c.EventId == registration.EventId).Select(c => c.Id).ToListAsync(ct);
        var errors = Validate(input, channelIds);
        if (errors.IsValid)
        {
            registration.Language = input.Language!;
            registration.ChannelId = input.ChannelId;
            registration.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return errors;
    }

    public static ValidationErrors Validate(PreferencesInput input, IReadOnlyCollection<int> eventChannelIds)
    {
        var errors = new ValidationErrors();
        if (input.Language is null || !RegistrationRules.Languages.Contains(input.Language))
        {
            errors.Add("language", "Must be one of en, fr, es.");
        }
        if (input.ChannelId is { } channel && !eventChannelIds.Contains(channel))
        {
            errors.Add("channelId", "Not a channel of this event.");
        }
        return errors;
    }
}
