namespace Events.Core.Registrations;

public static class EmailOutboxSetup
{
    /// <summary>Both hosts write the outbox (registrations, holds running out) and both drain it.</summary>
    public static IServiceCollection AddEmailOutbox(this IServiceCollection services)
    {
        services.AddOptions<EmailOutboxOptions>().BindConfiguration(EmailOutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EmailOutboxSignal>();
        services.AddSingleton<EmailOutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailOutboxDispatcher>());
        return services;
    }
}
