using System.Text.Json.Serialization;
using Events.Core.Live;
using Events.Tests.Infrastructure;
using Events.Web.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

public sealed class TransportTests
{
    [Fact]
    public async Task WhereWebSocketsAreBlocked_LongPollingStillDeliversEverything()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var registration = await live.RegisterAsync("Ana");
        var cookies = await live.AdmitAsync(registration);
        await using var polling = new HubConnectionBuilder()
            .WithUrl($"{live.BaseUrl}{LiveSetup.HubPath}", HttpTransportType.LongPolling, o => o.Cookies = cookies)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        var hears = new Inbox(polling);
        await polling.StartAsync();
        await polling.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        var id = (await asker.InvokeAsync<AskResult>("Ask", new AskRequest("Over long polling?", QuestionAnonymity.Named))).Question!.Id;

        Assert.Equal("Over long polling?", (await hears.WaitForAsync<QuestionView>(q => q.Id == id)).Text);
    }

    [RedisFact]
    public async Task WithTheRedisBackplane_TwoWebInstancesShareEveryBroadcast()
    {
        await using var first = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After,
            new() { ["Live:Redis"] = Services.Redis ?? "127.0.0.1:6379" });
        await using var second = first.AnotherInstance();
        var onFirst = await first.AttendeeAsync(await first.RegisterAsync("Ana"));
        var onSecond = await second.AttendeeAsync(await first.RegisterAsync("Ben"));
        var moderatorOnSecond = await second.ModeratorAsync();
        var firstHears = new Inbox(onFirst);
        var secondHears = new Inbox(onSecond);
        await onFirst.InvokeAsync<LiveSnapshot>("Join", first.Event.Id, LiveView.Attendee, null);
        await onSecond.InvokeAsync<LiveSnapshot>("Join", first.Event.Id, LiveView.Attendee, null);
        await moderatorOnSecond.InvokeAsync<LiveSnapshot>("Join", first.Event.Id, LiveView.Console, null);

        var id = (await onFirst.InvokeAsync<AskResult>("Ask", new AskRequest("Across instances?", QuestionAnonymity.Named))).Question!.Id;
        await secondHears.WaitForAsync<QuestionView>(q => q.Id == id);
        await moderatorOnSecond.InvokeAsync("Moderate", first.Event.Id, id, ModerationAction.Answering);

        await firstHears.WaitForAsync<QuestionView>(q => q.Id == id && q.Status == QuestionStatus.Answering);
    }
}
