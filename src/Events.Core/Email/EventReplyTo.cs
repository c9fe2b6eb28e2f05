using MimeKit;

namespace Events.Core.Email;

/// <summary>Where replies to an event's emails go: its forum's reply-to address when set, else its organiser.</summary>
public static class EventReplyTo
{
    public static async Task<MailboxAddress?> ForAsync(EventsDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new
            {
                e.OrganiserName,
                e.OrganiserEmail,
                Forum = db.Forums.Where(f => f.Id == e.ForumId).Select(f => f.ReplyToAddress).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return ev is null ? null : MailHeaders.ReplyTo(ev.OrganiserName, ev.OrganiserEmail, ev.Forum);
    }
}
