using System.Net.Http.Json;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Registrations;

internal static class RegistrationTestKit
{
    public static async Task<HttpClient> PublishedEventAsync(this EventsApp app, int? capacity = 50, string slug = "forum-2021")
    {
        var organiser = await app.OrganiserAsync();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event(slug, capacity))).EnsureSuccessStatusCode();
        (await organiser.PostAsync($"/api/organiser/events/{slug}/publish", null)).EnsureSuccessStatusCode();
        return organiser;
    }

    public static object Form(string name = "Ana Example", string email = "ana@example.org", string language = "fr",
        bool consent = true, string? website = null) =>
        new { name, email, language, consent, website };

    /// <summary>(registration id, email kind) of every email job waiting in the in-memory queue.</summary>
    public static List<(int Id, EmailKind Kind)> EmailJobs(this EventsApp app) =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 5000)
            .Where(j => j.Value.Job.Type == typeof(IRegistrationEmailJobs) && j.Value.Job.Method.Name == nameof(IRegistrationEmailJobs.SendAsync))
            .Select(j => ((int)j.Value.Job.Args[0], (EmailKind)j.Value.Job.Args[1]))
            .ToList();
}
