using Microsoft.Playwright;

namespace Events.Tests.Organiser;

/// <summary>The organiser's steps through the pages, found by their labels and button names as a person reads them.</summary>
internal static class OrganiserJourneyPages
{
    public sealed record Person(string Speaker, string Role, string Topic = "");

    /// <summary>Clicks and waits for the page the form's redirect leads to.</summary>
    /// <remarks>Playwright marks this wait obsolete for script-driven pages; these are plain form posts and links, where a
    /// URL wait cannot tell the next page from the current one (a post redirects back to the same address).</remarks>
#pragma warning disable CS0612
    public static Task SubmitAsync(this ILocator button) => button.Page.RunAndWaitForNavigationAsync(() => button.ClickAsync());
#pragma warning restore CS0612

    public static ILocator Button(this IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Field(this IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    public static async Task SignInThroughTheFormAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Field("Email").PressSequentiallyAsync(email);
        await page.Field("Password").PressSequentiallyAsync(password);
        await page.Button("Sign in").SubmitAsync();
    }

    public static async Task AddSpeakerAsync(this IPage page, string name, string jobTitle, string organisation)
    {
        await page.Field("Name").FillAsync(name);
        await page.Field("Job title").FillAsync(jobTitle);
        await page.Field("Speaker's organisation").FillAsync(organisation);
        await page.Button("Add speaker").SubmitAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync($"Speaker {name} added");
    }

    public static async Task AddAgendaItemAsync(this IPage page, string kind, string title, int minutes, params Person[] people)
    {
        await page.Field("Kind of item").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.Field("Item title").FillAsync(title);
        await page.Field("Duration in minutes").FillAsync(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < people.Length; i++)
        {
            var row = page.GetByRole(AriaRole.Group, new() { Name = $"Person {i + 1}", Exact = true });
            await row.GetByLabel("Speaker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = people[i].Speaker });
            await row.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = people[i].Role });
            await row.GetByLabel("Topic (optional)").FillAsync(people[i].Topic);
        }
        await page.Button("Add item").SubmitAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync($"Agenda item “{title}” added.");
    }

    public static async Task AddChannelAsync(this IPage page, string code, string label, bool floor = false)
    {
        await page.Field("Language code").FillAsync(code);
        await page.Field("Label").FillAsync(label);
        await page.GetByLabel("Floor (original language)").SetCheckedAsync(floor);
        await page.Button("Add channel").SubmitAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync($"Channel {label} added.");
    }

    public static async Task AddInterpreterAsync(this IPage page, string name, string email, string into)
    {
        await page.Field("Name").FillAsync(name);
        await page.Field("Email").FillAsync(email);
        await page.GetByLabel("From (source language)").SelectOptionAsync(new SelectOptionValue { Label = "English (en)" });
        await page.GetByLabel("Into (target language").SelectOptionAsync(new SelectOptionValue { Label = into });
        await page.Button("Add interpreter").SubmitAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync($"{name} added to the interpreters.");
    }

    public static async Task AddReadingAsync(this IPage page, string title, string authors, int year, string publisher)
    {
        await page.Field("Title").FillAsync(title);
        await page.Field("Authors").FillAsync(authors);
        await page.Field("Year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Field("Publisher").FillAsync(publisher);
        await page.Button("Add reading").SubmitAsync();
        await Assertions.Expect(page.Locator(".reading-list .reading-citation").Filter(new() { HasText = title })).ToHaveCountAsync(1);
    }

    /// <summary>
    /// Checks the page fits a 390 px phone without sideways scrolling; with EVENTS_TEST_SHOTS naming a folder (kept out of
    /// the repo) also saves full-page screenshots at desktop and phone width.
    /// </summary>
    public static async Task LookAsync(this IPage page, string name)
    {
        await page.SetViewportSizeAsync(390, 844);
        var wide = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).map(e => e.tagName + '.' + e.className).slice(0, 5).join(' ')");
        var scrolls = await page.EvaluateAsync<int>("document.documentElement.scrollWidth") > 390;
        await page.SetViewportSizeAsync(1280, 900);
        var folder = Environment.GetEnvironmentVariable("EVENTS_TEST_SHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await ShootAsync(page, name, folder);
        }
        Assert.False(scrolls, $"{name} scrolls sideways on a phone: {wide}");
    }

    private static async Task ShootAsync(IPage page, string name, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
            // Tall phone pages also in screen-sized parts, readable one by one.
            var tall = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
            for (var top = 0; width < 500 && top < tall; top += 1200)
            {
                await page.ScreenshotAsync(new()
                {
                    Path = Path.Combine(folder, $"{name}-{width}-part{(top / 1200) + 1}.png"), FullPage = true,
                    Clip = new() { X = 0, Y = top, Width = width, Height = Math.Min(1200, tall - top) },
                });
            }
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
