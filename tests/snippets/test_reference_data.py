"""The reference data the plugin brings (snippets.reference): language names in every
content language it has them for, made again for what is missing, never overwriting."""

import pytest
from wagtail.models import Locale

from snippets.models import Language
from snippets.reference import add_language_names, language_names
from tests.support.marks import indexed

pytestmark = [pytest.mark.django_db, indexed]


def test_names_missing_in_a_language_are_made_from_the_plugins_data():
    turkish = Locale.objects.get(language_code="tr")
    Language.objects.filter(locale=turkish, code__in=["ar", "uk"]).delete()
    add_language_names([turkish])
    names = dict(Language.objects.filter(locale=turkish).values_list("code", "name"))
    assert names["ar"] == language_names()["tr"]["ar"]
    assert names["uk"] == language_names()["tr"]["uk"]


def test_a_name_an_editor_changed_is_kept():
    english = Locale.objects.get(language_code="en")
    Language.objects.filter(locale=english, code="fa").update(name="Farsi")
    add_language_names([english])
    assert list(
        Language.objects.filter(locale=english, code="fa").values_list("name", flat=True)
    ) == ["Farsi"]


def test_each_translation_keeps_the_source_rows_key_code_and_autonym():
    german = Locale.objects.get(language_code="de")
    arabic = Locale.objects.get(language_code="ar")
    source = Language.objects.get(locale=german, code="uk")
    copy = Language.objects.get(locale=arabic, translation_key=source.translation_key)
    assert (copy.code, copy.autonym, copy.sort_order) == ("uk", source.autonym, source.sort_order)
    assert copy.name == language_names()["ar"]["uk"]


def test_names_are_indexed_at_once_with_no_task_left_for_the_worker():
    """A migrate run makes about 130 names: indexed in one go, not a queue the worker drains
    for minutes after `make demo`."""
    from django.test import override_settings
    from django_tasks_db.models import DBTaskResult
    from wagtail.search.backends import get_search_backend

    turkish = Locale.objects.get(language_code="tr")
    Language.objects.filter(locale=turkish, code__in=["ar", "uk"]).delete()
    queue = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=queue):
        add_language_names([turkish])
    assert not DBTaskResult.objects.exists()
    found = get_search_backend().search(
        language_names()["tr"]["uk"], Language.objects.filter(locale=turkish)
    )
    assert [language.code for language in found] == ["uk"]
