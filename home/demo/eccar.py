"""Demo content of Lübeck's ECCAR action plan: (German, English) pairs.

The ten commitment titles follow ECCAR's action plan; the aims paraphrase it in our own
words. What Lübeck does under each commitment is demo content.
"""

ACTION_PLAN = {
    "slug": "eccar",
    "title": ("10-Punkte-Aktionsplan gegen Rassismus", "10-point action plan against racism"),
    "member_since": 2020,
    "lead_unit": "Stabsstelle Integration",
    "introduction": (
        "<p>Die Europäische Städtekoalition gegen Rassismus (ECCAR) entstand 2004 auf Initiative "
        "der UNESCO. Heute gehören ihr rund 150 Städte an, die voneinander lernen und gemeinsam "
        "gegen Rassismus und Diskriminierung vorgehen.</p>"
        "<p>Lübeck ist seit 2020 Mitglied und hat sich mit dem Beitritt auf einen "
        "10-Punkte-Aktionsplan verpflichtet, dessen Umsetzung die Stabsstelle Integration "
        "steuert. Der Plan baut auf der interkulturellen Öffnung auf, zu der die Bürgerschaft "
        "die Stadt bereits 2003 verpflichtet hat.</p>",
        "<p>The European Coalition of Cities Against Racism (ECCAR) was founded in 2004 as a "
        "UNESCO initiative. Today about 150 cities belong to it; they learn from one another "
        "and work together against racism and discrimination.</p>"
        "<p>Lübeck has been a member since 2020. By joining, the city committed itself to a "
        "10-point action plan, whose implementation is steered by the Integration Office. The "
        "plan builds on the intercultural opening to which the city council committed the city "
        "back in 2003.</p>",
    ),
}

COMMITMENTS = [
    {
        "number": 1,
        "title": ("Verstärkte Wachsamkeit gegenüber Rassismus", "Greater vigilance against racism"),
        "aim": (
            "Die Stadt schafft Wege, Rassismus früh zu bemerken und schnell darauf zu reagieren.",
            "The city creates ways to notice racism early and to respond to it quickly.",
        ),
        "description": (
            "Jedes Jahr beteiligt sich Lübeck an den Internationalen Wochen gegen Rassismus und "
            "macht das Thema so in der ganzen Stadt sichtbar. Eine Meldestelle, die derzeit "
            "aufgebaut wird, erfasst rassistische Vorfälle.",
            "Every year Lübeck takes part in the International Weeks Against Racism, making the "
            "issue visible across the city. A reporting point for racist incidents is being set "
            "up.",
        ),
    },
    {
        "number": 2,
        "title": (
            "Bewertung der örtlichen Situation und der kommunalen Maßnahmen",
            "Assessing racism and discrimination and monitoring municipal policies",
        ),
        "aim": (
            "Die Stadt sammelt Daten zu Rassismus und Diskriminierung vor Ort und prüft, wie ihre "
            "eigenen Maßnahmen wirken.",
            "The city gathers local data on racism and discrimination and checks how well its "
            "own policies work.",
        ),
        "description": (
            "2023 legte die Stadt einen ersten Bericht zur Lage von Rassismus und Diskriminierung "
            "in Lübeck vor. Über den Stand des Aktionsplans berichtet die Stabsstelle Integration "
            "jedes Jahr.",
            "In 2023 the city published its first report on racism and discrimination in Lübeck. "
            "The Integration Office reports every year on how the action plan is progressing.",
        ),
    },
    {
        "number": 3,
        "title": (
            "Bessere Unterstützung für die Opfer von Rassismus und Diskriminierung",
            "Better support for the victims of racism and discrimination",
        ),
        "aim": (
            "Wer Rassismus oder Diskriminierung erlebt, erhält Rat und Hilfe und kann seine "
            "Rechte wahrnehmen.",
            "Anyone who experiences racism or discrimination gets advice and help and can "
            "assert their rights.",
        ),
        "description": (
            "Ein Wegweiser zeigt, welche Beratungsstelle bei welchem Anliegen hilft. Die "
            "Antidiskriminierungsstelle berät Betroffene vertraulich und begleitet sie auf "
            "Wunsch bei weiteren Schritten.",
            "A guide shows which advice service helps with which concern. The "
            "anti-discrimination office advises those affected in confidence and, if they wish, "
            "supports them in taking further steps.",
        ),
    },
    {
        "number": 4,
        "title": (
            "Bessere Beteiligungs- und Informationsmöglichkeiten für die Bürger:innen",
            "More participation and better informed city dwellers",
        ),
        "aim": (
            "Die Einwohner:innen kennen ihre Rechte, erfahren, was die Stadt gegen Rassismus "
            "tut, und können dabei mitreden.",
            "Residents know their rights, learn what the city does against racism and can have "
            "a say in it.",
        ),
        "description": (
            "Das Forum für Migrant:innen bringt sich mit einer eigenen Geschäftsstelle in die "
            "Stadtpolitik ein. Mehrsprachige Formulare und Elternabende machen Informationen "
            "leichter zugänglich.",
            "With its own office, the Forum for Migrants takes part in city politics. "
            "Multilingual forms and parents' evenings make information easier to reach.",
        ),
    },
    {
        "number": 5,
        "title": (
            "Die Stadt als aktive Förderin gleicher Chancen",
            "The city as an active supporter of equal opportunity practices",
        ),
        "aim": (
            "Die Stadt nutzt ihren Einfluss, etwa bei Aufträgen, Förderungen und auf dem "
            "Arbeitsmarkt, um gleiche Chancen für alle zu fördern.",
            "The city uses its influence, for example in contracts, grants and the labour "
            "market, to promote equal opportunities for all.",
        ),
        "description": (
            "Lots:innen begleiteten junge Zugewanderte in eine Ausbildung, und eine Sprechstunde "
            "half bei der Anerkennung ausländischer Abschlüsse. Beide Angebote öffnen Wege in "
            "eine Arbeit, die zu den eigenen Fähigkeiten passt.",
            "Guides helped young newcomers into apprenticeships, and a consultation hour helped "
            "with the recognition of foreign qualifications. Both open ways into work that "
            "matches people's skills.",
        ),
    },
    {
        "number": 6,
        "title": (
            "Die Stadt als Arbeitgeberin und Dienstleisterin",
            "The city as an equal opportunities employer and service provider",
        ),
        "aim": (
            "Die Verwaltung sichert gleiche Chancen bei Einstellung und Aufstieg und behandelt "
            "alle, die ihre Dienste nutzen, gleich.",
            "The administration ensures equal opportunities in recruitment and promotion and "
            "treats everyone who uses its services equally.",
        ),
        "description": (
            "Beschäftigte mit Publikumsverkehr wurden in interkultureller Kompetenz geschult. "
            "Stellenausschreibungen und Auswahlverfahren werden so überarbeitet, dass sie mehr "
            "Bewerber:innen mit Migrationsgeschichte erreichen.",
            "Staff who deal with the public were trained in intercultural competence. Job "
            "adverts and selection procedures are being revised to reach more applicants with a "
            "migration background.",
        ),
    },
    {
        "number": 7,
        "title": ("Chancengleichheit auf dem Wohnungsmarkt", "Fair access to housing"),
        "aim": (
            "Die Stadt wirkt Diskriminierung bei der Vermietung und beim Verkauf von Wohnraum "
            "entgegen.",
            "The city counters discrimination in the letting and sale of housing.",
        ),
        "description": (
            "Mit der städtischen Wohnungsgesellschaft bereitet die Stabsstelle Integration "
            "transparente Vergaberegeln und Schulungen für das Vermietungsteam vor. Wer bei der "
            "Wohnungssuche benachteiligt wird, findet Rat bei der Antidiskriminierungsstelle.",
            "Together with the municipal housing company, the Integration Office is preparing "
            "transparent allocation rules and training for the lettings team. Anyone treated "
            "unfairly when looking for a home can get advice from the anti-discrimination "
            "office.",
        ),
    },
    {
        "number": 8,
        "title": (
            "Bekämpfung von Rassismus und Diskriminierung durch Bildung und Erziehung",
            "Challenging racism and discrimination through education",
        ),
        "aim": (
            "Die Stadt fördert gleiche Bildungschancen und eine Erziehung, die Respekt und "
            "Verständnis zwischen den Kulturen stärkt.",
            "The city promotes equal chances in education and an upbringing that strengthens "
            "respect and understanding between cultures.",
        ),
        "description": (
            "Die Stabsstelle Integration begleitet Schulen auf dem Weg zum Titel „Schule ohne "
            "Rassismus – Schule mit Courage“ und vermittelt Workshops. Mehrsprachige Elternabende "
            "helfen Familien, das Schulsystem zu verstehen.",
            "The Integration Office supports schools working towards the title “School without "
            "Racism – School with Courage” and arranges workshops. Multilingual parents' "
            "evenings help families understand the school system.",
        ),
    },
    {
        "number": 9,
        "title": ("Förderung der kulturellen Vielfalt", "Promoting cultural diversity"),
        "aim": (
            "Die Stadt macht die kulturelle Vielfalt ihrer Einwohner:innen im öffentlichen Leben "
            "sichtbar und unterstützt sie.",
            "The city makes the cultural diversity of its residents visible in public life and "
            "supports it.",
        ),
        "description": (
            "Sprachcafés in den Stadtteilen bringen Menschen unterschiedlicher Herkunft "
            "zusammen. Eine Broschüre stellt die Lübecker Migrant:innenselbstorganisationen vor.",
            "Language cafés in the neighbourhoods bring people of different backgrounds "
            "together. A brochure presents Lübeck's migrant-led organisations.",
        ),
    },
    {
        "number": 10,
        "title": (
            "Rassistische Gewalttaten und Konfliktmanagement",
            "Hate crimes and conflict management",
        ),
        "aim": (
            "Die Stadt schafft oder unterstützt Wege, mit rassistischen Gewalttaten umzugehen "
            "und Konflikte zu entschärfen.",
            "The city creates or supports ways of dealing with racist hate crimes and of "
            "defusing conflicts.",
        ),
        "description": (
            "Die neue Meldestelle erfasst rassistische Vorfälle bis hin zu Gewalttaten und "
            "vermittelt Betroffene an Beratung, Polizei oder Opferhilfe. Ihre jährliche "
            "Auswertung hilft, Schwerpunkte zu erkennen und früh einzugreifen.",
            "The new reporting point records racist incidents up to and including violent "
            "attacks and refers those affected to advice services, the police or victim "
            "support. Its annual analysis helps spot problem areas and step in early.",
        ),
    },
]
