using Events.Core.Attendance;
using Events.Core.Briefing;
using Events.Core.EventChanges;
using Events.Core.FollowUps;
using Events.Core.Interpretation;
using Events.Core.Reports;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Events.Core.Jobs;

/// <summary>Attendance, follow-up, interpreter briefing and the report: the services both hosts need.</summary>
public static class AfterTheEventSetup
{
    public static IServiceCollection AddAfterTheEvent(this IServiceCollection services)
    {
        services.AddOptions<AttendanceOptions>().BindConfiguration(AttendanceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AttendanceRegister>();
        services.AddScoped<ScheduledJobIds>();
        services.AddScoped<FollowUpScheduler>();
        services.AddScoped<FollowUpPlanner>();
        services.AddScoped<IFollowUpJobs, FollowUpJobs>();
        services.AddScoped<BriefingScheduler>();
        services.AddScoped<IBriefingJobs, BriefingJobs>();
        services.AddInterpretation();
        services.AddScoped<EventReportBuilder>();
        services.AddSingleton<IInterceptor, EventMoveInterceptor>();
        return services;
    }
}
