namespace Events.Core.Forums;

/// <summary>Creating and editing a forum and the set of its events; the administration API and pages both call it.</summary>
public sealed class ForumEditor(EventsDbContext db, IOptions<ContentOptions> content, TimeProvider clock)
{
    public async Task<ForumEditResult> CreateAsync(ForumInput input, CancellationToken ct)
    {
        var forum = new Forum { Slug = "", Title = "", CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        return await ApplyAsync(forum, input, isNew: true, ct);
    }

    public async Task<ForumEditResult> UpdateAsync(string slug, ForumInput input, CancellationToken ct)
    {
        var forum = await db.Forums.Include(f => f.Events).SingleOrDefaultAsync(f => f.Slug == slug, ct);
        return forum is null ? ForumEditResult.NotFound() : await ApplyAsync(forum, input, isNew: false, ct);
    }

    private async Task<ForumEditResult> ApplyAsync(Forum forum, ForumInput input, bool isNew, CancellationToken ct)
    {
        var previousSlug = forum.Slug;
        var errors = ForumRules.Apply(input, forum, content.Value.Languages);
        List<Event>? events = null;
        if (input.EventSlugs is { } slugs)
        {
            var wanted = slugs.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
            events = await db.Events.Where(e => wanted.Contains(e.Slug)).ToListAsync(ct);
            foreach (var unknown in wanted.Except(events.Select(e => e.Slug), StringComparer.Ordinal))
            {
                errors.Add("eventSlugs", $"No event has the slug {unknown}.");
            }
        }
        if (errors.IsValid && (isNew || forum.Slug != previousSlug) && await db.Forums.AnyAsync(f => f.Slug == forum.Slug, ct))
        {
            errors.Add("slug", ForumEditResult.SlugTakenMessage);
        }
        if (!errors.IsValid)
        {
            db.ChangeTracker.Clear();
            return ForumEditResult.Invalid(errors);
        }
        if (isNew)
        {
            db.Forums.Add(forum);
        }
        if (events is not null)
        {
            forum.Events.Where(e => !events.Contains(e)).ToList().ForEach(e => e.ForumId = null);
            forum.Events.Clear();
            forum.Events.AddRange(events);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request took the slug between the check and the save.
            db.ChangeTracker.Clear();
            var taken = new ValidationErrors();
            taken.Add("slug", ForumEditResult.SlugTakenMessage);
            return ForumEditResult.Invalid(taken);
        }
        return ForumEditResult.Saved(forum);
    }
}
