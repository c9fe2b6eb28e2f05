namespace Events.Core.Events;

public static class EventsSetup
{
    /// <summary>The organiser's use cases on the event itself, shared by the API and the pages.</summary>
    public static IServiceCollection AddEventEditing(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        return services.AddScoped<EventEditor>().AddScoped<EventSettings>();
    }
}
