namespace Events.Core.Email;

/// <summary>The ledger work of a batch done a chunk at a time: a few statements and one commit per chunk, not per email.</summary>
public sealed partial class OnceOnlyMailer
{
    private const int Chunk = 500;

    /// <summary>For each email, null when this worker now holds its key; otherwise why not.</summary>
    private async Task<DeliveryOutcome?[]> ClaimAllAsync(IReadOnlyList<PendingEmail> emails, CancellationToken cancellationToken)
    {
        var refusals = new DeliveryOutcome?[emails.Count];
        var indexes = Enumerable.Range(0, emails.Count).ToList();
        foreach (var chunk in indexes.Chunk(Chunk))
        {
            await InsertMissingAsync(chunk.Select(i => emails[i]).ToList(), cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            DateTime? leaseUntil = now + _lease;
            var lost = new List<int>();
            // One transaction for the chunk's claims; keys in order, so two workers' claims never wait on each other in a circle.
            // A caller's own transaction, if any, holds them instead.
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await using (own)
            {
                foreach (var i in chunk.OrderBy(i => emails[i].Key, StringComparer.Ordinal))
                {
                    var key = emails[i].Key;
                    var won = await db.EmailDeliveries
                        .Where(d => d.Key == key && d.Status == EmailDeliveryStatus.Queued && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now))
                        .ExecuteUpdateAsync(s => s
                            .SetProperty(d => d.LeaseUntilUtc, leaseUntil)
                            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                            .SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
                    if (won != 1)
                    {
                        lost.Add(i);
                    }
                }
                if (own is not null)
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
            if (lost.Count == 0)
            {
                continue;
            }
            var lostKeys = lost.Select(i => emails[i].Key).ToList();
            var statuses = await db.EmailDeliveries.Where(d => lostKeys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, d => d.Status, cancellationToken);
            foreach (var i in lost)
            {
                refusals[i] = statuses[emails[i].Key] switch
                {
                    EmailDeliveryStatus.Sent => DeliveryOutcome.AlreadySent,
                    EmailDeliveryStatus.Failed => DeliveryOutcome.AlreadyFailed,
                    _ => DeliveryOutcome.Busy,
                };
            }
        }
        return refusals;
    }

    /// <summary>A ledger row for each key not there yet, in one insert; if another worker got some in first, one by one.</summary>
    private async Task InsertMissingAsync(List<PendingEmail> emails, CancellationToken cancellationToken)
    {
        var keys = emails.Select(e => e.Key).ToList();
        var known = (await db.EmailDeliveries.Where(d => keys.Contains(d.Key)).Select(d => d.Key).ToListAsync(cancellationToken)).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var missing = emails.Where(e => known.Add(e.Key)).ToList();
        if (missing.Count == 0 || await TryInsertAsync(missing.Select(e => NewRow(e, now)).ToList(), cancellationToken))
        {
            return;
        }
        foreach (var email in missing)
        {
            // Another worker inserted the same key first; the conditional claim settles who sends.
            await TryInsertAsync([NewRow(email, now)], cancellationToken);
        }
    }

    private async Task<bool> TryInsertAsync(List<EmailDelivery> rows, CancellationToken cancellationToken)
    {
        db.EmailDeliveries.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            rows.ForEach(r => db.Entry(r).State = EntityState.Detached);
        }
    }

    /// <summary>The sent ones marked in one statement per chunk; failures one by one (they count attempts).</summary>
    private async Task<DeliveryResult[]> RecordAllAsync(List<string> keys, IReadOnlyList<SendResult> sent, CancellationToken cancellationToken)
    {
        var results = new DeliveryResult[keys.Count];
        var now = time.GetUtcNow().UtcDateTime;
        var sentKeys = new List<string>();
        for (var j = 0; j < keys.Count; j++)
        {
            if (sent[j].IsSent)
            {
                sentKeys.Add(keys[j]);
                results[j] = new DeliveryResult(keys[j], DeliveryOutcome.Sent);
            }
            else
            {
                results[j] = await RecordAsync(keys[j], sent[j], cancellationToken);
            }
        }
        DateTime? sentAt = now;
        foreach (var chunk in sentKeys.Chunk(Chunk))
        {
            await db.EmailDeliveries.Where(d => chunk.Contains(d.Key)).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, EmailDeliveryStatus.Sent)
                .SetProperty(d => d.Error, (string?)null)
                .SetProperty(d => d.SentAtUtc, sentAt)
                .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
        }
        return results;
    }
}
