using Events.Core.Live;
using Events.Core.Registrations;
using Events.Tests.Live;
using Events.Tests.Tokens;
using Events.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace Events.Tests.LiveScale;

/// <summary>Many admitted attendees, each on their own hub connection and joined to the event's live session.</summary>
internal sealed class VoteCrowd
{
    private int _asked;

    private VoteCrowd(IReadOnlyList<HubConnection> connections) => Connections = connections;

    public IReadOnlyList<HubConnection> Connections { get; }

    public static async Task<VoteCrowd> JoinAsync(LiveFixture live, int size)
    {
        // One insert for everyone: the crowd is the setting, not what is measured.
        var registrations = await live.App.WithDbAsync(async db =>
        {
            var all = Enumerable.Range(0, size).Select(i => new Registration
            {
                EventId = live.Event.Id,
                Name = $"Voter {i}",
                Email = $"voter{i}-{Guid.NewGuid():N}@example.org",
                Language = "en",
                Status = RegistrationStatus.Confirmed,
            }).ToList();
            foreach (var registration in all)
            {
                live.App.IssueLink(registration);
            }
            db.Registrations.AddRange(all);
            await db.SaveChangesAsync();
            return all;
        });
        // Many connections in the process that also serves them: enough threads that keep-alives are not starved.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 200), io);
        var connections = new HubConnection[size];
        await Parallel.ForAsync(0, size, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var connection = live.Connection(await live.AdmitAsync(registrations[i]));
            connection.ServerTimeout = TimeSpan.FromMinutes(3);
            await connection.StartAsync(ct);
            await connection.InvokeAsync<LiveSnapshot>("Join", live.Event.Id, LiveView.Attendee, null, ct);
            connections[i] = connection;
        });
        return new VoteCrowd(connections);
    }

    /// <summary>Asks a question from the next attendee (each may ask only a few a minute); returns its id.</summary>
    public async Task<int> AskAsync(string text)
    {
        var asker = Connections[_asked++ % Connections.Count];
        var result = await asker.InvokeAsync<AskResult>("Ask", new AskRequest(text, QuestionAnonymity.Named));
        return result.Question!.Id;
    }
}
