namespace Events.Core.EmailStatus;

/// <summary>Job contract stored in the job storage: rename with care.</summary>
public interface IEmailResendJobs
{
    /// <summary>Sends the email recorded under <paramref name="key"/> in the ledger, once, rebuilt from the current registration and event.</summary>
    Task ResendAsync(string key, CancellationToken cancellationToken);
}
