using System.Text.RegularExpressions;

namespace Events.Web.Registrations;

/// <summary>
/// The core's rule messages in the page's language. Most are keys as they stand; the ones that carry a number are
/// looked up with the number as an argument, so one row serves every length.
/// </summary>
public static partial class RuleMessages
{
    public static string Localise(IStringLocalizer t, string message)
    {
        var max = MaxLength().Match(message);
        if (max.Success)
        {
            return t["@Reg.MustBeAtMost", int.Parse(max.Groups[1].Value, CultureInfo.InvariantCulture)];
        }
        if (message.StartsWith("A choice needs", StringComparison.Ordinal))
        {
            return t["@Reg.ChoiceOptions", QuestionRules.MaxOptions, QuestionRules.OptionMax];
        }
        return message == "Must be an http or https URL." ? t["@Reg.HttpUrl"] : t[message];
    }

    [GeneratedRegex(@"^Must be at most (\d+) characters\.$")]
    private static partial Regex MaxLength();
}
