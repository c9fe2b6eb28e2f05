using Events.Core.Content;
using Events.Core.Forums;
using Events.Web.Registrations;
using Microsoft.AspNetCore.Authorization;

namespace Events.Web.Pages.Admin;

/// <summary>Creates (at <c>/admin/forums/new</c>) or edits a forum through the <see cref="ForumEditor"/> the API uses.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ForumEditModel(EventsDbContext db, ForumEditor editor, IOptions<ContentOptions> content, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ForumForm Form { get; set; } = new();

    public string? Slug { get; private set; }
    public IReadOnlyList<string> Languages => content.Value.Languages;
    public IReadOnlyList<(string Slug, string Title, DateTime StartsAtUtc)> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Slug = NullIfNew(slug);
        if (Slug is not null)
        {
            var forum = await db.Forums.AsNoTracking().Include(f => f.Events).SingleOrDefaultAsync(f => f.Slug == Slug, ct);
            if (forum is null)
            {
                return NotFound();
            }
            Form = ForumForm.From(forum);
        }
        await LoadEventsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        Slug = NullIfNew(slug);
        var result = Slug is null ? await editor.CreateAsync(Form.ToInput(), ct) : await editor.UpdateAsync(Slug, Form.ToInput(), ct);
        switch (result.Outcome)
        {
            case ForumEditOutcome.NotFound:
                return NotFound();
            case ForumEditOutcome.Saved:
                this.Flash(t["Forum saved."]);
                return Redirect("/admin/forums");
        }
        foreach (var (field, messages) in result.Errors.ToDictionary())
        {
            var key = "Form." + char.ToUpperInvariant(field[0]) + field[1..];
            ModelState.AddModelError(key, RuleMessages.Localise(t, messages[0]));
        }
        await LoadEventsAsync(ct);
        return Page();
    }

    private static string? NullIfNew(string slug) => slug == ForumRules.NewSlug ? null : slug;

    private async Task LoadEventsAsync(CancellationToken ct) =>
        Events = (await db.Events.AsNoTracking().OrderBy(e => e.StartsAtUtc)
            .Select(e => new { e.Slug, e.Title, e.StartsAtUtc }).ToListAsync(ct)).Select(e => (e.Slug, e.Title, e.StartsAtUtc)).ToList();
}
