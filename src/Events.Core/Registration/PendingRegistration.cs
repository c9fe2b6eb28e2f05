using Events.Core.Links;

namespace Events.Core.Registrations;

/// <summary>A valid registration waiting for its event's next batch (<see cref="RegistrationWriter"/>); everything read before the turn.</summary>
internal sealed class PendingRegistration(Event ev, RegistrationInput input, string email, NewLink link, List<RegistrationAnswer> answers, int? bookingId)
{
    public Event Event { get; } = ev;
    public RegistrationInput Input { get; } = input;
    public string Email { get; } = email;
    public NewLink Link { get; } = link;
    public List<RegistrationAnswer> Answers { get; } = answers;
    public int? BookingId { get; } = bookingId;
    public TaskCompletionSource<RegisterOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
