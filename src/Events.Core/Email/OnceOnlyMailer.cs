using Microsoft.Extensions.Logging;
using MimeKit;

namespace Events.Core.Email;

/// <summary>
/// Sends each <see cref="PendingEmail"/> at most once per key: the key is claimed with an insert (unique index)
/// and a lease, and a key already sent is skipped. A batch goes through one SMTP connection.
/// </summary>
public sealed partial class OnceOnlyMailer(
    EventsDbContext db, IEmailSender sender, TimeProvider time, IOptions<SmtpOptions> smtp, IOptions<Jobs.JobsOptions> jobs,
    ILogger<OnceOnlyMailer> logger)
{
    /// <summary>How long a claim keeps other workers off (<c>Jobs:DeliveryLease</c>); after it, a worker that died mid-batch is presumed gone.</summary>
    private readonly TimeSpan _lease = jobs.Value.DeliveryLease;

    /// <summary>
    /// Attempts after which a transient failure counts as final. Hangfire retries a failed job 10 times with a growing
    /// delay (seconds to hours), so the ledger settles on its last run rather than staying queued once Hangfire stops.
    /// </summary>
    public const int MaxAttempts = 10;

    public async Task<DeliveryResult> SendAsync(PendingEmail email, CancellationToken cancellationToken) =>
        (await SendBatchAsync([email], cancellationToken))[0];

    public async Task<IReadOnlyList<DeliveryResult>> SendBatchAsync(IReadOnlyList<PendingEmail> emails, CancellationToken cancellationToken)
    {
        var results = new DeliveryResult[emails.Count];
        var claimed = new List<(int Index, MimeMessage Message)>();
        var replyTos = new Dictionary<int, MailboxAddress?>();
        var refusals = await ClaimAllAsync(emails, cancellationToken);
        for (var i = 0; i < emails.Count; i++)
        {
            if (refusals[i] is { } outcome)
            {
                LogSkipped(logger, emails[i].Key, outcome);
                results[i] = new DeliveryResult(emails[i].Key, outcome);
                continue;
            }
            claimed.Add((i, await BuildAsync(emails[i], replyTos, cancellationToken)));
        }
        if (claimed.Count == 0)
        {
            return results;
        }
        var sent = await sender.SendAsync(claimed.Select(c => c.Message).ToList(), cancellationToken);
        // Recorded even if the job is being cancelled: the messages have left, and forgetting them would send them again.
        var recorded = await RecordAllAsync(claimed.Select(c => emails[c.Index].Key).ToList(), sent, CancellationToken.None);
        for (var j = 0; j < claimed.Count; j++)
        {
            results[claimed[j].Index] = recorded[j];
        }
        return results;
    }

    /// <summary>Built with the id its key gives, and replies going to the event's forum or organiser unless the builder said otherwise.</summary>
    private async Task<MimeMessage> BuildAsync(PendingEmail email, Dictionary<int, MailboxAddress?> replyTos, CancellationToken cancellationToken)
    {
        var message = email.Build();
        message.MessageId = MailHeaders.MessageId(email.Key, smtp.Value.FromAddress);
        if (message.ReplyTo.Count == 0 && email.EventId is { } eventId)
        {
            if (!replyTos.TryGetValue(eventId, out var replyTo))
            {
                replyTos[eventId] = replyTo = await EventReplyTo.ForAsync(db, eventId, cancellationToken);
            }
            if (replyTo is not null)
            {
                message.ReplyTo.Add(replyTo);
            }
        }
        return message;
    }

    /// <summary>
    /// Records a whole batch as queued before sending starts, so the organiser's view shows its true size and progress.
    /// Keys already in the ledger are left as they are.
    /// </summary>
    public async Task QueueAsync(IReadOnlyList<PendingEmail> emails, CancellationToken cancellationToken)
    {
        var keys = emails.Select(e => e.Key).ToList();
        var known = (await db.EmailDeliveries.Where(d => keys.Contains(d.Key)).Select(d => d.Key).ToListAsync(cancellationToken)).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var rows = emails.Where(e => !known.Contains(e.Key)).Select(e => NewRow(e, now)).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        db.EmailDeliveries.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another worker queued some of them first; each claim still inserts its own row when missing.
        }
        finally
        {
            rows.ForEach(r => db.Entry(r).State = EntityState.Detached);
        }
    }

    /// <summary>
    /// Takes out of the ledger the emails of a version no longer worth sending (the event changed again), so they do not
    /// stay queued for ever. Only rows still queued and not being sent go; sent and failed ones stay on the record.
    /// </summary>
    public async Task RetireAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.EmailDeliveries
            .Where(d => keys.Contains(d.Key) && d.Status == EmailDeliveryStatus.Queued && (d.LeaseUntilUtc == null || d.LeaseUntilUtc < now))
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static EmailDelivery NewRow(PendingEmail email, DateTime now) => new()
    {
        Key = email.Key, EventId = email.EventId, Recipient = email.Recipient, Kind = email.Kind,
        CreatedAtUtc = now, UpdatedAtUtc = now,
    };

    private async Task<DeliveryResult> RecordAsync(string key, SendResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var error = result.Error;
        DateTime? sentAt = result.IsSent ? now : null;
        var status = result.Outcome switch
        {
            SendOutcome.Sent => EmailDeliveryStatus.Sent,
            SendOutcome.PermanentFailure => EmailDeliveryStatus.Failed,
            // Left queued with no lease, so the retry can claim it straight away.
            _ => EmailDeliveryStatus.Queued,
        };
        if (status == EmailDeliveryStatus.Queued
            && await db.EmailDeliveries.Where(d => d.Key == key).Select(d => d.Attempts).SingleAsync(cancellationToken) is var attempts
            && attempts >= MaxAttempts)
        {
            // A server down for good would otherwise leave the email queued for ever, and the organiser none the wiser.
            status = EmailDeliveryStatus.Failed;
            error = FormattableString.Invariant($"Gave up after {attempts} attempts. Last: {error}");
        }
        error = error is { Length: > 2000 } text ? text[..2000] : error;
        await db.EmailDeliveries.Where(d => d.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.Error, error)
            .SetProperty(d => d.SentAtUtc, sentAt)
            .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
        var outcome = status switch
        {
            EmailDeliveryStatus.Sent => DeliveryOutcome.Sent,
            EmailDeliveryStatus.Failed => DeliveryOutcome.PermanentFailure,
            _ => DeliveryOutcome.TransientFailure,
        };
        return new DeliveryResult(key, outcome, error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Key} skipped: {Outcome}")]
    private static partial void LogSkipped(ILogger logger, string key, DeliveryOutcome outcome);
}
