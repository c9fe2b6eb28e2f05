using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Events.Core.Email;

/// <summary>Outgoing mail. With no <see cref="Host"/>, messages are written to <see cref="DropDirectory"/> instead of sent.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable. StartTls by default: never send in clear by accident.</summary>
    public SecureSocketOptions SecureSocket { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "events@localhost";

    [Required]
    public string FromName { get; set; } = "Events";

    [Required]
    public string DropDirectory { get; set; } = "data/mail";

    /// <summary>Optional DKIM signing; see <see cref="DkimOptions"/>.</summary>
    public DkimOptions Dkim { get; set; } = new();

    public bool UsesDropDirectory => string.IsNullOrWhiteSpace(Host);
}
