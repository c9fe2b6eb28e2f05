namespace Events.Core.Email;

public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddEventsEmail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpProductionRules>();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddScoped<OnceOnlyMailer>();
        services.AddScoped<Previews.EmailPreviews>();
        return services;
    }
}
