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
            (
                "faq",
                (
                    "Welche Belege kann ich einreichen?",
                    "Quittungen, Kassenbons, Rechnungen, Fahrkarten und Kilometerabrechnungen, "
                    "die bei der Begleitung von Geflüchteten entstanden sind – als PDF oder Foto.",
                ),
            ),
            (
                "faq",
                (
                    "Wer hilft mir bei einem Förderantrag?",
                    "Die Stabsstelle berät Vereine und Initiativen bei Anträgen an den "
                    "Integrationsfonds und an Landes- und Bundesprogramme.",
                ),
            ),
            ("contact", None),
        ],
    },
]

# The legal pages every German public body's site must carry. Paragraphs are
# (German, English) templates filled in with the site's office settings.
LEGAL = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "setting": "imprint_page",
        "sections": [
            (
                "Herausgeberin",
                (
                    "{municipality}, vertreten durch die {office_name}. E-Mail: {email}",
                    "{municipality}, represented by the {office_name}. E-mail: {email}",
                ),
            ),
            (
                "Vertretungsberechtigt",
                (
                    "Die Hauptverwaltungsbeamtin oder der Hauptverwaltungsbeamte der "
                    "Körperschaft ({municipality}).",
                    "The chief executive of the public body ({municipality}).",
                ),
            ),
            (
                "Verantwortlich für den Inhalt",
                (
                    "Die {office_name} ist verantwortlich für die Inhalte dieser Seiten "
                    "(§ 18 Abs. 2 MStV). Beiträge des Forums für Migrant:innen verantwortet "
                    "dessen Vorstand.",
                    "The {office_name} is responsible for the content of these pages "
                    "(section 18 (2) MStV). The board of the Forum for migrants is responsible "
                    "for the Forum's contributions.",
                ),
            ),
            (
                "Haftung für Links",
                (
                    "Für Inhalte fremder Seiten, auf die wir verlinken, sind deren Anbieter "
                    "verantwortlich. Erfahren wir von rechtswidrigen Inhalten, entfernen wir "
                    "den Link.",
                    "The providers of other sites we link to are responsible for their content. "
                    "If we learn of unlawful content, we remove the link.",
                ),
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "setting": "privacy_page",
        "sections": [
            (
                "Verantwortliche Stelle",
                (
                    "{municipality}, {office_name}, E-Mail: {email}. Die oder den "
                    "Datenschutzbeauftragten erreichen Sie über dieselbe Adresse.",
                    "{municipality}, {office_name}, e-mail: {email}. You can reach the data "
                    "protection officer through the same address.",
                ),
            ),
            (
                "Welche Daten wir verarbeiten",
                (
                    "Beim Lesen dieser Seiten speichern wir keine Daten über Sie. Wenn Sie ein "
                    "Formular absenden, speichern wir Ihre Angaben und mitgeschickte Belege, "
                    "um Ihr Anliegen zu bearbeiten (Art. 6 Abs. 1 lit. e DSGVO). Belege für "
                    "Erstattungen sind nicht öffentlich abrufbar und nur für die zuständigen "
                    "Mitarbeitenden lesbar; wir löschen sie, sobald die Aufbewahrungsfristen "
                    "des Haushaltsrechts abgelaufen sind.",
                    "When you read these pages we store no data about you. When you send a "
                    "form, we store what you entered and any receipts you attached in order to "
                    "deal with your request (Art. 6 (1) (e) GDPR). Receipts for refunds cannot "
                    "be retrieved publicly and only the staff responsible can read them; we "
                    "delete them once the retention periods of public budget law have passed.",
                ),
            ),
            (
                "Keine Nachverfolgung, keine fremden Dienste",
                (
                    "Diese Seiten setzen für Besucher:innen keine Cookies, nutzen keine "
                    "Analysewerkzeuge und laden keine Schriften, Karten, Videos oder Skripte "
                    "von anderen Servern. Nur Formulare setzen ein technisch nötiges Cookie "
                    "gegen gefälschte Absendungen.",
                    "These pages set no cookies for visitors, use no analytics and load no "
                    "fonts, maps, videos or scripts from other servers. Only forms set a "
                    "technically necessary cookie against forged submissions.",
                ),
            ),
            (
                "Ihre Rechte",
                (
                    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung "
                    "der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO). Schreiben Sie "
                    "uns dazu an {email}.",
                    "You have the right of access, rectification, erasure, restriction of "
                    "processing and objection (Art. 15 to 21 GDPR). Write to us at {email}.",
                ),
            ),
            (
                "Beschwerderecht bei der Aufsichtsbehörde",
                (
                    "Sie können sich bei der Datenschutz-Aufsichtsbehörde des Landes "
                    "beschweren, in dem die {municipality} liegt.",
                    "You can complain to the data protection authority of the federal state "
                    "in which the {municipality} lies.",
                ),
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "setting": "accessibility_page",
        "sections": [
            (
                "Stand der Vereinbarkeit mit den Anforderungen",
                (
                    "Die {municipality} will ihre Internetseiten barrierefrei zugänglich "
                    "machen. Diese Seiten sind mit den Anforderungen der WCAG 2.1 auf Stufe AA "
                    "weitgehend vereinbar; die Ausnahmen stehen im nächsten Abschnitt.",
                    "The {municipality} wants its websites to be accessible. These pages "
                    "largely comply with WCAG 2.1 level AA; the exceptions are listed in the "
                    "next section.",
                ),
            ),
            (
                "Nicht barrierefreie Inhalte",
                (
                    "Ältere PDF-Dokumente, etwa Protokolle und Beschlussvorlagen, sind nicht "
                    "durchgängig barrierefrei. Auf Anfrage senden wir Ihnen den Inhalt in "
                    "einer zugänglichen Form.",
                    "Older PDF documents, such as minutes and council papers, are not fully "
                    "accessible. On request we send you their content in an accessible form.",
                ),
            ),
            (
                "Erstellung dieser Erklärung",
                (
                    "Die Erklärung beruht auf einer Selbstbewertung mit automatischen "
                    "Prüfungen (axe-core) und Tests mit Tastatur und Screenreader.",
                    "This statement is based on a self-assessment with automated checks "
                    "(axe-core) and tests with keyboard and screen reader.",
                ),
            ),
            (
                "Feedback und Kontakt",
                (
                    "Ist Ihnen eine Barriere aufgefallen? Melden Sie sie uns über das "
                    "Formular „Barriere melden“ (verlinkt unten auf jeder Seite) oder per "
                    "E-Mail an {email}. Wir antworten innerhalb von sechs Wochen.",
                    "Have you come across a barrier? Report it through the form 'Report a "
                    "barrier' (linked at the bottom of every page) or by e-mail to {email}. "
                    "We answer within six weeks.",
                ),
            ),
            (
                "Schlichtungsverfahren",
                (
                    "Bleibt Ihre Meldung ohne zufriedenstellende Antwort, können Sie die "
                    "Schlichtungsstelle bei der oder dem Landesbeauftragten für Menschen mit "
                    "Behinderung anrufen. Das Verfahren ist kostenlos.",
                    "If you do not receive a satisfactory answer, you can turn to the "
                    "conciliation body of the state commissioner for people with disabilities. "
                    "The procedure is free of charge.",
                ),
            ),
        ],
    },
]


def legal_strings(office):
    """German → English for the legal paragraphs as filled in for one office."""
    return {
        german.format(**office): english.format(**office)
        for spec in LEGAL
        for _heading, (german, english) in spec["sections"]
    }


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
        "newsroom": True,
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
