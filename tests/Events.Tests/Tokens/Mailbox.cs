using System.Text;
using System.Text.RegularExpressions;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Events.Tests.Tokens;

/// <summary>The drop folder the test app writes its emails to, read as a registrant reads them.</summary>
internal sealed partial class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    public List<MimeMessage> All() => Directory.Exists(Folder)
        ? Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
        : [];

    /// <summary>Every personal-link token in the bodies of every email so far.</summary>
    public List<string> Tokens() => All().SelectMany(TokensIn).Distinct(StringComparer.Ordinal).ToList();

    public static IEnumerable<string> TokensIn(MimeMessage message) =>
        PersonalLink().Matches($"{message.TextBody}\n{message.HtmlBody}").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    /// <summary>The text of each calendar file of the message (parts named *.ics or typed text/calendar), lines unfolded.</summary>
    public static List<string> CalendarsIn(MimeMessage message) => message.BodyParts.OfType<MimePart>()
        .Where(p => p.ContentType.MimeType == "text/calendar" || (p.FileName?.EndsWith(".ics", StringComparison.Ordinal) ?? false))
        .Select(p =>
        {
            using var content = new MemoryStream();
            p.Content!.DecodeTo(content);
            return Encoding.UTF8.GetString(content.ToArray()).Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        }).ToList();

    /// <summary>Runs every registration email job queued so far (a job already sent does nothing, by its key).</summary>
    public static async Task RunEmailJobsAsync(EventsApp app)
    {
        foreach (var (id, kind) in app.EmailJobs())
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(id, kind, CancellationToken.None);
        }
    }

    public void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [GeneratedRegex(@"/r/([A-Za-z0-9_-]{16,})")]
    private static partial Regex PersonalLink();
}
