using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed class OrganiserRegistrationTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Organiser_ListsRegistrants_FilteredByStatusAndLanguage()
    {
        var organiser = await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Ana", "ana@example.org", "fr"));
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Bea", "bea@example.org", "es"));

        var all = await organiser.GetFromJsonAsync<JsonElement[]>("/api/organiser/events/forum-2021/registrations");
        Assert.Equal(["confirmed", "waitingList"], all!.Select(r => r.GetProperty("status").GetString()));
        var waiting = await organiser.GetFromJsonAsync<JsonElement[]>("/api/organiser/events/forum-2021/registrations?status=waitingList");
        Assert.Equal(["bea@example.org"], waiting!.Select(r => r.GetProperty("email").GetString()));
        var french = await organiser.GetFromJsonAsync<JsonElement[]>("/api/organiser/events/forum-2021/registrations?language=fr");
        Assert.Equal(["Ana"], french!.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["status"], await (await organiser.GetAsync("/api/organiser/events/forum-2021/registrations?status=bogus")).AssertValidationProblemAsync());

        var counts = await organiser.GetFromJsonAsync<JsonElement>("/api/organiser/events/forum-2021/registrations/counts");
        Assert.Equal(1, counts.GetProperty("byStatus").GetProperty("waitingList").GetInt32());
        Assert.Equal(1, counts.GetProperty("byLanguage").GetProperty("es").GetInt32());

        var attendee = await _app.SignedInAsync("ana@example.org", role: null);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.GetAsync("/api/organiser/events/forum-2021/registrations")).StatusCode);
    }

    [Fact]
    public async Task RaisingCapacity_PromotesTheNextWaitingInArrivalOrder()
    {
        var organiser = await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        foreach (var who in new[] { "a", "b", "c", "d" })
        {
            await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(who, $"{who}@example.org"));
        }

        (await organiser.PutAsJsonAsync("/api/organiser/events/forum-2021", RegistrationTestKit.UpcomingEvent(capacity: 3))).EnsureSuccessStatusCode();

        var confirmed = await organiser.GetFromJsonAsync<JsonElement[]>("/api/organiser/events/forum-2021/registrations?status=confirmed");
        Assert.Equal(["a", "b", "c"], confirmed!.Select(r => r.GetProperty("name").GetString()));
        var promoted = _app.EmailJobs().Where(j => j.Kind == Events.Core.Email.EmailKind.Promoted).Select(j => j.Id).Order();
        Assert.Equal(confirmed!.Skip(1).Select(r => r.GetProperty("id").GetInt32()), promoted);
    }

    [Fact]
    public async Task CancelledEvent_Is409_MalformedJson_Is400_NothingSaved()
    {
        var organiser = await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        var malformed = await client.PostAsync("/api/events/forum-2021/registrations",
            new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        (await organiser.PostAsync("/api/organiser/events/forum-2021/cancel", null)).EnsureSuccessStatusCode();
        var closed = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form());
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("application/problem+json", closed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
