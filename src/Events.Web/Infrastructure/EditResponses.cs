using Events.Core.Validation;

namespace Events.Web.Infrastructure;

/// <summary>How the organiser API answers a Core edit, the same way for every feature.</summary>
public static class EditResponses
{
    public static Results<Ok<TDto>, NotFound, ValidationProblem> Updated<T, TDto>(EditResult<T>? result, Func<T, TDto> toDto) where T : class
    {
        if (result is not { Found: true })
        {
            return TypedResults.NotFound();
        }
        return result.IsValid ? TypedResults.Ok(toDto(result.Value!)) : TypedResults.ValidationProblem(result.Errors.ToDictionary());
    }
}
