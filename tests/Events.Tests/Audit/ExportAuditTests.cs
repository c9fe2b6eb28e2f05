using System.Net.Http.Json;
using Events.Core.Audit;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;

namespace Events.Tests.Audit;

/// <summary>Every organiser export leaves one audit row naming who took what out of which event, in which format.</summary>
public sealed class ExportAuditTests : IAsyncLifetime
{
    private readonly EventsApp _app = new();
    private HttpClient _organiser = null!;
    private int _eventId;

    public async Task InitializeAsync()
    {
        _organiser = await _app.PublishedEventAsync();
        var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Ben", "ben@example.org"))).EnsureSuccessStatusCode();
        _eventId = await _app.EventIdAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("registrations.csv", AuditAction.RegistrationsExported, "format=csv, rows=2")]
    [InlineData("registrations", AuditAction.RegistrationsExported, "format=json, rows=2")]
    [InlineData("registrations?status=confirmed&q=Ana", AuditAction.RegistrationsExported, "format=json, rows=1")]
    [InlineData("questions.csv", AuditAction.QuestionsExported, "format=csv, rows=0")]
    [InlineData("questions.md", AuditAction.QuestionsExported, "format=md, rows=0")]
    [InlineData("report", AuditAction.ReportExported, "format=json")]
    [InlineData("report.csv", AuditAction.ReportExported, "format=csv")]
    public async Task Export_AuditsOneRow_WithTheOrganiserTheEventAndTheFormat(string path, AuditAction action, string detail)
    {
        (await _organiser.GetAsync($"/api/organiser/events/forum-2021/{path}")).EnsureSuccessStatusCode();

        var entry = await _app.SingleAuditAsync(action, AuditTestKit.Admin, _eventId, $"event:{_eventId}");
        // A searched name never reaches the log, only the count.
        Assert.Equal(detail, entry.Detail);
    }

    [Fact]
    public async Task ReportPage_ShowsOnlyFigures_AndIsNotAuditedAsAnExport()
    {
        (await _organiser.GetAsync("/organiser/events/forum-2021/report")).EnsureSuccessStatusCode();
        (await _organiser.GetAsync("/organiser/events/forum-2021")).EnsureSuccessStatusCode();

        Assert.Empty(await _app.AuditAsync(AuditAction.ReportExported));
    }

    [Fact]
    public async Task RefusedExport_IsNotAudited()
    {
        var attendee = await _app.SignedInAsync("ana@example.org", role: null);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await attendee.GetAsync("/api/organiser/events/forum-2021/registrations.csv")).StatusCode);

        Assert.Empty(await _app.AuditAsync(AuditAction.RegistrationsExported));
    }
}
