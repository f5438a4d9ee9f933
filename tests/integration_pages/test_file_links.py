"""Every download link the plugin's pages print is answered: the open data of the monitoring
and its indicators, the reports and frozen reports, a process chain's JSON and a closed
prioritisation's results. Wagtail serves no path with a dot in it, so these routes are
linked without the slash their routes end in (integration_pages.urls serves them so)."""

import datetime
import re

import pytest
from django.utils import timezone

from integration_pages.models import PrioritisationPage
from tests.support.every_type import add_every_type
from tests.support.marks import indexed
from tests.support.small_site import build_small_site

# The small site's builders read the reference index (tests.support.small_site.settle).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off"), indexed]

FILE_LINK = re.compile(r'href="([^"]+\.(?:csv|json)(?:\?[^"]*)?)"')


def test_every_download_link_answers(client, home_de):
    site = add_every_type(build_small_site(home_de, languages=()))
    PrioritisationPage.objects.filter(pk=site.prioritisation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    pages = [
        site.monitoring.url,
        site.indicator.url,
        site.concept.url + "report/",
        site.concept.url + "reports/",
        site.plan.url + "report/",
        site.chain.url,
        site.prioritisation.url,
    ]
    links = set()
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        links |= set(FILE_LINK.findall(response.content.decode().replace("&amp;", "&")))
    # each kind of download at least once
    for ending in ("datapackage.json", "data.csv", "data.json", "results.csv", "results.json"):
        assert any(link.split("?")[0].endswith(ending) for link in links), ending
    for link in sorted(links):
        assert client.get(link).status_code == 200, link
