namespace Events.Core.Live;

/// <summary>
/// Unlinks an erased registration from the live session. Questions and votes stay (they are the event's record and
/// others voted on them) but under a fresh random key, so nothing leads back from them to the person.
/// </summary>
public static class LiveErasure
{
    public static async Task ForgetRegistrationAsync(EventsDbContext db, int registrationId, CancellationToken ct)
    {
        var key = Participant.AttendeeKey(registrationId);
        var erased = $"erased:{Guid.NewGuid():N}";
        await db.Questions.Where(q => q.RegistrationId == registrationId || q.AskerKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.AskerKey, erased).SetProperty(q => q.AskerName, (string?)null)
                .SetProperty(q => q.RegistrationId, (int?)null), ct);
        // The asker's name may be in what joining pages are shown; written past the change tracker, so bumped here.
        await LiveVersion.BumpAsync(db, e => db.Questions.Any(q => q.EventId == e.Id && q.AskerKey == erased), ct);
        await db.QuestionVotes.Where(v => v.VoterKey == key).ExecuteUpdateAsync(s => s.SetProperty(v => v.VoterKey, erased), ct);
        await db.AskerBlocks.Where(b => b.ParticipantKey == key).ExecuteDeleteAsync(ct);
        await db.LiveConnections.Where(c => c.RegistrationId == registrationId || c.ParticipantKey == key).ExecuteDeleteAsync(ct);
    }
}
