using Events.Core.Accounts;
using Events.Core.Briefing;
using Events.Core.FollowUps;
using Events.Core.Forums;
using MimeKit;

namespace Events.Core.Email.Previews;

/// <summary>
/// Every message an event sends, in each of its languages, built by the very builders the jobs use, for a sample
/// recipient who is never saved. Building writes and sends nothing; <see cref="SendTestAsync"/> sends one copy to the
/// organiser, past the registrants' ledger. The organiser page and the API both call it.
/// </summary>
public sealed class EmailPreviews(
    EventsDbContext db, RegistrationEmailJobs registrationEmails, IEmailSender sender,
    IOptions<SiteOptions> site, IOptions<SmtpOptions> smtp, IServiceProvider services)
{
    public const string TestPrefix = "[Test] ";

    public async Task<PreviewCatalogue?> CatalogueAsync(string slug, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return null;
        }
        var followUp = await db.FollowUps.AsNoTracking().Include(f => f.Messages).SingleOrDefaultAsync(f => f.EventId == ev.Id, ct);
        var languages = LanguagesOf(ev);
        var entries = Enum.GetValues<PreviewKind>()
            .SelectMany(kind => languages.Select(language => new PreviewEntry(kind, language, kind switch
            {
                PreviewKind.FollowUp => followUp?.MessageFor(language) is not null,
                PreviewKind.ForumBooking => ev.ForumId is not null,
                _ => true,
            })))
            .ToList();
        return new PreviewCatalogue(ev.Slug, ev.Title, languages, entries);
    }

    /// <param name="organiser">The signed-in organiser: the sample recipient's address is theirs.</param>
    public async Task<EmailPreviewResult> BuildAsync(string slug, string? kind, string? language, MailboxAddress organiser, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.Channels).SingleOrDefaultAsync(e => e.Slug == slug, ct);
        if (ev is null)
        {
            return EmailPreviewResult.NotFound;
        }
        if (ParseKind(kind) is not { } previewKind)
        {
            return new EmailPreviewResult(PreviewOutcome.UnknownKind);
        }
        if (LanguagesOf(ev).FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)) is not { } lang)
        {
            return new EmailPreviewResult(PreviewOutcome.UnknownLanguage);
        }
        var message = await MessageAsync(ev, previewKind, lang, organiser.Address, ct);
        if (message is null)
        {
            return new EmailPreviewResult(PreviewOutcome.Unavailable);
        }
        if (message.ReplyTo.Count == 0 && previewKind != PreviewKind.TeamInvitation && await EventReplyTo.ForAsync(db, ev.Id, ct) is { } replyTo)
        {
            message.ReplyTo.Add(replyTo);
        }
        message.MessageId = MailHeaders.MessageId(FormattableString.Invariant($"preview:{ev.Id}:{previewKind}:{lang}"), smtp.Value.FromAddress);
        MailHeaders.ApplySite(message, smtp.Value);
        return new EmailPreviewResult(PreviewOutcome.Ok, new EmailPreview(previewKind, lang, message));
    }

    /// <summary>The previewed message, marked as a test, to the organiser alone; no registrant's ledger row is touched.</summary>
    public async Task<EmailPreviewResult> SendTestAsync(string slug, string? kind, string? language, MailboxAddress organiser, CancellationToken ct)
    {
        var built = await BuildAsync(slug, kind, language, organiser, ct);
        if (built.Preview is not { } preview)
        {
            return built;
        }
        var message = preview.Message;
        message.Subject = TestPrefix + message.Subject;
        message.To.Clear();
        message.To.Add(organiser);
        // Its own id: a receiver that has seen an id before may drop the second test copy as a duplicate.
        message.MessageId = MailHeaders.MessageId("preview-test:" + Guid.NewGuid().ToString("N"), smtp.Value.FromAddress);
        var result = (await sender.SendAsync([message], ct))[0];
        return result.IsSent ? built : new EmailPreviewResult(PreviewOutcome.NotSent, preview, result.Error);
    }

    public static IReadOnlyList<string> LanguagesOf(Event ev) => ev.Languages.Count > 0 ? ev.Languages : [ev.OriginalLanguage];

    public static PreviewKind? ParseKind(string? kind) =>
        Enum.GetNames<PreviewKind>().FirstOrDefault(n => string.Equals(n, kind?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<PreviewKind>(name)
            : null;

    private async Task<MimeMessage?> MessageAsync(Event ev, PreviewKind kind, string language, string email, CancellationToken ct)
    {
        switch (kind)
        {
            case PreviewKind.FollowUp:
                var followUp = await FollowUpContent.LoadAsync(db, ev.Id, ct);
                return followUp?.Draft.MessageFor(language) is null
                    ? null
                    : ActivatorUtilities.CreateInstance<FollowUpJobs>(services).Build(followUp, SampleRecipient.Registration(ev, kind, language, email), FollowUpVariant.Attended);
            case PreviewKind.InterpreterBriefing:
                var briefing = await BriefingContent.LoadAsync(db, ev.Id, ct);
                return ActivatorUtilities.CreateInstance<BriefingJobs>(services).Build(briefing!, SampleRecipient.Interpreter(ev, language, email));
            case PreviewKind.ForumBooking:
                var forum = ev.ForumId is { } forumId ? await db.Forums.AsNoTracking().SingleOrDefaultAsync(f => f.Id == forumId, ct) : null;
                return forum is null
                    ? null
                    : ActivatorUtilities.CreateInstance<BookingEmailJobs>(services).Build(SampleRecipient.Booking(forum.Id, language, email), forum,
                        [(SampleRecipient.Registration(ev, kind, language, email), ev)]);
            case PreviewKind.TeamInvitation:
                var title = ContentReader.For(ev, language).Text(ev.Translations, nameof(Event.Title), ev.Title).Text;
                var link = $"{site.Value.BaseUrl.TrimEnd('/')}/account/invite/{SampleRecipient.Token}";
                return AccountInvitations.Build(SampleRecipient.Name(language), email, title, language, link);
            default:
                return registrationEmails.Build(SampleRecipient.Registration(ev, kind, language, email), ev, Enum.Parse<EmailKind>(kind.ToString()));
        }
    }
}
