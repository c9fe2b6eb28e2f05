using Events.Core.Polls;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Polls;

/// <summary>Polls made, opened, answered and closed through the real use cases (the editor and the voting), never by writing counts.</summary>
internal static class PollSeed
{
    private static Dictionary<string, IReadOnlyDictionary<string, string>>? French(string field, string? text) =>
        text is null ? null : new Dictionary<string, IReadOnlyDictionary<string, string>> { ["fr"] = new Dictionary<string, string> { [field] = text } };

    public static async Task<Poll> AddAsync(EventsApp app, int eventId, PollKind kind, string question, string? frQuestion, bool includeInFollowUp,
        params (string Text, string? Fr)[] choices)
    {
        using var scope = app.Services.CreateScope();
        var input = new PollInput(kind, question, choices.Select(c => new PollChoiceInput(null, c.Text, French(nameof(PollChoice.Text), c.Fr))).ToList(),
            IncludeInFollowUp: includeInFollowUp, Translations: French(nameof(Poll.Question), frQuestion));
        var result = await scope.ServiceProvider.GetRequiredService<PollEditor>().AddAsync(eventId, input, CancellationToken.None);
        Assert.True(result.Errors.IsValid, string.Join("; ", result.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return result.Value!;
    }

    /// <summary>Opens the poll, records each answer (participant key → chosen choice positions) in order, and closes it.</summary>
    public static async Task RunAsync(EventsApp app, Poll poll, params (string Key, int[] Choices)[] answers)
    {
        using var scope = app.Services.CreateScope();
        var voting = scope.ServiceProvider.GetRequiredService<PollVoting>();
        Assert.NotEmpty(await voting.OpenAsync(poll.EventId, poll.Id, CancellationToken.None));
        foreach (var (key, choices) in answers)
        {
            Assert.Null(await voting.AnswerAsync(poll.EventId, key, poll.Id, choices.Select(i => poll.Choices[i].Id).ToList(), CancellationToken.None));
        }
        Assert.NotNull(await voting.CloseAsync(poll.EventId, poll.Id, CancellationToken.None));
    }
}
