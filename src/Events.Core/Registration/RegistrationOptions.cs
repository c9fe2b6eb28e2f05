using System.ComponentModel.DataAnnotations;

namespace Events.Core.Registrations;

public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>How long an Unconfirmed registration holds its place before it is released (events with email confirmation).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "Registration:EmailConfirmationWindow must be between 5 minutes and 30 days.")]
    public TimeSpan EmailConfirmationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a public registration may check against an event and its questions read earlier
    /// (<see cref="RegistrationTargets"/>): the longest another instance's edit takes to be seen there. Zero reads every time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Registration:TargetLifetime must be between 0 and 1 minute.")]
    public TimeSpan TargetLifetime { get; set; } = TimeSpan.FromSeconds(2);
}
