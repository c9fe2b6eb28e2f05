using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Events.Core.Live;

/// <summary>
/// One batch of votes in one transaction: the voters checked still admitted and the questions open inside it, the new
/// votes inserted in one statement that skips any the database already holds (the key on question and voter decides,
/// across instances too), the withdrawals deleted in one, and the touched questions' counts moved in one by what
/// actually changed.
/// </summary>
internal static class VoteBatch
{
    /// <summary>A batch holds at most one vote per voter and question (<see cref="VoteWriter"/> sees to it).</summary>
    public static async Task<VoteOutcome[]> WriteAsync(EventsDbContext db, IReadOnlyList<PendingVote> votes, DateTime now, CancellationToken ct)
    {
        var ids = votes.Select(v => v.QuestionId).Distinct().Order().ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var admitted = await VoterAdmission.ReadAsync(db, votes, ct);
        if (db.Database.IsNpgsql())
        {
            // In one order, so two instances' batches on a question take turns without deadlock, and a moderator's
            // change to a question either is seen below or waits for this batch. SQLite's transaction is one writer already.
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Questions" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""", ct);
        }
        var open = await db.Questions.AsNoTracking()
            .Where(q => ids.Contains(q.Id) && q.Kind == PostKind.Question && (q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering))
            .ToDictionaryAsync(q => q.Id, q => q.EventId, ct);
        var accepted = votes.Where(v => admitted(v) && open.TryGetValue(v.QuestionId, out var eventId) && eventId == v.EventId).ToHashSet();

        var change = new Dictionary<int, int>();
        var inserted = await ChangeAsync(db, InsertSql, accepted.Where(v => v.Up).ToList(), now, ct);
        foreach (var (questionId, _) in inserted)
        {
            change[questionId] = change.GetValueOrDefault(questionId) + 1;
        }
        var withdrawals = accepted.Where(v => !v.Up).ToList();
        foreach (var vote in withdrawals)
        {
            // A withdrawal that finds no vote still answers with the count (unchanged, at a new version).
            change.TryAdd(vote.QuestionId, 0);
        }
        foreach (var (questionId, _) in await ChangeAsync(db, DeleteSql, withdrawals, null, ct))
        {
            change[questionId]--;
        }
        var tallies = await MoveCountsAsync(db, change, ct);
        await tx.CommitAsync(ct);

        // Refused: a question not open to votes, or a vote the voter had already given.
        return votes.Select(v => !admitted(v) ? VoteOutcome.VoterNotAdmitted
            : accepted.Contains(v) && (!v.Up || inserted.Contains(v.Key)) ? new VoteOutcome(tallies[v.QuestionId])
            : VoteOutcome.Refused).ToArray();
    }

    // Both SQLite and PostgreSQL: a row the key already holds (an earlier vote, another instance's) is skipped, and
    // only the rows written come back.
    private static string InsertSql(string rows) =>
        $"""INSERT INTO "QuestionVotes" ("QuestionId", "VoterKey", "CreatedAtUtc") VALUES {rows} ON CONFLICT DO NOTHING RETURNING "QuestionId", "VoterKey" """;

    private static string DeleteSql(string rows) =>
        $"""DELETE FROM "QuestionVotes" WHERE ("QuestionId", "VoterKey") IN (VALUES {rows}) RETURNING "QuestionId", "VoterKey" """;

    /// <summary>
    /// Runs one statement over the votes' (question, voter) rows, with the time when <paramref name="now"/> is given;
    /// returns the rows it inserted or deleted.
    /// </summary>
    private static async Task<HashSet<(int QuestionId, string VoterKey)>> ChangeAsync(EventsDbContext db, Func<string, string> sql,
        List<PendingVote> votes, DateTime? now, CancellationToken ct)
    {
        var changed = new HashSet<(int QuestionId, string VoterKey)>();
        if (votes.Count == 0)
        {
            return changed;
        }
        await using var command = Command(db);
        var rows = new StringBuilder();
        if (now is { } at)
        {
            Add(command, "@at", at);
        }
        for (var i = 0; i < votes.Count; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@q{i}, @k{i}{(now is null ? "" : ", @at")})");
            Add(command, $"@q{i}", votes[i].QuestionId);
            Add(command, $"@k{i}", votes[i].VoterKey);
        }
        command.CommandText = sql(rows.ToString());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            changed.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return changed;
    }

    /// <summary>
    /// Adds to the stored counts rather than setting them, so batches of two instances both count; each touched
    /// question's version moves by one in the same statement.
    /// </summary>
    private static async Task<Dictionary<int, VoteTally>> MoveCountsAsync(EventsDbContext db, Dictionary<int, int> change, CancellationToken ct)
    {
        var tallies = new Dictionary<int, VoteTally>();
        if (change.Count == 0)
        {
            return tallies;
        }
        await using var command = Command(db);
        var cases = new StringBuilder();
        var list = new StringBuilder();
        var i = 0;
        foreach (var (questionId, by) in change)
        {
            cases.Append(CultureInfo.InvariantCulture, $" WHEN @i{i} THEN @b{i}");
            list.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}@i{i}");
            Add(command, $"@i{i}", questionId);
            Add(command, $"@b{i}", by);
            i++;
        }
        command.CommandText = $"""
            UPDATE "Questions" SET "Votes" = "Votes" + CASE "Id"{cases} END, "VotesVersion" = "VotesVersion" + 1
            WHERE "Id" IN ({list}) RETURNING "Id", "Votes", "VotesVersion"
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tallies[reader.GetInt32(0)] = new VoteTally(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
        }
        return tallies;
    }

    private static DbCommand Command(EventsDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
