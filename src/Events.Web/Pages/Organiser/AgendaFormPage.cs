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
    public LanguageTabs Tabs { get; private set; } = new("agenda-item", "en", "", []);

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
        Tabs = LanguageTabs.For("agenda-item", ev, TabFields(ev), t);
    }

    /// <summary>Errors of a person's topic translation name the person's row (Core counts only the rows with a speaker).</summary>
    protected void ShowErrors(ValidationErrors errors)
    {
        var rows = Input.People.Select((p, i) => (p, i)).Where(r => r.p.SpeakerId is not null).Select(r => r.i).ToList();
        ModelState.AddErrorsWithTranslations(errors, nameof(Input), t,
            index => $"{nameof(Input)}.People[{(index < rows.Count ? rows[index] : index).ToString(CultureInfo.InvariantCulture)}]");
    }

    private List<TabField> TabFields(Event ev)
    {
        var fields = new List<TabField>
        {
            new(t["Item title"], Input.Title ?? "", "Input_Title", false, EventRules.TitleMax, nameof(Input), nameof(AgendaItem.Title), Input.Translations),
            new(t["@OrganiserContent.Description"], Input.Description ?? "", "Input_Description", true, EventRules.TextMax,
                nameof(Input), nameof(AgendaItem.Description), Input.Translations),
        };
        for (var i = 0; i < Input.People.Count; i++)
        {
            var row = Input.People[i];
            if (ev.Speakers.SingleOrDefault(s => s.Id == row.SpeakerId) is not { } speaker)
            {
                continue;
            }
            var at = i.ToString(CultureInfo.InvariantCulture);
            fields.Add(new(t["Topic of {0}", speaker.Name], row.Topic ?? "", $"Input_People_{at}__Topic", false, 1000,
                $"{nameof(Input)}.People[{at}]", nameof(AgendaPerson.Topic), row.Translations));
        }
        return fields;
    }
}
