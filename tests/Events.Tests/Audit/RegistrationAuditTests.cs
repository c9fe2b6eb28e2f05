using Events.Tests.Tokens;
using System.Net;
using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Audit;

/// <summary>Decisions, cancellations and erasures are recorded by the Core use case, so the API and the pages both leave one row.</summary>
public sealed class RegistrationAuditTests : IDisposable
{
    private const string Api = "/api/organiser/events/forum-2021/registrations";
    private const string Page = "/organiser/events/forum-2021/registrants";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpClient Organiser, Registration Ana, int EventId)> RegisteredAsync(bool approval = false)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent() with { RequiresApproval = approval })).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var ana = await _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync());
        return (organiser, ana, ana.EventId);
    }

    [Theory]
    [InlineData("approve", AuditAction.RegistrationApproved, "status=Confirmed")]
    [InlineData("decline", AuditAction.RegistrationDeclined, "status=Declined")]
    public async Task DecisionThroughTheApi_AuditsOneRow_WithoutTheMessage(string verb, AuditAction action, string detail)
    {
        var (organiser, ana, eventId) = await RegisteredAsync(approval: true);

        var response = await organiser.PostAsJsonAsync($"{Api}/{ana.Id}/{verb}", new { message = "Dear Ana Example" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entry = await _app.SingleAuditAsync(action, AuditTestKit.Admin, eventId, $"registration:{ana.Id}");
        Assert.Equal(detail, entry.Detail);
    }

    [Theory]
    [InlineData("Approve", AuditAction.RegistrationApproved)]
    [InlineData("Decline", AuditAction.RegistrationDeclined)]
    public async Task DecisionThroughThePage_AuditsOneRow(string handler, AuditAction action)
    {
        var (organiser, ana, eventId) = await RegisteredAsync(approval: true);

        var response = await organiser.PostFormAsync(Page, handler, new() { ["id"] = ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await _app.SingleAuditAsync(action, AuditTestKit.Admin, eventId, $"registration:{ana.Id}");
    }

    [Fact]
    public async Task RefusedDecision_IsNotAudited()
    {
        var (organiser, ana, _) = await RegisteredAsync(approval: false);

        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsync($"{Api}/{ana.Id}/approve", null)).StatusCode);

        Assert.Empty(await _app.AuditAsync(AuditAction.RegistrationApproved));
    }

    [Fact]
    public async Task CancellationByTheOrganiser_AuditsOneRow_AndCancellingAgainAddsNone()
    {
        var (organiser, ana, eventId) = await RegisteredAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"{Api}/{ana.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"{Api}/{ana.Id}/cancel", null)).StatusCode);

        await _app.SingleAuditAsync(AuditAction.RegistrationCancelled, AuditTestKit.Admin, eventId, $"registration:{ana.Id}");
    }

    [Fact]
    public async Task CancellationOnTheRegistrantsPage_AuditsOneRow()
    {
        var (organiser, ana, eventId) = await RegisteredAsync();

        var response = await organiser.PostFormAsync(Page, "Cancel", new() { ["id"] = ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await _app.SingleAuditAsync(AuditAction.RegistrationCancelled, AuditTestKit.Admin, eventId, $"registration:{ana.Id}");
    }

    [Fact]
    public async Task CancellationByTheAttendee_AuditsOneRow_BySomeoneNotSignedIn()
    {
        var (_, ana, eventId) = await RegisteredAsync();

        var response = await _app.CreateClient().PostFormAsync($"/r/{_app.TokenOf(ana)}", "Cancel");

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        await _app.SingleAuditAsync(AuditAction.RegistrationCancelled, "anonymous", eventId, $"registration:{ana.Id}");
    }

    [Fact]
    public async Task ErasureByTheAttendee_AuditsOneRow_ThatOutlivesTheRegistration()
    {
        var (_, ana, eventId) = await RegisteredAsync();

        await _app.CreateClient().PostFormAsync($"/r/{_app.TokenOf(ana)}", "Erase");

        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
        var entry = await _app.SingleAuditAsync(AuditAction.RegistrationErased, "anonymous", eventId, $"registration:{ana.Id}");
        Assert.DoesNotContain("ana", entry.Detail + entry.Actor, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HoldRunningOut_IsNotAnAuditedErasure()
    {
        var (_, ana, _) = await RegisteredAsync();
        await _app.WithDbAsync(db => db.Registrations.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, RegistrationStatus.Unconfirmed).SetProperty(r => r.HoldExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        using (var scope = _app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Registrar>().ExpireHoldAsync(ana.Id, CancellationToken.None));
        }

        Assert.Empty(await _app.AuditAsync(AuditAction.RegistrationErased));
    }
}
