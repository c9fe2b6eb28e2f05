using Events.Core.Live;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.Live;

public sealed class ReconnectTests
{
    [Fact]
    public async Task ClientAwayWhileThreeQuestionsChange_GetsAllThreeOnRejoin()
    {
        await using var live = await LiveFixture.StartAsync();
        var ana = await live.RegisterAsync("Ana");
        var attendee = await live.AttendeeAsync(ana);
        var asker = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        var moderator = await live.ModeratorAsync();
        await asker.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var ids = new List<int>();
        foreach (var text in new[] { "First", "Second", "Third" })
        {
            ids.Add((await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named))).Question!.Id);
        }
        await moderator.InvokeAsync("Moderate", live.Event.Id, ids[0], ModerationAction.Approve);
        await moderator.InvokeAsync("Moderate", live.Event.Id, ids[1], ModerationAction.Approve);
        var before = await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        Assert.Equal(2, before.Questions.Count);

        await attendee.StopAsync();
        await moderator.InvokeAsync("Moderate", live.Event.Id, ids[0], ModerationAction.Answering);
        await moderator.InvokeAsync("Moderate", live.Event.Id, ids[1], ModerationAction.Hide);
        await moderator.InvokeAsync("Moderate", live.Event.Id, ids[2], ModerationAction.Approve);
        await attendee.StartAsync();
        var after = await attendee.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

        Assert.Equal(QuestionStatus.Answering, after.Questions.Single(q => q.Id == ids[0]).Status);
        Assert.DoesNotContain(after.Questions, q => q.Id == ids[1]);
        Assert.Equal(QuestionStatus.Published, after.Questions.Single(q => q.Id == ids[2]).Status);
    }
}
