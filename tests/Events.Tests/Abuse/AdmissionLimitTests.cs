using Events.Tests.Tokens;
using System.Net;
using Events.Core.Registrations;
using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Tests.Organiser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Events.Tests.Abuse;

/// <summary>
/// The personal link's admission is counted per link, so a whole office behind one address gets in, while one link
/// tried again and again is held back; guests, each a new identity, are minted per address at a bounded rate.
/// </summary>
public sealed class AdmissionLimitTests : IDisposable
{
    private readonly EventsApp _app = new(new()
    {
        ["RateLimits:AdmissionsPerLinkPerMinute"] = "3",
        ["RateLimits:GuestsPerIpPerMinute"] = "3",
    });

    public void Dispose() => _app.Dispose();

    private HttpClient Anonymous() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ThreeHundredColleaguesFromOneAddress_AllGetIn_WhileOneLinkHammered_IsLimited()
    {
        var ev = await _app.LiveEventAsync();
        var tokens = await _app.WithDbAsync(async db =>
        {
            var rows = Enumerable.Range(0, 300).Select(i => new Registration
            {
                EventId = ev.Id, Name = $"Colleague {i}", Email = $"colleague{i}@example.org",
                Status = RegistrationStatus.Confirmed,
            }).ToList();
            var issued = rows.Select(r => _app.IssueLink(r)).ToList();
            db.Registrations.AddRange(rows);
            await db.SaveChangesAsync();
            return issued;
        });

        var statuses = new List<HttpStatusCode>();
        foreach (var token in tokens)
        {
            statuses.Add((await Anonymous().GetAsync($"/r/{token}/live")).StatusCode);
        }
        var hammered = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            hammered.Add((await Anonymous().GetAsync($"/r/{ev.AttendeeToken}/live")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], hammered);
    }

    [Fact]
    public async Task GuestJoins_FromOneAddress_AreBounded_WhileThePageStillLoads()
    {
        var ev = await _app.LiveEventAsync(openQuestions: true);
        var url = $"/events/{ev.Slug}/live";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var client = Anonymous();
            statuses.Add((await client.PostFormAsync(url + "?handler=Guest", new() { ["Guest.Name"] = $"Guest {i}", ["Guest.Language"] = "en" }, await client.TokenAsync(url))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(url)).StatusCode);
    }
}
