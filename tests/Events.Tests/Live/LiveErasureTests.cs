using Events.Core.Live;
using Events.Core.Registrations;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Live;

public sealed class LiveErasureTests
{
    [Fact]
    public async Task ErasingARegistration_UnlinksItsQuestionsVotesAndAttendance_KeepingTheCounts()
    {
        await using var live = await LiveFixture.StartAsync(e => e.Moderation = QuestionModeration.After);
        var ana = await live.RegisterAsync("Ana Erased");
        var anaLive = await live.AttendeeAsync(ana);
        var ben = await live.AttendeeAsync(await live.RegisterAsync("Ben"));
        await anaLive.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        await ben.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        var mine = (await anaLive.InvokeAsync<AskResult>("Ask", new AskRequest("Named question", QuestionAnonymity.Named))).Question!.Id;
        var bens = (await ben.InvokeAsync<AskResult>("Ask", new AskRequest("Ben's question", QuestionAnonymity.Named))).Question!.Id;
        await anaLive.InvokeAsync<VoteCount?>("Vote", bens, true);
        await anaLive.StopAsync();
        await live.App.WithDbAsync(db =>
        {
            db.EmailDeliveries.Add(new Core.Email.EmailDelivery
            {
                Key = Core.Email.DeliveryKey.For(ana.Id, Core.Email.EmailKind.Confirmed, 0), EventId = live.Event.Id, Recipient = ana.Email,
                Status = Core.Email.EmailDeliveryStatus.Failed, Error = $"550 {ana.Email} unknown",
            });
            return db.SaveChangesAsync();
        });

        using (var scope = live.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Registrar>().EraseAsync(ana.Id, CancellationToken.None);
        }

        var key = Participant.AttendeeKey(ana.Id);
        var (question, votes, connections, keyed) = await live.App.WithDbAsync(db => Task.FromResult((
            db.Questions.Single(q => q.Id == mine),
            db.Questions.Single(q => q.Id == bens).Votes,
            db.LiveConnections.Count(c => c.RegistrationId == ana.Id),
            db.QuestionVotes.Count(v => v.VoterKey == key) + db.Questions.Count(q => q.AskerKey == key))));
        Assert.Null(question.AskerName);
        Assert.Null(question.RegistrationId);
        Assert.Equal("Named question", question.Text);
        Assert.Equal(1, votes);
        Assert.Equal(0, connections);
        Assert.Equal(0, keyed);
        var delivery = await live.App.WithDbAsync(db => Task.FromResult(db.EmailDeliveries.Single()));
        Assert.Equal(("(erased)", null, Core.Email.EmailDeliveryStatus.Failed), (delivery.Recipient, delivery.Error, delivery.Status));
    }
}
