using Events.Core.Audit;
using Events.Core.Forums;
using Events.Core.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Events.Core.Jobs;

public static class JobsSetup
{
    /// <summary>Hangfire client (and storage) for either host; <paramref name="runServer"/> adds the job server.</summary>
    public static IServiceCollection AddEventsJobs(this IServiceCollection services, IConfiguration configuration, bool runServer)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddAppHangfire(jobs, database, runServer);
        services.AddEventsEmail();
        services.AddPersonalLinks();
        services.AddOptions<Registrations.SiteOptions>().BindConfiguration(Registrations.SiteOptions.Section);
        services.AddOptions<Registrations.RegistrationOptions>().BindConfiguration(Registrations.RegistrationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Both hosts decide about places: the web on requests, the worker when a hold runs out.
        services.AddSingleton<Registrations.RegistrationGate>();
        services.AddSingleton<Registrations.RegistrationWriter>();
        services.AddScoped<Registrations.Registrar>();
        services.AddSingleton<Registrations.RegistrationTargets>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, Registrations.RegistrationTargetsInterceptor>();
        services.AddEmailOutbox();
        services.AddScoped<Live.LiveEvictions>();
        services.TryAddSingleton<Live.ILiveEviction, Live.NoLiveEviction>();
        services.AddScoped<Registrations.IRegistrationHoldJobs, Registrations.RegistrationHoldJobs>();
        services.AddScoped<Registrations.RegistrationEmailJobs>();
        services.AddScoped<Email.IRegistrationEmailJobs>(sp => sp.GetRequiredService<Registrations.RegistrationEmailJobs>());
        services.AddOptions<Reminders.ReminderOptions>().BindConfiguration(Reminders.ReminderOptions.Section);
        services.AddScoped<Reminders.IReminderJobs, Reminders.ReminderJobs>();
        services.AddScoped<Reminders.ReminderScheduler>();
        services.AddScoped<EventChanges.IEventChangeJobs, EventChanges.EventChangeJobs>();
        services.AddScoped<EventChanges.EventChangeFollowUp>();
        services.AddScoped<EmailStatus.IEmailResendJobs, EmailStatus.EmailResendJobs>();
        services.AddScoped<EmailStatus.EmailResender>();
        services.AddAfterTheEvent();
        services.AddEventEditing();
        services.AddTranslationDesk();
        services.AddForums();
        services.AddOptions<Retention.RetentionOptions>().BindConfiguration(Retention.RetentionOptions.Section);
        Retention.RetentionSetup.AddRetention(services);
        // The web replaces the actor with the signed-in staff member; jobs act as the system.
        services.TryAddScoped<Audit.IAuditActor, Audit.SystemActor>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddAuditLog();
        if (runServer)
        {
            services.AddHostedService<RecurringJobs>();
        }
        return services;
    }
}
