using MailKit.Net.Smtp;

namespace Events.Core.Email;

internal static class SmtpFailure
{
    public static SendOutcome Classify(Exception exception) => exception switch
    {
        SmtpCommandException command when (int)command.StatusCode >= 500 => SendOutcome.PermanentFailure,
        // 4xx replies, dropped connections, timeouts, a server that is down: all may pass.
        _ => SendOutcome.TransientFailure,
    };

    /// <summary>Whether the connection can still be used for the next message of the batch.</summary>
    public static bool KeepsConnection(Exception exception) => exception is SmtpCommandException;

    /// <summary>The server's reply, not the exception text: it is what the organiser sees.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        _ => exception.GetType().Name + ": " + exception.Message,
    };
}
