using Events.Core.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Events.Web.Pages.Organiser;

/// <summary>What the agenda page (add) and the agenda item page (edit) share: the item form and its choices.</summary>
public abstract class AgendaFormPage(IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public AgendaItemForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string TimeZoneId { get; private set; } = "";
    public IReadOnlyList<SelectListItem> KindOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> SpeakerOptions { get; private set; } = [];

    protected IStringLocalizer T => t;

    protected void Prepare(Event ev)
    {
        (Slug, TimeZoneId) = (ev.Slug, ev.TimeZoneId);
        KindOptions = Enum.GetValues<AgendaItemKind>().Select(k => new SelectListItem(t["@Kind." + k], k.ToString())).ToList();
        RoleOptions = Enum.GetValues<AgendaRole>().Select(r => new SelectListItem(t["@Role." + r], r.ToString())).ToList();
        SpeakerOptions = ev.Speakers.OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new SelectListItem(string.IsNullOrEmpty(s.Organisation) ? s.Name : $"{s.Name} ({s.Organisation})",
                s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Input.Pad();
    }

    protected void ShowErrors(ValidationErrors errors) => ModelState.AddLocalisedErrors(errors, nameof(Input), t);
}
