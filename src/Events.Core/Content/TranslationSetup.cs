using Events.Core.Content.TranslationExchange;

namespace Events.Core.Content;

public static class TranslationSetup
{
    /// <summary>The translators' desk, shared by the translations page and its API.</summary>
    public static IServiceCollection AddTranslationDesk(this IServiceCollection services) => services.AddScoped<TranslationDesk>();
}
