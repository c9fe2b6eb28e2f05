using System.Globalization;
using System.Net.Http.Json;
using Events.Core.Accounts;
using Events.Core.Live;
using Events.Tests.Infrastructure;
using Events.Tests.LivePages;
using Events.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Events.Tests.Organiser.OrganiserJourneyPages;

namespace Events.Tests.Organiser;

/// <summary>The concept note's event built by a first-time organiser through the pages alone, then read in French.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganiserJourneyTests : IDisposable
{
    private const string Title = "Digital technology and anti-trafficking action in crises: a practice view on opportunities and challenges";
    private const string PanelTitle = "Panel: tech to counter trafficking in crises";
    private const string Chemaly = "William Chemaly (UNHCR)";
    private const string Mullally = "Prof. Siobhán Mullally (United Nations)";
    private const string Darnton = "Hannah Darnton (BSR, Tech Against Trafficking)";
    private const string Vergara = "Mayerlín Vergara Pérez (Fundación Renacer)";

    private static readonly string[] Readings =
    [
        "Profits and Poverty: The Economics of Forced Labour",
        "Anti-Trafficking in Humanitarian Responses",
        "Leveraging innovation to fight trafficking in human beings: A comprehensive analysis of technology tools",
    ];

    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<string> AccountAsync(string email, string role)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateOrResetAsync(email, email, role);
    }

    [BrowserFact]
    public async Task OrganiserJourney_BuildsTheSeedEventThroughThePagesOnly_AndTheFrenchPublicPageShowsThePanel()
    {
        var url = _app.StartKestrel();
        var password = await AccountAsync("first-time@example.org", Roles.Administrator);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url);

        await page.SignInThroughTheFormAsync("first-time@example.org", password);
        Assert.EndsWith("/organiser", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/organiser/events/new");
        await page.Field("Title").PressSequentiallyAsync(Title);
        var slug = await page.Field("Address (slug)").InputValueAsync();
        Assert.StartsWith("digital-technology-and-anti-trafficking-action-in-crises", slug, StringComparison.Ordinal);
        await page.Field("Summary").FillAsync("GPC Global Protection Forum thematic event on tech and anti-trafficking action in crises.");
        await page.Field("Time zone").FillAsync("Europe/Paris");
        var day = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Field("Start").FillAsync($"{day}T16:00");
        await page.Field("End").FillAsync($"{day}T17:30");
        await page.Button("Create draft").SubmitAsync();
        Assert.EndsWith($"/organiser/events/{slug}", page.Url, StringComparison.Ordinal);
        var dashboard = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Speakers", Exact = true }).SubmitAsync();
        await page.AddSpeakerAsync("William Chemaly", "Global Protection Cluster Coordinator", "UNHCR");
        await page.AddSpeakerAsync("Grace Forrest", "", "Walk Free Foundation");
        await page.AddSpeakerAsync("Prof. Siobhán Mullally", "Special Rapporteur on Trafficking in Persons, especially Women and Children", "United Nations");
        await page.AddSpeakerAsync("Hannah Darnton", "Associate Director", "BSR, Tech Against Trafficking");
        await page.AddSpeakerAsync("Mayerlín Vergara Pérez", "", "Fundación Renacer");
        await page.AddSpeakerAsync("GBV AoR", "", "Gender-Based Violence Area of Responsibility");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Grace Forrest" }).SubmitAsync();
        await page.Field("Job title").FillAsync("Founding Director");
        await page.Button("Save speaker").SubmitAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Grace Forrest" })).ToContainTextAsync("Founding Director, Walk Free Foundation");
        await page.LookAsync("speakers");

        await page.GotoAsync($"/organiser/events/{slug}/agenda");
        await page.AddAgendaItemAsync("Opening remarks", "Opening remarks", 10, new Person("Grace Forrest (Walk Free Foundation)", "Speaker"));
        await page.AddAgendaItemAsync("Panel", PanelTitle, 45,
            new Person(Chemaly, "Moderator"),
            new Person(Mullally, "Panellist", "Guiding principles for the use of tech to counter trafficking"),
            new Person(Darnton, "Panellist", "The opportunities and challenges of tech solutions"),
            new Person(Vergara, "Panellist", "Tech and anti-trafficking work in Colombia"));
        await page.AddAgendaItemAsync("Plenary questions", "Plenary – questions and comments from the participants", 20, new Person(Chemaly, "Moderator"));
        await page.AddAgendaItemAsync("Closing remarks", "Closing remarks", 10, new Person("GBV AoR (Gender-Based Violence Area of Responsibility)", "Speaker"));
        await page.AddAgendaItemAsync("Wrap-up", "Wrap up", 5, new Person(Mullally, "Speaker"));
        var items = page.Locator("[data-agenda-item]");
        Assert.Equal(["16:00–16:10", "16:10–16:55", "16:55–17:15", "17:15–17:25", "17:25–17:30"], await items.Locator("[data-item-time]").AllInnerTextsAsync());
        await Assertions.Expect(items.Nth(1).Locator(".people li")).ToHaveCountAsync(4);
        await page.LookAsync("agenda");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit {PanelTitle}" }).SubmitAsync();
        Assert.Equal("Panellist", await page.GetByRole(AriaRole.Group, new() { Name = "Person 4", Exact = true })
            .GetByLabel("Role", new() { Exact = true }).Locator("option:checked").InnerTextAsync());
        await page.LookAsync("agenda-item");

        await page.GotoAsync($"/organiser/events/{slug}/channels");
        await page.AddChannelAsync("en", "English (floor)", floor: true);
        await page.AddChannelAsync("fr", "Français");
        await page.AddChannelAsync("es", "Español");
        await page.GetByRole(AriaRole.Link, new() { Name = "Interpreters and briefing" }).SubmitAsync();
        await page.AddInterpreterAsync("Interprète FR", "interprete.fr@example.org", "French (fr)");
        await page.AddInterpreterAsync("Intérprete ES", "interprete.es@example.org", "Spanish (es)");
        await page.LookAsync("interpreters");
        await page.GotoAsync($"/organiser/events/{slug}/channels");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Français" }).Locator(".channel-interpreters")).ToHaveTextAsync("Interprète FR");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Español" }).Locator(".channel-interpreters")).ToHaveTextAsync("Intérprete ES");
        await page.LookAsync("channels");

        await page.GotoAsync($"/organiser/events/{slug}/readings");
        await page.AddReadingAsync(Readings[0], "ILO", 2014, "Geneva: ILO");
        await page.AddReadingAsync(Readings[1], "GPC Anti-Trafficking Task Team", 2018, "Geneva: GPC");
        await page.AddReadingAsync(Readings[2], "OSCE and Tech Against Trafficking", 2020, "Vienna: OSCE");
        await page.Button($"Move down {Readings[0]}").SubmitAsync();
        await page.Button($"Move up {Readings[2]}").SubmitAsync();
        string[] reordered = [Readings[1], Readings[2], Readings[0]];
        var citations = page.Locator(".reading-list .reading-citation");
        for (var i = 0; i < reordered.Length; i++)
        {
            await Assertions.Expect(citations.Nth(i)).ToContainTextAsync(reordered[i]);
        }
        await page.LookAsync("readings");

        await page.GotoAsync($"/organiser/events/{slug}/settings");
        // "Before" is the new event's default: go through "After" so that saving "Before" is seen to work.
        foreach (var choice in new[] { "After: questions appear at once, moderators can hide them", "Before: a moderator approves each question first" })
        {
            await page.GetByLabel(choice).CheckAsync();
            await page.Button("Save the live settings").SubmitAsync();
            await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Settings saved.");
            await Assertions.Expect(page.GetByLabel(choice)).ToBeCheckedAsync();
        }
        await page.LookAsync("settings");

        await page.GotoAsync(dashboard);
        await Assertions.Expect(page.Locator("[data-checklist]")).ToContainTextAsync("Everything on the checklist is in place.");
        await page.LookAsync("dashboard");
        await page.Button("Publish").ClickAsync();
        var dialog = page.Locator("dialog.confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Publish this event? Its page becomes public and registration opens.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish" }).SubmitAsync();
        await Assertions.Expect(page.Locator(".event-status")).ToHaveTextAsync("Published");

        await page.GetByRole(AriaRole.Link, new() { Name = "Public page" }).SubmitAsync();
        await page.GotoAsync(page.Url + "?culture=fr");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        var panel = page.Locator(".agenda-item", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = PanelTitle }) });
        await Assertions.Expect(panel.Locator(".kind")).ToHaveTextAsync("Table ronde");
        var people = panel.Locator(".people li");
        await Assertions.Expect(people).ToHaveCountAsync(4);
        string[] names = ["William Chemaly", "Prof. Siobhán Mullally", "Hannah Darnton", "Mayerlín Vergara Pérez"];
        string[] roles = ["Modérateur·rice", "Panéliste", "Panéliste", "Panéliste"];
        for (var i = 0; i < 4; i++)
        {
            await Assertions.Expect(people.Nth(i).Locator("strong")).ToHaveTextAsync(names[i]);
            await Assertions.Expect(people.Nth(i).Locator(".role")).ToHaveTextAsync(roles[i]);
        }
        await Assertions.Expect(people.Nth(1)).ToContainTextAsync("United Nations — Guiding principles");
        var publicReadings = page.Locator("ol.readings cite");
        for (var i = 0; i < reordered.Length; i++)
        {
            await Assertions.Expect(publicReadings.Nth(i)).ToContainTextAsync(reordered[i]);
        }
        await page.LookAsync("public-fr");

        var saved = await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == slug)
            .Select(e => new { e.Status, e.Moderation, Forrest = e.Speakers.Single(s => s.Name == "Grace Forrest").Title }).SingleAsync());
        Assert.Equal((Core.Events.EventStatus.Published, QuestionModeration.Before, "Founding Director"), (saved.Status, saved.Moderation, saved.Forrest));
    }

    [BrowserFact]
    public async Task Moderator_SignsIn_AndLandsOnTheirConsoles()
    {
        var url = _app.StartKestrel();
        // The app runs on Kestrel, so the organiser sets the event up over real HTTP (as the moderator landing tests do in memory).
        using var organiser = new HttpClient { BaseAddress = new Uri(url) };
        var organiserPassword = await AccountAsync("organiser@example.org", Roles.Administrator);
        (await organiser.PostAsJsonAsync("/api/account/login", new { email = "organiser@example.org", password = organiserPassword })).EnsureSuccessStatusCode();
        (await organiser.PostAsJsonAsync("/api/organiser/events", TestData.Event("forum-2021"))).EnsureSuccessStatusCode();
        var eventId = await _app.WithDbAsync(db => db.Events.Where(e => e.Slug == "forum-2021").Select(e => e.Id).SingleAsync());
        var password = await _app.EventModeratorAsync(eventId);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(url);

        await page.SignInThroughTheFormAsync("moderator@example.org", password);

        Assert.EndsWith("/moderator", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Moderator console Protection forum" }).SubmitAsync();
        Assert.EndsWith("/events/forum-2021/console", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moderator console", Level = 1 })).ToBeVisibleAsync();
    }
}
