using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Events.Web.Pages.Organiser;

public static class ModelStateErrors
{
    /// <summary>Maps the core's camelCase field keys onto the form's input names (prefix + PascalCase).</summary>
    public static void AddRuleErrors(this ModelStateDictionary modelState, ValidationErrors errors, string prefix)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var name = field.Length == 0 ? prefix : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                modelState.AddModelError(name, message);
            }
        }
    }
}
