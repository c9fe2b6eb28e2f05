using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

/// <summary>The Core rules' English messages as inline form messages in the page's language, under the form's input names.</summary>
public static class RuleErrorTexts
{
    // Messages that carry a value are matched by their fixed parts and looked up by template.
    private static readonly (string Template, string Key)[] Templates =
    [
        (AgendaMessages.Overlaps, AgendaMessages.Overlaps),
        ("Must be at most {0} characters.", "@Agenda.Error.MaxLength"),
    ];

    // Wordings any feature's rules may use get keys of their own here, so no two tables hold the same key.
    private static readonly Dictionary<string, string> Shared = new(StringComparer.Ordinal)
    {
        ["Must be an http or https URL."] = "@Agenda.Error.HttpUrl",
        ["Must be an email address."] = "@Agenda.Error.Email",
    };

    public static void AddLocalisedErrors(this ModelStateDictionary modelState, ValidationErrors errors, string prefix, IStringLocalizer t)
    {
        var local = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                local.Add(field, Localise(message, t));
            }
        }
        modelState.AddRuleErrors(local, prefix);
    }

    public static string Localise(string message, IStringLocalizer t)
    {
        if (Shared.TryGetValue(message, out var key))
        {
            return t[key];
        }
        foreach (var (template, templateKey) in Templates)
        {
            var at = template.IndexOf("{0}", StringComparison.Ordinal);
            var (head, tail) = (template[..at], template[(at + 3)..]);
            if (message.Length >= head.Length + tail.Length
                && message.StartsWith(head, StringComparison.Ordinal) && message.EndsWith(tail, StringComparison.Ordinal))
            {
                return t[templateKey, message[head.Length..^tail.Length]];
            }
        }
        return t[message];
    }
}
