using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed class ApprovalTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpClient Organiser, List<int> Ids)> PendingAsync(int capacity, params string[] who)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent(capacity: capacity) with { RequiresApproval = true }))
            .EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        var client = _app.CreateClient();
        foreach (var name in who)
        {
            (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(name, $"{name}@example.org")))
                .EnsureSuccessStatusCode();
        }
        return (organiser, await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync()));
    }

    private Task<List<RegistrationStatus>> StatusesAsync() =>
        _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());

    [Fact]
    public async Task ApprovalEvent_RegistersPending_ApproveConfirmsThenWaitsWhenFull()
    {
        var (organiser, ids) = await PendingAsync(1, "a", "b");
        Assert.Equal([RegistrationStatus.Pending, RegistrationStatus.Pending], await StatusesAsync());
        Assert.Equal([(ids[0], EmailKind.Pending), (ids[1], EmailKind.Pending)], _app.EmailJobs());

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"/api/organiser/events/forum-2021/registrations/{ids[0]}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"/api/organiser/events/forum-2021/registrations/{ids[1]}/approve", null)).StatusCode);

        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.WaitingList], await StatusesAsync());
        Assert.Contains((ids[0], EmailKind.Confirmed), _app.EmailJobs());
        Assert.Contains((ids[1], EmailKind.WaitingList), _app.EmailJobs());
        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsync($"/api/organiser/events/forum-2021/registrations/{ids[0]}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task Decline_MarksDeclined_EnqueuesEmail_AttendeeRefused()
    {
        var (organiser, ids) = await PendingAsync(5, "a");
        var attendee = await _app.SignedInAsync("a@example.org", role: null);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.PostAsync($"/api/organiser/events/forum-2021/registrations/{ids[0]}/decline", null)).StatusCode);
        Assert.Equal([RegistrationStatus.Pending], await StatusesAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"/api/organiser/events/forum-2021/registrations/{ids[0]}/decline", null)).StatusCode);

        Assert.Equal([RegistrationStatus.Declined], await StatusesAsync());
        Assert.Contains((ids[0], EmailKind.Declined), _app.EmailJobs());
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.PostAsync("/api/organiser/events/forum-2021/registrations/999/decline", null)).StatusCode);
    }
}
