"""Demo content for Hansestadt Lübeck's Stabsstelle Integration, in German.

Facts (dates, figures, names) come from the office's public pages; the sentences
are our own. Each body is a list of (block type, value) pairs; the builder turns
text into the right block values.
"""

CONTACT = {
    "name": "Stabsstelle Integration",
    "role": "Koordination von Integration, Teilhabe und Zusammenhalt",
    "organisation": "Hansestadt Lübeck, Fachbereich Wirtschaft und Soziales",
    "email": "integration@luebeck.de",
}

OFFICE = {
    "office_name": "Stabsstelle Integration",
    "municipality": "Hansestadt Lübeck",
    "email": "integration@luebeck.de",
}

HOME = {
    "title": "Integration, Teilhabe und Zusammenhalt",
    "slug": "luebeck",
    "motto": "Zusammen.Lübeck.Leben!",
    "intro": (
        "<p>Lübeck ist seit Jahrhunderten eine Stadt, in der Menschen aus vielen Ländern "
        "zusammenleben. Die Stabsstelle Integration steuert und koordiniert gemeinsam mit "
        "haupt- und ehrenamtlichen Partner:innen die Integrationsarbeit der Hansestadt.</p>"
    ),
}

# The concept page itself is built from concepts.py; this is its teaser on the home page.
CONCEPT_TEASER = "Leitziele, Teilziele und Maßnahmen, beschlossen am 25.03.2021."

# The Forum's page is built from forum.py; this is its teaser on the home page.
FORUM_TEASER = "Rund 120 aktive Mitglieder, 5 von 18 Stimmen in der Steuerungsgruppe."

# The ECCAR plan and the signpost are built from eccar.py and signpost.py; their teasers.
ECCAR_TEASER = "Mitglied seit 2020, mit einem 10-Punkte-Aktionsplan."
SIGNPOST_TEASER = "Beratungsstellen in Ihrer Nähe und in Ihrer Sprache."

# slug, title, intro, body, teaser text (None: no teaser on the home page)
SECTIONS = [
    {
        "slug": "netzwerke",
        "title": "Netzwerke und Gremien",
        "intro": "Gremien, die die Stabsstelle ausrichtet oder in denen sie mitarbeitet.",
        "teaser": "Trägertreffen, AK Migration, Quartalstreffen und mehr.",
        "body": [
            ("faq", ("Trägertreffen", "Leitungsebene der Migrationsfachdienste und Verwaltung.")),
            (
                "faq",
                (
                    "AK Migration",
                    "Mitarbeitende der Kursträger, Migrationsfachdienste und Verwaltung auf "
                    "operativer Ebene.",
                ),
            ),
            (
                "faq",
                (
                    "Quartalstreffen im Innenministerium",
                    "Ministerien, Koordinator:innen aus Kreisen und kreisfreien Städten in "
                    "Schleswig-Holstein, kommunale Landesvertretungen und der "
                    "Landesbeauftragte für Flucht und Asyl.",
                ),
            ),
        ],
    },
    {
        "slug": "foerderung",
        "title": "Förderung",
        "intro": "Geld und Unterstützung für Projekte und ehrenamtliches Engagement.",
        "teaser": "Integrationsfonds seit 2014 und Erstattungen für Ehrenamtliche.",
        "body": [
            ("heading", "Lübecker Integrationsfonds"),
            (
                "paragraph",
                "Die Bürgerschaft hat den Integrationsfonds 2014 eingerichtet. Er fördert "
                "Projekte in den Handlungsfeldern des Integrationskonzepts.",
            ),
            ("heading", "Erstattungen für Ehrenamtliche in der Flüchtlingshilfe"),
            (
                "paragraph",
                "Wer Geflüchtete ehrenamtlich begleitet, kann Quittungen, Fahrkarten und "
                "Kilometerabrechnungen bei der Stabsstelle zur Erstattung einreichen.",
            ),
            ("contact", None),
        ],
    },
    {
        "slug": "beschluesse",
        "title": "Beschlüsse der Bürgerschaft",
        "intro": "Wie die Lübecker Integrationspolitik seit 2003 gewachsen ist.",
        "teaser": "Die wichtigsten Beschlüsse von 2003 bis 2021.",
        "body": [
            ("faq", ("25.09.2003", "Auftrag, ein Integrationskonzept zu entwickeln.")),
            ("faq", ("29.06.2006", "Auftrag, ein Forum für Migrant:innen zu initiieren.")),
            ("faq", ("24.09.2009", "Einrichtung einer zentralen Anlaufstelle Integration.")),
            ("faq", ("01.03.2014", "Einrichtung des Lübecker Integrationsfonds.")),
            (
                "faq",
                ("23.03.2021", "Annahme des fortgeschriebenen Integrationskonzepts."),
            ),
        ],
    },
]

STUB = "Dieser Abschnitt wird von der Stabsstelle vor der Veröffentlichung ergänzt."

LEGAL = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "setting": "imprint_page",
        "headings": [
            "Herausgeberin",
            "Vertretungsberechtigt",
            "Verantwortlich für den Inhalt",
            "Haftung für Links",
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "setting": "privacy_page",
        "headings": [
            "Verantwortliche Stelle",
            "Welche Daten wir verarbeiten",
            "Keine Nachverfolgung, keine fremden Dienste",
            "Ihre Rechte",
            "Beschwerderecht bei der Aufsichtsbehörde",
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "setting": "accessibility_page",
        "headings": [
            "Stand der Vereinbarkeit mit den Anforderungen",
            "Nicht barrierefreie Inhalte",
            "Erstellung dieser Erklärung",
            "Feedback und Kontakt",
            "Schlichtungsverfahren",
        ],
    },
]


# The second demo site: a district with its own office, concept and host name.
LUENEBURG = {
    "contact": {
        "name": "Koordinierungsstelle Migration und Teilhabe",
        "role": "Koordination der Integrationsarbeit im Landkreis",
        "organisation": "Landkreis Lüneburg",
        "email": "integration@landkreis-lueneburg.example",
    },
    "office": {
        "office_name": "Koordinierungsstelle Migration und Teilhabe",
        "municipality": "Landkreis Lüneburg",
        "email": "integration@landkreis-lueneburg.example",
    },
    "home": {
        "title": "Integration und Teilhabe",
        "slug": "lueneburg",
        "motto": "Vielfalt gestalten – Teilhabe ermöglichen",
        "intro": (
            "<p>Der Landkreis Lüneburg hat sein Integrationskonzept im Juni 2022 fortgeschrieben: "
            "mit Vision, Mission, Leitlinien, vier Handlungsfeldern und sechs Zielen.</p>"
        ),
    },
    "concept_teaser": "Sechs Ziele in vier Handlungsfeldern, mit Beispielen aus 2022/2023.",
}

# Each site answers on its own host name in development; Lübeck is also the default.
SITES = [
    {
        "key": "luebeck",
        "hostname": "luebeck.localhost",
        "default": True,
        "forum": True,
        "eccar": True,
        "signpost": True,
    },
    {"key": "lueneburg", "hostname": "lueneburg.localhost", "default": False},
]


def site_texts(key):
    """The German texts of one demo site's office, home page and sections."""
    if key == "luebeck":
        return {
            "contact": CONTACT,
            "office": OFFICE,
            "home": HOME,
            "sections": SECTIONS,
            "concept_teaser": CONCEPT_TEASER,
            "forum_teaser": FORUM_TEASER,
            "eccar_teaser": ECCAR_TEASER,
            "signpost_teaser": SIGNPOST_TEASER,
        }
    return {**LUENEBURG, "sections": []}


# BITV 2.0 § 4: the start page explains the site in Leichte Sprache and in DGS.
EASY_LANGUAGE = {
    "slug": "leichte-sprache",
    "title": "Leichte Sprache",
    "intro": "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
    "body": [
        ("heading", "Was steht auf dieser Internet-Seite?"),
        (
            "paragraph",
            "Die Stadt hilft Menschen, die neu hier sind. Auf dieser Seite steht, was die "
            "Stadt dafür tut. Sie finden hier auch Beratung. Zum Beispiel wenn Sie "
            "ungerecht behandelt werden.",
        ),
        ("heading", "Wie finde ich mich zurecht?"),
        (
            "paragraph",
            "Oben auf jeder Seite ist ein Menü. Dort klicken Sie auf ein Thema. Oben "
            "können Sie auch die Sprache wählen. Mit der Suche finden Sie Wörter auf "
            "allen Seiten.",
        ),
        ("heading", "Ist die Seite barrierefrei?"),
        (
            "paragraph",
            "Wir wollen, dass alle Menschen die Seite benutzen können. Manche Teile sind "
            "noch nicht ganz barrierefrei. Dann schreiben Sie uns bitte. Die Adresse "
            "steht unten auf jeder Seite.",
        ),
    ],
}

SIGN_LANGUAGE = {
    "slug": "gebaerdensprache",
    "title": "Deutsche Gebärdensprache (DGS)",
    "intro": (
        "In Videos in Deutscher Gebärdensprache erklären wir, was auf dieser Internet-Seite "
        "steht, wie Sie sich zurechtfinden und was in der Erklärung zur Barrierefreiheit steht."
    ),
}
