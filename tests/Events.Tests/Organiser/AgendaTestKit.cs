using System.Net;
using Events.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Tests.Organiser;

/// <summary>An event and its speakers made through the organiser pages, as an organiser would.</summary>
public static class AgendaTestKit
{
    public const string Agenda = "/organiser/events/forum-2021/agenda";
    public const string Speakers = "/organiser/events/forum-2021/speakers";

    public static async Task CreateEventAsync(this HttpClient client) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/organiser/events/new", OrganiserForms.EventFields(),
            await client.TokenAsync("/organiser/events/new"))).StatusCode);

    public static async Task<int> AddSpeakerAsync(this HttpClient client, EventsApp app, string name, string organisation = "")
    {
        var response = await client.PostFormAsync(Speakers + "?handler=Add",
            new() { ["Input.Name"] = name, ["Input.Organisation"] = organisation }, await client.TokenAsync(Speakers));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.Speakers.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
    }

    /// <summary>The agenda form's fields; <paramref name="people"/> fill the person rows in order.</summary>
    public static Dictionary<string, string> ItemFields(string title, string start, int minutes, string kind = "Presentation",
        params (int SpeakerId, string Role, string Topic)[] people)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind, ["Input.Title"] = title, ["Input.Start"] = start, ["Input.DurationMinutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < people.Length; i++)
        {
            fields[$"Input.People[{i}].SpeakerId"] = people[i].SpeakerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Input.People[{i}].Role"] = people[i].Role;
            fields[$"Input.People[{i}].Topic"] = people[i].Topic;
        }
        // The rows the organiser left on "None".
        for (var i = people.Length; i < 4; i++)
        {
            fields[$"Input.People[{i}].SpeakerId"] = "";
            fields[$"Input.People[{i}].Role"] = "Speaker";
            fields[$"Input.People[{i}].Topic"] = "";
        }
        return fields;
    }

    public static async Task<HttpResponseMessage> AddItemAsync(this HttpClient client, Dictionary<string, string> fields, string? culture = null) =>
        await client.PostFormAsync(Agenda + "?handler=Add" + (culture is null ? "" : "&culture=" + culture), fields, await client.TokenAsync(Agenda));

    public static void EnsureRedirect(this HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect after the save, got {(int)response.StatusCode}.");

    public static async Task<int> ItemIdAsync(this EventsApp app, string title) =>
        await app.WithDbAsync(db => db.AgendaItems.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
}
