using System.Net.Http.Json;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Jobs;

/// <summary>Each app holds its own Hangfire storage and client, so apps side by side in one process keep their own queues.</summary>
public sealed class JobStorageTests
{
    [Fact]
    public async Task TwoAppsInOneProcess_EachEnqueuesIntoItsOwnStorage()
    {
        using var first = new EventsApp();
        using var second = new EventsApp();
        await first.PublishedEventAsync();
        await second.PublishedEventAsync();

        (await first.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form())).EnsureSuccessStatusCode();
        (await second.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Ben", "ben@example.org"))).EnsureSuccessStatusCode();
        (await second.CreateClient().PostAsJsonAsync("/api/events/forum-2021/registrations", RegistrationTestKit.Form("Chloé", "chloe@example.org"))).EnsureSuccessStatusCode();

        Assert.Single(first.EmailJobs());
        Assert.Equal(2, second.EmailJobs().Count);
        Assert.NotSame(first.Services.GetRequiredService<JobStorage>(), second.Services.GetRequiredService<JobStorage>());
    }
}
