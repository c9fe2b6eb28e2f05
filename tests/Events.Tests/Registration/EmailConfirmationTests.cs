using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

public sealed class EmailConfirmationTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly EventsApp _app;

    public EmailConfirmationTests() => _app = new EventsApp(clock: _clock);

    public void Dispose() => _app.Dispose();

    private async Task PublishAsync(int capacity, bool approval = false)
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events",
            RegistrationTestKit.UpcomingEvent(capacity: capacity) with { RequiresEmailConfirmation = true, RequiresApproval = approval }))
            .EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
    }

    private async Task<Registration> RegisterAsync(string name)
    {
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(name, $"{name}@example.org")))
            .EnsureSuccessStatusCode();
        return await _app.WithDbAsync(db => db.Registrations.AsNoTracking().SingleAsync(r => r.Name == name));
    }

    private Task<List<(string Name, RegistrationStatus Status, RegistrationStatus? Then, int? Position)>> StateAsync() =>
        _app.WithDbAsync(async db => (await db.Registrations.OrderBy(r => r.Id).ToListAsync())
            .Select(r => (r.Name, r.Status, r.StatusOnceEmailConfirmed, r.WaitingPosition)).ToList());

    private async Task ExpireAsync(int id)
    {
        using var scope = _app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRegistrationHoldJobs>().ExpireAsync(id, CancellationToken.None);
    }

    [Fact]
    public async Task NewRegistration_HoldsItsPlaceUnconfirmed_OpeningTheLinkChangesNothing_ThePostConfirms()
    {
        await PublishAsync(capacity: 1);
        var ana = await RegisterAsync("ana");
        var bea = await RegisterAsync("bea");

        Assert.Equal([("ana", RegistrationStatus.Unconfirmed, RegistrationStatus.Confirmed, null), ("bea", RegistrationStatus.Unconfirmed, RegistrationStatus.WaitingList, 1)],
            await StateAsync());
        Assert.Equal([(ana.Id, EmailKind.ConfirmEmail), (bea.Id, EmailKind.ConfirmEmail)], _app.EmailJobs());
        var expected = _clock.GetUtcNow().UtcDateTime.AddHours(24);
        Assert.Equal(ana.HoldExpiresAtUtc, expected);
        Assert.Equal([ana.Id, bea.Id], _app.HoldJobs().Select(j => j.Id).Order());
        Assert.All(_app.HoldJobs(), j => Assert.True(Math.Abs((j.At - expected).TotalSeconds) < 1, $"{j.At:O} vs {expected:O}"));

        var client = _app.CreateClient();
        var page = await client.GetStringAsync($"/r/{_app.TokenOf(ana)}");
        Assert.Contains("Confirm my email", page, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Unconfirmed, (await StateAsync())[0].Status);

        var confirm = await client.PostFormAsync($"/r/{_app.TokenOf(ana)}", "ConfirmEmail");
        Assert.Contains("Your email address is confirmed.", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/registrations/{_app.TokenOf(bea)}/confirm-email", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/registrations/{_app.TokenOf(bea)}/confirm-email", null)).StatusCode);

        Assert.Equal([("ana", RegistrationStatus.Confirmed, null, null), ("bea", RegistrationStatus.WaitingList, null, 1)], await StateAsync());
        Assert.Equal([(ana.Id, EmailKind.ConfirmEmail), (bea.Id, EmailKind.ConfirmEmail), (ana.Id, EmailKind.Confirmed), (bea.Id, EmailKind.WaitingList)],
            _app.EmailJobs());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/registrations/no-such-token/confirm-email", null)).StatusCode);
    }

    [Fact]
    public async Task WithApproval_ConfirmingTheEmail_MakesThePendingRequest()
    {
        await PublishAsync(capacity: 5, approval: true);
        var ana = await RegisterAsync("ana");

        (await _app.CreateClient().PostAsync($"/api/registrations/{_app.TokenOf(ana)}/confirm-email", null)).EnsureSuccessStatusCode();

        Assert.Equal([("ana", RegistrationStatus.Pending, null, null)], await StateAsync());
        Assert.Contains((ana.Id, EmailKind.Pending), _app.EmailJobs());
    }

    [Fact]
    public async Task HoldNotConfirmedInTime_IsReleased_TheNextWaitingIsPromoted_AndTheJobIsIdempotent()
    {
        await PublishAsync(capacity: 1);
        var ana = await RegisterAsync("ana");
        var bea = await RegisterAsync("bea");
        (await _app.CreateClient().PostAsync($"/api/registrations/{_app.TokenOf(bea)}/confirm-email", null)).EnsureSuccessStatusCode();

        await ExpireAsync(ana.Id); // too early: nothing happens
        Assert.Equal(2, (await StateAsync()).Count);

        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await ExpireAsync(ana.Id);
        await ExpireAsync(ana.Id);
        await ExpireAsync(bea.Id);

        Assert.Equal([("bea", RegistrationStatus.Confirmed, null, 1)], await StateAsync());
        Assert.Single(_app.EmailJobs(), j => j == (bea.Id, EmailKind.Promoted));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync($"/r/{_app.TokenOf(ana)}")).StatusCode);
    }

    [Fact]
    public async Task ConfirmingTooLate_ReleasesTheHoldInsteadOfConfirming()
    {
        await PublishAsync(capacity: 1);
        var ana = await RegisterAsync("ana");
        _clock.Advance(TimeSpan.FromHours(25));

        var response = await _app.CreateClient().PostAsync($"/api/registrations/{_app.TokenOf(ana)}/confirm-email", null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Empty(await StateAsync());
        Assert.DoesNotContain(_app.EmailJobs(), j => j.Kind == EmailKind.Confirmed);

        var bea = await RegisterAsync("bea");
        _clock.Advance(TimeSpan.FromHours(25));
        var page = await _app.CreateClient().PostFormAsync($"/r/{_app.TokenOf(bea)}", "ConfirmEmail");
        Assert.Contains("The time to confirm has passed and the registration was released.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await StateAsync());
    }

    [Fact]
    public async Task ConfirmingAfterTheEventIsCancelled_IsRefused_AndTheHoldStaysUnconfirmed()
    {
        await PublishAsync(capacity: 5);
        var ana = await RegisterAsync("ana");
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/cancel", null)).EnsureSuccessStatusCode();

        var response = await _app.CreateClient().PostAsync($"/api/registrations/{_app.TokenOf(ana)}/confirm-email", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal([("ana", RegistrationStatus.Unconfirmed, RegistrationStatus.Confirmed, null)], await StateAsync());
        Assert.DoesNotContain(_app.EmailJobs(), j => j.Kind == EmailKind.Confirmed);
    }

    [Theory]
    [InlineData("en", "Please confirm your email: Protection forum", "press \"Confirm my email\"")]
    [InlineData("fr", "Veuillez confirmer votre adresse : Protection forum", "cliquez sur « Confirmer mon adresse »")]
    [InlineData("es", "Confirme su correo electrónico: Protection forum", "pulse «Confirmar mi correo»")]
    public async Task ConfirmEmailMessage_InTheRegistrantsLanguage_NamesTheButton_CarriesTheLink_AndNoInvitation(string language, string subject, string button)
    {
        await PublishAsync(capacity: 5);
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(language: language)))
            .EnsureSuccessStatusCode();
        var registration = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        var ev = await _app.WithDbAsync(db => db.Events.SingleAsync());

        using var scope = _app.Services.CreateScope();
        var message = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>().Build(registration, ev, EmailKind.ConfirmEmail);

        Assert.Equal(subject, message.Subject);
        Assert.Contains(button, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/r/{_app.TokenOf(registration)}", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(message.Attachments);
        var page = await _app.CreateClient().GetAsync($"/r/{_app.TokenOf(registration)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
