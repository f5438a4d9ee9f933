"""The ECCAR action plan with known measures, built inside the test's transaction under a
home page the test made (the `home_de` fixture).

`build_action_plan(home)`: a concept whose measures serve the ten ECCAR commitments (the
commitments themselves come with the migrations) and the action plan page, with
`languages` the plan, one measure and two commitments translated.
"""

import datetime
from types import SimpleNamespace

from integration_pages.models import ActionPlanPage, EccarCommitment
from snippets.models import Organisation
from tests.support.concept_data import add_measure
from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory
from tests.support.site import in_bulk, locale, translate_path, translate_snippet

d = datetime.date

# slug, German title, commitments, status, start, end, ongoing, examples (period, text)
ECCAR_MEASURES = [
    ("aktionswochen", "Aktionswochen gegen Rassismus", [1, 5], "in_progress",
     d(2020, 3, 1), None, True, [("2023", "Zwölf Veranstaltungen mit Schulklassen.")]),
    ("lagebericht", "Lagebericht Diskriminierung", [2], "implemented",
     d(2022, 1, 1), d(2023, 6, 30), False, [("2023", "Der Bericht ging an den Rat.")]),
    ("opferberatung", "Opferberatung im Stadtteil", [3], "in_progress",
     d(2021, 1, 1), None, True, []),
    ("sprachmittler", "Sprachmittlerpool Beratung", [3, 8], "permanent",
     d(2019, 5, 1), None, True, []),
    ("buergerdialog", "Bürgerdialog Zusammenleben", [4], "planned",
     d(2025, 1, 1), None, False, []),
    ("anlaufstelle", "Anlaufstelle Gleichbehandlung", [5, 7], "paused",
     d(2021, 2, 1), d(2022, 12, 31), False, []),
    ("personal", "Diversitätsorientierte Personalgewinnung", [6], "in_progress",
     d(2023, 1, 1), d(2025, 12, 31), False, []),
    ("wohnungsmarkt", "Fairer Wohnungsmarkt", [7], "planned",
     d(2024, 1, 1), None, True, []),
    ("kitas", "Vielfalt in Kitas und Schulen", [8], "implemented",
     d(2020, 8, 1), d(2023, 7, 31), False, [("2022/2023", "Fortbildung für Lehrkräfte.")]),
    ("festival", "Kulturfestival der Nachbarschaft", [9], "permanent",
     d(2018, 6, 1), None, True, []),
    ("hasskriminalitaet", "Hasskriminalität erfassen", [10, 1], "in_progress",
     d(2022, 9, 1), None, True, []),
    ("unverbunden", "Sportabzeichen für Zugewanderte", [], "in_progress",
     d(2022, 1, 1), None, True, []),
]  # fmt: skip

# What a translator entered: the English and Arabic titles.
ECCAR_TITLES = {
    "en": {
        "Beispielstadt": "Sampletown",
        "Integrationskonzept": "Integration concept",
        "Leitziel Schutz": "Goal protection",
        "Opferberatung im Stadtteil": "Victim support in the neighbourhood",
        "Aktionsplan gegen Rassismus": "Action plan against racism",
    },
    "ar": {
        "Opferberatung im Stadtteil": "دعم الضحايا في الحي",
        "Aktionsplan gegen Rassismus": "خطة العمل ضد العنصرية",
    },
}
COMMITMENT_TITLES = {
    "en": {
        1: "Greater vigilance against racism",
        3: "Better support for the victims of racism and discrimination",
    }
}
# The translated measures: those serving commitment 3 (one of two, so the other shows
# in German).
TRANSLATED_MEASURES = ["opferberatung"]


def commitments():
    """Number → the German ECCAR commitment (made by the migrations)."""
    return {c.number: c for c in EccarCommitment.objects.filter(locale__language_code="de")}


@in_bulk()
def build_action_plan(home, languages=()):
    """A concept with two goals and twelve measures, eleven of them serving the ten
    commitments (every commitment at least once, four measures two of them), and the
    action plan page; with `languages`, the plan, one measure and their ancestors
    translated, and two commitments in English."""
    german = locale("de")
    by_number = commitments()
    lead = Organisation.objects.create(name="Stabsstelle Integration", locale=german)
    concept = IntegrationConceptPageFactory(parent=home, slug="konzept")
    goals = [
        GoalPageFactory(parent=concept, slug="ziel-teilhabe", title="Leitziel Teilhabe"),
        GoalPageFactory(parent=concept, slug="ziel-schutz", title="Leitziel Schutz"),
    ]
    measures = {}
    for n, spec in enumerate(ECCAR_MEASURES):
        slug, title, numbers, status, start, end, ongoing, examples = spec
        measures[slug] = add_measure(
            goals[n % 2],
            slug,
            title=title,
            commitments=[by_number[number] for number in numbers],
            publish=False,
            status=status,
            start_date=start,
            end_date=end,
            ongoing=ongoing,
            examples=[("example", {"period": p, "text": t}) for p, t in examples],
        )
    plan = home.add_child(
        instance=ActionPlanPage(
            title="Aktionsplan gegen Rassismus",
            slug="eccar",
            member_since=2020,
            lead_unit=lead,
            introduction="<p>Beispielstadt ist seit 2020 Mitglied der ECCAR.</p>",
        )
    )
    plan.save_revision().publish()
    for language in languages:
        titles = ECCAR_TITLES.get(language, {})
        for number, title in COMMITMENT_TITLES.get(language, {}).items():
            translate_snippet(by_number[number], language, title=title)
        for slug in TRANSLATED_MEASURES:
            translate_path(measures[slug], language, titles)
        translate_path(plan, language, titles)
    return SimpleNamespace(
        plan=plan, concept=concept, goals=goals, measures=measures, commitments=by_number
    )
