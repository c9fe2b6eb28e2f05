using Events.Core.Data;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddEventsData(builder.Configuration);

var host = builder.Build();
host.Run();
