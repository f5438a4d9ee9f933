"""An admin that says what it does (issue 17): every model of the project names its
plural in German ("Maßnahmen", not Django's "Maßnahmes"), and a slug is labelled as part
of the web address, not as the postal address."""

import pytest
from django.apps import apps
from django.utils import translation

from snippets.models import CounsellingService

PROJECT_APPS = ("home", "integration_pages", "snippets")


def named_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS and "verbose_name" in model._meta.original_attrs
    ]


@pytest.mark.parametrize("model", named_models(), ids=lambda model: model._meta.label)
def test_every_named_model_names_its_plural(model):
    assert "verbose_name_plural" in model._meta.original_attrs
    with translation.override("de"):
        singular = str(model._meta.verbose_name)
        plural = str(model._meta.verbose_name_plural)
    assert plural != f"{singular}s"


def test_measures_are_listed_as_massnahmen():
    with translation.override("de"):
        measure = apps.get_model("integration_pages", "MeasurePage")
        assert str(measure._meta.verbose_name_plural) == "Maßnahmen"


def test_a_counselling_services_slug_is_not_called_its_address():
    with translation.override("de"):
        slug = str(CounsellingService._meta.get_field("slug").verbose_name)
        address = str(CounsellingService._meta.get_field("address").verbose_name)
    assert slug == "Webadresse (Kurzname)"
    assert slug != address
