"""Demo integration concepts of two municipalities, as (German, English) pairs.

Facts from the public concept texts; sentences our own; costs, statuses and references
marked as Beispielwert are demo values.
"""

from datetime import date
from decimal import Decimal

CONCEPTS = [
    # ------------------------------------------------------------------------------------
    # Hansestadt Lübeck
    # ------------------------------------------------------------------------------------
    {
        "site": "luebeck",
        "concept": {
            "title": ("Kommunales Integrationskonzept", "Municipal integration concept"),
            "slug": "integrationskonzept",
            # The concept section gives 25.03.2021; the council archive on the same page says
            # 23.03.2021. We follow the concept section.
            "adopted_on": date(2021, 3, 25),
            "resolution_reference": "VO/2021/09712",  # Beispielwert
            "motto": ("Zusammen.Lübeck.Leben!", "Living Lübeck together!"),
            "introduction": (
                "<p>2018 beauftragte die Bürgerschaft den Bürgermeister, das Integrationskonzept "
                "von 2012 unter Beteiligung aller relevanten Gruppen fortzuschreiben und eine "
                "priorisierte Maßnahmenliste mit Kosten vorzulegen.</p>"
                "<p>Die Fortschreibung wurde am 25.03.2021 beschlossen. Ab 2022 stehen für die "
                "Umsetzung der Maßnahmen jährlich 100.000 Euro zur Verfügung.</p>",
                "<p>In 2018 the city council asked the mayor to update the 2012 integration "
                "concept with all relevant groups and to present a prioritised list of measures "
                "with costs.</p>"
                "<p>The update was adopted on 25 March 2021. From 2022, 100,000 euros a year are "
                "available to carry out the measures.</p>",
            ),
            "vision": (
                "<p>Lübeck ist eine weltoffene Stadt, die Vielfalt als Chance begreift und in der "
                "alle Menschen gleichberechtigt teilhaben können.</p>",
                "<p>Lübeck is an open-minded city that sees diversity as an opportunity and where "
                "everyone can take part on equal terms.</p>",
            ),
            "mission": (
                "<p>Die Stabsstelle Integration steuert die Umsetzung des Konzepts und stimmt die "
                "Maßnahmen mit den Fachbereichen und Partner:innen ab.</p>",
                "<p>The Integration Office steers the implementation of the concept and "
                "coordinates the measures with the city's departments and partners.</p>",
            ),
            "guidelines": [
                (
                    "Eine Kultur der Offenheit und Toleranz prägt das Zusammenleben.",
                    "A culture of openness and tolerance shapes how we live together.",
                ),
                (
                    "Integration ist eine Aufgabe der ganzen Stadtgesellschaft.",
                    "Integration is a task for the whole of the city's society.",
                ),
                (
                    "Alle Planungen und Projekte berücksichtigen die Leit- und Teilziele.",
                    "All plans and projects take the guiding goals and sub-goals into account.",
                ),
            ],
            "annual_budget": Decimal("100000"),
            "participation_history": [
                {
                    "start": date(2019, 9, 27),
                    "end": date(2019, 9, 29),
                    "title": ("Workshops im Rathaus", "Workshops in the town hall"),
                    "description": (
                        "Bürger:innen, Verwaltung, Politik, Träger und Migrant:innenorganisationen "
                        "erarbeiteten in sieben Handlungsfeldern Leit- und Teilziele.",
                        "Residents, administration, politicians, service providers and migrant "
                        "organisations drafted guiding goals and sub-goals in seven fields of "
                        "action.",
                    ),
                },
                {
                    "start": date(2020, 1, 14),
                    "end": date(2020, 2, 11),
                    "title": ("Online-Priorisierung", "Online prioritisation"),
                    "description": (
                        "Alle Lübecker:innen konnten online gewichten, welche der erarbeiteten "
                        "Ziele ihnen am wichtigsten sind.",
                        "Everyone in Lübeck could rate online which of the drafted goals mattered "
                        "most to them.",
                    ),
                },
                {
                    "start": date(2020, 3, 15),
                    "end": date(2020, 3, 15),
                    "title": (
                        "Zwischenstand im Arbeitskreis Migration",
                        "Progress report to the Migration working group",
                    ),
                    "description": (
                        "Die Stabsstelle führte beide Ergebnisse zusammen und stellte den Stand im "
                        "Arbeitskreis Migration vor.",
                        "The Integration Office merged both sets of results and presented them to "
                        "the Migration working group.",
                    ),
                },
                {
                    # Planned for April and May 2020; the source gives no exact days.
                    "start": date(2020, 4, 1),
                    "end": date(2020, 5, 31),
                    "title": ("Maßnahmenworkshops", "Workshops on measures"),
                    "description": (
                        "In moderierten Workshops sollten konkrete Maßnahmen entstehen. Wegen der "
                        "Corona-Pandemie wurden die Termine abgesagt.",
                        "Moderated workshops were meant to develop concrete measures. They were "
                        "cancelled because of the coronavirus pandemic.",
                    ),
                },
            ],
        },
        # The source names seven fields of action but not their titles; these are demo names.
        "action_fields": [
            {
                "code": "1",
                "title": ("Sprache und Bildung", "Language and education"),
                "description": (
                    "Deutsch lernen, Herkunftssprachen wertschätzen und gleiche Bildungschancen "
                    "von der Kita bis zur Weiterbildung.",
                    "Learning German, valuing heritage languages and equal chances in education "
                    "from day care to further training.",
                ),
            },
            {
                "code": "2",
                "title": ("Arbeit und Ausbildung", "Work and vocational training"),
                "description": (
                    "Zugang zu Ausbildung und Beschäftigung, die den eigenen Fähigkeiten "
                    "entspricht.",
                    "Access to training and employment that matches people's skills.",
                ),
            },
            {
                "code": "3",
                "title": ("Wohnen und Quartier", "Housing and neighbourhoods"),
                "description": (
                    "Gutes Wohnen und lebendige Nachbarschaften in allen Stadtteilen.",
                    "Good housing and lively neighbourhoods in every part of the city.",
                ),
            },
            {
                "code": "4",
                "title": ("Gesundheit und Pflege", "Health and care"),
                "description": (
                    "Verständliche Informationen und offene Türen im Gesundheits- und "
                    "Pflegesystem.",
                    "Clear information and open doors in the health and care system.",
                ),
            },
            {
                "code": "5",
                "title": ("Teilhabe und Partizipation", "Participation and involvement"),
                "description": (
                    "Mitreden, mitentscheiden und sich engagieren, in Vereinen wie in der Politik.",
                    "Having a say, sharing decisions and getting involved, in associations as "
                    "well as in politics.",
                ),
            },
            {
                "code": "6",
                "title": (
                    "Interkulturelle Öffnung der Verwaltung",
                    "Intercultural opening of the administration",
                ),
                "description": (
                    "Eine Verwaltung, die alle Einwohner:innen versteht und von allen verstanden "
                    "wird.",
                    "An administration that understands all residents and is understood by "
                    "all of them.",
                ),
            },
            {
                "code": "7",
                "title": (
                    "Antidiskriminierung und Zusammenhalt",
                    "Anti-discrimination and cohesion",
                ),
                "description": (
                    "Schutz vor Rassismus und Diskriminierung und ein starkes Miteinander.",
                    "Protection against racism and discrimination, and strong community ties.",
                ),
            },
        ],
        "organisations": [
            {
                "name": ("Stabsstelle Integration", "Integration Office"),
                "short_name": "SI",
                "description": (
                    "Die Stabsstelle im Fachbereich Wirtschaft und Soziales koordiniert seit 2009 "
                    "die Integrationsarbeit der Hansestadt.",
                    "Part of the Economy and Social Affairs department, the office has "
                    "coordinated the city's integration work since 2009.",
                ),
                "website": "",
                "email": "integration@luebeck.de",
            },
            {
                "name": ("Forum für Migrant:innen", "Forum for Migrants"),
                "short_name": "",
                "description": (
                    "Die 2007 gegründete Interessenvertretung hat rund 120 aktive Mitglieder und "
                    "5 von 18 Stimmen in der Steuerungsgruppe Integration.",
                    "Founded in 2007, this representative body has about 120 active members and "
                    "holds 5 of the 18 votes in the integration steering group.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Volkshochschule Lübeck", "Lübeck Adult Education Centre"),
                "short_name": "VHS",
                "description": (
                    "Sie bietet Sprach- und Integrationskurse sowie Weiterbildung für alle an.",
                    "It offers language and integration courses and further education for all.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Jobcenter Lübeck", "Lübeck Jobcentre"),
                "short_name": "",
                "description": (
                    "Es unterstützt bei der Suche nach Arbeit und Ausbildung und trifft sich "
                    "regelmäßig mit den Migrationsfachdiensten.",
                    "It helps people find work and training and meets regularly with the "
                    "migration advice services.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Migrationsfachdienste", "Migration advice services"),
                "short_name": "",
                "description": (
                    "Die Beratungsdienste der freien Träger begleiten Zugewanderte in allen "
                    "Fragen des Ankommens.",
                    "The advice services of independent providers support newcomers with every "
                    "question about settling in.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Antidiskriminierungsstelle", "Anti-discrimination office"),
                "short_name": "",
                "description": (
                    "Sie berät Menschen, die Diskriminierung erleben, und informiert über ihre "
                    "Rechte.",
                    "It advises people who experience discrimination and informs them about "
                    "their rights.",
                ),
                "website": "",
                "email": "",
            },
        ],
        # The source publishes no measure list, so measures, indicators and examples are demo
        # content. Priorities stand in for the 2020 online ranking (Beispielwert).
        # Costs are chosen so that 2023 exceeds the 100,000 euro budget and other years do not.
        "goals": [
            {
                "title": (
                    "Alle Lübecker:innen haben gleiche Chancen beim Spracherwerb und in der "
                    "Bildung.",
                    "Everyone in Lübeck has equal chances in learning the language and in "
                    "education.",
                ),
                "slug": "sprache-bildung",
                "short_title": ("Sprache und Bildung", "Language and education"),
                "description": (
                    "<p>Sprache öffnet Türen. Angebote sollen leicht zugänglich sein und Familien "
                    "ebenso erreichen wie Berufstätige.</p>",
                    "<p>Language opens doors. Offers should be easy to access and reach families "
                    "as well as working people.</p>",
                ),
                "action_fields": ["1"],
                "priority": 1,
                "measures": [
                    {
                        "title": ("Sprachcafés in den Stadtteilen", "Neighbourhood language cafés"),
                        "slug": "sprachcafe",
                        "summary": (
                            "Ehrenamtliche und Lernende treffen sich wöchentlich, um Deutsch im "
                            "Alltag zu üben.",
                            "Volunteers and learners meet every week to practise everyday German.",
                        ),
                        "description": (
                            "<p>Die Treffen finden in Stadtteilzentren statt und sind kostenlos. "
                            "Die Volkshochschule schult die ehrenamtlichen Gastgeber:innen.</p>",
                            "<p>The meetings take place in community centres and are free of "
                            "charge. The adult education centre trains the volunteer hosts.</p>",
                        ),
                        "action_fields": ["1", "5"],
                        "eccar": [9],
                        "responsible_unit": "Volkshochschule Lübeck",
                        "partners": ["Stabsstelle Integration", "Migrationsfachdienste"],
                        "start_date": date(2021, 9, 1),
                        "end_date": None,
                        "ongoing": True,
                        "status": "permanent",
                        "annual_cost": Decimal("15000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 1,
                        "indicators": [
                            {
                                "name": ("Teilnehmende", "Participants"),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("40"),
                                "target_value": Decimal("150"),
                                "target_date": date(2025, 12, 31),
                                "values": [
                                    (date(2022, 12, 31), Decimal("70")),
                                    (date(2023, 12, 31), Decimal("105")),
                                    (date(2024, 12, 31), Decimal("130")),
                                ],
                            },
                            {
                                "name": ("Standorte", "Locations"),
                                "unit": ("Stadtteile", "neighbourhoods"),
                                "baseline": Decimal("2"),
                                "target_value": Decimal("6"),
                                "target_date": date(2025, 12, 31),
                                "values": [
                                    (date(2022, 12, 31), Decimal("3")),
                                    (date(2024, 12, 31), Decimal("5")),
                                ],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2023",
                                "text": (
                                    "Ein neues Sprachcafé in Moisling trifft sich dienstags in "
                                    "der Stadtteilbibliothek.",
                                    "A new language café in Moisling meets on Tuesdays in the "
                                    "local library.",
                                ),
                            },
                        ],
                    },
                ],
                "subgoals": [
                    {
                        "title": (
                            "Eltern mit Migrationsgeschichte kennen das Schulsystem und können "
                            "ihre Kinder gut begleiten.",
                            "Parents with a migration background know the school system and can "
                            "support their children well.",
                        ),
                        "slug": "eltern-schule",
                        "short_title": ("Eltern und Schule", "Parents and school"),
                        "description": (
                            "<p>Wer das Schulsystem versteht, kann an wichtigen Übergängen "
                            "besser mitentscheiden.</p>",
                            "<p>Parents who understand the school system can take a better part "
                            "in decisions at key transitions.</p>",
                        ),
                        "action_fields": ["1"],
                        "priority": 2,
                        "measures": [
                            {
                                "title": (
                                    "Mehrsprachige Elternabende zum Schulsystem",
                                    "Multilingual parents' evenings on the school system",
                                ),
                                "slug": "elternabende",
                                "summary": (
                                    "Elternabende in mehreren Sprachen erklären Schulformen, "
                                    "Übergänge und Ansprechpersonen.",
                                    "Parents' evenings in several languages explain types of "
                                    "school, transitions and whom to contact.",
                                ),
                                "description": (
                                    "<p>Die Abende finden an Grundschulen vor dem Wechsel in die "
                                    "weiterführende Schule statt. Sprachmittler:innen "
                                    "übersetzen.</p>",
                                    "<p>The evenings are held at primary schools before the move "
                                    "to secondary school. Community interpreters translate.</p>",
                                ),
                                "action_fields": ["1", "5"],
                                "eccar": [4, 8],
                                "responsible_unit": "Stabsstelle Integration",
                                "partners": ["Volkshochschule Lübeck", "Forum für Migrant:innen"],
                                "start_date": date(2022, 1, 1),
                                "end_date": date(2023, 12, 31),
                                "ongoing": False,
                                "status": "implemented",
                                "annual_cost": Decimal("9000"),  # Beispielwert
                                "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                                "priority": 4,
                                "indicators": [
                                    {
                                        "name": ("Elternabende", "Parents' evenings"),
                                        "unit": ("Veranstaltungen", "events"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("12"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("5")),
                                            (date(2023, 12, 31), Decimal("13")),
                                        ],
                                    },
                                ],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Zugewanderte finden Arbeit und Ausbildung, die zu ihren Fähigkeiten passen.",
                    "Newcomers find work and training that match their skills.",
                ),
                "slug": "arbeit-ausbildung",
                "short_title": ("Arbeit und Ausbildung", "Work and training"),
                "description": (
                    "<p>Eigenes Einkommen schafft Unabhängigkeit. Beratung und Begleitung sollen "
                    "den Weg in den Beruf verkürzen.</p>",
                    "<p>Earning one's own income creates independence. Advice and mentoring "
                    "should shorten the path into work.</p>",
                ),
                "action_fields": ["2"],
                "priority": 2,
                "measures": [
                    {
                        "title": ("Ausbildungslotsen", "Apprenticeship guides"),
                        "slug": "ausbildungslotsen",
                        "summary": (
                            "Lots:innen begleiten junge Zugewanderte von der Berufsorientierung "
                            "bis in die Ausbildung.",
                            "Guides accompany young newcomers from career orientation into an "
                            "apprenticeship.",
                        ),
                        "description": (
                            "<p>Die Lots:innen vermitteln Praktika, helfen bei Bewerbungen und "
                            "bleiben in der Probezeit ansprechbar.</p>",
                            "<p>The guides arrange work placements, help with applications and "
                            "stay available during the probationary period.</p>",
                        ),
                        "action_fields": ["1", "2"],
                        "eccar": [5],
                        "responsible_unit": "Jobcenter Lübeck",
                        "partners": ["Migrationsfachdienste", "Stabsstelle Integration"],
                        "start_date": date(2022, 8, 1),
                        "end_date": date(2024, 7, 31),
                        "ongoing": False,
                        "status": "implemented",
                        "annual_cost": Decimal("25000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 2,
                        "indicators": [
                            {
                                "name": (
                                    "Begonnene Ausbildungen",
                                    "Apprenticeships started",
                                ),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("30"),
                                "target_date": date(2024, 7, 31),
                                "values": [
                                    (date(2022, 12, 31), Decimal("6")),
                                    (date(2023, 12, 31), Decimal("19")),
                                    (date(2024, 7, 31), Decimal("27")),
                                ],
                            },
                        ],
                        "examples": [],
                    },
                ],
                "subgoals": [
                    {
                        "title": (
                            "Ausländische Berufsabschlüsse werden schneller anerkannt.",
                            "Foreign professional qualifications are recognised faster.",
                        ),
                        "slug": "anerkennung",
                        "short_title": ("Anerkennung von Abschlüssen", "Recognition of degrees"),
                        "description": (
                            "<p>Viele Zugewanderte arbeiten unter ihrer Qualifikation. Gute "
                            "Beratung verkürzt das Anerkennungsverfahren.</p>",
                            "<p>Many newcomers work below their qualifications. Good advice "
                            "shortens the recognition procedure.</p>",
                        ),
                        "action_fields": ["2", "6"],
                        "priority": 5,
                        "measures": [
                            {
                                "title": (
                                    "Anerkennungsberatung im Jobcenter",
                                    "Recognition advice at the jobcentre",
                                ),
                                "slug": "anerkennungsberatung",
                                "summary": (
                                    "Eine feste Sprechstunde klärt, welche Unterlagen für die "
                                    "Anerkennung nötig sind.",
                                    "A regular consultation hour explains which documents are "
                                    "needed for recognition.",
                                ),
                                "description": (
                                    "<p>Die Sprechstunde fand 2023 wöchentlich statt und wurde "
                                    "danach in die Regelberatung übernommen.</p>",
                                    "<p>The consultation hour ran weekly in 2023 and was then "
                                    "taken over into the regular advice service.</p>",
                                ),
                                "action_fields": ["2", "6"],
                                "eccar": [5],
                                "responsible_unit": "Jobcenter Lübeck",
                                "partners": ["Migrationsfachdienste"],
                                "start_date": date(2023, 1, 1),
                                "end_date": date(2023, 12, 31),
                                "ongoing": False,
                                "status": "implemented",
                                "annual_cost": Decimal("18000"),  # Beispielwert
                                "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                                "priority": 6,
                                "indicators": [
                                    {
                                        "name": ("Beratungen", "Consultations"),
                                        "unit": ("Gespräche", "sessions"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("150"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [(date(2023, 12, 31), Decimal("172"))],
                                    },
                                ],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Menschen mit Migrationsgeschichte gestalten das Leben in Lübeck "
                    "gleichberechtigt mit.",
                    "People with a migration background help shape life in Lübeck on equal terms.",
                ),
                "slug": "teilhabe",
                "short_title": ("Teilhabe", "Participation"),
                "description": (
                    "<p>Teilhabe braucht Wissen über Strukturen und Orte, an denen man sich "
                    "einbringen kann, im Quartier wie in der Stadtpolitik.</p>",
                    "<p>Participation requires knowing how things work and having places to get "
                    "involved, in the neighbourhood as well as in city politics.</p>",
                ),
                "action_fields": ["3", "4", "5"],
                "priority": 3,
                "measures": [
                    {
                        "title": (
                            "Geschäftsstelle des Forums für Migrant:innen stärken",
                            "Strengthen the office of the Forum for Migrants",
                        ),
                        "slug": "forum-geschaeftsstelle",
                        "summary": (
                            "Die Verwaltung stattet die Geschäftsstelle so aus, dass der Vorstand "
                            "sich auf die inhaltliche Arbeit konzentrieren kann.",
                            "The administration equips the office so that the board can focus on "
                            "its actual work.",
                        ),
                        "description": (
                            "<p>Die Geschäftsstelle organisiert Sitzungen, Einladungen und "
                            "Protokolle und hält Kontakt zu Vereinen.</p>",
                            "<p>The office organises meetings, invitations and minutes and keeps "
                            "in touch with associations.</p>",
                        ),
                        "action_fields": ["5"],
                        "eccar": [4],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Forum für Migrant:innen"],
                        "start_date": date(2022, 1, 1),
                        "end_date": None,
                        "ongoing": True,
                        "status": "permanent",
                        "annual_cost": Decimal("12000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 3,
                        "indicators": [
                            {
                                "name": ("Aktive Mitglieder", "Active members"),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("120"),
                                "target_value": Decimal("150"),
                                "target_date": date(2026, 12, 31),
                                "values": [
                                    (date(2023, 12, 31), Decimal("126")),
                                    (date(2024, 12, 31), Decimal("133")),
                                ],
                            },
                        ],
                        "examples": [],
                    },
                    {
                        "title": (
                            "Quartierstreffpunkte interkulturell öffnen",
                            "Open neighbourhood meeting places to all cultures",
                        ),
                        "slug": "quartierstreffpunkte",
                        "summary": (
                            "Nachbarschaftstreffs sollen mit mehrsprachigen Angeboten neue "
                            "Besucher:innen gewinnen.",
                            "Neighbourhood meeting places are to attract new visitors with "
                            "multilingual activities.",
                        ),
                        "description": (
                            "<p>Das Vorhaben ruht, bis die Trägerschaft der Treffpunkte neu "
                            "geregelt ist.</p>",
                            "<p>The project is on hold until the running of the meeting places "
                            "has been reorganised.</p>",
                        ),
                        "action_fields": ["3", "5"],
                        "eccar": [4, 9],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Forum für Migrant:innen", "Migrationsfachdienste"],
                        "start_date": date(2023, 3, 1),
                        "end_date": date(2025, 2, 28),
                        "ongoing": False,
                        "status": "paused",
                        "annual_cost": Decimal("14000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 8,
                        "indicators": [],
                        "examples": [],
                    },
                    {
                        "title": (
                            "Interkulturelle Gesundheitslots:innen",
                            "Intercultural health guides",
                        ),
                        "slug": "gesundheitslotsen",
                        "summary": (
                            "Geschulte Lots:innen informieren in ihrer Sprache über Vorsorge, "
                            "Arztbesuche und Pflege.",
                            "Trained guides give information in their own language about "
                            "check-ups, seeing a doctor and care.",
                        ),
                        "description": (
                            "<p>Die Volkshochschule soll die Schulung übernehmen. Start ist "
                            "geplant, sobald die Finanzierung gesichert ist.</p>",
                            "<p>The adult education centre is to provide the training. The "
                            "project will start once funding is secured.</p>",
                        ),
                        "action_fields": ["4", "5"],
                        "eccar": [],
                        "responsible_unit": "Migrationsfachdienste",
                        "partners": ["Volkshochschule Lübeck", "Stabsstelle Integration"],
                        "start_date": date(2026, 1, 1),
                        "end_date": date(2026, 12, 31),
                        "ongoing": False,
                        "status": "planned",
                        "annual_cost": Decimal("16000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 10,
                        "indicators": [
                            {
                                "name": ("Ausgebildete Lots:innen", "Trained guides"),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("15"),
                                "target_date": date(2026, 12, 31),
                                "values": [],
                            },
                        ],
                        "examples": [],
                    },
                    {
                        "title": (
                            "Diskriminierungssensible Vermietung in der städtischen "
                            "Wohnungsgesellschaft",
                            "Discrimination-aware letting at the municipal housing company",
                        ),
                        "slug": "faire-vermietung",
                        "summary": (
                            "Klare Vergaberegeln und geschulte Mitarbeitende sollen gleiche "
                            "Chancen bei der Wohnungssuche sichern.",
                            "Clear allocation rules and trained staff are to ensure equal chances "
                            "for everyone looking for a home.",
                        ),
                        "description": (
                            "<p>Die Wohnungsgesellschaft soll ihre Vergabekriterien "
                            "veröffentlichen und ihr Vermietungsteam mit der "
                            "Antidiskriminierungsstelle schulen.</p>"
                            "<p>Der Start ist vorbereitet und folgt, sobald der Aufsichtsrat der "
                            "Gesellschaft zugestimmt hat.</p>",
                            "<p>The housing company is to publish its allocation criteria and "
                            "have its lettings team trained with the anti-discrimination "
                            "office.</p>"
                            "<p>Everything is prepared; the project will start once the company's "
                            "supervisory board has approved it.</p>",
                        ),
                        "action_fields": ["3", "7"],
                        "eccar": [7],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Antidiskriminierungsstelle", "Migrationsfachdienste"],
                        "start_date": date(2025, 10, 1),
                        "end_date": date(2027, 9, 30),
                        "ongoing": False,
                        "status": "planned",
                        "annual_cost": Decimal("6000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 18,
                        "indicators": [],
                        "examples": [
                            {
                                "period": "2024",
                                "text": (
                                    "Ein Fachgespräch mit der Wohnungsgesellschaft und den "
                                    "Beratungsstellen sammelte Erfahrungen von Wohnungssuchenden.",
                                    "A round table with the housing company and the advice "
                                    "services gathered the experiences of people looking for a "
                                    "home.",
                                ),
                            },
                        ],
                    },
                    {
                        "title": (
                            "Beteiligungsformat „Dialog gegen Rassismus“",
                            "“Dialogue against racism” participation format",
                        ),
                        "slug": "dialog-gegen-rassismus",
                        "summary": (
                            "In offenen Gesprächsrunden berichten Lübecker:innen von ihren "
                            "Erfahrungen und erarbeiten Vorschläge für Politik und Verwaltung.",
                            "In open discussion rounds, people in Lübeck share their experiences "
                            "and draw up proposals for politicians and the administration.",
                        ),
                        "description": (
                            "<p>Die Runden finden reihum in den Stadtteilen statt und werden "
                            "mehrsprachig moderiert.</p>"
                            "<p>Das Format ruht, bis eine neue Moderation gefunden ist.</p>",
                            "<p>The rounds move from one neighbourhood to the next and are "
                            "facilitated in several languages.</p>"
                            "<p>The format is on hold until a new facilitator has been found.</p>",
                        ),
                        "action_fields": ["5", "7"],
                        "eccar": [4, 9],
                        "responsible_unit": "Forum für Migrant:innen",
                        "partners": ["Stabsstelle Integration", "Antidiskriminierungsstelle"],
                        "start_date": date(2023, 9, 1),
                        "end_date": date(2025, 6, 30),
                        "ongoing": False,
                        "status": "paused",
                        "annual_cost": Decimal("1500"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 19,
                        "indicators": [
                            {
                                "name": ("Gesprächsrunden", "Discussion rounds"),
                                "unit": ("Veranstaltungen", "events"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("12"),
                                "target_date": date(2025, 6, 30),
                                "values": [
                                    (date(2023, 12, 31), Decimal("2")),
                                    (date(2024, 12, 31), Decimal("6")),
                                ],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2023",
                                "text": (
                                    "Die erste Runde in Moisling drehte sich um Erfahrungen bei "
                                    "Behördengängen.",
                                    "The first round, in Moisling, was about experiences at "
                                    "public offices.",
                                ),
                            },
                            {
                                "period": "2024",
                                "text": (
                                    "Drei Vorschläge gingen an den Sozialausschuss, darunter "
                                    "mehrsprachige Aushänge im Bürgerservice.",
                                    "Three proposals went to the social affairs committee, among "
                                    "them multilingual notices at the citizens' service centre.",
                                ),
                            },
                        ],
                    },
                ],
                "subgoals": [
                    {
                        "title": (
                            "Migrant:innenselbstorganisationen sind sichtbar und gut vernetzt.",
                            "Migrant-led organisations are visible and well connected.",
                        ),
                        "slug": "mso-sichtbarkeit",
                        "short_title": ("Sichtbare MSO", "Visible migrant organisations"),
                        "description": (
                            "<p>Wer die Vereine kennt, kann sie ansprechen und als Partner "
                            "gewinnen.</p>",
                            "<p>Knowing the associations makes it possible to approach them and "
                            "win them as partners.</p>",
                        ),
                        "action_fields": ["5"],
                        "priority": 7,
                        "measures": [
                            {
                                "title": ("MSO-Broschüre", "Brochure of migrant organisations"),
                                "slug": "mso-broschuere",
                                "summary": (
                                    "Die Broschüre stellt alle Lübecker MSO vor, die sich an der "
                                    "Abfrage der Stabsstelle beteiligt haben.",
                                    "The brochure presents every migrant-led organisation in "
                                    "Lübeck that answered the Integration Office's survey.",
                                ),
                                "description": (
                                    "<p>Die Stabsstelle ergänzt die Broschüre laufend, sobald "
                                    "sich weitere Vereine melden.</p>",
                                    "<p>The office keeps adding to the brochure as further "
                                    "associations get in touch.</p>",
                                ),
                                "action_fields": ["5", "7"],
                                "eccar": [9],
                                "responsible_unit": "Stabsstelle Integration",
                                "partners": ["Forum für Migrant:innen"],
                                "start_date": date(2021, 6, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": Decimal("3000"),  # Beispielwert
                                "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                                "priority": 9,
                                "indicators": [
                                    {
                                        "name": ("Eingetragene Vereine", "Listed associations"),
                                        "unit": ("Organisationen", "organisations"),
                                        "baseline": Decimal("25"),
                                        "target_value": Decimal("40"),
                                        "target_date": date(2025, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("29")),
                                            (date(2024, 12, 31), Decimal("36")),
                                        ],
                                    },
                                ],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Die Lübecker Verwaltung ist interkulturell geöffnet und für alle gut "
                    "erreichbar.",
                    "Lübeck's administration is open to all cultures and easy for everyone to "
                    "reach.",
                ),
                "slug": "interkulturelle-oeffnung",
                "short_title": ("Offene Verwaltung", "Open administration"),
                "description": (
                    "<p>Die Stadt hat sich bereits 2003 zur interkulturellen Öffnung verpflichtet. "
                    "Beschäftigte und Angebote sollen die Vielfalt der Stadt widerspiegeln.</p>",
                    "<p>The city committed itself to intercultural opening as early as 2003. "
                    "Staff and services should reflect the city's diversity.</p>",
                ),
                "action_fields": ["6"],
                "priority": 4,
                "measures": [
                    {
                        "title": (
                            "Fortbildungsreihe interkulturelle Kompetenz",
                            "Training series on intercultural competence",
                        ),
                        "slug": "fortbildung-interkulturell",
                        "summary": (
                            "Beschäftigte mit Publikumsverkehr besuchen eintägige Seminare zu "
                            "Kommunikation und Vielfalt.",
                            "Staff who deal with the public attend one-day seminars on "
                            "communication and diversity.",
                        ),
                        "description": (
                            "<p>Die Seminare verbinden Praxisfälle aus den Ämtern mit Übungen in "
                            "leichter Sprache.</p>",
                            "<p>The seminars combine real cases from the offices with exercises "
                            "in plain language.</p>",
                        ),
                        "action_fields": ["6"],
                        "eccar": [6, 8],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Volkshochschule Lübeck"],
                        "start_date": date(2022, 2, 1),
                        "end_date": date(2023, 12, 31),
                        "ongoing": False,
                        "status": "implemented",
                        "annual_cost": Decimal("18000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 5,
                        "indicators": [
                            {
                                "name": ("Geschulte Beschäftigte", "Staff trained"),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("200"),
                                "target_date": date(2023, 12, 31),
                                "values": [
                                    (date(2022, 12, 31), Decimal("85")),
                                    (date(2023, 12, 31), Decimal("190")),
                                ],
                            },
                        ],
                        "examples": [],
                    },
                    {
                        "title": (
                            "Mehrsprachige Formulare und Wegweiser",
                            "Multilingual forms and signposting",
                        ),
                        "slug": "mehrsprachige-formulare",
                        "summary": (
                            "Die häufigsten Formulare und Hinweise im Bürgerservice erscheinen in "
                            "mehreren Sprachen.",
                            "The most common forms and notices at the citizens' service centre "
                            "are published in several languages.",
                        ),
                        "description": (
                            "<p>Die Migrationsfachdienste melden, welche Unterlagen am häufigsten "
                            "Fragen auslösen. Diese werden zuerst übersetzt.</p>",
                            "<p>The migration advice services report which documents cause the "
                            "most questions. These are translated first.</p>",
                        ),
                        "action_fields": ["6"],
                        "eccar": [4, 6],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Migrationsfachdienste"],
                        "start_date": date(2024, 3, 1),
                        "end_date": date(2026, 12, 31),
                        "ongoing": False,
                        "status": "in_progress",
                        "annual_cost": Decimal("15000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 7,
                        "indicators": [
                            {
                                "name": ("Übersetzte Formulare", "Forms translated"),
                                "unit": ("Dokumente", "documents"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("40"),
                                "target_date": date(2026, 12, 31),
                                "values": [
                                    (date(2024, 12, 31), Decimal("12")),
                                    (date(2025, 12, 31), Decimal("27")),
                                ],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2024/2025",
                                "text": (
                                    "Die Anmeldung einer Wohnung gibt es nun in sechs Sprachen.",
                                    "The form for registering a home is now available in six "
                                    "languages.",
                                ),
                            },
                        ],
                    },
                    {
                        "title": (
                            "Diversitätsorientierte Personalgewinnung in der Verwaltung",
                            "Diversity-minded recruitment in the administration",
                        ),
                        "slug": "diversitaet-personalgewinnung",
                        "summary": (
                            "Stellenausschreibungen und Auswahlverfahren der Stadt sollen mehr "
                            "Bewerber:innen mit Migrationsgeschichte erreichen.",
                            "The city's job adverts and selection procedures are to reach more "
                            "applicants with a migration background.",
                        ),
                        "description": (
                            "<p>Ausschreibungen erscheinen in einfacher Sprache und laden "
                            "ausdrücklich zu vielfältigen Bewerbungen ein. Mehrsprachigkeit gilt "
                            "als Pluspunkt.</p>"
                            "<p>Wer in Auswahlkommissionen sitzt, wird zu unbewussten Vorurteilen "
                            "geschult.</p>",
                            "<p>Adverts are written in plain language and explicitly invite "
                            "applications from diverse backgrounds. Speaking several languages "
                            "counts in an applicant's favour.</p>"
                            "<p>Members of selection panels are trained on unconscious bias.</p>",
                        ),
                        "action_fields": ["2", "6"],
                        "eccar": [6],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Antidiskriminierungsstelle", "Forum für Migrant:innen"],
                        "start_date": date(2025, 1, 1),
                        "end_date": date(2026, 12, 31),
                        "ongoing": False,
                        "status": "in_progress",
                        "annual_cost": Decimal("5000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 17,
                        "indicators": [
                            {
                                "name": (
                                    "Geschulte Kommissionsmitglieder",
                                    "Panel members trained",
                                ),
                                "unit": ("Personen", "people"),
                                "baseline": Decimal("0"),
                                "target_value": Decimal("120"),
                                "target_date": date(2026, 12, 31),
                                "values": [(date(2025, 12, 31), Decimal("48"))],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2025",
                                "text": (
                                    "Die Ausschreibungen für Ausbildungsplätze bei der Stadt "
                                    "nannten erstmals Mehrsprachigkeit als Pluspunkt.",
                                    "For the first time, the city's adverts for apprenticeships "
                                    "named speaking several languages as an advantage.",
                                ),
                            },
                        ],
                    },
                ],
                "subgoals": [],
            },
            {
                "title": (
                    "Lübeck tritt Rassismus und Diskriminierung entschlossen entgegen.",
                    "Lübeck takes a firm stand against racism and discrimination.",
                ),
                "slug": "antidiskriminierung",
                "short_title": ("Gegen Diskriminierung", "Against discrimination"),
                "description": (
                    "<p>Seit 2020 ist Lübeck Mitglied der Europäischen Städtekoalition gegen "
                    "Rassismus (ECCAR) und setzt deren 10-Punkte-Aktionsplan um.</p>",
                    "<p>Since 2020 Lübeck has been a member of the European Coalition of Cities "
                    "Against Racism (ECCAR) and is carrying out its 10-point action plan.</p>",
                ),
                "action_fields": ["7"],
                "priority": 5,
                "measures": [
                    {
                        "title": (
                            "Umsetzung des 10-Punkte-Aktionsplans",
                            "Carrying out the 10-point action plan",
                        ),
                        "slug": "eccar-aktionsplan",
                        "summary": (
                            "Die Stabsstelle steuert die Schritte, zu denen sich die Stadt mit "
                            "dem ECCAR-Beitritt verpflichtet hat.",
                            "The Integration Office steers the steps the city committed to when "
                            "it joined ECCAR.",
                        ),
                        "description": (
                            "<p>Jährlich berichtet die Stadt über den Stand. Das Forum für "
                            "Migrant:innen bringt seine Erfahrungen ein.</p>",
                            "<p>Every year the city reports on progress. The Forum for Migrants "
                            "contributes its experience.</p>",
                        ),
                        "action_fields": ["6", "7"],
                        "eccar": [1, 2],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Antidiskriminierungsstelle", "Forum für Migrant:innen"],
                        "start_date": date(2021, 4, 1),
                        "end_date": None,
                        "ongoing": True,
                        "status": "permanent",
                        "annual_cost": Decimal("10000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 11,
                        "indicators": [],
                        "examples": [],
                    },
                    {
                        "title": (
                            "Internationale Wochen gegen Rassismus",
                            "International Weeks Against Racism",
                        ),
                        "slug": "wochen-gegen-rassismus",
                        "summary": (
                            "Jedes Jahr im März lädt die Stadt mit Vereinen und Initiativen zu "
                            "Veranstaltungen gegen Rassismus ein.",
                            "Every March the city and local associations and initiatives invite "
                            "people to events against racism.",
                        ),
                        "description": (
                            "<p>Die Stabsstelle stellt das Programm zusammen, wirbt dafür und "
                            "unterstützt kleine Veranstaltungen mit Sachmitteln.</p>"
                            "<p>Lesungen, Filme, Stadtführungen und Workshops finden in allen "
                            "Stadtteilen statt.</p>",
                            "<p>The Integration Office puts the programme together, promotes it "
                            "and supports small events with funds for materials.</p>"
                            "<p>Readings, films, city walks and workshops take place in every "
                            "part of the city.</p>",
                        ),
                        "action_fields": ["5", "7"],
                        "eccar": [1, 9],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Forum für Migrant:innen", "Antidiskriminierungsstelle"],
                        "start_date": date(2020, 3, 1),
                        "end_date": None,
                        "ongoing": True,
                        "status": "permanent",
                        "annual_cost": Decimal("1500"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 13,
                        "indicators": [
                            {
                                "name": ("Veranstaltungen im Programm", "Events in the programme"),
                                "unit": ("Veranstaltungen", "events"),
                                "baseline": Decimal("8"),
                                "target_value": Decimal("25"),
                                "target_date": date(2025, 12, 31),
                                "values": [
                                    (date(2022, 12, 31), Decimal("14")),
                                    (date(2023, 12, 31), Decimal("19")),
                                    (date(2024, 12, 31), Decimal("23")),
                                ],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2023",
                                "text": (
                                    "Sportvereine aus drei Stadtteilen spielten ein "
                                    "Fußballturnier unter dem Motto der Wochen.",
                                    "Sports clubs from three neighbourhoods played a football "
                                    "tournament under the weeks' motto.",
                                ),
                            },
                            {
                                "period": "2024",
                                "text": (
                                    "Das Programm umfasste 23 Veranstaltungen, darunter eine "
                                    "Lesung in der Stadtbibliothek.",
                                    "The programme had 23 events, among them a reading in the "
                                    "city library.",
                                ),
                            },
                        ],
                    },
                    {
                        "title": (
                            "Bericht zur Lage von Rassismus und Diskriminierung in Lübeck",
                            "Report on racism and discrimination in Lübeck",
                        ),
                        "slug": "lagebericht-rassismus",
                        "summary": (
                            "Ein erster Bericht beschreibt, wo Menschen in Lübeck Rassismus und "
                            "Diskriminierung erleben.",
                            "A first report describes where people in Lübeck experience racism "
                            "and discrimination.",
                        ),
                        "description": (
                            "<p>Grundlage sind eine Online-Umfrage, Gespräche mit Betroffenen und "
                            "die Fallzahlen der Antidiskriminierungsstelle.</p>"
                            "<p>Der Bericht schließt mit Empfehlungen, die in den Aktionsplan "
                            "eingeflossen sind.</p>",
                            "<p>It draws on an online survey, interviews with people affected and "
                            "the case figures of the anti-discrimination office.</p>"
                            "<p>The report ends with recommendations that have been taken up in "
                            "the action plan.</p>",
                        ),
                        "action_fields": ["7"],
                        "eccar": [2],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": [
                            "Antidiskriminierungsstelle",
                            "Forum für Migrant:innen",
                            "Migrationsfachdienste",
                        ],
                        "start_date": date(2023, 1, 1),
                        "end_date": date(2023, 12, 31),
                        "ongoing": False,
                        "status": "implemented",
                        "annual_cost": Decimal("15000"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 14,
                        "indicators": [],
                        "examples": [
                            {
                                "period": "2023",
                                "text": (
                                    "Rund 600 Menschen beteiligten sich an der Online-Umfrage.",
                                    "About 600 people took part in the online survey.",
                                ),
                            },
                            {
                                "period": "2023",
                                "text": (
                                    "Im Dezember wurde der Bericht im Sozialausschuss vorgestellt.",
                                    "In December the report was presented to the social affairs "
                                    "committee.",
                                ),
                            },
                        ],
                    },
                    {
                        "title": (
                            "Schulen auf dem Weg zu „Schule ohne Rassismus“ begleiten",
                            "Supporting schools on the way to “School without Racism”",
                        ),
                        "slug": "schule-ohne-rassismus",
                        "summary": (
                            "Die Stabsstelle berät Schulen, die den Titel „Schule ohne Rassismus "
                            "– Schule mit Courage“ tragen oder anstreben.",
                            "The Integration Office advises schools that hold or are working "
                            "towards the title “School without Racism – School with Courage”.",
                        ),
                        "description": (
                            "<p>Sie vermittelt Workshops für Schüler:innen und Lehrkräfte und "
                            "bringt Schulen mit Pat:innen aus der Stadtgesellschaft zusammen.</p>"
                            "<p>Einmal im Jahr treffen sich die beteiligten Schulen zum "
                            "Austausch.</p>",
                            "<p>It arranges workshops for pupils and teachers and puts schools in "
                            "touch with sponsors from the local community.</p>"
                            "<p>Once a year the schools taking part meet to share their "
                            "experience.</p>",
                        ),
                        "action_fields": ["1", "7"],
                        "eccar": [8],
                        "responsible_unit": "Stabsstelle Integration",
                        "partners": ["Antidiskriminierungsstelle", "Forum für Migrant:innen"],
                        "start_date": date(2023, 8, 1),
                        "end_date": None,
                        "ongoing": True,
                        "status": "permanent",
                        "annual_cost": Decimal("2500"),  # Beispielwert
                        "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                        "priority": 15,
                        "indicators": [
                            {
                                "name": ("Beteiligte Schulen", "Schools taking part"),
                                "unit": ("Schulen", "schools"),
                                "baseline": Decimal("6"),
                                "target_value": Decimal("12"),
                                "target_date": date(2026, 7, 31),
                                "values": [
                                    (date(2023, 12, 31), Decimal("7")),
                                    (date(2024, 12, 31), Decimal("9")),
                                ],
                            },
                        ],
                        "examples": [
                            {
                                "period": "2023",
                                "text": (
                                    "Das erste Vernetzungstreffen der beteiligten Schulen fand im "
                                    "Rathaus statt.",
                                    "The first network meeting of the schools taking part was "
                                    "held in the town hall.",
                                ),
                            },
                            {
                                "period": "2024",
                                "text": (
                                    "Zwei weitere Schulen erhielten den Titel.",
                                    "Two more schools received the title.",
                                ),
                            },
                        ],
                    },
                ],
                "subgoals": [
                    {
                        "title": (
                            "Wer Diskriminierung erlebt, findet schnell die passende Beratung.",
                            "Anyone who experiences discrimination quickly finds the right advice.",
                        ),
                        "slug": "beratung-finden",
                        "short_title": ("Beratung finden", "Finding advice"),
                        "description": (
                            "<p>Eine klare Übersicht zeigt, welche Stelle bei welchem Anliegen "
                            "hilft.</p>",
                            "<p>A clear overview shows which office helps with which concern.</p>",
                        ),
                        "action_fields": ["7"],
                        "priority": 6,
                        "measures": [
                            {
                                "title": (
                                    "Wegweiser zu den Antidiskriminierungsstellen",
                                    "Guide to anti-discrimination services",
                                ),
                                "slug": "wegweiser-antidiskriminierung",
                                "summary": (
                                    "Ein Wegweiser bündelt Beratungsstellen, Zuständigkeiten und "
                                    "Kontaktwege.",
                                    "A guide brings together advice services, responsibilities "
                                    "and ways to get in touch.",
                                ),
                                "description": (
                                    "<p>Der Wegweiser erschien online und als Faltblatt. Er wird "
                                    "von der Antidiskriminierungsstelle gepflegt.</p>",
                                    "<p>The guide was published online and as a leaflet. The "
                                    "anti-discrimination office keeps it up to date.</p>",
                                ),
                                "action_fields": ["7"],
                                "eccar": [3],
                                "responsible_unit": "Antidiskriminierungsstelle",
                                "partners": ["Stabsstelle Integration"],
                                "start_date": date(2021, 10, 1),
                                "end_date": date(2022, 6, 30),
                                "ongoing": False,
                                "status": "implemented",
                                "annual_cost": Decimal("6000"),  # Beispielwert
                                "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                                "priority": 12,
                                "indicators": [
                                    {
                                        "name": ("Verteilte Faltblätter", "Leaflets handed out"),
                                        "unit": ("Stück", "copies"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("3000"),
                                        "target_date": date(2022, 6, 30),
                                        "values": [(date(2022, 6, 30), Decimal("3400"))],
                                    },
                                ],
                                "examples": [],
                            },
                            {
                                "title": (
                                    "Meldestelle für rassistische Vorfälle",
                                    "Reporting point for racist incidents",
                                ),
                                "slug": "meldestelle-rassismus",
                                "summary": (
                                    "Rassistische Vorfälle lassen sich online, telefonisch oder "
                                    "vor Ort melden, auf Wunsch anonym.",
                                    "Racist incidents can be reported online, by phone or in "
                                    "person, anonymously if people wish.",
                                ),
                                "description": (
                                    "<p>Die Antidiskriminierungsstelle nimmt die Meldungen auf, "
                                    "bietet Betroffenen Beratung an und vermittelt bei Bedarf an "
                                    "Polizei oder Opferhilfe.</p>"
                                    "<p>Eine jährliche Auswertung zeigt, wo und in welcher Form "
                                    "Rassismus in Lübeck auftritt.</p>",
                                    "<p>The anti-discrimination office records the reports, "
                                    "offers advice to those affected and, where needed, refers "
                                    "them to the police or victim support.</p>"
                                    "<p>An annual analysis shows where and in what form racism "
                                    "occurs in Lübeck.</p>",
                                ),
                                "action_fields": ["7"],
                                "eccar": [1, 3, 10],
                                "responsible_unit": "Antidiskriminierungsstelle",
                                "partners": ["Stabsstelle Integration", "Forum für Migrant:innen"],
                                "start_date": date(2025, 1, 1),
                                "end_date": date(2027, 12, 31),
                                "ongoing": False,
                                "status": "in_progress",
                                "annual_cost": Decimal("12000"),  # Beispielwert
                                "funding_source": ("Städtischer Haushalt", "Municipal budget"),
                                "priority": 16,
                                "indicators": [
                                    {
                                        "name": ("Eingegangene Meldungen", "Reports received"),
                                        "unit": ("Meldungen", "reports"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("150"),
                                        "target_date": date(2027, 12, 31),
                                        "values": [(date(2025, 12, 31), Decimal("64"))],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2025",
                                        "text": (
                                            "Das Online-Meldeformular ging im Mai in fünf "
                                            "Sprachen an den Start.",
                                            "The online reporting form went live in May in five "
                                            "languages.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------------------------
    # Landkreis Lüneburg
    # ------------------------------------------------------------------------------------
    {
        "site": "lueneburg",
        "concept": {
            "title": ("Integrations- und Teilhabekonzept", "Integration and participation concept"),
            "slug": "integrationskonzept",
            # The source is dated "Stand Juni 2022" and gives no day; the 1st is a plausible day.
            "adopted_on": date(2022, 6, 1),
            "resolution_reference": "VO/2022/0318",  # Beispielwert
            "motto": (
                "Integration vor Ort gemeinsam gestalten",
                "Shaping integration locally, together",
            ),
            "introduction": (
                "<p>Im Landkreis Lüneburg leben mehr als 180.000 Menschen. Er gehört zur "
                "Metropolregion Hamburg, wächst stark und sieht Zuwanderung als Chance für die "
                "Zukunft.</p>"
                "<p>Das Konzept ist ein flexibler Rahmen mit vier Leitzielen, vier "
                "Handlungsfeldern und sechs Zielen. Die Hansestadt Lüneburg hat seit 2019 ein "
                "eigenes Integrationskonzept.</p>",
                "<p>More than 180,000 people live in the district of Lüneburg. It belongs to the "
                "Hamburg metropolitan region, is growing fast and regards immigration as an "
                "opportunity for the future.</p>"
                "<p>The concept is a flexible framework with four guiding goals, four fields of "
                "action and six goals. The town of Lüneburg has had its own integration concept "
                "since 2019.</p>",
            ),
            "vision": (
                "<p>Der Landkreis will eine zukunftsfähige Region der Chancengerechtigkeit und "
                "Vielfalt sein. Er orientiert sich dabei an den Nachhaltigkeitszielen der "
                "Vereinten Nationen.</p>",
                "<p>The district wants to be a sustainable region of equal opportunity and "
                "diversity. It takes its bearings from the United Nations Sustainable "
                "Development Goals.</p>",
            ),
            "mission": (
                "<p>Bis zum Ende des Jahrzehnts soll der Landkreis ein inklusiver Ort werden. "
                "Politik, Verwaltung, Wirtschaft und Zivilgesellschaft setzen dafür gemeinsam "
                "die Maßnahmen des Konzepts um.</p>",
                "<p>By the end of the decade the district aims to become an inclusive place. "
                "Politics, administration, business and civil society carry out the concept's "
                "measures together to get there.</p>",
            ),
            # The district's guidelines for successful integration, in use since 2015.
            "guidelines": [
                (
                    "Zugewanderte zu selbstbestimmter Teilhabe ermutigen",
                    "Encourage newcomers to take part on their own terms",
                ),
                (
                    "Wege in die Gesellschaft öffnen",
                    "Open up ways into society",
                ),
                (
                    "Das Bewusstsein für Gleichbehandlung und Chancengerechtigkeit stärken",
                    "Raise awareness of equal treatment and equal opportunities",
                ),
                (
                    "Diskriminierung und Rassismus vorbeugen und wirksam entgegentreten",
                    "Prevent discrimination and racism and respond to them effectively",
                ),
                (
                    "Offene Kommunikation zwischen allen Beteiligten sichern",
                    "Ensure open communication between everyone involved",
                ),
                (
                    "Mittel für gemeinsame Vorhaben einwerben",
                    "Raise funds for joint projects",
                ),
                (
                    "Dritte Orte der Begegnung schaffen",
                    "Create third places where people meet",
                ),
                (
                    "Netzwerke aufbauen und bedarfsgerecht weiterentwickeln",
                    "Build networks and develop them as needs change",
                ),
                (
                    "Die aufnehmende Gesellschaft in die interkulturelle Öffnung einbeziehen",
                    "Involve the receiving society in intercultural opening",
                ),
                (
                    "Bürgerschaftliches Engagement ermöglichen und fördern",
                    "Enable and support civic engagement",
                ),
            ],
            "annual_budget": Decimal("60000"),  # Beispielwert
            "participation_history": [
                {
                    # The source names only the year 2015; the dates span that year.
                    "start": date(2015, 1, 1),
                    "end": date(2015, 12, 31),
                    "title": (
                        "Leitlinien für gelingende Integration",
                        "Guidelines for successful integration",
                    ),
                    "description": (
                        "Migrant:innen, Mitglieder der politischen Gremien und Fachleute aus "
                        "Organisationen erarbeiteten gemeinsam die Leitlinien.",
                        "Migrants, members of political committees and experts from "
                        "organisations drew up the guidelines together.",
                    ),
                },
            ],
        },
        "action_fields": [
            {
                "code": "I",
                "title": (
                    "Partizipation durch Bildung, Sprache und Beruf",
                    "Participation through education, language and work",
                ),
                "description": (
                    "Bildung, Deutschkenntnisse und Arbeit sind Schlüssel zur Teilhabe.",
                    "Education, German skills and work are keys to participation.",
                ),
            },
            {
                "code": "II",
                "title": (
                    "Ehrenamtliches und zivilgesellschaftliches Engagement",
                    "Volunteering and civic engagement",
                ),
                "description": (
                    "Vereine, Initiativen und Ehrenamtliche tragen das Zusammenleben vor Ort.",
                    "Associations, initiatives and volunteers sustain community life locally.",
                ),
            },
            {
                "code": "III",
                "title": ("Interkulturelle Öffnung", "Intercultural opening"),
                "description": (
                    "Verwaltung und Einrichtungen passen ihre Angebote an eine vielfältige "
                    "Bevölkerung an.",
                    "The administration and institutions adapt their services to a diverse "
                    "population.",
                ),
            },
            {
                "code": "IV",
                "title": (
                    "Gleichstellung der Geschlechter und Diversitätsbewusstsein als "
                    "Querschnittsaufgabe",
                    "Gender equality and awareness of diversity as a cross-cutting task",
                ),
                "description": (
                    "Gleichstellung und ein bewusster Umgang mit Vielfalt gehören in jedes "
                    "Vorhaben.",
                    "Equality and a conscious approach to diversity belong in every project.",
                ),
            },
        ],
        "organisations": [
            {
                "name": (
                    "Koordinierungsstelle Migration und Teilhabe",
                    "Migration and Participation Coordination Office",
                ),
                "short_name": "KMUT",
                "description": (
                    "Die Stelle der Kreisverwaltung hat das Konzept erarbeitet und koordiniert "
                    "seine Umsetzung.",
                    "This unit of the district administration drew up the concept and "
                    "coordinates its implementation.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": (
                    "Gemeinsamer Integrationsbeirat von Hansestadt und Landkreis Lüneburg",
                    "Joint integration advisory council of the town and district of Lüneburg",
                ),
                "short_name": "",
                "description": (
                    "Im Beirat wirken Migrant:innen an Entscheidungen mit, die ihr Leben "
                    "betreffen.",
                    "In the council, migrants help shape decisions that affect their lives.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Ausländerbehörde", "Immigration office"),
                "short_name": "",
                "description": (
                    "Sie liefert mindestens einmal im Jahr Zahlen zu Zuwanderung und "
                    "Einbürgerungen.",
                    "It provides figures on immigration and naturalisation at least once a year.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("Volkshochschule Lüneburg", "Lüneburg Adult Education Centre"),
                "short_name": "VHS",
                "description": (
                    "Sie ist Partnerin bei Seminaren und Angeboten der politischen Bildung.",
                    "It is a partner for seminars and civic education events.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": ("MigrantenElternNetzwerk Lüneburg", "Lüneburg Migrant Parents Network"),
                "short_name": "MEN Lüneburg",
                "description": (
                    "Das Netzwerk vertritt Eltern mit Migrationsgeschichte, vor allem zu Schule "
                    "und Ausbildung.",
                    "The network speaks for parents with a migration background, above all on "
                    "school and training.",
                ),
                "website": "",
                "email": "",
            },
            {
                "name": (
                    "Antidiskriminierungsberatungsstelle",
                    "Anti-discrimination advice centre",
                ),
                "short_name": "",
                "description": (
                    "Die Beratungsstelle soll zu einem Kompetenzzentrum für Nord-Ost-"
                    "Niedersachsen wachsen.",
                    "The advice centre is to grow into a competence centre for north-east Lower "
                    "Saxony.",
                ),
                "website": "",
                "email": "",
            },
        ],
        # The source does not rank goals or measures, so priorities stay empty.
        "goals": [
            {
                "title": (
                    "Transparenz schaffen",
                    "Create transparency",
                ),
                "slug": "transparenz",
                "short_title": ("Transparenz", "Transparency"),
                "description": (
                    "<p>Bestandsaufnahmen, Analysen und Stellungnahmen machen Bedarfe sichtbar "
                    "und helfen, die Region weiterzuentwickeln.</p>",
                    "<p>Surveys, analyses and statements make needs visible and help develop the "
                    "region.</p>",
                ),
                "action_fields": ["I", "II", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Ein Bildungsmonitoring mit Indikatoren zur Integration aufbauen",
                            "Set up education monitoring with indicators on integration",
                        ),
                        "slug": "bildungsmonitoring-ziel",
                        "short_title": ("Bildungsmonitoring", "Education monitoring"),
                        "description": (
                            "<p>Bisher fehlt ein eigenes Sozialraummonitoring. Aktuelle Daten "
                            "sollen Bedarfe belegen und Maßnahmen messbar machen.</p>",
                            "<p>There is no local social monitoring yet. Up-to-date data should "
                            "prove needs and make measures measurable.</p>",
                        ),
                        "action_fields": ["I", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Aufbau eines Bildungsmonitorings",
                                    "Building education monitoring",
                                ),
                                "slug": "bildungsmonitoring",
                                "summary": (
                                    "Ein Bildungsmonitoring soll auch integrationsrelevante "
                                    "Daten erfassen.",
                                    "Education monitoring is to capture data relevant to "
                                    "integration as well.",
                                ),
                                "description": (
                                    "<p>Dazu gehören: die Gremien überzeugen, Förderanträge "
                                    "unterstützen, Datenquellen finden und mit den Akteuren "
                                    "Fragestellungen festlegen.</p>",
                                    "<p>Steps include convincing the committees, supporting "
                                    "funding applications, finding data sources and agreeing "
                                    "on questions with the partners.</p>",
                                ),
                                "action_fields": ["I", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [],
                                "start_date": date(2022, 7, 1),
                                "end_date": date(2026, 12, 31),
                                "ongoing": False,
                                "status": "paused",  # Beispielwert
                                "annual_cost": Decimal("8000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [],
                                "examples": [],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Daten und Fakten weiterhin situativ und anlassbezogen abfragen",
                            "Keep gathering data and facts as situations and occasions require",
                        ),
                        "slug": "datenabfrage",
                        "short_title": ("Daten abfragen", "Gathering data"),
                        "description": (
                            "<p>Zahlen werden nicht auf Vorrat gesammelt, sondern dort erhoben, "
                            "wo sie Bedarfe zeigen oder Maßnahmen bewerten.</p>",
                            "<p>Figures are not collected for their own sake but where they "
                            "reveal needs or help assess measures.</p>",
                        ),
                        "action_fields": ["I", "II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Jährliche Daten der Ausländerbehörde",
                                    "Annual figures from the immigration office",
                                ),
                                "slug": "auslaenderdaten",
                                "summary": (
                                    "Mindestens einmal im Jahr werden Zahlen zu Ausländer:innen "
                                    "und Einbürgerungen nach Alter, Geschlecht und "
                                    "Staatsangehörigkeit abgefragt.",
                                    "At least once a year, figures on foreign nationals and "
                                    "naturalisations are requested by age, gender and "
                                    "nationality.",
                                ),
                                "description": (
                                    "<p>Die Daten gehen an den Integrationsbeirat und jedes Jahr "
                                    "im März an weitere Akteure, damit diese sich auf "
                                    "Ausschreibungen bewerben können.</p>",
                                    "<p>The data go to the advisory council and, every March, to "
                                    "other partners so that they can apply for calls for "
                                    "projects.</p>",
                                ),
                                "action_fields": ["I", "II", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [
                                    "Ausländerbehörde",
                                    "Gemeinsamer Integrationsbeirat von Hansestadt und "
                                    "Landkreis Lüneburg",
                                ],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": None,
                                "funding_source": ("", ""),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": ("Datenabfragen", "Data requests"),
                                        "unit": ("pro Jahr", "per year"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("1"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("1")),
                                            (date(2023, 12, 31), Decimal("1")),
                                        ],
                                    },
                                ],
                                "examples": [],
                            },
                            {
                                "title": ("Anlassbezogene Datenabfragen", "Ad hoc data requests"),
                                "slug": "anlassbezogene-datenabfragen",
                                "summary": (
                                    "Bei aktuellen Entwicklungen fragt die KMUT gezielt Zahlen "
                                    "und Informationsbedarfe ab.",
                                    "When new developments arise, the coordination office "
                                    "requests specific figures and information needs.",
                                ),
                                "description": (
                                    "<p>Die Ergebnisse fließen in die Planung zielgruppengenauer "
                                    "Angebote und Veranstaltungen ein.</p>",
                                    "<p>The results feed into planning services and events for "
                                    "specific target groups.</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": ["Ausländerbehörde"],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": None,
                                "funding_source": ("", ""),
                                "priority": None,
                                "indicators": [],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Zuwanderung aus der Ukraine und Afghanistan",
                                            "Arrivals from Ukraine and Afghanistan",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Zahl der Einbürgerungen",
                                            "Number of naturalisations",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Verfügbare Sprach- und Integrationskurse",
                                            "Available language and integration courses",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Informationsbedarf der Institutionen",
                                            "Information needs of institutions",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Stellungnahmen und Empfehlungen",
                            "Statements and recommendations",
                        ),
                        "slug": "stellungnahmen-empfehlungen",
                        "short_title": ("Stellungnahmen", "Statements"),
                        "description": (
                            "<p>Mit Stellungnahmen bringt sich der Landkreis in Entscheidungen "
                            "auf mehreren politischen Ebenen ein.</p>",
                            "<p>Through its statements the district takes part in decisions at "
                            "several political levels.</p>",
                        ),
                        "action_fields": ["I", "II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Stellungnahmen und Empfehlungsschreiben",
                                    "Statements and letters of recommendation",
                                ),
                                "slug": "stellungnahmen",
                                "summary": (
                                    "Die KMUT schreibt Stellungnahmen für Kreisverwaltung, "
                                    "Gremien, Ministerien sowie Städtetag und Landkreistag.",
                                    "The coordination office writes statements for the district "
                                    "administration, committees, ministries and the Lower Saxony "
                                    "associations of cities and districts.",
                                ),
                                "description": (
                                    "<p>Zeigen die Daten besondere Bedarfe, stimmt sich die KMUT "
                                    "zuerst über die Kommunale Migrationsarbeit Niedersachsen "
                                    "(KMN) mit Nachbarkommunen ab.</p>",
                                    "<p>Where the data reveal particular needs, the office first "
                                    "consults neighbouring municipalities through the Kommunale "
                                    "Migrationsarbeit Niedersachsen (KMN).</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": None,
                                "funding_source": ("", ""),
                                "priority": None,
                                "indicators": [],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Strukturen schaffen oder bestehende optimieren, um Inklusion, Zugang, "
                    "Teilhabe und Chancengerechtigkeit zu verbessern",
                    "Create new structures or improve existing ones to advance inclusion, "
                    "access, participation and equal opportunities",
                ),
                "slug": "strukturen",
                "short_title": ("Strukturen schaffen", "Creating structures"),
                "description": (
                    "<p>Die KMUT berät Institutionen, Vereine, Migrantenselbstorganisationen und "
                    "Verwaltungen zu Bedarfen, Projekten und Fördermöglichkeiten.</p>",
                    "<p>The coordination office advises institutions, associations, migrant-led "
                    "organisations and administrations on needs, projects and funding.</p>",
                ),
                "action_fields": ["I", "II", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Prozesse initiieren, entwickeln und begleiten",
                            "Initiate, develop and support processes",
                        ),
                        "slug": "prozesse-begleiten",
                        "short_title": ("Prozesse begleiten", "Supporting processes"),
                        "description": (
                            "<p>Neue Lagen brauchen oft neue oder angepasste Strukturen.</p>",
                            "<p>New situations often call for new or adapted structures.</p>",
                        ),
                        "action_fields": ["I", "II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Strukturberatung und Prozessbegleitung",
                                    "Advice on structures and process support",
                                ),
                                "slug": "strukturberatung",
                                "summary": (
                                    "Die KMUT analysiert Bedarfe, wirkt an Konzepten mit und "
                                    "begleitet deren Umsetzung.",
                                    "The coordination office analyses needs, helps draft "
                                    "concepts and supports their implementation.",
                                ),
                                "description": (
                                    "<p>Sie vermittelt an Kompetenzzentren und erfahrene "
                                    "Organisationen und bringt Einrichtungen miteinander in "
                                    "Kontakt.</p>",
                                    "<p>It refers people to competence centres and experienced "
                                    "organisations and puts institutions in touch with each "
                                    "other.</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": ["Antidiskriminierungsberatungsstelle"],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": Decimal("5000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Die Antidiskriminierungsberatungsstelle wird zum "
                                            "Kompetenzzentrum Nord-Ost-Niedersachsen "
                                            "weiterentwickelt.",
                                            "The anti-discrimination advice centre is being "
                                            "developed into a competence centre for north-east "
                                            "Lower Saxony.",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Im Landespräventionsrat entsteht eine neue "
                                            "Landesarbeitsgruppe Antidiskriminierung.",
                                            "A new state working group on anti-discrimination "
                                            "is set up within the Lower Saxony crime prevention "
                                            "council.",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Das Lüneburger Bündnis Blickpunkt Bildung wird "
                                            "strukturell weiterentwickelt.",
                                            "The Lüneburg alliance Blickpunkt Bildung is "
                                            "developed further.",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Mitarbeit am neuen Internetauftritt der "
                                            "Kreisverwaltung",
                                            "Contribution to the district administration's new "
                                            "website",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": ("Fördermittel einwerben", "Raise funding"),
                        "slug": "foerdermittel",
                        "short_title": ("Fördermittel", "Funding"),
                        "description": (
                            "<p>Gemeinsame Anträge bringen zusätzliche Mittel in die Region.</p>",
                            "<p>Joint applications bring additional funds into the region.</p>",
                        ),
                        "action_fields": ["II"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Unterstützung bei der Fördermittelakquise",
                                    "Help with raising funds",
                                ),
                                "slug": "foerdermittelakquise",
                                "summary": (
                                    "Die KMUT hilft Vereinen und Einrichtungen, passende "
                                    "Förderprogramme zu finden und Anträge zu stellen.",
                                    "The coordination office helps associations and "
                                    "institutions find suitable funding programmes and apply.",
                                ),
                                "description": (
                                    "<p>Sie weist auf Ausschreibungen hin, liefert Daten für die "
                                    "Begründung und liest Anträge gegen.</p>",
                                    "<p>It points out calls for proposals, supplies data to "
                                    "support the case and reviews draft applications.</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [],
                                "start_date": date(2022, 7, 1),
                                "end_date": date(2026, 12, 31),
                                "ongoing": False,
                                "status": "in_progress",  # Beispielwert
                                "annual_cost": None,
                                "funding_source": ("", ""),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": (
                                            "Bewilligte Förderanträge",
                                            "Funding applications approved",
                                        ),
                                        "unit": ("Anträge", "applications"),
                                        "baseline": Decimal("1"),
                                        "target_value": Decimal("4"),
                                        "target_date": date(2024, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("2")),
                                            (date(2023, 12, 31), Decimal("3")),
                                        ],
                                    },
                                ],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Empowerment und Teilhabe fördern, damit Synergien und Identifikation "
                    "entstehen",
                    "Promote empowerment and participation so that synergies and a sense of "
                    "belonging can grow",
                ),
                "slug": "empowerment",
                "short_title": ("Empowerment und Teilhabe", "Empowerment and participation"),
                "description": (
                    "<p>Der Landkreis stärkt Migrant:innen darin, sich einzubringen und politisch "
                    "mitzubestimmen.</p>",
                    "<p>The district helps migrants get involved and have a political say.</p>",
                ),
                "action_fields": ["I", "II", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Migrant:innen in Entscheidungen einbeziehen, die ihre "
                            "Lebensbereiche betreffen",
                            "Involve migrants in decisions that affect their lives",
                        ),
                        "slug": "mitbestimmung",
                        "short_title": ("Mitbestimmung", "Having a say"),
                        "description": (
                            "<p>Der Integrationsbeirat und der Niedersächsische "
                            "Integrationsrat (NIR) sind dafür wichtige Orte.</p>",
                            "<p>The joint advisory council and the Lower Saxony Integration "
                            "Council (NIR) are key places for this.</p>",
                        ),
                        "action_fields": ["II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Politische Mitbestimmung im Integrationsbeirat fördern",
                                    "Support political participation in the advisory council",
                                ),
                                "slug": "beirat-mitbestimmung",
                                "summary": (
                                    "Migrantische Beiratsmitglieder werden beraten, vernetzt "
                                    "und über politische Bildungsangebote informiert.",
                                    "Advisory council members with a migration background "
                                    "receive advice, contacts and news of civic education "
                                    "events.",
                                ),
                                "description": (
                                    "<p>Die KMUT betreut den Beirat und vermittelt Kontakte zu "
                                    "Ehrenamt und politischen Gremien.</p>",
                                    "<p>The coordination office supports the council and puts "
                                    "people in touch with volunteering and political "
                                    "bodies.</p>",
                                ),
                                "action_fields": ["II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [
                                    "Gemeinsamer Integrationsbeirat von Hansestadt und "
                                    "Landkreis Lüneburg",
                                ],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": Decimal("4000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": (
                                            "Teilnehmende am Empowerment-Workshop",
                                            "Empowerment workshop participants",
                                        ),
                                        "unit": ("Personen", "people"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("12"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [(date(2022, 12, 31), Decimal("9"))],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Zu Beginn jeder Wahlperiode ein Empowerment-"
                                            "Workshop für die migrantischen Beiratsmitglieder",
                                            "An empowerment workshop for the council's members "
                                            "with a migration background at the start of each "
                                            "term",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Wahlprüfsteine des NIR und Fragen von Migrant:innen "
                                            "an die lokale Politik bekannt gemacht",
                                            "The NIR's election questions and migrants' "
                                            "questions to local politicians made public",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Migrantenselbstorganisationen beraten und stärken",
                            "Advise and strengthen migrant-led organisations",
                        ),
                        "slug": "mso-staerken",
                        "short_title": ("MSO stärken", "Strengthening migrant organisations"),
                        "description": (
                            "<p>Beratung, Workshops und gemeinsame Veranstaltungen stärken "
                            "Vereine von Migrant:innen.</p>",
                            "<p>Advice, workshops and joint events strengthen migrants' "
                            "associations.</p>",
                        ),
                        "action_fields": ["II"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Gründungs- und Förderberatung für MSO",
                                    "Advice on founding and funding for migrant organisations",
                                ),
                                "slug": "mso-beratung",
                                "summary": (
                                    "Vereine erhalten Beratung zur Gründung und zu "
                                    "Fördermöglichkeiten und werden Kooperationspartner bei "
                                    "Veranstaltungen.",
                                    "Associations get advice on setting up and on funding, and "
                                    "become partners for events.",
                                ),
                                "description": (
                                    "<p>Gemeinsame Veranstaltungen erreichen Menschen, die "
                                    "Behörden allein kaum ansprechen.</p>",
                                    "<p>Joint events reach people whom public authorities "
                                    "alone can hardly reach.</p>",
                                ),
                                "action_fields": ["II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": ["MigrantenElternNetzwerk Lüneburg"],
                                "start_date": date(2022, 1, 1),
                                "end_date": date(2026, 12, 31),
                                "ongoing": False,
                                "status": "in_progress",  # Beispielwert
                                "annual_cost": Decimal("6000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Gründungsberatung für einen jesidischen Verein",
                                            "Advice on founding a Yazidi association",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Impfkampagne mit dem Al Rahma Moscheeverein e.V. und "
                                            "dem MEN Lüneburg",
                                            "Vaccination campaign with the Al Rahma mosque "
                                            "association and MEN Lüneburg",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Veranstaltungen mit dem MEN Lüneburg zu Schule und "
                                            "Ausbildung",
                                            "Events with MEN Lüneburg on school and vocational "
                                            "training",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Praktika in der eigenen Verwaltung ermöglichen",
                            "Offer internships in the district administration",
                        ),
                        "slug": "praktika",
                        "short_title": ("Praktika", "Internships"),
                        "description": (
                            "<p>Praktika geben Einblick in die Verwaltung und öffnen Wege in den "
                            "Beruf.</p>",
                            "<p>Internships give an insight into the administration and open "
                            "paths into work.</p>",
                        ),
                        "action_fields": ["I", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Praktika im Bildungs- und Integrationsbüro",
                                    "Internships in the education and integration office",
                                ),
                                "slug": "praktika-verwaltung",
                                "summary": (
                                    "Studierende und Zugewanderte lernen die Integrationsarbeit "
                                    "der Kreisverwaltung im Praktikum kennen.",
                                    "Students and newcomers get to know the district's "
                                    "integration work through an internship.",
                                ),
                                "description": (
                                    "<p>Die KMUT betreut die Praktikant:innen und bindet sie in "
                                    "laufende Vorhaben ein.</p>",
                                    "<p>The coordination office mentors the interns and involves "
                                    "them in current projects.</p>",
                                ),
                                "action_fields": ["I", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [],
                                "start_date": date(2022, 9, 1),
                                "end_date": date(2023, 8, 31),
                                "ongoing": False,
                                "status": "implemented",  # Beispielwert
                                "annual_cost": Decimal("3000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Ein studienbegleitendes Jahrespraktikum",
                                            "A year-long internship alongside university studies",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Interkulturelle Öffnung vorantreiben und Öffentlichkeitsarbeit gestalten",
                    "Advance intercultural opening and shape public relations",
                ),
                "slug": "sensibilisierung",
                "short_title": (
                    "Sensibilisierung und Öffentlichkeit",
                    "Awareness and public relations",
                ),
                "description": (
                    "<p>Der Landkreis will die interkulturelle Öffnung weiter voranbringen und "
                    "Vielfalt sichtbar wertschätzen.</p>",
                    "<p>The district wants to take intercultural opening further and show that it "
                    "values diversity.</p>",
                ),
                "action_fields": ["I", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Unterschiedliche Zielgruppen interkulturell sensibilisieren",
                            "Raise intercultural awareness among different target groups",
                        ),
                        "slug": "zielgruppen-sensibilisieren",
                        "short_title": ("Sensibilisieren", "Raising awareness"),
                        "description": (
                            "<p>Gespräche, Workshops, Vorträge und Seminare sprechen Fachkräfte "
                            "und Öffentlichkeit an.</p>",
                            "<p>Conversations, workshops, talks and seminars address "
                            "professionals and the public.</p>",
                        ),
                        "action_fields": ["III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Seminare, Workshops und Aktionen",
                                    "Seminars, workshops and campaigns",
                                ),
                                "slug": "sensibilisierungsformate",
                                "summary": (
                                    "Passende Formate machen interkulturelle Unterschiede und "
                                    "Rassismus zum Thema.",
                                    "Suitable formats address intercultural differences and "
                                    "racism.",
                                ),
                                "description": (
                                    "<p>Die Angebote entstehen meist mit Partnern wie der "
                                    "Volkshochschule, dem Kriminalpräventionsrat oder der "
                                    "Polizei.</p>",
                                    "<p>Most activities are developed with partners such as the "
                                    "adult education centre, the crime prevention council or "
                                    "the police.</p>",
                                ),
                                "action_fields": ["II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [
                                    "Volkshochschule Lüneburg",
                                    "MigrantenElternNetzwerk Lüneburg",
                                ],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": Decimal("12000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": ("Anzahl Veranstaltungen", "Number of events"),
                                        "unit": ("Veranstaltungen", "events"),
                                        "baseline": Decimal("4"),
                                        "target_value": Decimal("8"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("6")),
                                            (date(2023, 12, 31), Decimal("9")),
                                        ],
                                    },
                                    {
                                        "name": (
                                            "Anzahl der Teilnehmenden",
                                            "Number of participants",
                                        ),
                                        "unit": ("Personen", "people"),
                                        "baseline": Decimal("120"),
                                        "target_value": Decimal("300"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("210")),
                                            (date(2023, 12, 31), Decimal("340")),
                                        ],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Interkulturelles Seminar für medizinisches Personal "
                                            "der Psychiatrischen Klinik Lüneburg mit der "
                                            "Volkshochschule",
                                            "Intercultural seminar for medical staff at the "
                                            "Lüneburg psychiatric hospital, with the adult "
                                            "education centre",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Rahmenprogramm zum Umgang mit antimuslimischem "
                                            "Rassismus zur Ausstellung „Was' los, Deutschland?!“",
                                            "Side programme on dealing with anti-Muslim racism "
                                            "for the exhibition “Was' los, Deutschland?!”",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Verleihung des Integrationspreises",
                                            "Presentation of the integration award",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "2. Inklusiver Solidaritätslauf „Meter für Meter "
                                            "gegen Diskriminierung“ mit dem Kreissportbund und "
                                            "diversu e.V.",
                                            "Second inclusive solidarity run “Meter für Meter "
                                            "gegen Diskriminierung” with the district sports "
                                            "federation and diversu e.V.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Informationen mehrsprachig und mit Migrant:innen erarbeiten",
                            "Produce multilingual information together with migrants",
                        ),
                        "slug": "mehrsprachig-informieren",
                        "short_title": ("Mehrsprachig informieren", "Multilingual information"),
                        "description": (
                            "<p>Ein paralleles Layout erlaubt es Haupt- und Ehrenamtlichen, "
                            "Texte gemeinsam mit Ratsuchenden zu lesen.</p>",
                            "<p>A side-by-side layout lets staff and volunteers read texts "
                            "together with the people they advise.</p>",
                        ),
                        "action_fields": ["I", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Mehrsprachige Informationsmaterialien",
                                    "Multilingual information materials",
                                ),
                                "slug": "mehrsprachige-infos",
                                "summary": (
                                    "Broschüren, Einladungen und Flyer erscheinen in den "
                                    "Sprachen der jeweiligen Zielgruppen.",
                                    "Brochures, invitations and flyers are published in the "
                                    "languages of their target groups.",
                                ),
                                "description": (
                                    "<p>Migrant:innen wirken an den Texten mit, damit sie "
                                    "verständlich sind und ankommen.</p>",
                                    "<p>Migrants help write the texts so that they are clear and "
                                    "reach their readers.</p>",
                                ),
                                "action_fields": ["I", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": ["MigrantenElternNetzwerk Lüneburg"],
                                "start_date": date(2022, 7, 1),
                                "end_date": date(2026, 12, 31),
                                "ongoing": False,
                                "status": "in_progress",  # Beispielwert
                                "annual_cost": Decimal("7000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": (
                                            "Mehrsprachige Publikationen",
                                            "Multilingual publications",
                                        ),
                                        "unit": ("Titel", "titles"),
                                        "baseline": Decimal("2"),
                                        "target_value": Decimal("6"),
                                        "target_date": date(2024, 12, 31),
                                        "values": [(date(2023, 12, 31), Decimal("4"))],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Schulnewsletter zu allen Themen rund um "
                                            "ukrainische Schüler:innen",
                                            "School newsletter on all topics concerning "
                                            "Ukrainian pupils",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Übersetzte Broschüre zum Wechsel von der "
                                            "Grundschule in die Sekundarstufe I",
                                            "Translated brochure on moving from primary to "
                                            "lower secondary school",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Vierteilige mehrsprachige Reihe zu fairer Arbeit, "
                                            "Wohnen, Schule und Weiterbildung",
                                            "Four-part multilingual series on fair work, "
                                            "housing, school and further training",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Vernetzen sowie Netzwerke initiieren und begleiten",
                    "Connect people and initiate and support networks",
                ),
                "slug": "vernetzen",
                "short_title": ("Netzwerke", "Networks"),
                "description": (
                    "<p>Gute Netzwerke schaffen Vertrauen, bündeln Wissen und ermöglichen "
                    "gemeinsame Förderanträge.</p>",
                    "<p>Good networks build trust, pool knowledge and make joint funding "
                    "applications possible.</p>",
                ),
                "action_fields": ["I", "II", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Netzwerke vor Ort ausbauen und Treffen moderieren",
                            "Expand local networks and facilitate meetings",
                        ),
                        "slug": "netzwerke-vor-ort",
                        "short_title": ("Netzwerke vor Ort", "Local networks"),
                        "description": (
                            "<p>Impulse geben, Kontakte herstellen und Austausch moderieren "
                            "gehören zu den Kernaufgaben.</p>",
                            "<p>Providing ideas, making contacts and facilitating exchange are "
                            "core tasks.</p>",
                        ),
                        "action_fields": ["II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Ausbau des Antidiskriminierungsberatungsnetzwerks",
                                    "Expanding the anti-discrimination advice network",
                                ),
                                "slug": "ad-netzwerk",
                                "summary": (
                                    "Das Netzwerk wächst im Landkreis, darüber hinaus und auf "
                                    "Landes- und Bundesebene.",
                                    "The network is growing within the district, beyond it and "
                                    "at state and federal level.",
                                ),
                                "description": (
                                    "<p>Zweimal im Jahr bietet das Netzwerk Fortbildungen für "
                                    "seine Mitglieder an.</p>",
                                    "<p>Twice a year the network offers training for its "
                                    "members.</p>",
                                ),
                                "action_fields": ["II", "III", "IV"],
                                "responsible_unit": "Antidiskriminierungsberatungsstelle",
                                "partners": ["Koordinierungsstelle Migration und Teilhabe"],
                                "start_date": date(2022, 1, 1),
                                "end_date": date(2026, 12, 31),
                                "ongoing": False,
                                "status": "in_progress",  # Beispielwert
                                "annual_cost": Decimal("6000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": ("Fortbildungen", "Training sessions"),
                                        "unit": ("pro Jahr", "per year"),
                                        "baseline": Decimal("0"),
                                        "target_value": Decimal("2"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("2")),
                                            (date(2023, 12, 31), Decimal("2")),
                                        ],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Fortbildungen zu „Digitale Barrierefreiheit“ und "
                                            "„AGG in der Praxis“",
                                            "Training on digital accessibility and on the "
                                            "General Equal Treatment Act in practice",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Neuausrichtung des Bündnisses Blickpunkt Bildung "
                                            "als Wissensplattform",
                                            "Repositioning the Blickpunkt Bildung alliance as a "
                                            "knowledge platform",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                    {
                        "title": (
                            "Die überregionale Anbindung sichern",
                            "Secure links beyond the region",
                        ),
                        "slug": "ueberregionale-anbindung",
                        "short_title": ("Überregional vernetzt", "Regional links"),
                        "description": (
                            "<p>Der Austausch mit anderen Kommunen und Landesgremien bringt neue "
                            "Ideen und abgestimmte Positionen.</p>",
                            "<p>Exchange with other municipalities and state bodies brings new "
                            "ideas and shared positions.</p>",
                        ),
                        "action_fields": ["I", "II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Mitwirkung im Netzwerk KMUT Nord",
                                    "Taking part in the KMUT Nord network",
                                ),
                                "slug": "kmut-nord",
                                "summary": (
                                    "Die Koordinierungsstellen im Norden tauschen sich etwa alle "
                                    "zwei Monate aus und beraten sich kollegial.",
                                    "The coordination offices in the north meet roughly every "
                                    "two months to share experience and advise one another.",
                                ),
                                "description": (
                                    "<p>Dort werden auch Stellungnahmen und Empfehlungen "
                                    "abgestimmt. Dazu kommt die Mitarbeit in Arbeitsgruppen "
                                    "des NIR.</p>",
                                    "<p>Statements and recommendations are also agreed there. "
                                    "The office also works in NIR working groups.</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [
                                    "Gemeinsamer Integrationsbeirat von Hansestadt und "
                                    "Landkreis Lüneburg",
                                ],
                                "start_date": date(2022, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "permanent",
                                "annual_cost": None,
                                "funding_source": ("", ""),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": ("Austauschrunden", "Exchange meetings"),
                                        "unit": ("pro Jahr", "per year"),
                                        "baseline": Decimal("4"),
                                        "target_value": Decimal("6"),
                                        "target_date": date(2023, 12, 31),
                                        "values": [
                                            (date(2022, 12, 31), Decimal("5")),
                                            (date(2023, 12, 31), Decimal("6")),
                                        ],
                                    },
                                ],
                                "examples": [
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Ein bis zwei Plenarsitzungen der KMN in Lüneburg",
                                            "One or two plenary meetings of the KMN in Lüneburg",
                                        ),
                                    },
                                    {
                                        "period": "2022/2023",
                                        "text": (
                                            "Mitarbeit an Fachtagen der AG Rassismus des NIR",
                                            "Contribution to conferences of the NIR's working "
                                            "group on racism",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "title": (
                    "Wirkungen evaluieren und Ziele und Vorgehensweise aktualisieren",
                    "Evaluate impact and update goals and approaches",
                ),
                "slug": "evaluation",
                "short_title": ("Wirkung evaluieren", "Evaluating impact"),
                "description": (
                    "<p>Der Landkreis misst seine Arbeit an SMART-Indikatoren und wählt sie je "
                    "nach Anlass aus.</p>",
                    "<p>The district measures its work against SMART indicators, chosen to suit "
                    "each occasion.</p>",
                ),
                "action_fields": ["I", "II", "III", "IV"],
                "priority": None,
                "measures": [],
                "subgoals": [
                    {
                        "title": (
                            "Daten und Bewertungen erheben, Ergebnisse vorstellen und Ziele "
                            "anpassen",
                            "Collect data and assessments, present results and adjust goals",
                        ),
                        "slug": "wirkung-messen",
                        "short_title": ("Wirkung messen", "Measuring impact"),
                        "description": (
                            "<p>Zu den Indikatoren zählen Teilnehmendenzahlen, Zufriedenheit, "
                            "Fördererfolge und Medienberichte.</p>",
                            "<p>Indicators include participant numbers, satisfaction, funding "
                            "success and media coverage.</p>",
                        ),
                        "action_fields": ["I", "II", "III", "IV"],
                        "priority": None,
                        "measures": [
                            {
                                "title": (
                                    "Evaluation mit SMART-Indikatoren",
                                    "Evaluation with SMART indicators",
                                ),
                                "slug": "evaluation-smart",
                                "summary": (
                                    "Für jedes Vorhaben werden Indikatoren ausgewählt und "
                                    "festgelegt, was als Erfolg gilt.",
                                    "For each project, indicators are chosen and success is "
                                    "defined in advance.",
                                ),
                                "description": (
                                    "<p>Die Ergebnisse gehen an Gremien und Mittelgeber, werden "
                                    "mit Partnern reflektiert und bei Bedarf als Lessons "
                                    "Learned festgehalten.</p>",
                                    "<p>Results are reported to committees and funders, "
                                    "discussed with partners and, where useful, recorded as "
                                    "lessons learned.</p>",
                                ),
                                "action_fields": ["I", "II", "III", "IV"],
                                "responsible_unit": "Koordinierungsstelle Migration und Teilhabe",
                                "partners": [],
                                "start_date": date(2027, 1, 1),
                                "end_date": None,
                                "ongoing": True,
                                "status": "planned",  # Beispielwert
                                "annual_cost": Decimal("5000"),  # Beispielwert
                                "funding_source": ("Kreishaushalt", "District budget"),
                                "priority": None,
                                "indicators": [
                                    {
                                        "name": (
                                            "Berichte in den Medien",
                                            "Media reports",
                                        ),
                                        "unit": ("Berichte", "reports"),
                                        "baseline": Decimal("5"),
                                        "target_value": Decimal("12"),
                                        "target_date": date(2028, 12, 31),
                                        "values": [],
                                    },
                                ],
                                "examples": [],
                            },
                        ],
                    },
                ],
            },
        ],
    },
]
