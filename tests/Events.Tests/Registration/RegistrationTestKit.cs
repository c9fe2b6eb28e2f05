using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Events.Core.Registrations;
using Events.Core.Email;
using Events.Core.Events;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Registrations;

internal static partial class RegistrationTestKit
{
    /// <summary>The test event moved years ahead: registration closes when an event starts, and 2021 has passed.</summary>
    public static EventInput UpcomingEvent(string slug = "forum-2021", int? capacity = 50) =>
        TestData.Event(slug, capacity) with { Start = new DateTime(TestData.UpcomingYear, 10, 26, 16, 0, 0), End = new DateTime(TestData.UpcomingYear, 10, 26, 17, 30, 0) };

    public static async Task<HttpClient> PublishedEventAsync(this EventsApp app, int? capacity = 50, string slug = "forum-2021")
    {
        var organiser = await app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", UpcomingEvent(slug, capacity))).EnsureSuccessStatusCode();
        (await organiser.PostAsync($"/api/organiser/events/{slug}/publish", null)).EnsureSuccessStatusCode();
        return organiser;
    }

    public static object Form(string name = "Ana Example", string email = "ana@example.org", string language = "fr",
        bool consent = true, string? website = null) =>
        new { name, email, language, consent, website };

    /// <summary>
    /// (registration id, email kind) of every email waiting in the in-memory queue, single or in a batch job, once
    /// the email outbox has been handed over (as the app's dispatcher does within milliseconds of a commit).
    /// </summary>
    public static List<(int Id, EmailKind Kind)> EmailJobs(this EventsApp app)
    {
        app.DrainEmailOutboxAsync().GetAwaiter().GetResult();
        return app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 5000)
            .Where(j => j.Value.Job.Type == typeof(IRegistrationEmailJobs))
            .SelectMany(j => j.Value.Job.Method.Name == nameof(IRegistrationEmailJobs.SendBatchAsync)
                ? ((IReadOnlyList<RegistrationEmail>)j.Value.Job.Args[0]).Select(e => (e.RegistrationId, e.Kind))
                : [((int)j.Value.Job.Args[0], (EmailKind)j.Value.Job.Args[1])])
            .ToList();
    }

    /// <summary>Hands every email in the outbox to the job storage now, waiting for a drain already under way.</summary>
    public static Task<int> DrainEmailOutboxAsync(this EventsApp app) =>
        app.Services.GetRequiredService<EmailOutboxDispatcher>().DrainAsync(CancellationToken.None);

    /// <summary>(when, registration id) of every scheduled release of an Unconfirmed hold.</summary>
    public static List<(DateTime At, int Id)> HoldJobs(this EventsApp app) =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 5000)
            .Where(j => j.Value.Job.Type == typeof(IRegistrationHoldJobs))
            .Select(j => (j.Value.EnqueueAt, (int)j.Value.Job.Args[0]))
            .ToList();

    /// <summary>Posts a Razor form on <paramref name="pageUrl"/> with the antiforgery token of its GET; an empty handler is the page's default.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string handler,
        Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value };
        var separator = pageUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var url = handler.Length == 0 ? pageUrl : $"{pageUrl}{separator}handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of a page's form, for posts made later (e.g. after the clock has moved).</summary>
    public static async Task<string> PageTokenAsync(HttpClient client, string pageUrl) =>
        AntiforgeryField().Match(await client.GetStringAsync(pageUrl)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
