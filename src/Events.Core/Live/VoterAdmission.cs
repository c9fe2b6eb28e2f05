namespace Events.Core.Live;

/// <summary>
/// Whether each voter of a batch is still admitted, read inside the batch's transaction, so a vote is written only if
/// its voter was admitted when it was: the rule of the hub's admission (a registration still confirmed for its event;
/// a guest only while the event takes open questions), for a whole batch in one or two reads instead of one per vote.
/// Staff are checked by the caller, against their team, before the vote is queued.
/// </summary>
internal static class VoterAdmission
{
    public static async Task<Func<PendingVote, bool>> ReadAsync(EventsDbContext db, IReadOnlyList<PendingVote> votes, CancellationToken ct)
    {
        var registrationIds = votes.Where(v => v.Voter.Role == ParticipantRole.Attendee).Select(v => v.Voter.RegistrationId!.Value)
            .Distinct().Order().ToArray();
        var guestEvents = votes.Where(v => v.Voter.Role == ParticipantRole.Guest).Select(v => v.EventId).Distinct().ToArray();
        Dictionary<int, int> confirmed = [];
        if (registrationIds.Length > 0)
        {
            if (db.Database.IsNpgsql())
            {
                // Held to the commit: a cancellation or erasure waits for this batch, or this batch for it and then
                // reads it. Taken before the questions' locks, in the order erasure takes them (registration, then questions).
                await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Registrations" WHERE "Id" = ANY({registrationIds}) ORDER BY "Id" FOR SHARE""", ct);
            }
            confirmed = await db.Registrations.AsNoTracking()
                .Where(r => registrationIds.Contains(r.Id) && r.Status == RegistrationStatus.Confirmed)
                .ToDictionaryAsync(r => r.Id, r => r.EventId, ct);
        }
        var openToGuests = guestEvents.Length == 0 ? []
            : await db.Events.Where(e => guestEvents.Contains(e.Id) && e.OpenQuestions).Select(e => e.Id).ToHashSetAsync(ct);
        return vote => vote.Voter.Role switch
        {
            ParticipantRole.Attendee => confirmed.TryGetValue(vote.Voter.RegistrationId!.Value, out var eventId) && eventId == vote.EventId,
            ParticipantRole.Guest => openToGuests.Contains(vote.EventId),
            _ => true,
        };
    }
}
