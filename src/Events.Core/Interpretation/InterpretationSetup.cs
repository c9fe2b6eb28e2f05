using Events.Core.Briefing;
using Events.Core.Glossary;
using Events.Core.Readings;

namespace Events.Core.Interpretation;

public static class InterpretationSetup
{
    /// <summary>Channels, interpreters and their briefing, the glossary and the reading list: one service each, for pages and API alike.</summary>
    public static IServiceCollection AddInterpretation(this IServiceCollection services)
    {
        services.AddScoped<ChannelPlanner>();
        services.AddScoped<InterpreterRoster>();
        services.AddScoped<BriefingDesk>();
        services.AddScoped<GlossaryEditor>();
        services.AddScoped<ReadingList>();
        return services;
    }
}
