using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Events.Tests.RegistrationThroughput;

/// <summary>
/// Registrations queued while the event's turn is busy are decided in one batch, in arrival order, as one by one:
/// the places, the waiting positions, repeats (of a stored row and within the batch) and one email per request.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task OneBatchLargerThanCapacity_WithRepeats_OnSqlite() => await OneBatchLargerThanCapacityAsync(new EventsApp());

    [PostgresFact]
    public async Task OneBatchLargerThanCapacity_WithRepeats_OnPostgres()
    {
        Assert.True(Services.Postgres is not null, "EVENTS_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it.");
        var database = "events_batch_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync($"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(Services.Postgres) { Database = database, MaxPoolSize = 20 }.ConnectionString;
        try
        {
            await OneBatchLargerThanCapacityAsync(new EventsApp(new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = connection }));
        }
        finally
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
            await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task OneBatchLargerThanCapacityAsync(EventsApp app)
    {
        using var _ = app;
        await app.PublishedEventAsync(capacity: 12);
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Early", "early@example.org"))).EnsureSuccessStatusCode();
        var eventId = await app.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        // 30 new addresses, 9 of them twice (typed differently), and the one already stored.
        var forms = Enumerable.Range(0, 30).Select(i => RegistrationTestKit.Form($"P {i}", $"p{i}@example.org"))
            .Concat(Enumerable.Range(0, 9).Select(i => RegistrationTestKit.Form($"P {i} again", $" P{i}@Example.org ")))
            .Append(RegistrationTestKit.Form("Early again", "EARLY@example.org")).ToList();

        List<Task<HttpResponseMessage>> posts;
        var writer = app.Services.GetRequiredService<RegistrationWriter>();
        using (await app.Services.GetRequiredService<RegistrationGate>().EnterAsync(eventId, CancellationToken.None))
        {
            posts = forms.Select(f => app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", f)).ToList();
            for (var waited = 0; writer.Queued(eventId) < forms.Count && waited < 30_000; waited += 20)
            {
                await Task.Delay(20);
            }
            Assert.Equal(forms.Count, writer.Queued(eventId));
            Assert.DoesNotContain(posts, p => p.IsCompleted);
        }
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var rows = await app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(31, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Email).Distinct().Count());
        var confirmed = rows.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        var waiting = rows.Where(r => r.Status == RegistrationStatus.WaitingList).ToList();
        Assert.Equal(12, confirmed.Count);
        Assert.Equal(19, waiting.Count);
        // In arrival (insertion) order: positions 1..19 without gaps or repeats, every waiting one after every confirmed one.
        Assert.Equal(Enumerable.Range(1, 19).Select(i => (int?)i), waiting.Select(r => r.WaitingPosition));
        Assert.True(confirmed.Max(r => r.Id) < waiting.Min(r => r.Id));

        var emails = app.EmailJobs();
        Assert.Equal(41, emails.Count);
        Assert.Equal(confirmed.Select(r => r.Id), emails.Where(e => e.Kind == EmailKind.Confirmed).Select(e => e.Id).Order());
        Assert.Equal(waiting.Select(r => r.Id), emails.Where(e => e.Kind == EmailKind.WaitingList).Select(e => e.Id).Order());
        var repeated = Enumerable.Range(0, 9).Select(i => $"p{i}@example.org").Append("early@example.org").ToHashSet();
        var again = rows.Where(r => repeated.Contains(r.Email)).Select(r => r.Id);
        Assert.Equal(again, emails.Where(e => e.Kind == EmailKind.LinkAgain).Select(e => e.Id).Order());
    }

    private static async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(Services.Postgres);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
