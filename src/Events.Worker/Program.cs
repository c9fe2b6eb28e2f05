using Events.Core.Data;
using Events.Core.Jobs;

namespace Events.Worker;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        RefuseSharedSqliteServer(builder.Configuration);
        builder.Services.AddEventsData(builder.Configuration);
        builder.Services.AddEventsJobs(builder.Configuration, runServer: true);
        builder.Build().Run();
    }

    // Two processes serving jobs from one SQLite file were seen to run some jobs twice.
    private static void RefuseSharedSqliteServer(ConfigurationManager configuration)
    {
        var storage = configuration["Jobs:Storage"] ?? "Sqlite";
        if (storage == "Sqlite" && configuration.GetValue("Jobs:RunServerInWeb", true))
        {
            throw new InvalidOperationException(
                "Jobs:Storage is Sqlite and Jobs:RunServerInWeb is not false: only one process may run the job server on SQLite. " +
                "Set Jobs:RunServerInWeb=false for the web app and the worker, or use Jobs:Storage=Postgres.");
        }
    }
}
