using Events.Core.Calendar;
using MimeKit;

namespace Events.Core.Briefing;

/// <summary>The job behind <see cref="IBriefingJobs"/>: one briefing pack per interpreter, with the calendar entry.</summary>
public sealed class BriefingJobs(EventsDbContext db, OnceOnlyMailer mailer, IOptions<SiteOptions> site, TimeProvider clock) : IBriefingJobs
{
    public static string Key(int interpreterId, int sequence) => FormattableString.Invariant($"briefing:{interpreterId}:{sequence}");

    public static string OnDemandKey(int interpreterId, int sequence, string requestId) =>
        FormattableString.Invariant($"briefing:{interpreterId}:{sequence}:{requestId}");

    public async Task SendScheduledAsync(int eventId, int sequence, CancellationToken cancellationToken)
    {
        var content = await BriefingContent.LoadAsync(db, eventId, cancellationToken);
        // A moved event has its own briefing job at the new sequence; a cancelled one needs none.
        if (content is null || content.Event.Status != EventStatus.Published || content.Event.Sequence != sequence)
        {
            return;
        }
        await SendAsync(content, i => Key(i, sequence), cancellationToken);
    }

    public async Task SendOnDemandAsync(int eventId, string requestId, CancellationToken cancellationToken)
    {
        var content = await BriefingContent.LoadAsync(db, eventId, cancellationToken);
        if (content is null)
        {
            return;
        }
        await SendAsync(content, i => OnDemandKey(i, content.Event.Sequence, requestId), cancellationToken);
    }

    private async Task SendAsync(BriefingContent content, Func<int, string> key, CancellationToken cancellationToken)
    {
        var interpreters = await db.Interpreters.AsNoTracking().Where(i => i.EventId == content.Event.Id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var pending = interpreters.Select(i => new PendingEmail(key(i.Id), EmailKind.InterpreterBriefing, content.Event.Id, i.Email,
            () => Build(content, i))).ToList();
        var results = await mailer.SendBatchAsync(pending, cancellationToken);
        var unfinished = results.Count(r => r.Outcome is DeliveryOutcome.TransientFailure or DeliveryOutcome.Busy);
        if (unfinished > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{unfinished} briefing(s) for event {content.Event.Id} are not done; Hangfire retries them."));
        }
    }

    internal MimeMessage Build(BriefingContent content, Interpreter interpreter)
    {
        var email = BriefingComposer.Render(content, interpreter, site.Value.BaseUrl);
        var live = $"{site.Value.BaseUrl.TrimEnd('/')}/events/{content.Event.Slug}";
        var title = BriefingComposer.Title(content, interpreter);
        var request = new InvitationRequest(content.Event, CalendarMethod.Request, title.Text, email.Subject + "\n" + live, live)
        {
            Language = interpreter.TargetLanguage,
            SummaryLanguage = title.Language,
            Attendee = new CalendarAttendee("interpreter-" + interpreter.Id.ToString(CultureInfo.InvariantCulture), interpreter.Email, interpreter.Name),
        };
        var calendar = new CalendarPart(InvitationCalendar.Build(request, clock.GetUtcNow().UtcDateTime), CalendarMethod.Request);
        return EmailMessage.Create(new MailboxAddress(interpreter.Name, interpreter.Email), email.Subject, email.Html, email.Text, calendar);
    }
}
