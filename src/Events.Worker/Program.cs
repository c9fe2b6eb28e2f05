using Events.Core.Data;
using Events.Core.Jobs;

namespace Events.Worker;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddEventsData(builder.Configuration);
        builder.Services.AddEventsJobs(builder.Configuration, runServer: true);
        builder.Build().Run();
    }
}
