using System.Net;
using System.Net.Http.Json;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Events.Tests.Tokens;

namespace Events.Tests.Registrations;

public sealed class RegistrationApiTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Register_InEachLanguage_IsConfirmedAndEmailed(string language)
    {
        await _app.PublishedEventAsync();
        var response = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            RegistrationTestKit.Form(email: "  Ana@Example.ORG ", language: language));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var saved = await _app.WithDbAsync(db => db.Registrations.SingleAsync());
        Assert.Equal("ana@example.org", saved.Email);
        Assert.Equal(language, saved.Language);
        Assert.Equal(RegistrationStatus.Confirmed, saved.Status);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(_app.TokenOf(saved)).Length);
        Assert.Matches("^[0-9a-f]{64}$", saved.TokenHash);
        Assert.Contains((saved.Id, EmailKind.Confirmed), _app.EmailJobs());
    }

    [Fact]
    public async Task RepeatedRegistration_SameAnswer_OneRow_LinkSentAgain()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        var first = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form());
        var second = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(name: "Other", email: "ANA@example.org "));

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("ana@", await second.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var rows = await _app.WithDbAsync(db => db.Registrations.ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal("Ana Example", row.Name);
        Assert.Equal([(row.Id, EmailKind.Confirmed), (row.Id, EmailKind.LinkAgain)], _app.EmailJobs().Order());
    }

    [Theory]
    [InlineData("", "ana@example.org", "fr", true, "name")]
    [InlineData("Ana", "not-an-email", "fr", true, "email")]
    [InlineData("Ana", "ana@example.org", "de", true, "language")]
    [InlineData("Ana", "ana@example.org", "fr", false, "consent")]
    public async Task BadInput_Is400NamingTheField_NothingSaved(string name, string email, string language, bool consent, string field)
    {
        await _app.PublishedEventAsync();
        var response = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            RegistrationTestKit.Form(name, email, language, consent));

        Assert.Equal([field], await response.AssertValidationProblemAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
        Assert.Empty(_app.EmailJobs());
    }

    [Fact]
    public async Task HugeNameAndUnknownChannel_Are400()
    {
        await _app.PublishedEventAsync();
        var response = await _app.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations",
            new { name = new string('a', 10_000), email = "ana@example.org", language = "en", channelId = 999, consent = true });

        Assert.Equal(["channelId", "name"], (await response.AssertValidationProblemAsync()).Order());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }

    [Fact]
    public async Task Honeypot_GetsTheSameAnswer_SavesNothing()
    {
        await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        var bot = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(website: "http://spam.example"));
        var human = await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form(email: "bob@example.org"));

        Assert.Equal(HttpStatusCode.Accepted, bot.StatusCode);
        Assert.Equal(await human.Content.ReadAsStringAsync(), await bot.Content.ReadAsStringAsync());
        Assert.Equal(["bob@example.org"], await _app.WithDbAsync(db => db.Registrations.Select(r => r.Email).ToListAsync()));
    }

    [Fact]
    public async Task UnknownOrDraftEvent_Is404()
    {
        var organiser = await _app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event("draft-one"))).EnsureSuccessStatusCode();
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/events/draft-one/registrations", RegistrationTestKit.Form())).StatusCode);
        var unknown = await client.PostAsJsonAsync("/api/events/nope/registrations", RegistrationTestKit.Form());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
