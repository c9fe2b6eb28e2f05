using System.Text.RegularExpressions;
using Events.Core.Demo;
using Events.Tests.Infrastructure;

namespace Events.Tests.Registrations;

public sealed partial class ChannelPreselectionTests : IDisposable
{
    private readonly EventsApp _app = new(new() { ["Demo:Enabled"] = "true", ["Demo:DaysAhead"] = "14" });

    public void Dispose() => _app.Dispose();

    [GeneratedRegex("<option value=\"\\d+\"[^>]* selected=\"selected\">([^<]+)</option>")]
    private static partial Regex SelectedOption();

    [Theory]
    [InlineData("en", "English (floor)")]
    [InlineData("fr", "Français")]
    [InlineData("es", "Español")]
    public async Task TheForm_OffersTheChannelInTheReadersLanguageFirst(string language, string channel)
    {
        var html = await _app.CreateClient().GetStringAsync($"/events/{ModelEvent.Slug}?culture={language}");

        // Channel options have numeric values (the language select's are codes).
        Assert.Equal([channel], SelectedOption().Matches(html).Select(m => m.Groups[1].Value));
    }
}
