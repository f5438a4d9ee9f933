"""The office's forms built inside the test, and what the form tests send to them.

`build_office_forms(home)` builds the demo's three forms (contact, volunteers' refunds,
reporting a barrier) below a German home page from the demo's own specs
(home/demo/forms_builder.py), translates them with wagtail-localize and the demo's strings
the way the demo does, and names the barrier form in the office settings of the home
page's site. The forms then answer at the same addresses as in the demo:

    /{language}/kontakt/, /{language}/erstattung-ehrenamt/,
    /{language}/barrierefreiheit/barriere-melden/

`contact_form(home)` and `refund_form(home)` build a contact form and a refund form of
the test's own, with fields of their own, without translations.

One published German page of every page type: tests.support.translation_data.every_page_type.
"""

import importlib.util
import io
import sys

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from PIL import Image
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from home.forms import RECEIPTS_FIELD
from home.indexing import index_updates_deferred
from home.models import (
    FormField,
    FormPage,
    OfficeSettings,
    Receipt,
    RefundFormField,
    RefundFormPage,
    StandardPage,
)
from tests.support.site import locale, publish, translate

CONTACT = "/{}/kontakt/"
REFUND = "/{}/erstattung-ehrenamt/"
FEEDBACK = "/{}/barrierefreiheit/barriere-melden/"
OFFICE_EMAIL = "integration@beispielstadt.de"
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


# --- The office's forms ---------------------------------------------------------------


def build_office_forms(home, languages=("en",)):
    """The contact, refund and barrier forms below `home` (German), mailing OFFICE_EMAIL,
    translated into `languages` with the demo's strings (translate_office_forms), and the
    office settings of the home page's site naming the barrier form. Returns {"contact",
    "refund", "feedback", "accessibility"}: the German pages.

    Like the demo's bulk build, it neither updates the search and reference indexes nor
    queues their tasks: no test of the forms searches for them."""
    from home.demo.forms_builder import CONTACT_FORM, FEEDBACK_FORM, REFUND_FORM, FormsBuilder

    with index_updates_deferred():
        accessibility = publish(
            home,
            StandardPage(
                title="Erklärung zur Barrierefreiheit",
                slug="barrierefreiheit",
                body=[("paragraph", RichText("<p>Diese Website soll barrierefrei sein.</p>"))],
            ),
        )
        forms = FormsBuilder(_quiet_demo(), locale("de"))
        pages = {
            "contact": forms.form(home, FormPage, FormField, CONTACT_FORM, OFFICE_EMAIL),
            "refund": forms.form(home, RefundFormPage, RefundFormField, REFUND_FORM, OFFICE_EMAIL),
            "feedback": forms.form(accessibility, FormPage, FormField, FEEDBACK_FORM, OFFICE_EMAIL),
            "accessibility": accessibility,
        }
    OfficeSettings.objects.update_or_create(
        site=Site.objects.get(root_page=home),
        defaults={
            "office_name": "Stabsstelle Integration",
            "municipality": "Stadt Beispielstadt",
            "email": OFFICE_EMAIL,
            "accessibility_page": accessibility,
            "accessibility_feedback_page": pages["feedback"],
        },
    )
    for code in languages:
        translate_office_forms(pages, code)
    return pages


def _quiet_demo():
    from home.demo.builder import DemoBuilder

    return DemoBuilder(log=lambda _message: None)


def translate_office_forms(pages, code):
    """The forms' copies in language `code` ("en" or "ar"), made with wagtail-localize and
    the demo's strings as `load_demo` makes them (the Arabic partly German, as there); the
    home and accessibility pages are translated first."""
    from home.demo.forms_builder import form_strings
    from home.demo.translations import TRANSLATIONS

    strings = {**TRANSLATIONS.get(code, {}), **form_strings()[code]}
    demo = _quiet_demo()
    with index_updates_deferred():
        for ancestor in pages["accessibility"].get_ancestors().filter(depth__gte=2):
            translate(ancestor.specific, code)
        translate(pages["accessibility"], code)
        for key in ("contact", "refund", "feedback"):
            # wagtail-localize publishes when the transaction commits, which a test's
            # never does: its callbacks run here, as after the translator's request.
            with TestCase.captureOnCommitCallbacks(execute=True):
                demo.translate(pages[key], locale(code), strings)


# --- Forms of the test's own ------------------------------------------------------------

CONTACT_FIELDS = [
    ("Name", "singleline", "", True),
    ("E-Mail", "email", "", True),
    ("Anliegen", "dropdown", "Frage zu Angeboten\nHinweis oder Kritik\nEtwas anderes", True),
    ("Nachricht", "multiline", "", True),
]
REFUND_FIELDS = [
    ("Name", "singleline", "", True),
    ("E-Mail", "email", "", True),
    ("Zweck", "multiline", "", True),
    ("Betrag in Euro", "number", "", True),
    ("IBAN", "singleline", "", False),
]


def _form(home, page_class, field_class, title, slug, fields):
    return publish(
        home,
        page_class(
            title=title,
            slug=slug,
            intro="Schreiben Sie uns.",
            thank_you_text="Danke, Ihre Nachricht ist angekommen.",
            to_address="",
            form_fields=[
                field_class(
                    sort_order=position,
                    label=label,
                    field_type=field_type,
                    choices=choices,
                    required=required,
                )
                for position, (label, field_type, choices, required) in enumerate(fields)
            ],
        ),
    )


def contact_form(home, slug="kontakt"):
    """The contact form: name, e-mail, what it is about (a choice) and the message."""
    return _form(home, FormPage, FormField, "Kontakt", slug, CONTACT_FIELDS)


def refund_form(home, slug="erstattung-ehrenamt"):
    """The volunteers' refund form: name, e-mail, purpose, amount, IBAN, receipts."""
    return _form(
        home, RefundFormPage, RefundFormField, "Erstattung für Ehrenamtliche", slug, REFUND_FIELDS
    )


def page_at(url):
    """The form page at a public URL such as /de/kontakt/, on the site that serves the test
    client (the default site, whose home page the test built)."""
    language, path = url[1:3], url[3:]
    home = Site.objects.get(is_default_site=True).root_page
    page = Page.objects.get(url_path=f"{home.url_path}{path[1:]}", locale=home.locale)
    if language != home.locale.language_code:
        page = page.get_translation(locale(language))
    return page.specific


def submissions(url):
    return FormSubmission.objects.filter(page=page_at(url))


def stored_refunds():
    """Refund submissions, in any language: all are stored on the German form."""
    return submissions(REFUND.format("de"))


# --- What people send -------------------------------------------------------------------


def pdf(name="fahrkarte.pdf", padding=0):
    return SimpleUploadedFile(name, PDF + b"0" * padding, content_type="application/pdf")


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), "#336699").save(buffer, "PNG")
    return buffer.getvalue()


def png(name="kassenbon.png"):
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


NEED = {
    "de": "Bedarfsmeldung: Es fehlt ein Angebot",
    "en": "Reporting a need: a service is missing",
}


def contact_data(language="de", **overrides):
    return {
        "name": "Ada Yılmaz",
        "e_mail": "ada@example.org",
        "anliegen": NEED[language],
        "nachricht": "In Moisling fehlt ein Sprachkurs am Abend.",
        **overrides,
    }


def refund_data(receipts, **overrides):
    return {
        "name": "Jonas Brandt",
        "e_mail": "jonas@example.org",
        "zweck": "Busfahrkarten zur Ausländerbehörde",
        "betrag_in_euro": "23,50",
        "iban": "",
        RECEIPTS_FIELD: receipts,
        **overrides,
    }


def send_refund(client, receipts, language="de", **overrides):
    return client.post(REFUND.format(language), refund_data(receipts, **overrides))


def stored_receipt(client):
    response = send_refund(client, [pdf("quittung-mai.pdf")])
    assert response.status_code == 200
    return Receipt.objects.get(submission=submissions(REFUND.format("de")).get())


def assert_refused(response, message, mailoutbox, files_sent=True):
    """The refund form came back with `message`, everything typed and nothing stored."""
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert ("Please choose your receipts again" in html) is files_sent
    assert f'<a href="#id_{RECEIPTS_FIELD}">' in html
    for typed in ("Jonas Brandt", "jonas@example.org", "23,50"):
        assert f'value="{typed}"' in html
    assert "Busfahrkarten zur Ausländerbehörde</textarea>" in html
    assert not submissions(REFUND.format("de")).exists()
    assert not Receipt.objects.filter(submission__page=page_at(REFUND.format("de"))).exists()
    assert mailoutbox == []


# --- Settings and hosts of the fault tests ------------------------------------------------


def settings_module_with(monkeypatch, **environment):
    """cms/settings/base.py evaluated afresh under these environment variables: the settings
    a process started with them has (the test process itself runs without Redis)."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    # base.py imports the environment and services modules: read afresh too.
    for part in ("environment", "security", "services"):
        monkeypatch.delitem(sys.modules, f"cms.settings.{part}", raising=False)
    spec = importlib.util.find_spec("cms.settings.base")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def own_host(site):
    """The Host header under which `site` is its own address (where the page cache works)."""
    return site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"


def default_host():
    return own_host(Site.objects.get(is_default_site=True))


def send_contact(client, host):
    """The German contact form sent with `contact_data()` at `host`."""
    return client.post(CONTACT.format("de"), contact_data(), HTTP_HOST=host)
