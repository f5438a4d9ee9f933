"""Demo content of Lübeck's newsroom, events, resolutions, FAQ, networks and funding.

(German, English) pairs, as in concepts.py. Facts come from the city's public pages
(resolutions 2003–2021, the press release of 26 June 2017, the answer to a citizens'
inquiry on the "Sicherer Hafen" alliance); the wording is ours. Event and deadline dates
are demo data, relative to the day the demo is loaded so that some lie ahead.
"""

from datetime import date

TOPICS = [
    ("konzept", ("Integrationskonzept", "Integration concept")),
    ("antirassismus", ("Antirassismus", "Anti-racism")),
    ("flucht", ("Flucht und Aufnahme", "Refuge and reception")),
    ("foerderung", ("Förderung", "Funding")),
    ("ehrenamt", ("Ehrenamt", "Volunteering")),
]

NEWSROOM = {
    "slug": "presse",
    "title": ("Pressemitteilungen", "Press releases"),
    "intro": (
        "Mitteilungen der Stabsstelle Integration für Presse und Öffentlichkeit.",
        "Announcements of the Integration Office for the press and the public.",
    ),
}

NEWS = [
    {
        "slug": "aufnahme-gefluechteter-prozessketten",
        "date": date(2017, 6, 26),
        "topics": ["flucht"],
        "title": (
            "Strukturierte Aufnahme und Integration von Geflüchteten",
            "Structured reception and integration of refugees",
        ),
        "lead": (
            "Im Rathaus wurden die Prozessketten vorgestellt, mit denen Geflüchtete schneller "
            "passende Beratung, Sprachkurse, Bildung und Arbeit finden sollen.",
            "The process chains meant to help refugees find suitable counselling, language "
            "courses, education and work faster were presented at the town hall.",
        ),
        "body": [
            (
                "Lübeck war Pilotkommune des Landes Schleswig-Holstein. Mit Landesmitteln wurde "
                "die Stabsstelle Integration um zwei Koordinierungsstellen verstärkt; gemeinsam "
                "mit allen Beteiligten entstand ein Aufnahme- und Integrationsmanagement.",
                "Lübeck was a pilot municipality of the state of Schleswig-Holstein. State funds "
                "added two coordination posts to the Integration Office; together with everyone "
                "involved, a reception and integration management was built.",
            ),
            (
                "Die Darstellung der Abläufe zeigt Lücken und Doppelstrukturen. Als nächste "
                "Aufgabe nennt die Stadt den Familiennachzug.",
                "Mapping the processes shows gaps and duplicated structures. The city names "
                "family reunification as the next task.",
            ),
        ],
    },
    {
        "slug": "eccar-beitritt",
        "date": date(2020, 9, 15),
        "topics": ["antirassismus"],
        "title": (
            "Lübeck tritt der Städtekoalition gegen Rassismus bei",
            "Lübeck joins the coalition of cities against racism",
        ),
        "lead": (
            "Mit dem Beitritt zu ECCAR verpflichtet sich die Hansestadt auf einen "
            "10-Punkte-Aktionsplan gegen Rassismus.",
            "By joining ECCAR the city commits itself to a 10-point action plan against racism.",
        ),
        "body": [
            (
                "Die Stabsstelle Integration steuert die Umsetzung und berichtet regelmäßig, "
                "welche Maßnahmen zu welchem Punkt des Plans beitragen.",
                "The Integration Office steers the implementation and reports regularly which "
                "measures contribute to which point of the plan.",
            )
        ],
    },
    {
        "slug": "integrationskonzept-beschlossen",
        "date": date(2021, 3, 25),
        "topics": ["konzept"],
        "title": (
            "Bürgerschaft beschließt das fortgeschriebene Integrationskonzept",
            "City council adopts the updated integration concept",
        ),
        "lead": (
            "Für die Umsetzung der Maßnahmen stehen ab 2022 jährlich 100.000 Euro bereit.",
            "From 2022, 100,000 euros a year are available to carry out the measures.",
        ),
        "body": [
            (
                "Das Konzept entstand in Werkstätten zu sieben Handlungsfeldern und einer "
                "Online-Beteiligung. Seine Leit- und Teilziele gelten für Planungen, Maßnahmen "
                "und Projekte der Verwaltung.",
                "The concept grew out of workshops on seven fields of action and an online "
                "consultation. Its goals apply to the administration's plans, measures and "
                "projects.",
            )
        ],
    },
    {
        "slug": "integrationsfonds-aufruf",
        "date": date(2026, 10, 1),
        "topics": ["foerderung", "ehrenamt"],
        "title": (
            "Integrationsfonds: Anträge für das kommende Jahr",
            "Integration fund: applications for the coming year",
        ),
        "lead": (
            "Vereine, Initiativen und Migrant:innenorganisationen können Projektmittel aus dem "
            "Lübecker Integrationsfonds beantragen; die Stabsstelle hilft beim Antrag.",
            "Associations, initiatives and migrant organisations can apply for project funds "
            "from the Lübeck integration fund; the office helps with the application.",
        ),
        "body": [
            (
                "Gefördert werden Projekte in den Handlungsfeldern des Integrationskonzepts. "
                "Beratungstermine vergibt die Stabsstelle per E-Mail.",
                "Projects in the fields of action of the integration concept are funded. The "
                "office gives advice appointments by e-mail.",
            )
        ],
    },
]

EVENTS_INDEX = {
    "slug": "veranstaltungen",
    "title": ("Veranstaltungen", "Events"),
    "intro": (
        "Werkstätten, Preisverleihungen und die Internationalen Wochen gegen Rassismus.",
        "Workshops, award ceremonies and the International Weeks against Racism.",
    ),
}

# days from today, hour, duration in hours
EVENTS = [
    {
        "slug": "wochen-gegen-rassismus",
        "when": (30, 17, 3),
        "title": (
            "Auftakt der Internationalen Wochen gegen Rassismus",
            "Opening of the International Weeks against Racism",
        ),
        "lead": (
            "Lesungen, Gespräche und Musik im Rathaus; der Eintritt ist frei.",
            "Readings, talks and music at the town hall; admission is free.",
        ),
        "place": "Rathaus, Bürgerschaftssaal, Breite Straße 62, 23552 Lübeck",
        "accessibility": (
            "Stufenloser Zugang über den Seiteneingang, Aufzug, barrierefreies WC. "
            "Gebärdensprachdolmetschung auf Anfrage bis eine Woche vorher.",
            "Step-free access through the side entrance, lift, accessible toilet. Sign "
            "language interpreting on request up to one week before.",
        ),
        "registration": "",
    },
    {
        "slug": "werkstatt-foerderantraege",
        "when": (45, 10, 3),
        "title": ("Werkstatt: Förderanträge schreiben", "Workshop: writing funding applications"),
        "lead": (
            "Wie ein Antrag an den Integrationsfonds oder an Landes- und Bundesprogramme "
            "gelingt – mit Beispielen und Zeit für eigene Fragen.",
            "How to write an application to the integration fund or to state and federal "
            "programmes – with examples and time for your own questions.",
        ),
        "place": "Stabsstelle Integration, Kronsforder Allee 2–6, 23560 Lübeck",
        "accessibility": (
            "Erdgeschoss, stufenlos erreichbar.",
            "Ground floor, step-free.",
        ),
        "registration": "https://www.luebeck.de/",
    },
    {
        "slug": "fachtag-teilhabe",
        "when": (-60, 9, 7),
        "title": ("Fachtag Teilhabe und Zusammenhalt", "Conference on participation and cohesion"),
        "lead": (
            "Rückblick auf zwei Jahre Integrationskonzept mit Verwaltung, Trägern und Forum.",
            "Looking back at two years of the integration concept with the administration, "
            "providers and the Forum.",
        ),
        "place": "Haus der Kulturen, Parade 12, 23552 Lübeck",
        "accessibility": ("Stufenloser Zugang, Induktionsschleife.", "Step-free, hearing loop."),
        "registration": "",
    },
]

RESOLUTIONS_PAGE = {
    "slug": "beschluesse",
    "title": ("Beschlüsse der Bürgerschaft", "Resolutions of the city council"),
    "intro": (
        "Wie die Lübecker Integrationspolitik seit 2003 gewachsen ist.",
        "How Lübeck's integration policy has grown since 2003.",
    ),
}

COUNCIL = ("Bürgerschaft", "City council")
RESOLUTIONS = [
    {
        "date": date(2003, 9, 25),
        "body": COUNCIL,
        "title": ("Auftrag für ein Integrationskonzept", "Mandate for an integration concept"),
        "summary": (
            "Der Bürgermeister soll mit allen Beteiligten ein Integrationskonzept erarbeiten; "
            "die Stadt verpflichtet sich zur interkulturellen Öffnung.",
            "The mayor is to develop an integration concept with everyone involved; the city "
            "commits itself to intercultural opening.",
        ),
        "outcome": (
            "Auftaktveranstaltung am 21.02.2004.",
            "Opening event on 21 February 2004.",
        ),
    },
    {
        "date": date(2006, 6, 29),
        "body": COUNCIL,
        "title": ("Forum für Migrant:innen", "Forum for migrants"),
        "summary": (
            "Ein ehrenamtlich geführtes Forum für Migrant:innen soll entstehen.",
            "A volunteer-led forum for migrants is to be created.",
        ),
        "outcome": (
            "Gründung am 20.06.2007; die Verwaltung unterstützt den Vorstand mit einer "
            "Geschäftsstelle.",
            "Founded on 20 June 2007; the administration supports the board with an office.",
        ),
    },
    {
        "date": date(2009, 9, 24),
        "body": COUNCIL,
        "title": ("Anlaufstelle Integration", "Integration contact point"),
        "summary": (
            "Eine zentrale Anlaufstelle für Integration soll eingerichtet werden.",
            "A central contact point for integration is to be set up.",
        ),
        "outcome": (
            "Seit 01.11.2009 gibt es die Stabsstelle Integration im Fachbereich Wirtschaft "
            "und Soziales.",
            "Since 1 November 2009 the Integration Office has been part of the department of "
            "economy and social affairs.",
        ),
    },
    {
        "date": date(2010, 2, 1),
        "body": COUNCIL,
        "title": ("Steuerungsgruppe Integration", "Steering group on integration"),
        "summary": (
            "Eine Steuerungsgruppe unter Vorsitz des Sozialsenators begleitet die Umsetzung "
            "des Integrationskonzepts.",
            "A steering group chaired by the senator for social affairs accompanies the "
            "implementation of the integration concept.",
        ),
        "outcome": (
            "Mitglieder: je eine Person aus jeder Fraktion, fünf aus dem Forum für "
            "Migrant:innen, je eine aus dem AK Migration und den Migrationsfachdiensten sowie "
            "eine stimmberechtigte Person der Verwaltung.",
            "Members: one person from each parliamentary group, five from the Forum for "
            "migrants, one each from the AK Migration and the migration services, and one "
            "voting member of the administration.",
        ),
    },
    {
        "date": date(2014, 3, 1),
        "body": COUNCIL,
        "title": ("Lübecker Integrationsfonds", "Lübeck integration fund"),
        "summary": (
            "Ein Fonds soll Projekte zur Umsetzung des Integrationskonzepts fördern.",
            "A fund is to support projects that put the integration concept into practice.",
        ),
        "outcome": ("", ""),
    },
    {
        "date": date(2015, 5, 6),
        "body": ("Land Schleswig-Holstein", "State of Schleswig-Holstein"),
        "title": ("Koordination für Integration und Teilhabe", "Coordinators for integration"),
        "summary": (
            "Im III. Kommunalpakt fördert das Land Koordinierungsstellen in Kreisen und "
            "kreisfreien Städten.",
            "Under the third municipal pact the state funds coordination posts in districts "
            "and cities.",
        ),
        "outcome": ("", ""),
    },
    {
        "date": date(2018, 9, 27),
        "body": COUNCIL,
        "title": ("Fortschreibung des Konzepts", "Updating the concept"),
        "summary": (
            "Das Integrationskonzept soll unter Beteiligung aller relevanten Gruppen "
            "fortgeschrieben werden, mit einer priorisierten Maßnahmenliste und Kosten.",
            "The integration concept is to be updated with all relevant groups, with a "
            "prioritised list of measures and their costs.",
        ),
        "outcome": (
            "Werkstätten im September 2019, Online-Priorisierung Anfang 2020.",
            "Workshops in September 2019, online prioritisation in early 2020.",
        ),
    },
    {
        "date": date(2021, 3, 23),
        "body": COUNCIL,
        "title": ("Annahme des Integrationskonzepts", "Integration concept adopted"),
        "summary": (
            "Das fortgeschriebene Kommunale Integrationskonzept wird angenommen; je "
            "Haushaltsjahr stehen 100.000 € zur Verfügung.",
            "The updated municipal integration concept is adopted; 100,000 € are available "
            "per budget year.",
        ),
        "outcome": (
            "Ab April 2021 koordiniert die Stabsstelle die Maßnahmen; Indikatoren und "
            "Zielwerte werden weiterentwickelt.",
            "From April 2021 the office coordinates the measures; indicators and targets are "
            "being refined.",
        ),
    },
]

FAQ = {
    "slug": "sicherer-hafen",
    "title": (
        "Fragen und Antworten: Lübeck als „Sicherer Hafen“",
        "Questions and answers: Lübeck as a 'safe harbour'",
    ),
    "intro": (
        "Antworten der Verwaltung auf eine Einwohner:innenanfrage zum Städtebündnis "
        "„Sichere Häfen“.",
        "The administration's answers to a residents' inquiry about the 'Safe Harbours' "
        "alliance of cities.",
    ),
    "answered_on": date(2023, 11, 1),
    "questions": [
        (
            (
                "Wer ist in der Verwaltung für das Bündnis zuständig?",
                "Who in the administration is responsible for the alliance?",
            ),
            (
                "Die Stabsstelle Integration und der Bereich Soziale Sicherung.",
                "The Integration Office and the social security department.",
            ),
        ),
        (
            (
                "Tauscht sich Lübeck mit anderen Bündnisstädten in Schleswig-Holstein aus?",
                "Does Lübeck exchange with other alliance cities in Schleswig-Holstein?",
            ),
            (
                "Ja. Die Koordinierungsstellen aller Kreise und kreisfreien Städte treffen sich "
                "vierteljährlich; das Bündnis steht dort regelmäßig auf der Tagesordnung. "
                "Dazu kommen Gespräche mit Kiel (zuletzt 06.10.2023) und Flensburg (zuletzt "
                "17.10.2023).",
                "Yes. The coordination offices of all districts and cities meet every quarter, "
                "and the alliance is a regular item there. There are also talks with Kiel "
                "(last on 6 Oct 2023) and Flensburg (last on 17 Oct 2023).",
            ),
        ),
        (
            (
                "Was hat Lübeck seit dem Beitritt getan?",
                "What has Lübeck done since joining?",
            ),
            (
                "Vertreter:innen der Stadt haben an fünf bis sechs Sitzungen des Bündnisses "
                "teilgenommen. Flensburg koordiniert das Bündnis im Land; mit der dortigen "
                "Verwaltung ist die Stabsstelle in engem Kontakt.",
                "Representatives of the city have taken part in five or six meetings of the "
                "alliance. Flensburg coordinates the alliance in the state; the office is in "
                "close contact with its administration.",
            ),
        ),
        (
            (
                "Wie viele Menschen haben die Bündnisstädte im Land aufgenommen?",
                "How many people have the alliance cities in the state taken in?",
            ),
            (
                "Seit 2019 insgesamt 18 aus Seenot gerettete Geflüchtete: drei in Flensburg, "
                "acht in Kiel und sieben in Lübeck. In Schleswig-Holstein werden diese "
                "Aufnahmen auf die Verteilungsquote angerechnet.",
                "Since 2019, 18 refugees rescued at sea in total: three in Flensburg, eight in "
                "Kiel and seven in Lübeck. In Schleswig-Holstein these admissions count towards "
                "the distribution quota.",
            ),
        ),
    ],
}

NETWORKS = {
    "slug": "netzwerke",
    "title": ("Netzwerke und Gremien", "Networks and committees"),
    # The same German texts as before these pages had their own type, so their
    # translations in translations.py still apply.
    "intro": (
        "Gremien, die die Stabsstelle ausrichtet oder in denen sie mitarbeitet.",
        "Committees the Integration Office convenes or takes part in.",
    ),
}

OFFICE = ("Stabsstelle Integration", "Integration Office")
COMMITTEES = [
    {
        "name": ("Trägertreffen", "Meeting of service providers"),
        "convened_by": OFFICE,
        "participants": (
            "Leitungen der Migrationsfachdienste\nVerwaltung",
            "Heads of the migration services\nAdministration",
        ),
        "frequency": ("zweimal im Jahr", "twice a year"),
    },
    {
        "name": ("AK Migration", "Working group on migration"),
        "convened_by": OFFICE,
        "participants": (
            "Mitarbeitende der Kursträger\nMigrationsfachdienste\nVerwaltung",
            "Staff of course providers\nMigration services\nAdministration",
        ),
        "frequency": ("vierteljährlich", "quarterly"),
    },
    {
        "name": (
            "Austauschforum der Fachbereiche",
            "Exchange forum of the departments",
        ),
        "convened_by": OFFICE,
        "participants": (
            "Fachbereich Wirtschaft und Soziales\nFachbereich Bildung und Kultur",
            "Department of economy and social affairs\nDepartment of education and culture",
        ),
        "frequency": ("zweimal im Jahr", "twice a year"),
    },
    {
        "name": (
            "Arbeitskreis mit dem Jobcenter",
            "Working group with the job centre",
        ),
        "convened_by": ("Jobcenter Lübeck", "Lübeck job centre"),
        "participants": (
            "Jobcenter\nMigrationsfachdienste\nStabsstelle Integration",
            "Job centre\nMigration services\nIntegration Office",
        ),
        "frequency": ("vierteljährlich", "quarterly"),
    },
    {
        "name": ("Quartalstreffen im Innenministerium", "Quarterly meeting at the ministry"),
        "convened_by": ("Innenministerium Schleswig-Holstein", "Schleswig-Holstein ministry"),
        "participants": (
            "Ministerien\nKoordinator:innen der Kreise und kreisfreien Städte\n"
            "Kommunale Landesverbände\nLandesbeauftragter für Flucht und Asyl",
            "Ministries\nCoordinators of the districts and cities\nMunicipal associations\n"
            "State commissioner for refugees and asylum",
        ),
        "frequency": ("vierteljährlich", "quarterly"),
    },
    {
        "name": (
            "AK Jugendbildung, Beruf und Migration",
            "Working group on youth education, work and migration",
        ),
        "convened_by": ("Jugendberufsagentur", "Youth employment agency"),
        "participants": (
            "Schulen\nJugendmigrationsdienst\nStabsstelle Integration",
            "Schools\nYouth migration service\nIntegration Office",
        ),
        "frequency": ("dreimal im Jahr", "three times a year"),
    },
]

FUNDING = {
    "slug": "integrationsfonds",
    "title": ("Lübecker Integrationsfonds", "Lübeck integration fund"),
    "since_year": 2014,
    "aim": (
        "<p>Der Fonds fördert Projekte, die Menschen mit Migrationsgeschichte die "
        "gleichberechtigte Teilhabe in den Handlungsfeldern des Integrationskonzepts "
        "ermöglichen, und Vorhaben der interkulturellen Öffnung.</p>",
        "<p>The fund supports projects that give people with a migration history equal "
        "participation in the fields of action of the integration concept, and projects of "
        "intercultural opening.</p>",
    ),
    "eligibility": (
        "<p>Gemeinnützige Vereine, Initiativen und Migrant:innenorganisationen mit Sitz oder "
        "Angebot in Lübeck.</p>",
        "<p>Non-profit associations, initiatives and migrant organisations based or active "
        "in Lübeck.</p>",
    ),
    "how_to_apply": (
        "<p>Schildern Sie Ihr Vorhaben zuerst formlos per E-Mail. Die Stabsstelle berät Sie "
        "und hilft auch bei Anträgen an Landes- und Bundesprogramme.</p>",
        "<p>First describe your project informally by e-mail. The office advises you and also "
        "helps with applications to state and federal programmes.</p>",
    ),
    "amounts_note": (
        "Die Höhe richtet sich nach dem Vorhaben und den Mitteln des Haushaltsjahres.",
        "The amount depends on the project and on the funds of the budget year.",
    ),
    # days from today
    "deadlines": [
        (-40, ("Anträge für das laufende Halbjahr", "Applications for the current half-year")),
        (70, ("Anträge für das kommende Halbjahr", "Applications for the coming half-year")),
    ],
}

# Teasers on the home page, by slug.
TEASERS = {
    "presse": "Pressemitteilungen, auch als RSS- und Atom-Feed.",
    "veranstaltungen": "Was als Nächstes ansteht – zum Abonnieren im Kalender.",
    "netzwerke": "Trägertreffen, AK Migration, Quartalstreffen und mehr.",
    "beschluesse": "Die wichtigsten Beschlüsse von 2003 bis 2021.",
    "integrationsfonds": "Projektförderung seit 2014.",
}

# Everything above with an English pair, for the demo's English translation.
TRANSLATED = [
    TOPICS,
    NEWSROOM,
    NEWS,
    EVENTS_INDEX,
    EVENTS,
    RESOLUTIONS_PAGE,
    RESOLUTIONS,
    FAQ,
    NETWORKS,
    COMMITTEES,
    FUNDING,
]
