using Events.Core.Validation;

namespace Events.Web.Infrastructure;

/// <summary>How the organiser API answers a Core edit, the same way for every feature.</summary>
public static class EditResponses
{
    /// <summary>201 at <c>{collection}/{id}</c>; 404 when there was no event (a null result); 400 naming the fields.</summary>
    public static Results<Created<TDto>, NotFound, ValidationProblem> Created<T, TDto>(EditResult<T>? result, string collection, Func<T, int> id, Func<T, TDto> toDto)
        where T : class
    {
        if (result is not { Found: true })
        {
            return TypedResults.NotFound();
        }
        return result.IsValid
            ? TypedResults.Created($"{collection}/{id(result.Value!)}", toDto(result.Value!))
            : TypedResults.ValidationProblem(result.Errors.ToDictionary());
    }

    public static Results<Ok<TDto>, NotFound, ValidationProblem> Updated<T, TDto>(EditResult<T>? result, Func<T, TDto> toDto) where T : class
    {
        if (result is not { Found: true })
        {
            return TypedResults.NotFound();
        }
        return result.IsValid ? TypedResults.Ok(toDto(result.Value!)) : TypedResults.ValidationProblem(result.Errors.ToDictionary());
    }
}
