namespace Events.Core.Demo;

/// <summary>The invented disability-inclusion session's texts in French and Spanish, keyed by the English of <see cref="DisabilityInclusionSession"/>.</summary>
public static class DisabilityInclusionTranslations
{
    public static IReadOnlyDictionary<string, FrEs> Texts { get; } = new Dictionary<string, FrEs>(StringComparer.Ordinal)
    {
        // The event
        ["Persons with disabilities in armed conflict: from invisible risks to inclusive protection"] = new(
            "Les personnes handicapées dans les conflits armés : des risques invisibles à une protection inclusive",
            "Las personas con discapacidad en los conflictos armados: de los riesgos invisibles a una protección inclusiva"),
        ["Demo data: an invented session, not part of the real forum. How protection actors can identify the specific risks persons with disabilities face in armed conflict, make coordination, information and services accessible, and bring organisations of persons with disabilities to the table."] = new(
            "Données de démonstration : une session inventée, qui ne fait pas partie du forum réel. Comment les actrices et acteurs de la protection peuvent repérer les risques propres aux personnes handicapées dans les conflits armés, rendre la coordination, l'information et les services accessibles, et associer les organisations de personnes handicapées aux décisions.",
            "Datos de demostración: una sesión ficticia, que no forma parte del foro real. Cómo los actores de protección pueden identificar los riesgos específicos que enfrentan las personas con discapacidad en los conflictos armados, hacer accesibles la coordinación, la información y los servicios, y sentar a la mesa a las organizaciones de personas con discapacidad."),
        ["Persons with disabilities are disproportionately affected by armed conflict: they are more likely to be left behind during attacks and displacement, to lose access to assistive devices, medicines and care, and to face violence, exploitation and neglect. Security Council resolution 2475 (2019) and the IASC Guidelines call on humanitarian actors to identify these risks, remove barriers and involve organisations of persons with disabilities at every stage of the response. Yet protection assessments rarely disaggregate data by disability, and coordination meetings, feedback channels and public information are often inaccessible."] = new(
            "Les personnes handicapées sont touchées de manière disproportionnée par les conflits armés : elles risquent davantage d'être laissées pour compte lors des attaques et des déplacements, de perdre l'accès à leurs aides techniques, à leurs médicaments et aux soins, et de subir violences, exploitation et négligence. La résolution 2475 (2019) du Conseil de sécurité et les Directives de l'IASC appellent les acteurs humanitaires à identifier ces risques, à lever les obstacles et à associer les organisations de personnes handicapées à chaque étape de la réponse. Pourtant, les évaluations de protection ventilent rarement les données par handicap, et les réunions de coordination, les mécanismes de retour d'information et l'information publique restent souvent inaccessibles.",
            "Las personas con discapacidad se ven afectadas de manera desproporcionada por los conflictos armados: tienen más probabilidades de quedarse atrás durante los ataques y los desplazamientos, de perder el acceso a sus productos de apoyo, medicamentos y cuidados, y de sufrir violencia, explotación y abandono. La resolución 2475 (2019) del Consejo de Seguridad y las Directrices del IASC instan a los actores humanitarios a identificar estos riesgos, eliminar las barreras e involucrar a las organizaciones de personas con discapacidad en todas las etapas de la respuesta. Sin embargo, las evaluaciones de protección rara vez desglosan los datos por discapacidad, y las reuniones de coordinación, los mecanismos de retroalimentación y la información pública suelen ser inaccesibles."),

        // Expected outcomes
        ["Share practical ways to identify and reduce the protection risks persons with disabilities face in armed conflict."] = new(
            "Partager des moyens concrets de repérer et de réduire les risques de protection auxquels les personnes handicapées sont exposées dans les conflits armés.",
            "Compartir formas prácticas de identificar y reducir los riesgos de protección que enfrentan las personas con discapacidad en los conflictos armados."),
        ["Show how organisations of persons with disabilities can take part in protection coordination and analysis."] = new(
            "Montrer comment les organisations de personnes handicapées peuvent prendre part à la coordination et à l'analyse de la protection.",
            "Mostrar cómo las organizaciones de personas con discapacidad pueden participar en la coordinación y el análisis de protección."),
        ["Agree on concrete steps clusters can take to make information, feedback channels and services accessible."] = new(
            "S'accorder sur des mesures concrètes que les clusters peuvent prendre pour rendre accessibles l'information, les mécanismes de retour d'information et les services.",
            "Acordar medidas concretas que los clústeres pueden adoptar para que la información, los mecanismos de retroalimentación y los servicios sean accesibles."),

        // Agenda: titles, descriptions and the people's topics
        ["Welcome and opening remarks"] = new("Accueil et allocution d'ouverture", "Bienvenida y palabras de apertura"),
        ["Why disability inclusion is a protection priority, and what the session sets out to do."] = new(
            "Pourquoi l'inclusion des personnes handicapées est une priorité de protection, et ce que la session se propose de faire.",
            "Por qué la inclusión de las personas con discapacidad es una prioridad de protección y qué se propone la sesión."),
        ["Panel: inclusive protection in practice"] = new(
            "Table ronde : la protection inclusive en pratique",
            "Panel: la protección inclusiva en la práctica"),
        ["Two practitioners share what has worked, and what has not, in making protection responses reach persons with disabilities."] = new(
            "Deux praticien·ne·s partagent ce qui a fonctionné, et ce qui n'a pas fonctionné, pour que les réponses de protection atteignent les personnes handicapées.",
            "Dos profesionales comparten lo que ha funcionado, y lo que no, para que las respuestas de protección lleguen a las personas con discapacidad."),
        ["Applying the IASC Guidelines in protection coordination"] = new(
            "Appliquer les Directives de l'IASC dans la coordination de la protection",
            "Aplicar las Directrices del IASC en la coordinación de la protección"),
        ["Organisations of persons with disabilities at the coordination table"] = new(
            "Les organisations de personnes handicapées à la table de coordination",
            "Las organizaciones de personas con discapacidad en la mesa de coordinación"),
        ["Questions and discussion with participants"] = new(
            "Questions et échanges avec les participant·e·s",
            "Preguntas y debate con las personas participantes"),
        ["Participants put their questions and share their own experience."] = new(
            "Les participant·e·s posent leurs questions et partagent leur propre expérience.",
            "Las personas participantes plantean sus preguntas y comparten su propia experiencia."),
        ["Closing remarks and next steps"] = new("Allocution de clôture et prochaines étapes", "Palabras de clausura y próximos pasos"),
        ["Key messages and the steps clusters can take next."] = new(
            "Les messages clés et les prochaines étapes possibles pour les clusters.",
            "Los mensajes clave y los próximos pasos que pueden dar los clústeres."),
        ["Key messages and next steps"] = new("Messages clés et prochaines étapes", "Mensajes clave y próximos pasos"),

        // Speakers' titles and bios (names and organisations stay as they are)
        ["Protection Cluster Coordinator"] = new("Coordonnatrice du cluster Protection", "Coordinadora del clúster de protección"),
        ["Demo speaker. Has coordinated protection clusters in the Sahel and the Middle East, with a focus on accountability to affected people."] = new(
            "Intervenante fictive. A coordonné des clusters Protection au Sahel et au Moyen-Orient, en mettant l'accent sur la redevabilité envers les populations affectées.",
            "Ponente ficticia. Ha coordinado clústeres de protección en el Sahel y en Oriente Medio, con especial atención a la rendición de cuentas a las poblaciones afectadas."),
        ["Disability Inclusion Adviser"] = new("Conseillère en inclusion du handicap", "Asesora en inclusión de la discapacidad"),
        ["Demo speaker. Supports humanitarian teams in applying the IASC Guidelines on the inclusion of persons with disabilities."] = new(
            "Intervenante fictive. Accompagne les équipes humanitaires dans l'application des Directives de l'IASC sur l'inclusion des personnes handicapées.",
            "Ponente ficticia. Apoya a los equipos humanitarios en la aplicación de las Directrices del IASC sobre la inclusión de las personas con discapacidad."),
        ["Executive Director"] = new("Directeur exécutif", "Director ejecutivo"),
        ["Demo speaker. Leads an organisation of persons with disabilities that takes part in the local protection working group."] = new(
            "Intervenant fictif. Dirige une organisation de personnes handicapées membre du groupe de travail local sur la protection.",
            "Ponente ficticio. Dirige una organización de personas con discapacidad que participa en el grupo de trabajo local de protección."),

        // Interpretation channels: each language is named in itself, so a listener finds their own
        ["English (floor)"] = new("English (canal de la salle)", "English (canal de sala)"),
        ["Français"] = new("Français", "Français"),
        ["Español"] = new("Español", "Español"),

        // Readings' notes
        ["Article 11: situations of risk and humanitarian emergencies."] = new(
            "Article 11 : situations de risque et situations d'urgence humanitaire.",
            "Artículo 11: situaciones de riesgo y emergencias humanitarias."),
        ["The first Security Council resolution on the protection of persons with disabilities in armed conflict."] = new(
            "La première résolution du Conseil de sécurité consacrée à la protection des personnes handicapées dans les conflits armés.",
            "La primera resolución del Consejo de Seguridad dedicada a la protección de las personas con discapacidad en los conflictos armados."),
        ["The panel's reference for what inclusive protection looks like in practice."] = new(
            "La référence de la table ronde pour ce qu'est une protection inclusive en pratique.",
            "La referencia del panel sobre cómo es, en la práctica, una protección inclusiva."),
    };
}
