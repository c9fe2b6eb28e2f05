using Events.Core.Data;

namespace Events.Worker;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddEventsData(builder.Configuration);
        builder.Build().Run();
    }
}
