namespace Events.Core.Forums;

public static class ForumsSetup
{
    /// <summary>Both hosts: the web books and edits, the worker sends the booking email.</summary>
    public static IServiceCollection AddForums(this IServiceCollection services) => services
        .AddScoped<ForumEditor>().AddScoped<ForumQueries>().AddScoped<Booker>()
        .AddScoped<IBookingEmailJobs, BookingEmailJobs>();
}
