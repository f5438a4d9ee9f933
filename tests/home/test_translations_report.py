"""wagtail-localize's translations report, as a translator pages through it."""

import warnings

import pytest
from django.core.paginator import UnorderedObjectListWarning
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from snippets.models import Topic


@pytest.mark.django_db
def test_the_report_shows_each_translation_once_over_its_pages(admin_client):
    """At least 51 translations (the demo's too, where the database holds it) over the
    report's pages of 50: its first two pages list the oldest translations, each once and in
    the order they were made, and Django gives no warning of an unordered pagination."""
    german = Locale.objects.get(language_code="de")
    others = list(Locale.objects.exclude(pk=german.pk).order_by("pk"))
    made = []
    for number in range(-(-51 // len(others))):
        topic = Topic.objects.create(name=f"Thema {number}", code=f"t{number}", locale=german)
        source, _ = TranslationSource.get_or_create_from_instance(topic)
        for locale in others:
            if len(made) < 51:
                made.append(Translation.objects.create(source=source, target_locale=locale).pk)

    listed, report = [], reverse("wagtail_localize:translations_report")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        for page in (1, 2):
            response = admin_client.get(report, {"p": page})
            assert response.status_code == 200
            listed += [translation.pk for translation in response.context["object_list"]]
    oldest = Translation.objects.order_by("created_at", "pk").values_list("pk", flat=True)
    assert len(listed) > 50 and listed == list(oldest[: len(listed)])
