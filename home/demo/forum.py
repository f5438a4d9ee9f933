"""Demo content of the Forum für Migrant:innen's section for Lübeck: fictitious people
and organisations; (German, English) pairs.
"""

from datetime import date

FORUM = {
    "slug": "forum-fuer-migrantinnen",
    "title": ("Forum für Migrant:innen", "Forum for Migrants"),
    "founded_on": date(2007, 6, 20),
    "member_count": 120,
    "steering_votes": 5,
    "steering_votes_total": 18,
    "introduction": (
        "<p>Das Forum für Migrant:innen ist die unabhängige Vertretung der Menschen mit "
        "Migrationsgeschichte in Lübeck. Es wurde am 20. Juni 2007 im Auftrag der Bürgerschaft "
        "gegründet. Heute arbeiten rund 120 Mitglieder aktiv mit: Menschen mit und ohne "
        "Einwanderungsgeschichte, Vertreter:innen von Vereinen sowie aus Verwaltung und "
        "Politik.</p>"
        "<p>Das Forum bringt die Anliegen von Zugewanderten in die Stadtpolitik ein, gibt "
        "Stellungnahmen ab und vernetzt die Migrant:innenselbstorganisationen der Stadt. In der "
        "Steuerungsgruppe Integration entscheidet es mit 5 von 18 Stimmen über die Umsetzung "
        "des Integrationskonzepts mit. Der ehrenamtliche Vorstand wird dabei von einer "
        "Geschäftsstelle in der Stabsstelle Integration unterstützt.</p>",
        "<p>The Forum for Migrants is the independent voice of people with a migration "
        "background in Lübeck. It was set up on 20 June 2007 at the request of the city "
        "council. Today around 120 members take an active part: people with and without a "
        "migration history, representatives of associations, and members of the administration "
        "and of local politics.</p>"
        "<p>The Forum brings the concerns of immigrants into city politics, issues statements "
        "and connects the city's migrant self-organisations. It holds 5 of the 18 votes in the "
        "integration steering group and so has a say in how the integration concept is put "
        "into practice. Its volunteer board is supported by an office within the Integration "
        "Office of the city administration.</p>",
    ),
    "principles": [
        (
            "Unabhängig: Das Forum entscheidet selbst über seine Themen und Positionen.",
            "Independent: the Forum decides on its own topics and positions.",
        ),
        (
            "Überparteilich: Das Forum ist keiner politischen Partei verpflichtet.",
            "Non-partisan: the Forum is not tied to any political party.",
        ),
        (
            "Überkonfessionell: Menschen aller Glaubensrichtungen und ohne Religion "
            "sind willkommen.",
            "Non-denominational: people of every faith and of none are welcome.",
        ),
        (
            "Gleichberechtigung: Alle Geschlechter und Kulturen sind gleichwertig.",
            "Equality: all genders and all cultures are of equal worth.",
        ),
        (
            "Verständigung: Das Forum setzt sich für ein friedliches Zusammenleben "
            "aller Menschen in Lübeck ein.",
            "Understanding: the Forum works for everyone in Lübeck to live together in peace.",
        ),
    ],
    "how_to_join": (
        "<p>Mitmachen kann, wer in Lübeck lebt oder arbeitet und sich für die Belange von "
        "Zugewanderten einsetzen möchte. Auch Vereine und Initiativen können eine Person "
        "benennen, die sie im Forum vertritt. Eine kurze Nachricht an die Geschäftsstelle "
        "genügt, sie beantwortet gern alle Fragen.</p>"
        "<p>Die Sitzungen des Forums sind öffentlich, Gäste sind ausdrücklich willkommen. Wer "
        "eine Verdolmetschung braucht, meldet sich bitte spätestens eine Woche vor der "
        "Sitzung bei der Geschäftsstelle.</p>",
        "<p>Anyone who lives or works in Lübeck and wants to stand up for the interests of "
        "immigrants is welcome to take part. Associations and initiatives can also name a "
        "person to represent them in the Forum. Just send a short message to the office, which "
        "will be happy to answer any questions.</p>"
        "<p>The Forum's meetings are open to the public, and guests are very welcome. If you "
        "need an interpreter, please let the office know at least one week before the "
        "meeting.</p>",
    ),
    "office_contact": {
        "name": (
            "Geschäftsstelle des Forums für Migrant:innen",
            "Office of the Forum for Migrants",
        ),
        "role": (
            "Organisatorische Unterstützung des ehrenamtlichen Vorstands",
            "Administrative support for the volunteer board",
        ),
        "organisation": (
            "Hansestadt Lübeck, Stabsstelle Integration",
            "Hanseatic City of Lübeck, Integration Office",
        ),
        "email": "forum-migration@example.org",
        "phone": "+49 451 000 00 40",
        "address": "Kronsforder Allee 2–6\n23560 Lübeck",
        "opening_hours": (
            "Dienstag und Donnerstag 9 bis 12 Uhr sowie nach Vereinbarung",
            "Tuesdays and Thursdays, 9 am to 12 noon, and by appointment",
        ),
    },
    "board": [
        {
            "name": "Samira Haddad-Lorenz",
            "role": ("Vorsitzende", "Chair"),
            "languages": ("Deutsch, Arabisch, Englisch", "German, Arabic, English"),
            "photo_alt": (
                "Platzhalterbild mit den Initialen S. H.",
                "Placeholder image with the initials S. H.",
            ),
        },
        {
            "name": "Kerem Aydoğdu",
            "role": ("Stellvertretender Vorsitzender", "Deputy chair"),
            "languages": ("Deutsch, Türkisch, Kurmandschi", "German, Turkish, Kurmanji"),
            "photo_alt": (
                "Platzhalterbild mit den Initialen K. A.",
                "Placeholder image with the initials K. A.",
            ),
        },
        {
            "name": "Oksana Hryzenko",
            "role": ("Schatzmeisterin", "Treasurer"),
            "languages": ("Deutsch, Ukrainisch, Russisch", "German, Ukrainian, Russian"),
            "photo_alt": (
                "Platzhalterbild mit den Initialen O. H.",
                "Placeholder image with the initials O. H.",
            ),
        },
        {
            "name": "Farid Rahimzai",
            "role": ("Schriftführer", "Secretary"),
            "languages": ("Deutsch, Dari, Paschtu, Englisch", "German, Dari, Pashto, English"),
            "photo_alt": (
                "Platzhalterbild mit den Initialen F. R.",
                "Placeholder image with the initials F. R.",
            ),
        },
        {
            "name": "Mariama Diallo-Behrens",
            "role": ("Beisitzerin", "Board member"),
            "languages": ("Deutsch, Französisch, Fulfulde", "German, French, Fula"),
            "photo_alt": (
                "Platzhalterbild mit den Initialen M. D.",
                "Placeholder image with the initials M. D.",
            ),
        },
    ],
    "meetings": [
        {
            "slug": "mitgliederversammlung-jahresplanung",
            "title": (
                "Mitgliederversammlung mit Jahresplanung",
                "General meeting and annual planning",
            ),
            "days_from_today": 18,
            "start": (18, 0),
            "duration_hours": 2,
            "place": "Rathaus, Bürgerschaftssaal, Breite Straße 62, 23552 Lübeck",
            "place_accessibility": (
                "Stufenloser Zugang über den Seiteneingang, Aufzug und barrierefreies WC "
                "vorhanden. Verdolmetschung und Gebärdensprache auf Anfrage bis eine Woche "
                "vor der Sitzung.",
                "Step-free access through the side entrance; there is a lift and an accessible "
                "toilet. Spoken and sign language interpreting on request up to one week "
                "before the meeting.",
            ),
            "status": "planned",
            "agenda": [
                (
                    "Begrüßung und Feststellung der Tagesordnung",
                    "Welcome and adoption of the agenda",
                ),
                (
                    "Bericht des Vorstands über das vergangene Jahr",
                    "Board report on the past year",
                ),
                (
                    "Kassenbericht und Entlastung des Vorstands",
                    "Financial report and discharge of the board",
                ),
                (
                    "Schwerpunkte für das kommende Jahr",
                    "Priorities for the coming year",
                ),
                (
                    "Bericht aus der Steuerungsgruppe Integration",
                    "Report from the integration steering group",
                ),
                ("Verschiedenes", "Any other business"),
            ],
            "summary": (
                "<p>Auf der Versammlung blickt der Vorstand auf das vergangene Jahr zurück, und "
                "die Mitglieder legen gemeinsam fest, welche Themen das Forum im kommenden Jahr "
                "vorrangig bearbeiten soll. Gäste sind herzlich willkommen.</p>",
                "<p>At this meeting the board looks back on the past year, and the members "
                "decide together which topics the Forum should focus on in the coming year. "
                "Guests are very welcome.</p>",
            ),
            "minutes": None,
        },
        {
            "slug": "mitgliederversammlung-wohnen",
            "title": (
                "Mitgliederversammlung zu Wohnen und Nachbarschaft",
                "General meeting on housing and neighbourhoods",
            ),
            "days_from_today": -40,
            "start": (18, 0),
            "duration_hours": 2,
            "place": "Verwaltungszentrum Mühlentor, Sitzungsraum 1, Kronsforder Allee 2–6, "
            "23560 Lübeck",
            "place_accessibility": (
                "Stufenloser Zugang über den Haupteingang, Aufzug und barrierefreies WC im "
                "Erdgeschoss. Verdolmetschung auf Anfrage.",
                "Step-free access through the main entrance; lift and accessible toilet on the "
                "ground floor. Interpreting on request.",
            ),
            "status": "held",
            "agenda": [
                (
                    "Begrüßung und Feststellung der Tagesordnung",
                    "Welcome and adoption of the agenda",
                ),
                (
                    "Erfahrungen von Zugewanderten bei der Wohnungssuche",
                    "Immigrants' experiences when looking for a flat",
                ),
                (
                    "Gast: Beratungsstelle für Mieterinnen und Mieter",
                    "Guest: advice centre for tenants",
                ),
                (
                    "Stellungnahme des Forums zum Thema Wohnen",
                    "The Forum's statement on housing",
                ),
                ("Verschiedenes", "Any other business"),
            ],
            "summary": (
                "<p>Die Mitglieder tauschten sich über Hürden bei der Wohnungssuche aus und "
                "beschlossen eine Stellungnahme, die das Forum in die Steuerungsgruppe "
                "Integration einbringt.</p>",
                "<p>Members discussed the obstacles they face when looking for housing and "
                "adopted a statement that the Forum will present to the integration steering "
                "group.</p>",
            ),
            "minutes": {
                "title": (
                    "Protokoll der Mitgliederversammlung zu Wohnen und Nachbarschaft",
                    "Minutes of the general meeting on housing and neighbourhoods",
                ),
                "lines": [
                    (
                        "Anwesend: 34 Mitglieder und 9 Gäste; die Versammlung ist beschlussfähig.",
                        "Present: 34 members and 9 guests; the meeting has a quorum.",
                    ),
                    (
                        "Sitzungsleitung: Samira Haddad-Lorenz; Protokoll: Farid Rahimzai.",
                        "Chair: Samira Haddad-Lorenz; minutes: Farid Rahimzai.",
                    ),
                    (
                        "Die Tagesordnung wird ohne Änderungen angenommen.",
                        "The agenda is adopted without changes.",
                    ),
                    (
                        "Mitglieder berichten von Absagen wegen ihres Namens oder Akzents.",
                        "Members report being turned down because of their name or accent.",
                    ),
                    (
                        "Die Mieterberatung stellt ihr Angebot vor; Termine auch mit Dolmetschung.",
                        "The tenants' advice centre presents its services, with interpreting.",
                    ),
                    (
                        "Beschluss: Die Stellungnahme zum Wohnen wird einstimmig angenommen.",
                        "Decision: the statement on housing is adopted unanimously.",
                    ),
                    (
                        "Beschluss: Gründung einer AG Wohnen unter Leitung von Kerem Aydoğdu.",
                        "Decision: a housing working group is set up, led by Kerem Aydoğdu.",
                    ),
                    (
                        "Die nächste Mitgliederversammlung befasst sich mit der Jahresplanung.",
                        "The next general meeting will deal with the annual plan.",
                    ),
                ],
            },
        },
        {
            "slug": "offene-sitzung-sprache-und-arbeit",
            "title": (
                "Offene Sitzung zu Sprache und Arbeit",
                "Open meeting on language and work",
            ),
            "days_from_today": -120,
            "start": (17, 30),
            "duration_hours": 2,
            "place": "Rathaus, Bürgerschaftssaal, Breite Straße 62, 23552 Lübeck",
            "place_accessibility": (
                "Stufenloser Zugang über den Seiteneingang, Aufzug und barrierefreies WC "
                "vorhanden. Verdolmetschung auf Anfrage.",
                "Step-free access through the side entrance; there is a lift and an accessible "
                "toilet. Interpreting on request.",
            ),
            "status": "held",
            "agenda": [
                (
                    "Begrüßung und Feststellung der Tagesordnung",
                    "Welcome and adoption of the agenda",
                ),
                (
                    "Wartezeiten auf Sprach- und Integrationskurse",
                    "Waiting times for language and integration courses",
                ),
                (
                    "Anerkennung ausländischer Berufsabschlüsse",
                    "Recognition of foreign vocational qualifications",
                ),
                (
                    "Vorstellung neuer Mitgliedsvereine",
                    "Introduction of new member associations",
                ),
                ("Verschiedenes", "Any other business"),
            ],
            "summary": (
                "<p>Im Mittelpunkt standen lange Wartezeiten auf Sprachkurse und die "
                "Anerkennung von Abschlüssen aus dem Ausland. Zwei Vereine stellten sich als "
                "neue Mitglieder vor.</p>",
                "<p>The meeting focused on long waiting times for language courses and on the "
                "recognition of qualifications gained abroad. Two associations introduced "
                "themselves as new members.</p>",
            ),
            "minutes": {
                "title": (
                    "Protokoll der offenen Sitzung zu Sprache und Arbeit",
                    "Minutes of the open meeting on language and work",
                ),
                "lines": [
                    (
                        "Anwesend: 28 Mitglieder und 14 Gäste.",
                        "Present: 28 members and 14 guests.",
                    ),
                    (
                        "Sitzungsleitung: Kerem Aydoğdu; Protokoll: Farid Rahimzai.",
                        "Chair: Kerem Aydoğdu; minutes: Farid Rahimzai.",
                    ),
                    (
                        "Viele warten mehrere Monate auf einen Platz im Integrationskurs.",
                        "Many people wait several months for a place in an integration course.",
                    ),
                    (
                        "Die Anerkennung von Abschlüssen dauert oft zu lange und ist schwer "
                        "verständlich.",
                        "Recognising qualifications often takes too long and is hard to follow.",
                    ),
                    (
                        "Beschluss: Der Vorstand bittet die Stabsstelle um aktuelle Zahlen.",
                        "Decision: the board asks the Integration Office for current figures.",
                    ),
                    (
                        "Beschluss: Zwei neue Mitgliedsvereine werden einstimmig aufgenommen.",
                        "Decision: two new member associations are admitted unanimously.",
                    ),
                    (
                        "Ende der Sitzung: 19:35 Uhr.",
                        "The meeting closed at 7.35 pm.",
                    ),
                ],
            },
        },
    ],
    "news": [
        {
            "slug": "mso-verzeichnis-wird-aktualisiert",
            "title": (
                "MSO-Verzeichnis wird aktualisiert",
                "The MSO directory is being updated",
            ),
            "days_ago": 10,
            "lead": (
                "Vereine können ihre Angaben im Verzeichnis der "
                "Migrant:innenselbstorganisationen jederzeit prüfen und ergänzen lassen.",
                "Associations can have their entry in the directory of migrant "
                "self-organisations checked and completed at any time.",
            ),
            "body": [
                (
                    "Das Verzeichnis der Migrant:innenselbstorganisationen zeigt, wie vielfältig "
                    "das Vereinsleben in Lübeck ist. Damit es aktuell bleibt, sind wir auf die "
                    "Mithilfe der Vereine angewiesen.",
                    "The directory of migrant self-organisations shows how varied community "
                    "life in Lübeck is. To keep it up to date, we rely on the associations' "
                    "help.",
                ),
                (
                    "Haben sich Ansprechpersonen, Adressen oder Angebote geändert? Dann genügt "
                    "eine kurze Nachricht an die Stabsstelle Integration. Auch neue Vereine "
                    "können sich dort melden und werden nach einer kurzen Prüfung aufgenommen.",
                    "Have your contact persons, address or activities changed? A short message "
                    "to the Integration Office is all it takes. New associations can get in "
                    "touch there too and will be listed after a brief check.",
                ),
            ],
        },
        {
            "slug": "vorschlaege-fuer-die-steuerungsgruppe",
            "title": (
                "Forum bringt Vorschläge in die Steuerungsgruppe ein",
                "Forum presents proposals to the steering group",
            ),
            "days_ago": 35,
            "lead": (
                "Die Vertreter:innen des Forums haben in der Steuerungsgruppe Integration "
                "die Stellungnahme zum Wohnen vorgestellt.",
                "The Forum's representatives presented its statement on housing to the "
                "integration steering group.",
            ),
            "body": [
                (
                    "Mit 5 von 18 Stimmen ist das Forum in der Steuerungsgruppe Integration "
                    "vertreten. In der jüngsten Sitzung hat es die Ergebnisse seiner "
                    "Mitgliederversammlung zu Wohnen und Nachbarschaft eingebracht.",
                    "The Forum holds 5 of the 18 votes in the integration steering group. At "
                    "the latest meeting it presented the results of its general meeting on "
                    "housing and neighbourhoods.",
                ),
                (
                    "Das Forum schlägt unter anderem mehrsprachige Informationen zur "
                    "Wohnungssuche und eine engere Zusammenarbeit mit der Mieterberatung vor. "
                    "Die Steuerungsgruppe will die Vorschläge in ihrer nächsten Sitzung "
                    "beraten.",
                    "Among other things, the Forum proposes multilingual information on "
                    "finding a flat and closer cooperation with the tenants' advice centre. "
                    "The steering group intends to discuss the proposals at its next meeting.",
                ),
                (
                    "Wer sich in der neuen Arbeitsgruppe Wohnen engagieren möchte, kann sich "
                    "bei der Geschäftsstelle des Forums melden.",
                    "Anyone who would like to join the new housing working group can contact "
                    "the Forum's office.",
                ),
            ],
        },
    ],
    "directory": {
        "slug": "mso-verzeichnis",
        "title": (
            "Migrant:innenselbstorganisationen in Lübeck",
            "Migrant self-organisations in Lübeck",
        ),
        "intro": (
            "<p>Migrant:innenselbstorganisationen sind Vereine und Initiativen, die von "
            "Menschen mit Migrationsgeschichte gegründet wurden und von ihnen getragen werden. "
            "Sie bieten Begegnung, Beratung, Bildung, Kultur und Sport an und sind oft die "
            "erste Anlaufstelle für Neuzugewanderte. Das Verzeichnis wird laufend "
            "ergänzt.</p>"
            "<p>Ihr Verein fehlt oder die Angaben stimmen nicht mehr? Schreiben Sie der "
            "Stabsstelle Integration mit dem Namen des Vereins, einer Ansprechperson und einer "
            "kurzen Beschreibung Ihrer Arbeit. Nach einer kurzen Prüfung nehmen wir den "
            "Eintrag auf oder passen ihn an.</p>",
            "<p>Migrant self-organisations are associations and initiatives founded and run "
            "by people with a migration background. They offer meeting places, counselling, "
            "education, culture and sport, and are often the first port of call for "
            "newcomers. The directory is updated on an ongoing basis.</p>"
            "<p>Is your association missing, or are its details out of date? Write to the "
            "Integration Office with the name of the association, a contact person and a short "
            "description of your work. After a brief check we will add or update the "
            "entry.</p>",
        ),
    },
}

MSOS = [
    {
        "name": (
            "Jasmin – Deutsch-Syrischer Kulturverein Lübeck e. V.",
            "Jasmin – German-Syrian Cultural Association Lübeck",
        ),
        "short_name": "Jasmin",
        "description": (
            "Der Verein lädt zu Lesungen, Musikabenden und gemeinsamen Festen ein. Er "
            "möchte syrische Kultur in Lübeck sichtbar machen und Begegnungen ermöglichen.",
            "The association invites people to readings, music evenings and shared "
            "celebrations. It wants to make Syrian culture visible in Lübeck and bring people "
            "together.",
        ),
        "focus": "culture",
        "district": "Innenstadt",
        "languages": ["ar", "de", "en"],
        "email": "jasmin-luebeck@example.org",
        "phone": "+49 451 000 00 11",
        "website": "https://jasmin-luebeck.example.org/",
        "address": "Hüxstraße 48\n23552 Lübeck",
    },
    {
        "name": (
            "Türkisch-Deutscher Elternverein Moisling e. V.",
            "Turkish-German Parents' Association Moisling",
        ),
        "short_name": "TDEV",
        "description": (
            "Eltern helfen Eltern: Der Verein berät Familien rund um Kita, Schule und "
            "Ausbildung. Zweimal pro Woche bietet er außerdem Hausaufgabenhilfe an.",
            "Parents helping parents: the association advises families on nursery, school and "
            "vocational training. It also runs homework help twice a week.",
        ),
        "focus": "education",
        "district": "Moisling",
        "languages": ["tr", "kmr", "de"],
        "email": "elternverein-moisling@example.org",
        "phone": "+49 451 000 00 12",
        "website": "",
        "address": "Andersenring 21\n23560 Lübeck",
    },
    {
        "name": (
            "Ukrainische Gemeinschaft an der Trave e. V.",
            "Ukrainian Community on the Trave",
        ),
        "short_name": "UGT",
        "description": (
            "Die Gemeinschaft unterstützt Geflüchtete aus der Ukraine bei Behördengängen, "
            "Wohnungssuche und Anträgen. In ihrem Treffpunkt finden regelmäßig "
            "Sprechstunden statt.",
            "The community helps refugees from Ukraine with dealing with authorities, "
            "finding a home and filling in forms. Regular advice sessions are held at its "
            "meeting point.",
        ),
        "focus": "counselling",
        "district": "St. Lorenz Nord",
        "languages": ["uk", "ru", "de"],
        "email": "ukraine-trave@example.org",
        "phone": "+49 451 000 00 13",
        "website": "https://ukraine-trave.example.org/",
        "address": "Schwartauer Allee 77\n23554 Lübeck",
    },
    {
        "name": (
            "Frauenverein Nur – Afghanische Frauen in Lübeck e. V.",
            "Nur Women's Association – Afghan Women in Lübeck",
        ),
        "short_name": "Nur",
        "description": (
            "Der Verein ist ein Treffpunkt für Frauen aus Afghanistan und ihre Familien. "
            "Er bietet Nähkurse, Gesprächskreise und Begleitung zu Arztterminen an.",
            "The association is a meeting place for women from Afghanistan and their "
            "families. It offers sewing classes, discussion groups and company on visits to "
            "the doctor.",
        ),
        "focus": "women",
        "district": "Buntekuh",
        "languages": ["prs", "fa", "ps", "de"],
        "email": "frauenverein-nur@example.org",
        "phone": "+49 451 000 00 14",
        "website": "",
        "address": "Ostpreußenring 96\n23556 Lübeck",
    },
    {
        "name": (
            "Pardis – Persischer Kulturkreis Lübeck e. V.",
            "Pardis – Persian Cultural Circle Lübeck",
        ),
        "short_name": "Pardis",
        "description": (
            "Pardis feiert mit allen Interessierten das persische Neujahrsfest und lädt zu "
            "Lyrikabenden ein. Für Kinder gibt es samstags Unterricht in der Herkunftssprache.",
            "Pardis celebrates Persian New Year with everyone who is interested and hosts "
            "poetry evenings. On Saturdays children can take lessons in their heritage "
            "language.",
        ),
        "focus": "culture",
        "district": "St. Jürgen",
        "languages": ["fa", "de", "en"],
        "email": "pardis-luebeck@example.org",
        "phone": "+49 451 000 00 15",
        "website": "https://pardis-luebeck.example.org/",
        "address": "Ratzeburger Allee 112\n23562 Lübeck",
    },
    {
        "name": (
            "Jugendnetzwerk Brückenschlag Lübeck e. V.",
            "Brückenschlag Youth Network Lübeck",
        ),
        "short_name": "Brückenschlag",
        "description": (
            "Junge Menschen mit Migrationsgeschichte organisieren hier eigene Projekte, "
            "von Filmabenden bis zu Bewerbungstrainings. Das Netzwerk begleitet außerdem "
            "Jugendliche, die neu in Lübeck sind.",
            "Young people with a migration background run their own projects here, from "
            "film nights to job application workshops. The network also supports teenagers "
            "who are new to Lübeck.",
        ),
        "focus": "youth",
        "district": "St. Lorenz Süd",
        "languages": ["de", "ar", "tr", "uk"],
        "email": "brueckenschlag@example.org",
        "phone": "+49 451 000 00 16",
        "website": "https://brueckenschlag.example.org/",
        "address": "Moislinger Allee 35\n23558 Lübeck",
    },
    {
        "name": (
            "Internationaler Sportverein Travemünde e. V.",
            "International Sports Club Travemünde",
        ),
        "short_name": "ISV Travemünde",
        "description": (
            "Im Verein spielen Menschen aus über zwanzig Ländern Fußball, Volleyball und "
            "Tischtennis. Neue Mitglieder können jederzeit zu einem Probetraining kommen.",
            "People from more than twenty countries play football, volleyball and table "
            "tennis at the club. New members are welcome to join a trial session at any time.",
        ),
        "focus": "sport",
        "district": "Travemünde",
        "languages": ["de", "en", "pl", "ro"],
        "email": "isv-travemuende@example.org",
        "phone": "+49 451 000 00 17",
        "website": "https://isv-travemuende.example.org/",
        "address": "Mecklenburger Landstraße 40\n23570 Lübeck",
    },
    {
        "name": (
            "Netzwerk Migrantischer Unternehmer:innen Lübeck e. V.",
            "Network of Migrant Entrepreneurs Lübeck",
        ),
        "short_name": "NMU",
        "description": (
            "Das Netzwerk bringt Selbstständige und Gründer:innen mit Einwanderungsgeschichte "
            "zusammen. Es vermittelt Mentor:innen und informiert über Ausbildung im eigenen "
            "Betrieb.",
            "The network brings together self-employed people and founders with an "
            "immigrant background. It arranges mentoring and provides information on training "
            "apprentices in one's own business.",
        ),
        "focus": "work",
        "district": "Innenstadt",
        "languages": ["de", "tr", "en", "vi"],
        "email": "unternehmerinnen-netzwerk@example.org",
        "phone": "+49 451 000 00 18",
        "website": "https://unternehmerinnen-netzwerk.example.org/",
        "address": "Königstraße 101\n23552 Lübeck",
    },
    {
        "name": (
            "Bosnische Kultur- und Moscheegemeinde Lübeck-Nord e. V.",
            "Bosnian Cultural and Mosque Community Lübeck-North",
        ),
        "short_name": "BKMG",
        "description": (
            "Die Gemeinde bietet Gebete, Religionsunterricht und ein offenes Café für "
            "Nachbar:innen an. Bei Führungen und am Tag der offenen Moschee ist jede:r "
            "willkommen.",
            "The community offers prayers, religious education and an open café for "
            "neighbours. Everyone is welcome on guided tours and on Open Mosque Day.",
        ),
        "focus": "religion",
        "district": "St. Gertrud",
        "languages": ["bs", "sq", "de"],
        "email": "bkmg-luebeck@example.org",
        "phone": "+49 451 000 00 19",
        "website": "",
        "address": "Travemünder Allee 58\n23568 Lübeck",
    },
    {
        "name": (
            "Horn von Afrika – Beratung und Begegnung Lübeck e. V.",
            "Horn of Africa – Counselling and Community Lübeck",
        ),
        "short_name": "HvA",
        "description": (
            "Ehrenamtliche beraten Menschen aus Eritrea, Somalia und dem Sudan in ihrer "
            "Muttersprache. Der Verein begleitet zu Ämtern und vermittelt an Fachstellen.",
            "Volunteers advise people from Eritrea, Somalia and Sudan in their own language. "
            "The association accompanies them to public offices and refers them to "
            "specialist services.",
        ),
        "focus": "counselling",
        "district": "Kücknitz",
        "languages": ["ti", "so", "ar", "de"],
        "email": "horn-von-afrika@example.org",
        "phone": "+49 451 000 00 20",
        "website": "",
        "address": "Solmitzstraße 12\n23569 Lübeck",
    },
]
