namespace Events.Core.Audit;

/// <summary>Who is acting now: the signed-in staff member in a request, the system in a job.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string Name { get; }
}

public sealed class SystemActor : IAuditActor
{
    public string? UserId => null;
    public string Name => "system";
}
