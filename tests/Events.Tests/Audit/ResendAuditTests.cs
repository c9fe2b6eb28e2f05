using System.Net;
using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;
using Events.Tests.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Audit;

public sealed class ResendAuditTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(HttpClient Organiser, int RegistrationId, int DeliveryId, int EventId)> DeliveryAsync(EmailDeliveryStatus status)
    {
        var organiser = await _app.PublishedEventAsync();
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        var registration = await _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync());
        var deliveryId = await _app.WithDbAsync(async db =>
        {
            var row = new EmailDelivery
            {
                Key = DeliveryKey.For(registration.Id, EmailKind.Confirmed, 0), EventId = registration.EventId, Recipient = "ana@example.org",
                Kind = EmailKind.Confirmed, Status = status, Attempts = 1, CreatedAtUtc = DateTime.UtcNow.AddMinutes(-5), UpdatedAtUtc = DateTime.UtcNow.AddMinutes(-5),
            };
            db.EmailDeliveries.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        return (organiser, registration.Id, deliveryId, registration.EventId);
    }

    [Fact]
    public async Task ResendOfAFailedEmail_ThroughTheApi_AuditsOneRow_AndAQueuedOneAddsNone()
    {
        var (organiser, registrationId, deliveryId, eventId) = await DeliveryAsync(EmailDeliveryStatus.Failed);

        Assert.Equal(HttpStatusCode.Accepted, (await organiser.PostAsync($"/api/organiser/events/forum-2021/emails/{deliveryId}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsync($"/api/organiser/events/forum-2021/emails/{deliveryId}/resend", null)).StatusCode);

        var entry = await _app.SingleAuditAsync(AuditAction.EmailResent, AuditTestKit.Admin, eventId, $"registration:{registrationId}");
        Assert.Equal($"delivery={deliveryId}, kind=Confirmed", entry.Detail);
    }

    [Fact]
    public async Task ResendOfASentEmail_FromThePage_AuditsOneRowForTheCopy()
    {
        var (organiser, registrationId, deliveryId, eventId) = await DeliveryAsync(EmailDeliveryStatus.Sent);
        const string page = "/organiser/events/forum-2021/emails";

        var response = await organiser.PostFormAsync($"{page}?handler=Resend&id={deliveryId}", [], await organiser.TokenAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await _app.SingleAuditAsync(AuditAction.EmailResent, AuditTestKit.Admin, eventId, $"registration:{registrationId}");
        Assert.Equal($"delivery={deliveryId}, kind=Confirmed, copy", entry.Detail);
    }
}
