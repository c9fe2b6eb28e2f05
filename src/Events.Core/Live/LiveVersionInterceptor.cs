using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Polls;
using Events.Core.Speakers;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Events.Core.Live;

/// <summary>
/// Bumps <see cref="Event.LiveVersion"/> after a save that changed what a joining page is shown alike, whichever page,
/// endpoint, hub method or job saved it. Vote counts (written with ExecuteUpdate) do not pass here, by design.
/// </summary>
internal sealed class LiveVersionInterceptor : Data.AfterSaveInterceptor<LiveVersionInterceptor.Changed>
{
    protected override Changed? Collect(DbContext context)
    {
        var changed = new Changed();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                // A new event has nothing cached yet.
                case Event ev when entry.State != EntityState.Added:
                    changed.Events.Add(ev.Id);
                    break;
                case AgendaItem item:
                    changed.Events.Add(item.EventId);
                    break;
                case AgendaPerson person:
                    changed.AgendaItems.Add(person.AgendaItemId);
                    break;
                case Speaker speaker when entry.State != EntityState.Added:
                    changed.Events.Add(speaker.EventId);
                    break;
                case InterpretationChannel channel:
                    changed.Events.Add(channel.EventId);
                    break;
                case Question question when SeenByAudience(entry, question):
                    changed.Events.Add(question.EventId);
                    break;
                case Poll poll:
                    changed.Events.Add(poll.EventId);
                    break;
                case PollChoice choice:
                    changed.Polls.Add(choice.PollId);
                    break;
            }
        }
        return changed.IsEmpty ? null : changed;
    }

    /// <summary>A question public before or after the save: pending ones and comments are not in what everyone is shown.</summary>
    private static bool SeenByAudience(EntityEntry entry, Question question)
    {
        if (question.Kind == PostKind.Question && question.IsPublic)
        {
            return true;
        }
        if (entry.State == EntityState.Added)
        {
            return false;
        }
        var kind = entry.Property(nameof(Question.Kind)).OriginalValue is PostKind k ? k : question.Kind;
        var status = entry.Property(nameof(Question.Status)).OriginalValue is QuestionStatus s ? s : question.Status;
        return kind == PostKind.Question && status is QuestionStatus.Published or QuestionStatus.Answering or QuestionStatus.Answered;
    }

    protected override async Task AfterSaveAsync(DbContext context, Changed changed, CancellationToken ct)
    {
        if (context is not EventsDbContext db)
        {
            return;
        }
        var (events, items, polls) = (changed.Events, changed.AgendaItems, changed.Polls);
        await LiveVersion.BumpAsync(db, e => events.Contains(e.Id)
            || db.AgendaItems.Any(a => a.EventId == e.Id && items.Contains(a.Id))
            || db.Polls.Any(p => p.EventId == e.Id && polls.Contains(p.Id)), ct);
    }

    /// <summary>What a save changed that joining pages are shown: events directly, or through an agenda item or a poll.</summary>
    internal sealed class Changed
    {
        public HashSet<int> Events { get; } = [];

        public HashSet<int> AgendaItems { get; } = [];

        public HashSet<int> Polls { get; } = [];

        public bool IsEmpty => Events.Count + AgendaItems.Count + Polls.Count == 0;
    }
}
