using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Email;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Registrations;

public sealed partial class PersonalPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PersonalPage_ShowsStatus_CancelPromotesTheFirstWaiting()
    {
        await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("First", "first@example.org"));
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Second", "second@example.org"));
        var rows = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).ToListAsync());

        var waitingPage = await client.GetStringAsync($"/r/{rows[1].Token}");
        Assert.Contains("data-status=\"WaitingList\"", waitingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("first@example.org", waitingPage, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/r/{rows[0].Token}");
        Assert.Contains("data-status=\"Confirmed\"", page, StringComparison.Ordinal);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        var cancel = await client.PostAsync($"/r/{rows[0].Token}?handler=Cancel",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.True(cancel.IsSuccessStatusCode, $"{(int)cancel.StatusCode}");

        var after = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], after);
        Assert.Contains((rows[1].Id, EmailKind.Promoted), _app.EmailJobs());
        Assert.Contains((rows[0].Id, EmailKind.Cancelled), _app.EmailJobs());
    }

    [Fact]
    public async Task Export_ReturnsOwnData_Erase_LeavesNoPersonalData()
    {
        await _app.PublishedEventAsync(capacity: 1);
        var client = _app.CreateClient();
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("First", "first@example.org"));
        await client.PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Second", "second@example.org"));
        var first = await _app.WithDbAsync(db => db.Registrations.OrderBy(r => r.Id).FirstAsync());

        var export = await client.GetStringAsync($"/r/{first.Token}?handler=Export");
        Assert.Contains("first@example.org", export, StringComparison.Ordinal);
        Assert.DoesNotContain("second@example.org", export, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/r/{first.Token}");
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        await client.PostAsync($"/r/{first.Token}?handler=Erase",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));

        var left = await _app.WithDbAsync(db => db.Registrations.ToListAsync());
        var second = Assert.Single(left);
        Assert.Equal(("second@example.org", RegistrationStatus.Confirmed), (second.Email, second.Status));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/r/{first.Token}")).StatusCode);
    }

    [Fact]
    public async Task UnknownToken_Is404()
    {
        await _app.PublishedEventAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/r/not-a-token")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
