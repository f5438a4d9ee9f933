"""The demo's signpost content itself: its services cover every ground it has and several
languages. (The signpost's behaviour is tested on data built by each test, in
test_signpost.)"""

import pytest

from snippets.models import CounsellingService, DiscriminationGround, Language
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def test_the_demo_covers_every_ground_and_at_least_four_languages():
    services = CounsellingService.objects.filter(locale__language_code="de")
    assert services.count() >= 15
    for ground in DiscriminationGround.objects.filter(locale__language_code="de"):
        assert services.filter(grounds=ground).exists(), ground.code
    used = Language.objects.filter(services__in=services).distinct()
    assert used.count() >= 4
