using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

/// <summary>
/// The core's rule messages (English) in the page's language, for the channel, interpreter, glossary and reading pages.
/// Their texts live in channels.tsv under <c>@Rule.channels.</c> + the English message.
/// </summary>
public static class ChannelsRuleErrors
{
    public static void AddTranslatedRuleErrors(this ModelStateDictionary modelState, ValidationErrors errors, string prefix, IStringLocalizer localizer)
    {
        var translated = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                var text = localizer["@Rule.channels." + message];
                translated.Add(field, text.ResourceNotFound ? message : text.Value);
            }
        }
        modelState.AddRuleErrors(translated, prefix);
    }
}
