using System.Globalization;
using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Events.Tests.Email;

/// <summary>
/// A real SMTP server on 127.0.0.1 that keeps what it receives, refuses mailboxes starting with "reject" for good (550)
/// and those starting with "busy" for now (451).
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Store _store = new();

    /// <summary>The settings that point an app's mail at this server, in plain text on 127.0.0.1.</summary>
    public Dictionary<string, string?> AppSettings() => SettingsFor(Port);

    /// <summary>The same for any port on 127.0.0.1 (one nothing listens on, to see a failure).</summary>
    public static Dictionary<string, string?> SettingsFor(int port) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:SecureSocket"] = "None",
    };

    public TestSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(new RejectingFilter());
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    /// <summary>Counts the SMTP connections opened, to show a batch reuses one.</summary>
    public int Sessions => _store.Sessions.Count;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();
        public ConcurrentDictionary<ISessionContext, bool> Sessions { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Sessions.TryAdd(context, true);
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RejectingFilter : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            if (to.User.StartsWith("busy", StringComparison.Ordinal))
            {
                throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)451, "Mailbox busy, try again later"));
            }
            return Task.FromResult(!to.User.StartsWith("reject", StringComparison.Ordinal));
        }
    }
}
