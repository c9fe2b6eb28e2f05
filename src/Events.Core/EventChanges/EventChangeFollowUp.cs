using Events.Core.Reminders;
using Hangfire;

namespace Events.Core.EventChanges;

/// <summary>What follows a saved change to an event: its reminders move or go, and its registrants are told.</summary>
public sealed class EventChangeFollowUp(IBackgroundJobClient jobs, ReminderScheduler reminders)
{
    /// <summary>
    /// After an edit is saved. <paramref name="sequenceBefore"/> is the version the registrants last heard of,
    /// <paramref name="reminderOffsetsBefore"/> the event's own reminder offsets before the edit.
    /// </summary>
    public void AfterEdit(Event ev, int sequenceBefore, IReadOnlyList<int>? reminderOffsetsBefore)
    {
        var moved = ev.Sequence != sequenceBefore;
        var remindersChanged = reminderOffsetsBefore is null != ev.ReminderOffsetMinutes is null
            || reminderOffsetsBefore is not null && !reminderOffsetsBefore.SequenceEqual(ev.ReminderOffsetMinutes!);
        if (moved || remindersChanged)
        {
            reminders.Reschedule(ev);
        }
        if (moved && ev.Status is EventStatus.Published or EventStatus.Live)
        {
            var (eventId, sequence) = (ev.Id, ev.Sequence);
            jobs.Enqueue<IEventChangeJobs>(j => j.SendUpdateAsync(eventId, sequence, CancellationToken.None));
        }
    }

    /// <summary>After the event's status is saved (published, cancelled).</summary>
    public void AfterStatusChange(Event ev)
    {
        reminders.Reschedule(ev);
        if (ev.Status == EventStatus.Cancelled)
        {
            var (eventId, sequence) = (ev.Id, ev.Sequence);
            jobs.Enqueue<IEventChangeJobs>(j => j.SendCancellationAsync(eventId, sequence, CancellationToken.None));
        }
    }
}
