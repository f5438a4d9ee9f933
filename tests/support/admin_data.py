"""What an editor works on in the admin, built inside the test's transaction under a home
page the test made (the `home_de` fixture).

- `build_admin_choices(home)`: what the admin's lists choose from: two concepts on two
  sites, organisations of one site and of every site, their Arabic copies, topics.
- `build_funding_programme(home)`, `build_measure(home)`: a page of each for the editor.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from home.models import NewsIndexPage
from integration_pages.models import ActionField, MeasureStatus
from snippets.models import Organisation, Topic
from tests.support.concept_data import add_measure
from tests.support.factories import (
    GoalPageFactory,
    IntegrationConceptPageFactory,
    NewsPageFactory,
)
from tests.support.sections_data import funding
from tests.support.site import add_home, in_bulk, locale, site_of, translate_path, translate_snippet


def build_other_site(slug="nachbarstadt", hostname="nachbarstadt.test"):
    """A second German home page with its own site, not the default one."""
    return add_home("Nachbarstadt", slug, hostname, intro="<p>Willkommen in der Nachbarstadt.</p>")


@in_bulk()
def build_measure(home, slug="konzept-kasse"):
    """One German measure with a cost, in a concept of its own."""
    concept = IntegrationConceptPageFactory(parent=home, slug=slug)
    goal = GoalPageFactory(parent=concept, slug=f"{slug}-ziel")
    return add_measure(
        goal,
        f"{slug}-massnahme",
        title="Sprachkurse für Eltern",
        status=MeasureStatus.IN_PROGRESS,
        start_date=datetime.date(2023, 1, 1),
        ongoing=True,
        annual_cost=Decimal("12000.00"),
    )


@in_bulk()
def build_admin_choices(home):
    """What the admin's lists choose from, below `home` (the test client's site) and a
    second site's home:

    - a concept with three fields of action, a goal and a measure (field I, two partners),
      all translated into Arabic with the fields of action and three partners;
    - eighteen German organisations shared by every site (more than 15: the partner list
      gets a filter box), one of this site only and one of the other site only;
    - on the other site, a concept with its own field of action, a goal and a measure;
    - a press release with a topic, in German and Arabic, and three topics in both.
    """
    german = locale("de")
    other_home = build_other_site()
    site, other_site = site_of(home), site_of(other_home)
    shared = [
        Organisation.objects.create(name=f"Verein Nummer {n:02d} e. V.", locale=german)
        for n in range(1, 19)
    ]
    own_site = Organisation.objects.create(name="Nur hier e. V.", locale=german, site=site)
    other_site_only = Organisation.objects.create(
        name="Nur in der Nachbarstadt e. V.", locale=german, site=other_site
    )
    english = translate_snippet(shared[0], "en", name="Association number 01")

    concept = IntegrationConceptPageFactory(parent=home, slug="konzept")
    fields = [
        ActionField.objects.create(
            concept=concept, code=code, title=title, sort_order=n, locale=german
        )
        for n, (code, title) in enumerate(
            [("I", "Sprache"), ("II", "Arbeit"), ("III", "Zusammenleben")]
        )
    ]
    goal = GoalPageFactory(parent=concept, slug="ziel", title="Leitziel Sprache")
    goal.action_fields = fields[:1]
    goal.save()
    measure = add_measure(
        goal,
        "sprachcafe",
        fields[:1],
        partners=shared[:2],
        publish=False,
        title="Sprachcafé",
        status=MeasureStatus.IN_PROGRESS,
    )

    other_concept = IntegrationConceptPageFactory(parent=other_home, slug="konzept")
    other_field = ActionField.objects.create(
        concept=other_concept, code="I", title="Bildung", sort_order=0, locale=german
    )
    other_goal = GoalPageFactory(parent=other_concept, slug="ziel", title="Leitziel Bildung")
    other_measure = add_measure(
        other_goal,
        "lernhilfe",
        [other_field],
        publish=False,
        title="Lernhilfe",
        status=MeasureStatus.IN_PROGRESS,
    )

    fields_ar = [
        translate_snippet(field, "ar", title=title)
        for field, title in zip(fields, ["اللغة", "العمل", "العيش المشترك"], strict=True)
    ]
    partners_ar = [
        translate_snippet(org, "ar", name=f"جمعية رقم {n + 1}") for n, org in enumerate(shared[:3])
    ]
    measure_ar = translate_path(measure, "ar", {"Sprachcafé": "مقهى اللغة"})

    topics = [
        Topic.objects.create(code=f"test-{code}", name=name, sort_order=n, locale=german)
        for n, (code, name) in enumerate(
            [("teilhabe", "Teilhabe"), ("sprache", "Sprache"), ("arbeit", "Arbeit")]
        )
    ]
    topics_ar = [
        translate_snippet(topic, "ar", name=name)
        for topic, name in zip(topics, ["المشاركة", "اللغة", "العمل"], strict=True)
    ]
    newsroom = home.add_child(
        instance=NewsIndexPage(title="Presse", slug="presse", intro="Mitteilungen der Stadt.")
    )
    release = NewsPageFactory(parent=newsroom, slug="sprachcafe-eroeffnet")
    release.topics = topics[:1]
    release.save()
    release_ar = translate_path(release, "ar")

    return SimpleNamespace(
        site=site,
        other_home=other_home,
        other_site=other_site,
        shared=shared,
        own_site=own_site,
        other_site_only=other_site_only,
        english=english,
        concept=concept,
        fields=fields,
        goal=goal,
        measure=measure,
        other_concept=other_concept,
        other_measure=other_measure,
        fields_ar=fields_ar,
        partners_ar=partners_ar,
        measure_ar=measure_ar,
        topics=topics,
        topics_ar=topics_ar,
        release=release,
        release_ar=release_ar,
    )


# --- Funding ----------------------------------------------------------------------------------


@in_bulk()
def build_funding_programme(home):
    """A German funding programme with a budget, a grant limit and deadlines."""
    return funding(home, annual_budget=Decimal("50000.00"), max_grant=Decimal("2500.00"))
