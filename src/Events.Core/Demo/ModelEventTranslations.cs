namespace Events.Core.Demo;

/// <summary>
/// The model event's attendee-facing texts in French and Spanish, keyed by the English of <see cref="ModelEvent"/>.
/// Changing an English text there without its entry here leaves it untranslated, and the completeness test says which.
/// Citations stay as published; only the readings' notes are translated.
/// </summary>
public static class ModelEventTranslations
{
    public static IReadOnlyDictionary<string, FrEs> Texts { get; } = new Dictionary<string, FrEs>(StringComparer.Ordinal)
    {
        // The event
        ["Digital technology and anti-trafficking action in crises: a practice view on opportunities and challenges"] = new(
            "Technologies numériques et action contre la traite des êtres humains dans les crises : un regard de terrain sur les opportunités et les défis",
            "Tecnología digital y acción contra la trata de personas en situaciones de crisis: una mirada desde la práctica a las oportunidades y los desafíos"),
        ["GPC Global Protection Forum 2021 thematic event. Experts from the private sector, the UN and civil society and humanitarian practitioners, including local partners, exchange knowledge on where we stand, discuss current challenges and possible opportunities and enhance understanding of the needs in the field."] = new(
            "Événement thématique du Forum mondial de la protection 2021 du Groupe mondial de la protection (GPC). Des expert·e·s du secteur privé, des Nations Unies et de la société civile ainsi que des praticien·ne·s de l'humanitaire, y compris des partenaires locaux, font le point sur la situation, débattent des défis actuels et des opportunités possibles et approfondissent la compréhension des besoins sur le terrain.",
            "Evento temático del Foro Global de Protección 2021 del Grupo Global de Protección (GPC). Personas expertas del sector privado, de las Naciones Unidas y de la sociedad civil, junto con profesionales humanitarios, incluidos socios locales, intercambian conocimientos sobre la situación actual, debaten los desafíos presentes y las posibles oportunidades y profundizan en la comprensión de las necesidades sobre el terreno."),
        ["Trafficking in Persons (TIP) is a crime and grave human rights violation of enormous scale and prevalent in peace as well as conflict and disaster areas. Since 2014, the development and use of technology tools to counter trafficking, facilitate cooperation, reach survivors and address their needs has grown exponentially. Most of the tools are found to be developed and used in the global north, while considerable vulnerabilities exist among internally displaced populations in humanitarian crises contexts in the global south. Expectations of tech 'solutions' need to be adjusted to reflect local contexts and needs and any form of data collection and sharing must appropriately align with safeguarding protocols."] = new(
            "La traite des êtres humains (TEH) est un crime et une violation grave des droits humains d'une ampleur considérable, présente en temps de paix comme dans les zones de conflit et de catastrophe. Depuis 2014, le développement et l'utilisation d'outils technologiques pour lutter contre la traite, faciliter la coopération, atteindre les personnes survivantes et répondre à leurs besoins ont connu une croissance exponentielle. La plupart de ces outils sont développés et utilisés dans les pays du Nord, alors que les populations déplacées internes des contextes de crise humanitaire des pays du Sud présentent des vulnérabilités considérables. Les attentes à l'égard des « solutions » technologiques doivent être ajustées aux contextes et aux besoins locaux, et toute forme de collecte et de partage de données doit respecter les protocoles de sauvegarde (safeguarding).",
            "La trata de personas es un delito y una grave violación de los derechos humanos de enorme magnitud, presente tanto en tiempos de paz como en zonas de conflicto y de desastre. Desde 2014, el desarrollo y el uso de herramientas tecnológicas para combatir la trata, facilitar la cooperación, llegar a las personas sobrevivientes y atender sus necesidades han crecido de forma exponencial. La mayoría de estas herramientas se desarrollan y utilizan en el Norte global, mientras que existen vulnerabilidades considerables entre las poblaciones desplazadas internas en contextos de crisis humanitaria del Sur global. Las expectativas puestas en las «soluciones» tecnológicas deben ajustarse a los contextos y las necesidades locales, y toda forma de recopilación e intercambio de datos debe ajustarse debidamente a los protocolos de salvaguardia."),

        // Expected outcomes
        ["Raise awareness of the existing tech tools to counter trafficking, opportunities, challenges and limitations, as well as the abuse of technology regarding the crime of trafficking."] = new(
            "Sensibiliser aux outils technologiques existants de lutte contre la traite, à leurs opportunités, à leurs défis et à leurs limites, ainsi qu'à l'utilisation abusive de la technologie dans le crime de traite.",
            "Sensibilizar sobre las herramientas tecnológicas existentes para combatir la trata, sus oportunidades, desafíos y limitaciones, así como sobre el uso indebido de la tecnología en relación con el delito de trata."),
        ["Disseminate knowledge and information that can be useful to direct investment into and leverage technology to prevent the exploitation of people in crises and protect victims of trafficking."] = new(
            "Diffuser des connaissances et des informations utiles pour orienter les investissements vers la technologie et en tirer parti afin de prévenir l'exploitation des personnes en situation de crise et de protéger les victimes de la traite.",
            "Difundir conocimientos e información útiles para orientar la inversión hacia la tecnología y aprovecharla a fin de prevenir la explotación de las personas en situaciones de crisis y proteger a las víctimas de trata."),
        ["Inspire network-building and contribute to communication between experts in information technology and those working on the ground to counter trafficking in IDP contexts."] = new(
            "Encourager la création de réseaux et contribuer à la communication entre les expert·e·s des technologies de l'information et les personnes qui luttent sur le terrain contre la traite dans les contextes de déplacement interne.",
            "Inspirar la creación de redes y contribuir a la comunicación entre las personas expertas en tecnologías de la información y quienes trabajan sobre el terreno para combatir la trata en contextos de desplazamiento interno."),

        // Agenda: titles, descriptions and the people's topics
        ["Opening remarks"] = new("Allocution d'ouverture", "Palabras de apertura"),
        ["Panel: tech to counter trafficking in crises"] = new(
            "Table ronde : la technologie au service de la lutte contre la traite dans les crises",
            "Panel: la tecnología para combatir la trata en situaciones de crisis"),
        ["An introduction into current human rights discussions at the intersection of technology and trafficking, followed by short presentations by technical experts on the results of a mapping of technology tools and local humanitarian practitioners on their experiences with tech and trafficking in the field."] = new(
            "Une introduction aux débats actuels en matière de droits humains à la croisée de la technologie et de la traite, suivie de courtes présentations d'expert·e·s techniques sur les résultats d'une cartographie des outils technologiques et de praticien·ne·s humanitaires locaux sur leur expérience de la technologie et de la traite sur le terrain.",
            "Una introducción a los debates actuales de derechos humanos en la intersección entre la tecnología y la trata, seguida de breves presentaciones de personas expertas técnicas sobre los resultados de un mapeo de herramientas tecnológicas y de profesionales humanitarios locales sobre sus experiencias con la tecnología y la trata sobre el terreno."),
        ["Guiding principles for the use of tech to counter trafficking"] = new(
            "Principes directeurs pour l'utilisation de la technologie dans la lutte contre la traite",
            "Principios rectores para el uso de la tecnología en la lucha contra la trata"),
        ["The opportunities and challenges of tech solutions: results from the comprehensive analysis of tech tools 'Leveraging innovation to fight trafficking in human beings'"] = new(
            "Opportunités et défis des solutions technologiques : résultats de l'analyse approfondie des outils technologiques « Leveraging innovation to fight trafficking in human beings »",
            "Oportunidades y desafíos de las soluciones tecnológicas: resultados del análisis exhaustivo de herramientas tecnológicas «Leveraging innovation to fight trafficking in human beings»"),
        ["Tech and anti-trafficking work in Colombia"] = new(
            "Technologie et lutte contre la traite en Colombie",
            "Tecnología y trabajo contra la trata en Colombia"),
        ["Plenary – questions and comments from the participants"] = new(
            "Plénière – questions et commentaires des participant·e·s",
            "Plenaria – preguntas y comentarios de las personas participantes"),
        ["Presenters and participants exchange knowledge about existing possibilities and issues and discuss opinions about opportunities and concerns related to tech tools to counter trafficking in crises."] = new(
            "Intervenant·e·s et participant·e·s échangent leurs connaissances sur les possibilités et les problèmes existants et confrontent leurs points de vue sur les opportunités et les préoccupations liées aux outils technologiques de lutte contre la traite dans les crises.",
            "Ponentes y participantes intercambian conocimientos sobre las posibilidades y los problemas existentes y debaten sus opiniones sobre las oportunidades y las preocupaciones relacionadas con las herramientas tecnológicas para combatir la trata en situaciones de crisis."),
        ["Closing remarks"] = new("Allocution de clôture", "Palabras de clausura"),
        ["Wrap up"] = new("Synthèse", "Recapitulación"),

        // Speakers' titles (names and organisations stay as they are)
        ["Global Protection Cluster Coordinator"] = new(
            "Coordonnateur du Groupe mondial de la protection",
            "Coordinador del Grupo Global de Protección"),
        ["Special Rapporteur on Trafficking in Persons, especially Women and Children"] = new(
            "Rapporteuse spéciale sur la traite des êtres humains, en particulier les femmes et les enfants",
            "Relatora Especial sobre la trata de personas, especialmente mujeres y niños"),
        ["Associate Director"] = new("Directrice associée", "Directora asociada"),

        // Interpretation channels: each language is named in itself, so a listener finds their own
        ["English (floor)"] = new("English (canal de la salle)", "English (canal de sala)"),
        ["Français"] = new("Français", "Français"),
        ["Español"] = new("Español", "Español"),

        // Readings' notes, pointing back to the concept note's end notes
        ["End note i: the definition of trafficking, Art. 3(a)."] = new(
            "Note de fin i : la définition de la traite, art. 3 a).",
            "Nota final i: la definición de la trata, art. 3 a)."),
        ["End note ii."] = new("Note de fin ii.", "Nota final ii."),
        ["End notes iii and v."] = new("Notes de fin iii et v.", "Notas finales iii y v."),
        ["End note iv."] = new("Note de fin iv.", "Nota final iv."),
        ["End note v."] = new("Note de fin v.", "Nota final v."),
        ["End note vi."] = new("Note de fin vi.", "Nota final vi."),
    };
}
