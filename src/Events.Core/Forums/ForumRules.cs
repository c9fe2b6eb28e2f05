using System.Text.RegularExpressions;

namespace Events.Core.Forums;

public static partial class ForumRules
{
    public const int SummaryMax = EventRules.TextMax;
    public const int ReplyToMax = 320;

    /// <summary>The administration's address for a new forum (<c>/admin/forums/new</c>), so no forum may take it.</summary>
    public const string NewSlug = "new";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>Checks the input and, when valid, applies its texts and dates to <paramref name="target"/> (events are the editor's).</summary>
    public static ValidationErrors Apply(ForumInput input, Forum target, IReadOnlyCollection<string> languages)
    {
        var errors = new ValidationErrors();
        errors.Required("slug", input.Slug);
        errors.MaxLength("slug", input.Slug, EventSlug.MaxLength);
        if (!errors.Has("slug") && !SlugPattern().IsMatch(input.Slug!))
        {
            errors.Add("slug", "Use lower-case letters, digits and single hyphens.");
        }
        else if (input.Slug == NewSlug)
        {
            errors.Add("slug", "This word is reserved for the organiser pages; choose another slug.");
        }
        errors.Required("title", input.Title);
        errors.MaxLength("title", input.Title?.Trim(), EventRules.TitleMax);
        errors.MaxLength("summary", input.Summary, SummaryMax);
        var original = string.IsNullOrWhiteSpace(input.OriginalLanguage) ? "en" : input.OriginalLanguage;
        if (!languages.Contains(original))
        {
            errors.Add("originalLanguage", "Must be one of " + string.Join(", ", languages) + ".");
        }
        if (input.StartsOn is null)
        {
            errors.Add("startsOn", "This field is required.");
        }
        if (input.EndsOn is null)
        {
            errors.Add("endsOn", "This field is required.");
        }
        else if (input.StartsOn is { } start && input.EndsOn < start)
        {
            errors.Add("endsOn", "Must be on or after the start.");
        }
        var replyTo = input.ReplyToAddress?.Trim();
        errors.MaxLength("replyToAddress", replyTo, ReplyToMax);
        if (!string.IsNullOrEmpty(replyTo) && !errors.Has("replyToAddress") && !EventRules.IsEmail(replyTo))
        {
            errors.Add("replyToAddress", "Must be an email address.");
        }
        foreach (var (language, fields) in input.Translations ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            if (!languages.Contains(language))
            {
                errors.Add("translations", "Must be one of " + string.Join(", ", languages) + ".");
            }
            if (fields.Keys.Any(f => f is not (nameof(Forum.Title) or nameof(Forum.Summary))))
            {
                errors.Add("translations", "Only Title and Summary are translated.");
            }
            errors.MaxLength("translations", fields.GetValueOrDefault(nameof(Forum.Title)), EventRules.TitleMax);
            errors.MaxLength("translations", fields.GetValueOrDefault(nameof(Forum.Summary)), SummaryMax);
        }
        if (!errors.IsValid)
        {
            return errors;
        }
        target.Slug = input.Slug!;
        target.Title = input.Title!.Trim();
        target.Summary = input.Summary?.Trim() ?? "";
        target.OriginalLanguage = original;
        target.StartsOn = input.StartsOn!.Value;
        target.EndsOn = input.EndsOn!.Value;
        if (replyTo is not null)
        {
            target.ReplyToAddress = replyTo.Length == 0 ? null : replyTo;
        }
        if (input.Translations is not null)
        {
            target.Translations = Translations.From(input.Translations);
        }
        return errors;
    }
}
