"""Builds the demo forms (data/forms.yaml): contact and reported needs, volunteers'
refunds, barriers. Texts come as (German, English, Arabic) triples, the Arabic None where
a translator has not got there yet."""

from home.models import FormField, FormPage, RefundFormField, RefundFormPage

from . import content
from .data_files import load
from .part import PartBuilder, de, in_german

_FORMS = load("forms")
CONTACT_FORM, REFUND_FORM, FEEDBACK_FORM = (
    _FORMS[key] for key in ("contact_form", "refund_form", "feedback_form")
)
FORMS = [CONTACT_FORM, REFUND_FORM, FEEDBACK_FORM]
TEXT_KEYS = ("title", "intro", "thank_you_text", "privacy_note")
FIELD_TEXT_KEYS = ("label", "help_text", "choices")


def form_strings():
    """Each German text of the demo forms mapped to its English and Arabic translation."""
    strings = {"en": {}, "ar": {}}
    texts = [spec[key] for spec in FORMS for key in TEXT_KEYS]
    texts += [
        field[key]
        for spec in FORMS
        for field in spec["fields"]
        for key in FIELD_TEXT_KEYS
        if key in field
    ]
    for german, english, arabic in map(_as_segments, texts):
        strings["en"][german] = english
        if arabic:
            strings["ar"][german] = arabic
    return strings


def _as_segments(texts):
    # wagtail-localize offers a plain text's line breaks to translators as <br/>.
    return [text.replace("\n", "<br/>") if text else text for text in texts]


class FormsBuilder(PartBuilder):
    def build(self, home, legal):
        """Returns the form pages, parents before children, and the office settings they fill."""
        office_email = content.site_texts(home.slug)["office"]["email"]
        pages = [self.form(home, FormPage, FormField, CONTACT_FORM, office_email)]
        # The refund rules are Lübeck's; other offices would describe their own.
        if home.slug == "luebeck":
            pages.append(
                self.form(home, RefundFormPage, RefundFormField, REFUND_FORM, office_email)
            )
        feedback = self.form(
            legal["accessibility_page"], FormPage, FormField, FEEDBACK_FORM, office_email
        )
        pages.append(feedback)
        return pages, {"accessibility_feedback_page": feedback}

    def form(self, parent, page_class, field_class, spec, to_address):
        return self.demo._child(
            parent,
            spec["slug"],
            lambda: page_class(
                **in_german(spec, *TEXT_KEYS),
                slug=spec["slug"],
                to_address=to_address,
                subject=spec["subject"],
                form_fields=[
                    field_class(
                        sort_order=position,
                        label=de(field["label"]),
                        field_type=field["field_type"],
                        required=field.get("required", True),
                        help_text=de(field.get("help_text", ("",))),
                        choices=de(field.get("choices", ("",))),
                    )
                    for position, field in enumerate(spec["fields"])
                ],
            ),
        )
