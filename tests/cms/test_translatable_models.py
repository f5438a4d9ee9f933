"""Every translatable model says, field by field, what is translated and what is synchronised."""

import pytest
from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable, Page, TranslatableMixin

OUR_APPS = {"home", "integration_pages", "snippets"}
# Fields of Wagtail's own base classes; the page-level ones are declared once in
# integration_pages.core.translation.PAGE_TRANSLATABLE_FIELDS.
INHERITED = {
    f.name
    for base in (Page, Orderable)
    for f in base._meta.get_fields()
    if getattr(f, "concrete", False)
} | {"translation_key", "locale", "id"}


def translatable_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS and issubclass(model, TranslatableMixin)
    ]


def test_there_are_translatable_models_to_check():
    names = {m.__name__ for m in translatable_models()}
    assert {"MeasurePage", "Contact", "CounsellingService", "ForumBoardMember"} <= names


@pytest.mark.parametrize("model", translatable_models(), ids=lambda m: m.__name__)
def test_every_own_field_is_declared_translated_or_synchronised(model):
    declared = {f.field_name for f in getattr(model, "translatable_fields", [])}
    assert declared, f"{model.__name__} declares no translatable_fields"
    own = {
        field.name
        for field in model._meta.get_fields()
        if (getattr(field, "concrete", False) or field.many_to_many)
        and not field.auto_created
        and not isinstance(field, ParentalKey)
        and field.name not in INHERITED
        and not field.name.endswith("_ptr")
    }
    # Inline children are declared through their relation on the page.
    assert own - declared == set()


@pytest.mark.parametrize(
    "model", [m for m in translatable_models() if issubclass(m, Page)], ids=lambda m: m.__name__
)
def test_pages_translate_their_title_and_keep_their_slug(model):
    kinds = {f.field_name: type(f).__name__ for f in model.translatable_fields}
    assert kinds["title"] == "TranslatableField"
    assert kinds["slug"] == "SynchronizedField"
