using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Events.Core.Live;

/// <summary>
/// One batch of votes in one transaction: the questions are checked open inside it, the new votes inserted in one
/// statement that skips any the database already holds (the key on question and voter decides, across instances
/// too), withdrawals deleted, and each touched question's count moved once by what actually changed.
/// </summary>
internal static class VoteBatch
{
    /// <summary>A batch holds at most one vote per voter and question (<see cref="VoteWriter"/> sees to it).</summary>
    public static async Task<VoteTally?[]> WriteAsync(EventsDbContext db, IReadOnlyList<PendingVote> votes, DateTime now, CancellationToken ct)
    {
        var ids = votes.Select(v => v.QuestionId).Distinct().Order().ToArray();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // In one order, so two instances' batches on a question take turns without deadlock, and a moderator's
            // change to a question either is seen below or waits for this batch. SQLite's transaction is one writer already.
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Questions" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR UPDATE""", ct);
        }
        var open = await db.Questions.AsNoTracking()
            .Where(q => ids.Contains(q.Id) && q.Kind == PostKind.Question && (q.Status == QuestionStatus.Published || q.Status == QuestionStatus.Answering))
            .ToDictionaryAsync(q => q.Id, q => q.EventId, ct);
        var accepted = votes.Where(v => open.TryGetValue(v.QuestionId, out var eventId) && eventId == v.EventId).ToHashSet();

        var inserted = await InsertAsync(db, accepted.Where(v => v.Up).ToList(), now, ct);
        var change = new Dictionary<int, int>();
        foreach (var (questionId, _) in inserted)
        {
            change[questionId] = change.GetValueOrDefault(questionId) + 1;
        }
        foreach (var vote in accepted.Where(v => !v.Up))
        {
            var deleted = await db.QuestionVotes.Where(v => v.QuestionId == vote.QuestionId && v.VoterKey == vote.VoterKey).ExecuteDeleteAsync(ct);
            change[vote.QuestionId] = change.GetValueOrDefault(vote.QuestionId) - deleted;
        }
        var tallies = new Dictionary<int, VoteTally>();
        foreach (var (questionId, by) in change.OrderBy(c => c.Key))
        {
            tallies[questionId] = await MoveCountAsync(db, questionId, by, ct);
        }
        await tx.CommitAsync(ct);

        // Refused: a question not open to votes, or a vote the voter had already given.
        return votes.Select(v => accepted.Contains(v) && (!v.Up || inserted.Contains(v.Key)) ? tallies[v.QuestionId] : null).ToArray();
    }

    private static async Task<HashSet<(int QuestionId, string VoterKey)>> InsertAsync(EventsDbContext db, List<PendingVote> ups, DateTime now, CancellationToken ct)
    {
        var inserted = new HashSet<(int QuestionId, string VoterKey)>();
        if (ups.Count == 0)
        {
            return inserted;
        }
        await using var command = Command(db);
        var sql = new StringBuilder("""INSERT INTO "QuestionVotes" ("QuestionId", "VoterKey", "CreatedAtUtc") VALUES """);
        Add(command, "@at", now);
        for (var i = 0; i < ups.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@q{i}, @k{i}, @at)");
            Add(command, $"@q{i}", ups[i].QuestionId);
            Add(command, $"@k{i}", ups[i].VoterKey);
        }
        // Both SQLite and PostgreSQL: a row the key already holds (an earlier vote, another instance's) is skipped,
        // and only the rows written come back.
        sql.Append(""" ON CONFLICT DO NOTHING RETURNING "QuestionId", "VoterKey" """);
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            inserted.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return inserted;
    }

    /// <summary>Adds to the stored count rather than setting it, so batches of two instances both count.</summary>
    private static async Task<VoteTally> MoveCountAsync(EventsDbContext db, int questionId, int by, CancellationToken ct)
    {
        await using var command = Command(db);
        command.CommandText = """
            UPDATE "Questions" SET "Votes" = "Votes" + @by, "VotesVersion" = "VotesVersion" + 1
            WHERE "Id" = @id RETURNING "Votes", "VotesVersion"
            """;
        Add(command, "@by", by);
        Add(command, "@id", questionId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new VoteTally(questionId, reader.GetInt32(0), reader.GetInt64(1));
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
