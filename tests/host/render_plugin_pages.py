"""Runs inside the host project the plugin was installed into (tests/host/test_plugin_host.py).

Builds one of each section through the ORM under the host's own home page — a concept
with a field of action, a goal, two measures and an open prioritisation, a Forum with a
meeting, the ECCAR plan with a measure linked to a commitment, a signpost with a
counselling service — then asks
the host for every page, sub-route and export and prints what came back as JSON:
{url: {"status": …, "host_base": whether the host's base.html framed it}}.
"""

import datetime
import json
import os
import sys
from decimal import Decimal

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "officesite.settings.dev")
django.setup()

from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models import HomePage  # noqa: E402  (the host's own app from `wagtail start`)
from integration_pages.models import (  # noqa: E402
    ActionField,
    ActionPlanPage,
    EccarCommitment,
    ForumMeetingPage,
    ForumPage,
    GoalPage,
    IntegrationConceptPage,
    MeasurePage,
    MeasureStatus,
    ParticipationNotice,
    PrioritisationPage,
    SignpostPage,
)
from snippets.models import CounsellingService, Language  # noqa: E402


def add(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build():
    # An editor adds English under Settings → Locales; the plugin names the languages in it.
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.get(depth=2)
    concept = add(
        home,
        IntegrationConceptPage(
            title="Integrationskonzept", slug="konzept", annual_budget=Decimal("100000")
        ),
    )
    field = ActionField.objects.create(
        concept=concept, code="B", title="Bildung", locale=concept.locale
    )
    goal = add(concept, GoalPage(title="Sprache von Anfang an", slug="sprache"))
    goal.action_fields.add(field)
    goal.save_revision().publish()
    notice = ParticipationNotice.objects.create(
        title="Datenschutz", consent_text="<p>Nur als Prüfwert.</p>", locale=concept.locale
    )
    process = add(
        concept,
        PrioritisationPage(
            title="Online-Priorisierung",
            slug="priorisierung",
            opens_at=timezone.now() - datetime.timedelta(days=1),
            closes_at=timezone.now() + datetime.timedelta(days=30),
            notice=notice,
        ),
    )
    process.goals.add(goal)
    process.save_revision().publish()
    commitment = EccarCommitment.objects.get(number=1)
    measures = []
    for number, status in enumerate([MeasureStatus.IN_PROGRESS, MeasureStatus.IMPLEMENTED], 1):
        measure = add(
            goal,
            MeasurePage(
                title=f"Sprachcafé {number}",
                slug=f"sprachcafe-{number}",
                summary="Treffen zum Deutschsprechen.",
                status=status,
                start_date=datetime.date(2024, 1, 1),
                annual_cost=Decimal("5000.00"),
            ),
        )
        measure.action_fields.add(field)
        measure.eccar_commitments.add(commitment)
        measure.save_revision().publish()
        measures.append(measure)
    forum = add(home, ForumPage(title="Forum für Migrant:innen", slug="forum"))
    add(
        forum,
        ForumMeetingPage(
            title="Sitzung im Juni",
            slug="sitzung-juni",
            starts_at=timezone.now() + datetime.timedelta(days=10),
            place="Rathaus",
        ),
    )
    add(home, ActionPlanPage(title="Aktionsplan gegen Rassismus", slug="eccar", member_since=2020))
    add(home, SignpostPage(title="Wegweiser Antidiskriminierung", slug="wegweiser"))
    service = CounsellingService.objects.create(
        name="Antidiskriminierungsberatung",
        slug="beratung",
        description="Vertraulich und kostenlos.",
        phone="0451 000000",
        locale=concept.locale,
    )
    service.languages.add(*Language.objects.filter(locale=concept.locale, code__in=["de", "ar"]))
    return measures


# Each section's page, and below it the paths of its sub-routes and exports, each with a
# text its answer must contain.
SECTIONS = {
    "/konzept/": [
        ("", "Integrationskonzept"),
        ("measures/", "Sprachcafé 2"),
        ("measures.json", "Sprachcafé 1"),
        ("measures.csv", "Sprachcafé 2"),
        ("sprache/", "Sprachcafé 1"),
        ("priorisierung/", "Sprache von Anfang an"),
    ],
    "/forum/": [
        ("", "Sitzung im Juni"),
        ("calendar.ics", "Sitzung im Juni"),
        ("sitzung-juni/", "Rathaus"),
        ("sitzung-juni/calendar.ics", "Rathaus"),
    ],
    "/eccar/": [
        ("", "Verstärkte Wachsamkeit gegenüber Rassismus"),
        ("commitment/1/", "Sprachcafé 1"),
        ("report/", "Verstärkte Wachsamkeit gegenüber Rassismus"),
    ],
    "/wegweiser/": [
        ("", "Antidiskriminierungsberatung"),
        ("guided/", "Wegweiser Antidiskriminierung"),
        ("services/beratung/", "Vertraulich und kostenlos."),
        ("services/beratung/print/", "0451 000000"),
        ("services/beratung/contact.vcf", "Antidiskriminierungsberatung"),
    ],
}


def urls(measures):
    """Each URL with a text the answer must contain: the content, not only a status."""
    for section, pages in SECTIONS.items():
        for path, text in pages:
            yield section + path, text
    for measure in measures:
        yield measure.url, measure.title


def main():
    measures = build()
    client = Client()
    result = {}
    for url, text in urls(measures):
        response = client.get(url)
        body = response.content.decode("utf-8", "replace")
        if response.get("Content-Type", "").startswith("application/json"):
            body = json.dumps(json.loads(body), ensure_ascii=False)
        result[url] = {
            "status": response.status_code,
            "type": response.get("Content-Type", ""),
            "content": text in body,
            # The host's base.html links its own stylesheet, css/officesite.css.
            "host_base": "css/officesite.css" in body,
            "error": body[:2000] if response.status_code >= 400 else "",
        }
    result["_language_names_en"] = dict(
        Language.objects.filter(locale__language_code="en").values_list("code", "name")
    )
    result["_commitments"] = list(
        EccarCommitment.objects.order_by("number").values_list("number", "locale__language_code")
    )
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
