"""The ECCAR action plan with known measures, built inside the test's transaction under a
home page the test made (the `home_de` fixture).

`build_action_plan(home)`: a concept whose measures serve the ten ECCAR commitments (the
commitments themselves come with the migrations) and the action plan page, with
`languages` the plan, one measure and two commitments translated.
"""

from types import SimpleNamespace

from integration_pages.models import ActionPlanPage, EccarCommitment
from snippets.models import Organisation
from tests.support.concept_data import add_measure
from tests.support.factories import GoalPageFactory, IntegrationConceptPageFactory
from tests.support.site import in_bulk, locale, read_data, translate_path, translate_snippet

# slug, German title, commitments (numbers), facts, examples as [period, text]
ECCAR_MEASURES = read_data("eccar_measures.yaml")

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
        facts = dict(spec)
        slug, numbers = facts.pop("slug"), facts.pop("commitments")
        examples = facts.pop("examples", [])
        measures[slug] = add_measure(
            goals[n % 2],
            slug,
            commitments=[by_number[number] for number in numbers],
            publish=False,
            examples=[("example", {"period": p, "text": t}) for p, t in examples],
            **facts,
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
