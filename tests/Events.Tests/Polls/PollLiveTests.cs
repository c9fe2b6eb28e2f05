using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Serialization;
using Events.Core.Polls;
using Events.Tests.Live;
using Events.Web.Live;
using Events.Web.Polls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Polls;

public sealed class PollLiveTests
{
    private static Task<Poll> SeedPollAsync(LiveFixture live, PollKind kind = PollKind.SingleChoice) => live.App.WithDbAsync(async db =>
    {
        var poll = new Poll
        {
            EventId = live.Event.Id, Kind = kind, Question = "Which data standard do you use?",
            Choices = [new PollChoice { Text = "HXL", Position = 0 }, new PollChoice { Text = "None yet", Position = 1 }],
        };
        poll.Translations.Set("fr", nameof(Poll.Question), "Quelle norme de données utilisez-vous ?");
        poll.Choices[1].Translations.Set("fr", nameof(PollChoice.Text), "Aucune pour l’instant");
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        return poll;
    });

    private static async Task<HubConnection> JoinedAttendeeAsync(LiveFixture live, string name)
    {
        var connection = await live.AttendeeAsync(await live.RegisterAsync(name));
        await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);
        return connection;
    }

    [Fact]
    public async Task PollAnswers_From200ParticipantsAtOnce_KeepOneRowEach_AndResultsComeCoalesced()
    {
        await using var live = await LiveFixture.StartAsync();
        var poll = await SeedPollAsync(live);
        var (hxl, none) = (poll.Choices[0].Id, poll.Choices[1].Id);
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var heard = new ConcurrentQueue<(long Ticks, IReadOnlyList<PollResults> Results)>();
        moderator.On<IReadOnlyList<PollResults>>(nameof(ILiveClient.PollResults), r => heard.Enqueue((Stopwatch.GetTimestamp(), r)));
        Assert.True(await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, poll.Id));
        var people = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => JoinedAttendeeAsync(live, $"Person {i}")));

        // Everyone answers "HXL" and, at the same time, changes to "None yet" (odd ones) or "HXL" again: one row each.
        var started = Stopwatch.GetTimestamp();
        var answers = await Task.WhenAll(people.SelectMany((p, i) => new[]
        {
            p.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl }),
            p.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl }),
        }));
        Assert.All(answers, a => Assert.Null(a));
        await Task.WhenAll(people.Where((_, i) => i % 2 == 1).Select(p => p.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { none })));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var (rows, counts, respondents) = await live.App.WithDbAsync(async db => (
            await db.PollAnswers.CountAsync(a => a.PollId == poll.Id),
            await db.PollChoices.Where(c => c.PollId == poll.Id).OrderBy(c => c.Position).Select(c => c.Count).ToListAsync(),
            await db.Polls.Where(p => p.Id == poll.Id).Select(p => p.Respondents).SingleAsync()));
        Assert.Equal(200, rows);
        Assert.Equal([100, 100], counts);
        Assert.Equal(200, respondents);

        // The last update heard matches the database; 600 answers came as a few messages a second at most.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (heard.LastOrDefault().Results?.Single().Respondents != 200 || heard.Last().Results.Single().Choices[1].Count != 100)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Last results heard: {heard.LastOrDefault().Results?.Single()}");
            await Task.Delay(100);
        }
        var final = heard.Last().Results.Single();
        Assert.Equal([100, 100], final.Choices.Select(c => c.Count));
        var during = heard.Count(h => h.Ticks >= started);
        Assert.True(during <= Math.Ceiling(elapsed.TotalSeconds + 1) * 4 + 2, $"{during} PollResults messages in {elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task PollAnswer_ChangesWhileOpen_AndAClosedPollRefuses()
    {
        await using var live = await LiveFixture.StartAsync();
        var poll = await SeedPollAsync(live, PollKind.MultipleChoice);
        var (hxl, none) = (poll.Choices[0].Id, poll.Choices[1].Id);
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        var ana = await JoinedAttendeeAsync(live, "Ana");

        Assert.Equal(PollAnswerError.Closed, await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl }));
        await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, poll.Id);
        Assert.Null(await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl }));
        Assert.Null(await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl, none }));
        Assert.Equal(PollAnswerError.Invalid, await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { hxl + 1000 }));
        var state = await ana.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee);
        Assert.Equal([hxl, none], state.Mine[poll.Id]);

        Assert.True(await moderator.InvokeAsync<bool>("ClosePoll", live.Event.Id, poll.Id));
        Assert.Equal(PollAnswerError.Closed, await ana.InvokeAsync<PollAnswerError?>("AnswerPoll", poll.Id, new[] { none }));

        var answer = await live.App.WithDbAsync(db => db.PollAnswers.SingleAsync());
        Assert.Equal($",{hxl},{none},", answer.ChoiceIds);
        Assert.Equal([1, 1], await live.App.WithDbAsync(db => db.PollChoices.OrderBy(c => c.Position).Select(c => c.Count).ToListAsync()));
        // An attendee cannot open a poll; the closed poll with hidden results leaves the attendee's page.
        await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync<bool>("OpenPoll", live.Event.Id, poll.Id));
        Assert.Empty((await ana.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee)).Polls);
    }

    [Fact]
    public async Task PollState_ForAnAttendeeReadingFrench_HasTheFrenchQuestionAndChoices()
    {
        await using var live = await LiveFixture.StartAsync();
        var poll = await SeedPollAsync(live);
        var moderator = await live.ModeratorAsync();
        await moderator.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Console, null);
        await moderator.InvokeAsync<bool>("OpenPoll", live.Event.Id, poll.Id);
        var cookies = await live.AdmitAsync(await live.RegisterAsync("Amélie", "fr"));
        var french = new HubConnectionBuilder()
            .WithUrl($"{live.BaseUrl}{LiveSetup.HubPath}?lang=fr", o => o.Cookies = cookies)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        await using (french)
        {
            await french.StartAsync();
            await french.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null);

            var state = await french.InvokeAsync<PollsStateView>("PollsState", LiveView.Attendee);

            var seen = Assert.Single(state.Polls);
            Assert.Equal(("Quelle norme de données utilisez-vous ?", "fr"), (seen.Question, seen.Language));
            Assert.Equal(["HXL", "Aucune pour l’instant"], seen.Choices.Select(c => c.Text));
            Assert.Equal("Which data standard do you use?", seen.Questions["en"]);
            // Results are the moderator's to show: none for the audience yet.
            Assert.Empty(state.Results);
        }
    }
}
