"""Where a small site leads residents to help, built inside a test below a home page the
test made (the `home_de` fixture): the anti-discrimination signpost, a counselling
service shared by every site (with English and Arabic names), the ECCAR action plan and a
process chain of two steps.

Service slugs are chosen so as not to meet the demo's, so the builders work whether or
not the worker's database also holds the demo.
"""

from decimal import Decimal

from integration_pages.models import (
    ActionPlanPage,
    ProcessChainIndexPage,
    ProcessChainPage,
    SignpostPage,
)
from snippets.models import CounsellingService, Organisation, OrganisationKind
from tests.support.site import locale, publish, publish_in, translate_snippet
from tests.support.translation_data import chain_step

SIGNPOST_AR = "<p>دليل ضد التمييز: استشارة سرية ومجانية.</p>"


def signpost(home, languages=()):
    """The anti-discrimination signpost, its Arabic introduction written by a translator."""
    page = SignpostPage(
        title="Wegweiser gegen Diskriminierung",
        slug="wegweiser",
        intro="<p>Beratung bei Diskriminierung, vertraulich.</p>",
        show_in_menus=True,
    )
    return publish_in(home, page, languages, {"ar": {"intro": SIGNPOST_AR}})


def provided_service(provider, provider_kind=OrganisationKind.OTHER, **fields):
    """A German counselling service with `fields`, run by a new organisation named `provider`."""
    german = locale()
    return CounsellingService.objects.create(
        provider=Organisation.objects.create(name=provider, kind=provider_kind, locale=german),
        locale=german,
        **fields,
    )


def service(
    slug="quokka-beratung",
    name="Quokka Antidiskriminierungsberatung",
    english="Quokka counselling against discrimination",
    **fields,
):
    """A German counselling service shared by every site, with English and Arabic names."""
    found = provided_service(
        f"Träger der {name}",
        slug=slug,
        name=name,
        description="Vertrauliche Beratung bei Diskriminierung.",
        region="Beispielstadt",
        **fields,
    )
    translate_snippet(found, "en", name=english)
    translate_snippet(found, "ar", name="مكتب استشارات كوكا لمناهضة التمييز")
    return found


def action_plan(home):
    """The ECCAR action plan page; its ten commitments come with the migrations."""
    return publish(
        home,
        ActionPlanPage(
            title="10-Punkte-Aktionsplan",
            slug="eccar",
            member_since=2020,
            introduction="<p>Beispielstadt ist Mitglied der Städtekoalition gegen Rassismus.</p>",
            show_in_menus=True,
        ),
    )


def chains_index(home):
    """The published index of process chains below `home`, "Erste Schritte"."""
    return publish(
        home,
        ProcessChainIndexPage(title="Erste Schritte", slug="erste-schritte", intro="Ankommen."),
    )


def process_chain(home):
    """A published process chain of two steps below an index of chains."""
    actors = [
        Organisation.objects.create(name=name, locale=locale())
        for name in ("Bürgeramt Beispielstadt", "Ausländerbehörde Beispielstadt")
    ]
    index = chains_index(home)
    steps = [
        chain_step(
            number,
            actor,
            what_to_do=f"Gehen Sie zu {actor.name}.",
            bring=["Reisepass"],
            waiting_days=3,
            duration_minutes=30,
            cost=Decimal("0"),
            ends=number == len(actors),
        )
        for number, actor in enumerate(actors, start=1)
    ]
    return publish(
        index,
        ProcessChainPage(
            title="Anmelden", slug="anmelden", intro="So melden Sie sich an.", steps=steps
        ),
    )
