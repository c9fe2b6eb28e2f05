using System.Net;
using System.Net.Http.Json;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace Events.Tests.Registrations;

/// <summary>Two app instances (two DI containers, two registration gates) on one PostgreSQL database, as two web servers would be.</summary>
public sealed class PostgresCapacityTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task TwoAppsOnOneDatabase_TwoHundredParallelRegistrations_FiftyPlaces_ExactlyFiftyConfirmed()
    {
        Assert.True(Services.Postgres is not null, "EVENTS_TEST_POSTGRES is not set: .ci/run starts PostgreSQL and sets it.");
        var database = "events_capacity_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(Services.Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(Services.Postgres) { Database = database, MaxPoolSize = 40 }.ConnectionString;
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = connection };
        try
        {
            using var first = new EventsApp(settings);
            await first.PublishedEventAsync(capacity: 50); // migrates the database before the second app starts
            using var second = new EventsApp(settings);
            var clients = new[] { first.CreateClient(), second.CreateClient() };

            var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
                clients[i % 2].PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form($"Person {i}", $"p{i}@example.org"))));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));

            var all = await first.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).ToListAsync());
            output.WriteLine($"{all.Count} registrations, {all.Count(r => r.Status == RegistrationStatus.Confirmed)} confirmed");
            Assert.Equal(200, all.Count);
            Assert.Equal(50, all.Count(r => r.Status == RegistrationStatus.Confirmed));
            var waiting = all.Where(r => r.Status == RegistrationStatus.WaitingList).ToList();
            Assert.Equal(Enumerable.Range(1, 150).Select(i => (int?)i), waiting.Select(r => r.WaitingPosition));
        }
        finally
        {
            // This test's pool only: other tests run alongside.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(connection));
            await using var admin = new NpgsqlConnection(Services.Postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
