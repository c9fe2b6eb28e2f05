using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Registrations;

public sealed class RegistrantListTests : IDisposable
{
    private const string Registrations = "/api/organiser/events/forum-2021/registrations";
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task RegisterAsync(string name, string email, string language = "en", string? organisation = null, int? channelId = null) =>
        (await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            new { name, email, language, organisation, channelId, consent = true })).EnsureSuccessStatusCode();

    private async Task<string[]> NamesAsync(HttpClient organiser, string query) =>
        (await organiser.GetFromJsonAsync<JsonElement[]>(Registrations + query))!.Select(r => r.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public async Task Search_MatchesNameEmailOrOrganisation_InAnyCase_AndChannelFilters()
    {
        var organiser = await _app.PublishedEventAsync();
        var channel = await organiser.PostAsJsonAsync("/api/organiser/events/forum-2021/channels", new { languageCode = "fr", label = "Français", isFloor = false });
        var channelId = (await channel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await RegisterAsync("Ana Lima", "ana@example.org", organisation: "UNHCR");
        await RegisterAsync("Bea Stone", "bea@unhcr.example", "fr", channelId: channelId);
        await RegisterAsync("Carl 100%", "carl@example.org", "es", organisation: "Red Cross");

        Assert.Equal(["Ana Lima"], await NamesAsync(organiser, "?q=ANA"));
        Assert.Equal(["Ana Lima", "Bea Stone"], await NamesAsync(organiser, "?q=unhcr"));
        Assert.Equal(["Carl 100%"], await NamesAsync(organiser, "?q=red%20CROSS"));
        Assert.Equal(["Carl 100%"], await NamesAsync(organiser, "?q=0%25"));
        Assert.Equal(["Bea Stone"], await NamesAsync(organiser, $"?channelId={channelId}"));
        Assert.Equal(["Bea Stone"], await NamesAsync(organiser, "?q=example&language=fr&status=confirmed"));
        Assert.Equal(["q"], await (await organiser.GetAsync(Registrations + "?q=" + new string('x', 201))).AssertValidationProblemAsync());
    }

    [Fact]
    public async Task Move_ConfirmsTheChosenWaitingRegistrant_OnlyIntoAFreePlace()
    {
        var organiser = await _app.PublishedEventAsync(capacity: 1);
        await RegisterAsync("Ana", "ana@example.org");
        await RegisterAsync("Bea", "bea@example.org");
        await RegisterAsync("Carl", "carl@example.org");
        var ids = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        var full = await organiser.PostAsync($"{Registrations}/{ids[2]}/move", null);
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await organiser.PostAsync($"{Registrations}/{ids[0]}/move", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.PostAsync($"{Registrations}/999/move", null)).StatusCode);

        // A place freed outside the registrar (say, a data fix), so no automatic promotion has filled it.
        await _app.WithDbAsync(db => db.Registrations.Where(r => r.Id == ids[0])
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled)));
        Assert.Equal(HttpStatusCode.NoContent, (await organiser.PostAsync($"{Registrations}/{ids[2]}/move", null)).StatusCode);

        var statuses = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.WaitingList, RegistrationStatus.Confirmed], statuses);
        Assert.Contains((ids[2], EmailKind.Promoted), _app.EmailJobs());
        var attendee = await _app.SignedInAsync("bea@example.org", role: null);
        Assert.Equal(HttpStatusCode.Forbidden, (await attendee.PostAsync($"{Registrations}/{ids[1]}/move", null)).StatusCode);
    }

    [Fact]
    public async Task Decline_WithAMessage_PutsItInTheEmail()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent() with { RequiresApproval = true })).EnsureSuccessStatusCode();
        (await organiser.PostAsync("/api/organiser/events/forum-2021/publish", null)).EnsureSuccessStatusCode();
        await RegisterAsync("Ana", "ana@example.org", "fr");
        var id = await _app.WithDbAsync(db => db.Registrations.Select(r => r.Id).SingleAsync());

        Assert.Equal(["message"], await (await organiser.PostAsJsonAsync($"{Registrations}/{id}/decline", new { message = new string('x', 2001) }))
            .AssertValidationProblemAsync());
        Assert.Equal(HttpStatusCode.NoContent,
            (await organiser.PostAsJsonAsync($"{Registrations}/{id}/decline", new { message = "The room is for members only." })).StatusCode);

        using var scope = _app.Services.CreateScope();
        var registration = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        var ev = await _app.WithDbAsync(db => db.Events.SingleAsync());
        var mail = scope.ServiceProvider.GetRequiredService<RegistrationEmailJobs>().Build(registration, ev, EmailKind.Declined);
        Assert.Contains("Message de l'équipe d'organisation\u00A0: The room is for members only.", mail.TextBody, StringComparison.Ordinal);
    }
}
