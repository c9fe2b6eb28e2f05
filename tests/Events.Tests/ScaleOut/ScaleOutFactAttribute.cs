namespace Events.Tests.ScaleOut;

// Six processes on two shared cores: the class runs alone, so its deadlines measure the deployment, not the machine.
[CollectionDefinition(nameof(ScaleOutCollection), DisableParallelization = true)]
public sealed class ScaleOutCollection;

/// <summary>Skips locally when PostgreSQL, Redis or nginx is missing, saying what to install; never under CI=true.</summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public ScaleOutFactAttribute()
    {
        if (ScaleOutDeployment.Missing() is { } reason)
        {
            Skip = reason;
        }
    }
}
