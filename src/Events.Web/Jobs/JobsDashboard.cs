using Hangfire;
using Hangfire.Dashboard;

namespace Events.Web.Jobs;

public static class JobsDashboard
{
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        // The endpoint policy gives the site's usual sign-in and denied answers; the filter keeps the dashboard shut
        // even if it is ever mapped without it.
        // This app's own job storage, not Hangfire's process-wide JobStorage.Current.
        var storage = app.ServiceProvider.GetRequiredService<JobStorage>();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdministratorDashboardFilter()] }, storage)
            .RequireAuthorization(Policies.Administrator);
        return app;
    }

    private sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Administrator);
        }
    }
}
