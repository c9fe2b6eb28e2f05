using MimeKit;
using MimeKit.Cryptography;

namespace Events.Core.Email;

/// <summary>Signs finished messages with the configured DKIM key; the last thing done before a message leaves.</summary>
public sealed class DkimSigning
{
    /// <summary>What the signature covers: the headers a forger would change, and ours that mark the mail as automatic.</summary>
    public static readonly HeaderId[] SignedHeaders =
        [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.ReplyTo];

    private readonly DkimSigner _signer;

    public DkimSigning(DkimOptions options)
    {
        if (!options.IsEnabled)
        {
            throw new ArgumentException("DKIM needs Smtp:Dkim:Domain, Selector and PrivateKeyPath.", nameof(options));
        }
        _signer = new DkimSigner(options.PrivateKeyPath!, options.Domain!, options.Selector!)
        {
            HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        };
    }

    /// <summary>Null when DKIM is not configured.</summary>
    public static DkimSigning? From(DkimOptions options) => options.IsEnabled ? new DkimSigning(options) : null;

    public void Sign(MimeMessage message)
    {
        // Settled to 7-bit first: a relay that re-encodes an 8-bit body would break the signature on the way.
        message.Prepare(EncodingConstraint.SevenBit);
        var headers = SignedHeaders.Select(h => h.ToHeaderName())
            .Append(MailHeaders.AutoSubmitted)
            .Where(name => message.Headers.Contains(name))
            .ToList();
        _signer.Sign(message, headers);
    }
}
