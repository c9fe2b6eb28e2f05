using Events.Bench.Floor;

// The raw floor of the room benchmark: Kestrel and WebSockets, nothing else (no SignalR, no product). Any text a
// client sends is broadcast, as is, to every connected client; the load generator times it against the product.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var room = new BroadcastRoom();
app.UseWebSockets();
app.Map("/ws", async context =>
{
    if (!context.WebSockets.IsWebSocketRequest)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }
    using var socket = await context.WebSockets.AcceptWebSocketAsync();
    await room.ServeAsync(socket, context.RequestAborted);
});
app.MapGet("/count", () => room.Count);
app.Run();
