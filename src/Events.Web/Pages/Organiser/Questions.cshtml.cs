using Events.Core.Data;
using Events.Core.Registrations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Events.Web.Pages.Organiser;

public sealed class QuestionsModel(EventsDbContext db) : PageModel
{
    public sealed class QuestionForm
    {
        public QuestionKind? Kind { get; set; }
        public string? Label { get; set; }
        public string? Options { get; set; }
        public bool Required { get; set; }

        public QuestionInput ToInput() => new(Kind, Label,
            (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(), Required);
    }

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public IReadOnlyList<RegistrationQuestion> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAddAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var eventId = await LoadAsync(slug, ct);
        if (eventId is null)
        {
            return NotFound();
        }
        if (Questions.Count >= QuestionRules.MaxPerEvent)
        {
            ModelState.AddModelError(string.Empty, $"An event has at most {QuestionRules.MaxPerEvent} questions.");
            return Page();
        }
        var question = new RegistrationQuestion { EventId = eventId.Value, Label = "" };
        var errors = QuestionRules.Apply(Input.ToInput(), question);
        ModelState.AddRuleErrors(errors, nameof(Input));
        if (!errors.IsValid)
        {
            return Page();
        }
        question.Position = Questions.Count == 0 ? 1 : Questions.Max(q => q.Position) + 1;
        db.RegistrationQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, CancellationToken ct)
    {
        var removed = await db.RegistrationQuestions
            .Where(q => q.Id == id && db.Events.Any(e => e.Id == q.EventId && e.Slug == slug)).ExecuteDeleteAsync(ct);
        return removed == 0 ? NotFound() : RedirectToPage(new { slug });
    }

    private async Task<int?> LoadAsync(string slug, CancellationToken ct)
    {
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        Slug = slug;
        Questions = eventId is null ? [] : await db.RegistrationQuestions.AsNoTracking().Where(q => q.EventId == eventId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
        return eventId;
    }
}
