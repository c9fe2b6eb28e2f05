using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Events.Core.Email;

/// <summary>
/// Sends over SMTP, or writes <c>.eml</c> files into the drop folder when no host is configured. Each message gets the
/// site's headers (<see cref="MailHeaders"/>) and, when configured, a DKIM signature.
/// </summary>
public sealed partial class MailKitEmailSender(IOptions<SmtpOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    private readonly SmtpOptions _options = options.Value;
    private readonly DkimSigning? _dkim = DkimSigning.From(options.Value.Dkim);

    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            // Every kind of email passes here, so here is where the headers are settled and then signed.
            MailHeaders.ApplySite(message, _options);
            _dkim?.Sign(message);
        }
        return _options.UsesDropDirectory
            ? await DropAsync(messages, cancellationToken)
            : await SendOverSmtpAsync(messages, cancellationToken);
    }

    private async Task<IReadOnlyList<SendResult>> DropAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(_options.DropDirectory);
        Directory.CreateDirectory(directory);
        var results = new List<SendResult>(messages.Count);
        foreach (var message in messages)
        {
            var path = Path.Combine(directory, await DropNameAsync(directory, message.MessageId, cancellationToken));
            if (!File.Exists(path))
            {
                // Written aside then renamed, so a reader of the folder never sees half a message.
                await message.WriteToAsync(path + ".tmp", cancellationToken);
                File.Move(path + ".tmp", path, overwrite: true);
            }
            LogDropped(logger, message.MessageId);
            results.Add(new SendResult(message, SendOutcome.Sent));
        }
        return results;
    }

    /// <summary>
    /// The file name a Message-ID was given the first time, kept in <c>.sent/</c>: a worker killed between writing a
    /// message and recording it sent writes it again on the retry, and must land on the same file, not a second copy.
    /// </summary>
    private static async Task<string> DropNameAsync(string directory, string? messageId, CancellationToken cancellationToken)
    {
        // ApplySite gives every message an id; a message without one has nothing to be recognised by.
        var id = messageId ?? Guid.NewGuid().ToString("N");
        var marker = Path.Combine(directory, ".sent", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))));
        if (File.Exists(marker))
        {
            return await File.ReadAllTextAsync(marker, cancellationToken);
        }
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        await File.WriteAllTextAsync(marker + ".tmp", name, cancellationToken);
        File.Move(marker + ".tmp", marker, overwrite: true);
        return name;
    }

    private async Task<IReadOnlyList<SendResult>> SendOverSmtpAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var results = new List<SendResult>(messages.Count);
        using var client = new SmtpClient();
        foreach (var message in messages)
        {
            try
            {
                await EnsureConnectedAsync(client, cancellationToken);
                await client.SendAsync(message, cancellationToken);
                LogSent(logger, message.MessageId);
                results.Add(new SendResult(message, SendOutcome.Sent));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var outcome = SmtpFailure.Classify(exception);
                // The server's text may quote the address, so only its code and the exception type are logged.
                LogFailed(logger, message.MessageId, outcome, (int?)(exception as SmtpCommandException)?.StatusCode, exception.GetType().Name);
                results.Add(new SendResult(message, outcome, SmtpFailure.Describe(exception)));
                if (!SmtpFailure.KeepsConnection(exception))
                {
                    await CloseQuietlyAsync(client, quit: false);
                }
            }
        }
        await CloseQuietlyAsync(client, quit: true);
        return results;
    }

    /// <summary>A failure to hang up must not lose the results: the messages have already gone.</summary>
    private static async Task CloseQuietlyAsync(SmtpClient client, bool quit)
    {
        if (!client.IsConnected)
        {
            return;
        }
        try
        {
            await client.DisconnectAsync(quit, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException)
        {
        }
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
        {
            return;
        }
        // Our own socket, so it can send without Nagle's delay: a message's last small write otherwise waits for the
        // server's delayed acknowledgement (about 40 ms), which capped a batch at some 20 messages a second.
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_options.Host!, _options.Port, cancellationToken);
            await client.ConnectAsync(socket, _options.Host!, _options.Port, _options.SecureSocket, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} written to the drop folder")]
    private static partial void LogDropped(ILogger logger, string? messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} sent")]
    private static partial void LogSent(ILogger logger, string? messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {MessageId} not sent ({Outcome}): status {StatusCode}, {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string? messageId, SendOutcome outcome, int? statusCode, string exceptionType);
}
