using System.Net;
using Events.Tests.Infrastructure;
using Events.Tests.Organiser;

namespace Events.Tests.FollowUps;

public sealed class FollowUpPageTests : IDisposable
{
    private readonly EventsApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SavingTheForm_ShowsSandboxedPreviewsOfEachVariantInEachLanguage_AndNamesBadFields()
    {
        await FollowUpSeed.EventAsync(_app);
        var organiser = await _app.OrganiserAsync();
        const string url = "/organiser/events/forum-2021/follow-up";
        var fields = new Dictionary<string, string>
        {
            ["Form.Messages[en].Subject"] = "Thanks <for> coming",
            ["Form.Messages[en].Message"] = "Hello",
            ["Form.Messages[en].AbsentSubject"] = "Missed you",
            ["Form.Messages[en].AbsentMessage"] = "Hello",
            ["Form.Messages[fr].Subject"] = "Merci",
            ["Form.RecordingUrl"] = "not a url",
        };

        var bad = await organiser.PostFormAsync(url + "?handler=Save", new(fields), await organiser.TokenAsync(url));
        fields["Form.Messages[fr].Subject"] = "";
        fields["Form.RecordingUrl"] = "https://example.org/recording";
        var saved = await organiser.PostFormAsync(url + "?handler=Save", fields, await organiser.TokenAsync(url));
        var page = await organiser.GetStringAsync(url);

        var badPage = await bad.Content.ReadAsStringAsync();
        Assert.Contains("messages.fr.message: This field is required.", badPage, StringComparison.Ordinal);
        Assert.Contains("recordingUrl: Must be an http or https URL.", badPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(6, page.Split("<iframe sandbox=\"\" srcdoc=", StringSplitOptions.None).Length - 1);
        Assert.Contains("srcdoc=\"&lt;!DOCTYPE html&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&gt;Dear [name],&lt;/p&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<summary>fr · did not attend: Missed you</summary>", page, StringComparison.Ordinal);
        Assert.Contains("<summary>en · attended: Thanks &lt;for&gt; coming</summary>", page, StringComparison.Ordinal);
    }
}
