"""The demo's ECCAR content itself: its measures serve every one of the ten commitments.
(The action plan's behaviour is tested on data built by each test, in test_eccar.)"""

import pytest

from integration_pages.models import MeasurePage
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def _linked(commitment_number):
    return MeasurePage.objects.live().filter(
        eccar_commitments__number=commitment_number, locale__language_code="de"
    )


def test_the_demo_links_at_least_fifteen_measures_covering_every_commitment():
    linked = MeasurePage.objects.filter(
        locale__language_code="de", eccar_commitments__isnull=False
    ).distinct()
    assert linked.count() >= 15
    for number in range(1, 11):
        assert _linked(number).exists(), number
