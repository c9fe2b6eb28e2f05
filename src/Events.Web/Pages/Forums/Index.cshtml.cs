using Events.Core.Content;
using Events.Core.Forums;
using Events.Web.Localization;

namespace Events.Web.Pages.Forums;

public sealed class IndexModel(ForumQueries queries) : PageModel
{
    public IReadOnlyList<(Forum Forum, LocalizedText Title, LocalizedText Summary)> Forums { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Forums = (await queries.ListAsync(ct)).Select(f =>
        {
            var reader = new ContentReader(f.OriginalLanguage, ReaderLanguage.Current);
            return (f, reader.Text(f.Translations, nameof(Forum.Title), f.Title), reader.Text(f.Translations, nameof(Forum.Summary), f.Summary));
        }).ToList();
}
