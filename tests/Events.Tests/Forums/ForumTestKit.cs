using Microsoft.EntityFrameworkCore;
using Events.Core.Events;
using Events.Core.Registrations;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Forums;
using Events.Tests.Infrastructure;
using Events.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;

namespace Events.Tests.Forums;

public static class ForumTestKit
{
    public static Task<HttpClient> AdministratorAsync(this EventsApp app) => app.SignedInAsync("admin@example.org", Roles.Administrator);

    /// <summary>Two published events (the later one created first, capacity as given) in the forum "gpc", the second offered in English only.</summary>
    public static async Task ForumWithTwoEventsAsync(this EventsApp app, int? laterCapacity = 50)
    {
        var organiser = await app.OrganiserAsync();
        var later = RegistrationTestKit.UpcomingEvent("panel-day-two", 50) with
        {
            Title = "Day two panel",
            Start = new DateTime(TestData.UpcomingYear, 10, 27, 10, 0, 0), End = new DateTime(TestData.UpcomingYear, 10, 27, 11, 0, 0),
        };
        (await organiser.PostAsJsonAsync("/api/organiser/events", later)).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events", RegistrationTestKit.UpcomingEvent("opening-day-one", 50))).EnsureSuccessStatusCode();
        foreach (var slug in new[] { "panel-day-two", "opening-day-one" })
        {
            (await organiser.PostAsync($"/api/organiser/events/{slug}/publish", null)).EnsureSuccessStatusCode();
        }
        await app.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Slug == "panel-day-two");
            ev.Languages = ["en"];
            ev.Capacity = laterCapacity;
            ev.Translations.Set("fr", nameof(Event.Title), "Panel du deuxième jour");
            return await db.SaveChangesAsync();
        });
        var admin = await app.AdministratorAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/forums", Input());
        response.EnsureSuccessStatusCode();
    }

    public static ForumInput Input(string slug = "gpc") => new(slug, "Global Protection Forum", "Two days of sessions.", "en",
        new DateOnly(TestData.UpcomingYear, 10, 26), new DateOnly(TestData.UpcomingYear, 10, 27), ["panel-day-two", "opening-day-one"],
        new Dictionary<string, IReadOnlyDictionary<string, string>> { ["fr"] = new Dictionary<string, string> { ["Title"] = "Forum mondial de la protection" } });

    public static async Task RunBookingEmailsAsync(this EventsApp app)
    {
        var ids = await app.WithDbAsync(db => db.Set<Booking>().Select(b => b.Id).ToListAsync());
        foreach (var id in ids)
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IBookingEmailJobs>().SendAsync(id, CancellationToken.None);
        }
    }

    public static Dictionary<string, string> BookingFields(params string[] sessions)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Ana Example", ["Form.Email"] = "ana@example.org", ["Form.Language"] = "fr", ["Form.Consent"] = "true",
        };
        for (var i = 0; i < sessions.Length; i++)
        {
            fields[$"Form.Sessions[{i}]"] = sessions[i];
        }
        return fields;
    }
}
