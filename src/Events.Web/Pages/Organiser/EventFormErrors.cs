using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Events.Web.Pages.Organiser;

public static class EventFormErrors
{
    /// <summary>The core's messages in the page's language, under the form's input names (prefix + PascalCase).</summary>
    public static void AddLocalisedErrors(this ModelStateDictionary modelState, ValidationErrors errors, string prefix, IStringLocalizer t)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var name = field.Length == 0 ? prefix : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                modelState.AddModelError(name, t[message]);
            }
        }
    }
}
