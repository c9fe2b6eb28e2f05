using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Readings;
using Events.Core.Speakers;

namespace Events.Core.Demo;

/// <summary>The GPC Global Protection Forum 2021 thematic event, from the concept note in shared/seed.</summary>
public static class ModelEvent
{
    public const string Slug = "gpf-2021-digital-technology-anti-trafficking";
    public const string Zone = "Europe/Paris";

    /// <summary>The day the concept note gives; the demo run moves the event to an upcoming day so it can be registered for.</summary>
    public static readonly DateOnly OriginalDate = new(2021, 10, 26);

    public static Event Build(DateTime nowUtc, DateOnly? on = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var day = on ?? OriginalDate;
        DateTime At(int hour, int minute) => EventTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)), zone)!.Value;

        var chemaly = Speaker("William Chemaly", "Global Protection Cluster Coordinator", "UNHCR");
        var forrest = Speaker("Grace Forrest", "", "Walk Free Foundation");
        var mullally = Speaker("Prof. Siobhán Mullally", "Special Rapporteur on Trafficking in Persons, especially Women and Children", "United Nations");
        var darnton = Speaker("Hannah Darnton", "Associate Director", "BSR, Tech Against Trafficking");
        var vergara = Speaker("Mayerlín Vergara Pérez", "", "Fundación Renacer");
        var gbv = Speaker("GBV AoR", "", "Gender-Based Violence Area of Responsibility");

        var evt = new Event
        {
            Slug = Slug,
            Title = "Digital technology and anti-trafficking action in crises: a practice view on opportunities and challenges",
            Summary = "GPC Global Protection Forum 2021 thematic event. Experts from the private sector, the UN and civil society and humanitarian practitioners, including local partners, exchange knowledge on where we stand, discuss current challenges and possible opportunities and enhance understanding of the needs in the field.",
            Rationale = "Trafficking in Persons (TIP) is a crime and grave human rights violation of enormous scale and prevalent in peace as well as conflict and disaster areas. Since 2014, the development and use of technology tools to counter trafficking, facilitate cooperation, reach survivors and address their needs has grown exponentially. Most of the tools are found to be developed and used in the global north, while considerable vulnerabilities exist among internally displaced populations in humanitarian crises contexts in the global south. Expectations of tech 'solutions' need to be adjusted to reflect local contexts and needs and any form of data collection and sharing must appropriately align with safeguarding protocols.",
            ExpectedOutcomes =
            [
                "Raise awareness of the existing tech tools to counter trafficking, opportunities, challenges and limitations, as well as the abuse of technology regarding the crime of trafficking.",
                "Disseminate knowledge and information that can be useful to direct investment into and leverage technology to prevent the exploitation of people in crises and protect victims of trafficking.",
                "Inspire network-building and contribute to communication between experts in information technology and those working on the ground to counter trafficking in IDP contexts.",
            ],
            StartsAtUtc = At(16, 0),
            EndsAtUtc = At(17, 30),
            TimeZoneId = Zone,
            Capacity = 500,
            OrganiserName = "GPC Anti-Trafficking Task Team (demo organiser)",
            OrganiserEmail = "organiser@example.org",
            Status = EventStatus.Published,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            Speakers = [chemaly, forrest, mullally, darnton, vergara, gbv],
            AgendaItems =
            [
                Item(0, AgendaItemKind.OpeningRemarks, "Opening remarks", At(16, 0), 10,
                    (chemaly, AgendaRole.Moderator, ""), (forrest, AgendaRole.Speaker, "Opening remarks")),
                Item(1, AgendaItemKind.Panel, "Panel: tech to counter trafficking in crises", At(16, 10), 45,
                    PanelDescription, (chemaly, AgendaRole.Moderator, ""),
                    (mullally, AgendaRole.Panellist, "Guiding principles for the use of tech to counter trafficking"),
                    (darnton, AgendaRole.Panellist, "The opportunities and challenges of tech solutions: results from the comprehensive analysis of tech tools 'Leveraging innovation to fight trafficking in human beings'"),
                    (vergara, AgendaRole.Panellist, "Tech and anti-trafficking work in Colombia")),
                Item(2, AgendaItemKind.PlenaryQa, "Plenary – questions and comments from the participants", At(16, 55), 20,
                    PlenaryDescription, (chemaly, AgendaRole.Moderator, "")),
                Item(3, AgendaItemKind.ClosingRemarks, "Closing remarks", At(17, 15), 10, (gbv, AgendaRole.Speaker, "Closing remarks")),
                Item(4, AgendaItemKind.WrapUp, "Wrap up", At(17, 25), 5, (mullally, AgendaRole.Speaker, "Wrap up")),
            ],
            Channels =
            [
                // Their interpreters are the event's interpreters (ModelEventFollowUpAndBriefing), on the channel in their target language.
                new InterpretationChannel { Position = 0, LanguageCode = "en", Label = "English (floor)", IsFloor = true, JoinUrl = "https://stream.example.org/gpf2021/floor" },
                new InterpretationChannel { Position = 1, LanguageCode = "fr", Label = "Français", JoinUrl = "https://stream.example.org/gpf2021/fr" },
                new InterpretationChannel { Position = 2, LanguageCode = "es", Label = "Español", JoinUrl = "https://stream.example.org/gpf2021/es" },
            ],
            Readings = Readings(),
        };
        DemoTranslations.Apply(evt, ModelEventTranslations.Texts);
        return evt;
    }

    private static Speaker Speaker(string name, string title, string organisation) =>
        new() { Name = name, Title = title, Organisation = organisation };

    // The concept note's "Format/Content of the Event", on the items it describes.
    private const string PanelDescription = "An introduction into current human rights discussions at the intersection of technology and trafficking, followed by short presentations by technical experts on the results of a mapping of technology tools and local humanitarian practitioners on their experiences with tech and trafficking in the field.";
    private const string PlenaryDescription = "Presenters and participants exchange knowledge about existing possibilities and issues and discuss opinions about opportunities and concerns related to tech tools to counter trafficking in crises.";

    private static AgendaItem Item(int position, AgendaItemKind kind, string title, DateTime start, int minutes,
        params (Speaker Speaker, AgendaRole Role, string Topic)[] people) => Item(position, kind, title, start, minutes, "", people);

    private static AgendaItem Item(int position, AgendaItemKind kind, string title, DateTime start, int minutes, string description,
        params (Speaker Speaker, AgendaRole Role, string Topic)[] people) => new()
        {
            Position = position,
            Kind = kind,
            Title = title,
            Description = description,
            StartsAtUtc = start,
            DurationMinutes = minutes,
            People = people.Select(p => new AgendaPerson { Speaker = p.Speaker, Role = p.Role, Topic = p.Topic }).ToList(),
        };

    private static List<Reading> Readings()
    {
        var list = new List<Reading>
        {
            R("United Nations", 2000, "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime", "United Nations", null, null, "End note i: the definition of trafficking, Art. 3(a)."),
            R("ILO", 2014, "Profits and Poverty: The Economics of Forced Labour", "Geneva: ILO", "https://www.ilo.org/global/topics/forced-labour/publications/profits-of-forced-labour-2014/lang--en/index.htm", null, "End note ii."),
            R("GPC Anti-Trafficking Task Team", 2018, "Anti-Trafficking in Humanitarian Responses", "Geneva: GPC", "https://www.globalprotectioncluster.org/assets/files/anti-trafficking-in-humanitarian-responses.pdf", null, "End note ii."),
            R("IOM", 2015, "Addressing human trafficking and exploitation in times of crisis", "Geneva: IOM", "https://publications.iom.int/books/addressing-human-trafficking-and-exploitation-times-crisis-evidence-and-recommendations-0", null, "End note ii."),
            R("OSCE Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings and Tech Against Trafficking", 2020, "Leveraging innovation to fight trafficking in human beings: A comprehensive analysis of technology tools", "Vienna: OSCE", "https://www.osce.org/cthb/455206", null, "End notes iii and v."),
            R("Europol", 2016, "Situation Report: Trafficking in human beings in the EU", "The Hague: Europol", null, null, "End note iv."),
            R("ICAT", 2019, "Human Trafficking and Technology: Trends, Challenges and Opportunities", "Issue Brief No. 7", null, null, "End note iv."),
            R("ILO, IOM, Walk Free Foundation", 2017, "Global Estimate of Modern Slavery", "Geneva: ILO", "https://www.ilo.org/wcmsp5/groups/public/@dgreports/@dcomm/documents/publication/wcms_575479.pdf", null, "End note iv."),
            R("Walk Free", 2020, "AI Against Modern Slavery. Digital insights into modern slavery reporting – challenges and opportunities", "Australia: Minderoo Foundation", null, null, "End note iv."),
            R("Wilton Park", 2017, "The role of digital technology in tackling modern slavery", "WP1546", null, null, "End note v."),
            R("Edge, D., Yang, W., Lytvynets, K., Cook, H., Galez-Davis, C., Darnton, H., and White, C.", 2020, "Design of a Privacy-Preserving Data Platform for Collaboration Against Human Trafficking", "Cornell University, arXiv:2005.05688v2 [cs.HC]", "https://arxiv.org/abs/2005.05688v2", null, "End note vi."),
            R("Erikson, J., and Larsson, O.", 2020, "How platforms facilitate collaboration across organizational boundaries: fighting human trafficking in Sweden", "Policy Sciences, 53, pp. 181-203", "https://link.springer.com/article/10.1007/s11077-020-09371-6", null, "End note vi."),
            R("Milivojevic, S., Moore, H., and Segrave, M.", 2020, "Freeing the Modern Slaves, One Click at a Time: Theorizing human trafficking, modern slavery, and technology", "Anti-Trafficking Review, 14, pp. 16-32", null, "10.14197/atr.201220142", "End note vi."),
            R("Montasari R., Jahankhani H.", 2021, "The Application of Technology in Combating Human Trafficking", "In Jahankhani H., Jamal A., Lawson S. (eds.) Cybersecurity, Privacy and Freedom Protection in the Connected World. Springer, Cham", null, "10.1007/978-3-030-68534-8_10", "End note vi."),
        };
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Position = i;
        }
        return list;
    }

    private static Reading R(string authors, int year, string title, string publisher, string? url, string? doi, string note) =>
        new() { Authors = authors, Year = year, Title = title, Publisher = publisher, Url = url, Doi = doi, Note = note };
}
