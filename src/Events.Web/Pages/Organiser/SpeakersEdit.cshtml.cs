using Events.Core.Speakers;

namespace Events.Web.Pages.Organiser;

/// <summary>Edits one speaker: name, job title, organisation, biography, photo and private email.</summary>
public sealed class SpeakersEditModel(SpeakerDirectory directory, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SpeakerInput Input { get; set; } = new(null, null, null, null, null, null);

    public string Slug { get; private set; } = "";
    public string SpeakerName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct)
    {
        var speaker = (await directory.FindEventAsync(slug, ct))?.Speakers.SingleOrDefault(s => s.Id == id);
        if (speaker is null)
        {
            return NotFound();
        }
        Input = new SpeakerInput(speaker.Name, speaker.Title, speaker.Organisation, speaker.Bio, speaker.PhotoUrl, speaker.Email);
        (Slug, SpeakerName) = (slug, speaker.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await directory.UpdateAsync(slug, id, Input, ct);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (!outcome.Saved)
        {
            ModelState.AddLocalisedErrors(outcome.Errors, nameof(Input), t);
            (Slug, SpeakerName) = (slug, outcome.Speaker!.Name);
            return Page();
        }
        this.Flash(t["Speaker {0} saved.", outcome.Speaker!.Name]);
        return RedirectToPage("Speakers", new { slug });
    }
}
