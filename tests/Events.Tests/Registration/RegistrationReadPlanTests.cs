using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Tests.Infrastructure;
using Events.Tests.LiveScale;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Events.Tests.Registrations;

/// <summary>
/// What SQLite plans for the reads a registration makes and the outbox drain that follows: each must be a short index
/// range, not a walk through every registration of the event or every row of the outbox. Measured on a 28,500-person
/// event before: the places count read every registration from the table (8.7 ms a batch), the last waiting position
/// walked the event's index entries (2.6 ms), and the drain scanned the whole outbox (3.5 ms at 31,000 rows).
/// </summary>
public sealed partial class RegistrationReadPlanTests(ITestOutputHelper output) : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARegistrationOntoTheWaitingList_AndItsDrain_ReadByIndexRanges_NotEveryRowOfTheEventOrTheOutbox()
    {
        await _app.PublishedEventAsync(capacity: 1);
        await RegisterAsync(0);
        await _app.DrainEmailOutboxAsync();
        using var commands = await SqlCommands.ListenAsync(_app.DataDirectory);
        commands.Start();

        await RegisterAsync(1);
        await _app.DrainEmailOutboxAsync();

        var reads = commands.StopWithParameters().Where(c => c.Text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        var plans = new List<(string Text, IReadOnlyList<string> Plan)>();
        foreach (var read in reads.Where(r => r.Text.Contains("\"Registrations\"", StringComparison.Ordinal) || r.Text.Contains("\"EmailOutbox\"", StringComparison.Ordinal)))
        {
            plans.Add((read.Text, await PlanAsync(read)));
        }
        foreach (var (text, plan) in plans)
        {
            output.WriteLine(text.ReplaceLineEndings(" ") + "\n  -> " + string.Join(" | ", plan));
        }

        // The reads this is about did run: the places count, the last waiting position, the outbox's waiting rows.
        Assert.Contains(plans, p => p.Text.Contains("COUNT(*)", StringComparison.Ordinal) && p.Text.Contains("\"Status\"", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("MAX(\"r\".\"WaitingPosition\")", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.Text.Contains("FROM \"EmailOutbox\"", StringComparison.Ordinal));
        Assert.All(plans, p => Assert.All(p.Plan, step => Assert.False(ReadsEverything(step, p.Text), $"{step}\n  in: {p.Text}")));
    }

    /// <summary>
    /// A full scan, or a registrations index searched by the event alone: every registration of the event. The one
    /// read where the event alone is one step is the largest waiting position, at the end of (EventId, WaitingPosition).
    /// </summary>
    private static bool ReadsEverything(string step, string text)
    {
        if (step.StartsWith("SCAN ", StringComparison.Ordinal))
        {
            return step != "SCAN CONSTANT ROW";
        }
        var search = IndexSearch().Match(step);
        var lastPosition = search.Groups["index"].Value == "IX_Registrations_EventId_WaitingPosition"
            && text.Contains("SELECT MAX(\"r\".\"WaitingPosition\")", StringComparison.Ordinal);
        return search.Success && search.Groups["key"].Value == "EventId=?" && !lastPosition;
    }

    private async Task RegisterAsync(int person)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            RegistrationTestKit.Form($"Person {person}", $"p{person}@example.org"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private Task<IReadOnlyList<string>> PlanAsync(RecordedCommand read) => _app.WithDbAsync<IReadOnlyList<string>>(async db =>
    {
        // Opened through EF, so the pooled context closes it when it is handed back.
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + read.Text;
        foreach (var (name, value) in read.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    });

    [GeneratedRegex(@"^SEARCH \S+ USING (COVERING )?INDEX (?<index>\w+) \((?<key>[^)]*)\)")]
    private static partial Regex IndexSearch();
}
