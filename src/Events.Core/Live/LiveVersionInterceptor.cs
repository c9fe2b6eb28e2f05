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
internal sealed class LiveVersionInterceptor : Data.AfterSaveInterceptor
{
    private HashSet<int> _events = [];
    private HashSet<int> _agendaItems = [];
    private HashSet<int> _polls = [];

    protected override void Collect(DbContext? context)
    {
        Clear();
        if (context is null)
        {
            return;
        }
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
                    _events.Add(ev.Id);
                    break;
                case AgendaItem item:
                    _events.Add(item.EventId);
                    break;
                case AgendaPerson person:
                    _agendaItems.Add(person.AgendaItemId);
                    break;
                case Speaker speaker when entry.State != EntityState.Added:
                    _events.Add(speaker.EventId);
                    break;
                case InterpretationChannel channel:
                    _events.Add(channel.EventId);
                    break;
                case Question question when SeenByAudience(entry, question):
                    _events.Add(question.EventId);
                    break;
                case Poll poll:
                    _events.Add(poll.EventId);
                    break;
                case PollChoice choice:
                    _polls.Add(choice.PollId);
                    break;
            }
        }
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

    protected override async Task AfterSaveAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not EventsDbContext db || _events.Count + _agendaItems.Count + _polls.Count == 0)
        {
            Clear();
            return;
        }
        var (events, items, polls) = (_events, _agendaItems, _polls);
        Clear();
        await LiveVersion.BumpAsync(db, e => events.Contains(e.Id)
            || db.AgendaItems.Any(a => a.EventId == e.Id && items.Contains(a.Id))
            || db.Polls.Any(p => p.EventId == e.Id && polls.Contains(p.Id)), ct);
    }

    protected override void Forget() => Clear();

    private void Clear() => (_events, _agendaItems, _polls) = ([], [], []);
}
