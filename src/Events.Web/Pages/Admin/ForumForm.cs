using Events.Core.Forums;

namespace Events.Web.Pages.Admin;

/// <summary>The form-post shape of <see cref="ForumInput"/>: translations as <c>Form.Titles[fr]</c>, events as ticked slugs.</summary>
public sealed class ForumForm
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? OriginalLanguage { get; set; } = "en";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? ReplyToAddress { get; set; }
    public Dictionary<string, string?> Titles { get; set; } = [];
    public Dictionary<string, string?> Summaries { get; set; } = [];
    public List<string> EventSlugs { get; set; } = [];

    public static ForumForm From(Forum forum) => new()
    {
        Slug = forum.Slug, Title = forum.Title, Summary = forum.Summary, OriginalLanguage = forum.OriginalLanguage,
        StartsOn = forum.StartsOn, EndsOn = forum.EndsOn, ReplyToAddress = forum.ReplyToAddress,
        Titles = forum.Translations.Languages.ToDictionary(l => l, l => forum.Translations.Get(l, nameof(Forum.Title))),
        Summaries = forum.Translations.Languages.ToDictionary(l => l, l => forum.Translations.Get(l, nameof(Forum.Summary))),
        EventSlugs = forum.Events.Select(e => e.Slug).ToList(),
    };

    public ForumInput ToInput()
    {
        var languages = Titles.Keys.Concat(Summaries.Keys).Where(l => l != OriginalLanguage).Distinct();
        var translations = languages.ToDictionary(l => l, l => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            [nameof(Forum.Title)] = Titles.GetValueOrDefault(l) ?? "",
            [nameof(Forum.Summary)] = Summaries.GetValueOrDefault(l) ?? "",
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value));
        return new ForumInput(Slug?.Trim(), Title, Summary, OriginalLanguage, StartsOn, EndsOn, EventSlugs,
            translations.Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value), ReplyToAddress ?? "");
    }
}
