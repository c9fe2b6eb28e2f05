using Events.Core.Live;

namespace Events.Web.Pages.Live;

/// <summary>
/// The words the console and presenter scripts write (statuses, buttons, confirmations, counts), in the page's
/// language, for the page's #live-texts island: the scripts hold no text of their own.
/// </summary>
public static class LiveTexts
{
    public static object Console(IStringLocalizer t) => new
    {
        status = Words<QuestionStatus>(t, "@LiveQuestion."),
        session = Words<EventStatus>(t, "@LiveSession."),
        anonymity = Words<QuestionAnonymity>(t, "@LiveAnonymity."),
        actions = Words<ModerationAction>(t, "@LiveAction."),
        // Keys as the script names them (a dictionary keeps its keys' case in JSON).
        confirm = new Dictionary<string, string>
        {
            ["Dismiss"] = t["@LiveConfirm.Dismiss"], ["Hide"] = t["@LiveConfirm.Hide"],
            ["Merge"] = t["@LiveConfirm.Merge"], ["Block"] = t["@LiveConfirm.Block"],
        },
        votesOne = t["{0} vote"].Value,
        votesOther = t["{0} votes"].Value,
        anonymous = t["Anonymous"].Value,
        held = t["Held: looks like personal data (an email address or phone number). Check before approving."].Value,
        mergeInto = t["Merge into…"].Value,
        mergeLabel = t["Merge question {0} into"].Value,
        merge = t["@Live.Merge"].Value,
        block = t["Stop asker"].Value,
        onAir = t["On air"].Value,
        offAir = t["Off air"].Value,
        onAirLabel = t["{0}: on air"].Value,
        notPossible = t["“{0}” is not possible now."].Value,
        blocked = t["The asker can no longer ask questions."].Value,
        blockFailed = t["Could not stop this asker."].Value,
        failed = t["That did not work; the page will resynchronise."].Value,
        cancel = t["Cancel"].Value,
        noItem = "—",
        unknown = "—",
    };

    public static object Presenter(IStringLocalizer t) => new
    {
        votesOne = t["{0} vote"].Value,
        votesOther = t["{0} votes"].Value,
    };

    private static Dictionary<string, string> Words<TEnum>(IStringLocalizer t, string prefix) where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().ToDictionary(name => name, name => t[prefix + name].Value);
}
