"""The office's forms as built and as the public fills them in: the forms are fully
translated and built once, their fields are accessible, the contact form stores, mails and
rate-limits what is sent, a barrier can be reported anonymously, every footer links the
barrier form and date fields read German dates. The refund form's receipts are proven in
test_forms_refund.py.

Runs against the office's forms built with each test (the `office_forms` fixture,
tests.support.forms_data, from the demo's specs and translations): /kontakt/,
/erstattung-ehrenamt/ and /barrierefreiheit/barriere-melden/ below a fresh German home
page. That the demo itself builds them and points its footer setting at the barrier form
is checked in test_forms_demo.py.
"""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from home.forms import HONEYPOT_FIELD
from home.models import FormPage, RefundFormPage, StandardPage
from tests.support.forms_data import (
    CONTACT,
    FEEDBACK,
    OFFICE_EMAIL,
    REFUND,
    contact_data,
    page_at,
    submissions,
    translate_office_forms,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("office_forms")]


# --- The forms as built ---------------------------------------------------------------


def test_english_form_pages_are_fully_translated():
    """Every text of the demo's forms has its English translation among the demo's strings
    (no German left)."""
    from home.templatetags.portal_tags import translation_incomplete

    with translation.override("en"):
        for url in (CONTACT, REFUND, FEEDBACK):
            assert not translation_incomplete(page_at(url.format("en"))), url


def test_running_the_forms_builder_again_creates_nothing(home_de):
    """The demo's forms builder is idempotent: a second run finds every form and changes
    nothing. (Run on a home page of its own with Lübeck's slug, the one that gets the
    refund form too.)"""
    from home.demo.builder import DemoBuilder
    from home.demo.forms_builder import FormsBuilder

    german = Locale.objects.get(language_code="de")
    # A parent of its own, so the slug cannot meet the demo's Lübeck if it is loaded.
    holder = home_de.add_child(instance=Page(title="Ablage", slug="ablage", locale=german))
    home = holder.add_child(instance=home_de.specific_class(title="Lübeck", slug="luebeck"))
    legal = {
        "accessibility_page": home.add_child(
            instance=StandardPage(title="Barrierefreiheit", slug="barrierefreiheit")
        )
    }
    first, built = FormsBuilder(DemoBuilder(log=lambda _message: None), german).build(home, legal)
    assert [type(page) for page in first] == [FormPage, RefundFormPage, FormPage]
    demo = DemoBuilder(log=lambda _message: None)
    before = Page.objects.count()
    pages, found = FormsBuilder(demo, german).build(home, legal)
    assert demo.created == 0 and Page.objects.count() == before
    assert found["accessibility_feedback_page"].pk == built["accessibility_feedback_page"].pk
    assert len(pages) == 3
    assert [page.pk for page in pages] == [page.pk for page in first]


# --- Rendering ----------------------------------------------------------------------


def test_contact_form_renders_accessible_fields_and_a_hidden_honeypot(client):
    """Labels with "(required)" in words, autocomplete tokens for name and e-mail, help
    tied to its field, and a honeypot people never meet (aria-hidden, no tab stop)."""
    html = client.get(CONTACT.format("en")).content.decode()
    for markup in (
        '<label class="form-field__label" for="id_name">Name',
        "(required)",
        'autocomplete="name"',
        'autocomplete="email"',
        'aria-describedby="id_e_mail_helptext"',
        'id="id_e_mail_helptext"',
        '<div class="form-field--trap" aria-hidden="true">',
        f'name="{HONEYPOT_FIELD}" id="id_{HONEYPOT_FIELD}" value="" tabindex="-1"',
        "integration_pages/css/forms.css",
    ):
        assert markup in html
    assert 'enctype="multipart/form-data"' not in html


# --- Contact form ---------------------------------------------------------------------


def test_contact_submission_is_stored_and_mailed_to_the_office(client, mailoutbox):
    """A valid contact message is stored under the fields' clean names and e-mailed to
    the office, with the sender's address to reply to."""
    response = client.post(CONTACT.format("de"), contact_data())
    assert response.status_code == 200
    assert "In Moisling fehlt" not in response.content.decode()  # the thank-you page
    submission = submissions(CONTACT.format("de")).get()
    assert submission.form_data == {
        "name": "Ada Yılmaz",
        "e_mail": "ada@example.org",
        "anliegen": "Bedarfsmeldung: Es fehlt ein Angebot",
        "nachricht": "In Moisling fehlt ein Sprachkurs am Abend.",
    }
    [mail] = mailoutbox
    assert mail.to == [OFFICE_EMAIL]
    assert mail.reply_to == ["ada@example.org"]
    assert "Nachricht: In Moisling fehlt ein Sprachkurs am Abend." in mail.body


def test_invalid_contact_message_keeps_what_was_typed_and_links_the_errors(client, mailoutbox):
    """A missing e-mail address: the page comes back with everything typed, the error
    next to the field and in a summary linking to it; nothing is stored or mailed."""
    response = client.post(CONTACT.format("en"), contact_data("en", e_mail=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary kern-alert kern-alert--danger" role="alert"' in html
    assert '<a href="#id_e_mail">' in html
    assert 'id="id_e_mail_error"' in html and 'aria-invalid="true"' in html
    assert 'value="Ada Yılmaz"' in html
    assert "In Moisling fehlt ein Sprachkurs am Abend.</textarea>" in html
    assert "<title>Error:" in html
    assert not submissions(CONTACT.format("de")).exists()
    assert mailoutbox == []


def test_filled_honeypot_stores_and_mails_nothing(client, mailoutbox):
    """A program that fills every field gets a form error; nothing is stored or sent."""
    response = client.post(
        CONTACT.format("en"), contact_data("en", **{HONEYPOT_FIELD: "https://spam.example"})
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "a field meant to stay empty was filled in" in html
    assert 'value="Ada Yılmaz"' in html
    assert not submissions(CONTACT.format("de")).exists()
    assert mailoutbox == []


def test_rate_limit_refuses_the_sixth_post_from_one_address_but_not_another(client):
    """Five posts per address and form in ten minutes; the sixth gets 429 with a clear
    message and its typed values, and is not stored; another address still gets through."""
    url = CONTACT.format("en")
    for number in range(5):
        response = client.post(
            url, contact_data("en", name=f"Absender {number}"), REMOTE_ADDR="10.1.1.1"
        )
        assert response.status_code == 200
    response = client.post(url, contact_data("en", name="Sechste"), REMOTE_ADDR="10.1.1.1")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Please try again later" in html
    assert 'value="Sechste"' in html and "In Moisling fehlt" in html
    # Every language version's submissions are kept with the German form.
    stored = submissions(CONTACT.format("de"))
    assert stored.count() == 5
    response = client.post(url, contact_data("en", name="Nachbarin"), REMOTE_ADDR="10.2.2.2")
    assert response.status_code == 200
    assert stored.filter(form_data__name="Nachbarin").exists()


def test_reading_a_form_does_not_count_against_the_rate_limit(client):
    """Only POSTs are counted: someone reading the form many times can still send it."""
    url = CONTACT.format("de")
    for _ in range(8):
        assert client.get(url, REMOTE_ADDR="10.3.3.3").status_code == 200
    assert client.post(url, contact_data(), REMOTE_ADDR="10.3.3.3").status_code == 200


def test_feedback_form_accepts_an_anonymous_report(client, mailoutbox):
    """A barrier can be reported without name or e-mail; the office is told."""
    response = client.post(
        FEEDBACK.format("de"),
        {"welche_seite": "/de/kontakt/", "was_ist_die_barriere": "Kontrast zu schwach."},
    )
    assert response.status_code == 200
    assert submissions(FEEDBACK.format("de")).get().form_data["was_ist_die_barriere"] == (
        "Kontrast zu schwach."
    )
    assert len(mailoutbox) == 1 and mailoutbox[0].reply_to == []


# --- Footer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url,link",
    [
        ("/en/", "/en/barrierefreiheit/barriere-melden/"),
        ("/de/kontakt/", "/de/barrierefreiheit/barriere-melden/"),
        ("/ar/", "/ar/barrierefreiheit/barriere-melden/"),
    ],
)
def test_footer_links_to_the_barrier_form_on_every_page(client, office_forms, url, link):
    """Every page's footer links to the accessibility feedback form, in the reader's
    language where the form is translated."""
    if url.startswith("/ar/"):
        translate_office_forms(office_forms, "ar")
    html = client.get(url).content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    with translation.override(url[1:3]):
        label = translation.gettext("Report a barrier")
    assert f'<a href="{link}">{label}</a>' in footer


@pytest.mark.parametrize(
    "typed, stored",
    [("15.01.2026", "2026-01-15"), ("2026-01-15", "2026-01-15"), ("15.1.2026", "2026-01-15")],
)
def test_a_public_date_field_reads_german_dates_and_shows_the_format(client, typed, stored):
    """A date field an editor adds to a form takes "TT.MM.JJJJ" (and ISO) and says so."""
    from home.models import FormField

    page = page_at(CONTACT.format("de"))
    FormField.objects.create(
        page=page, locale=page.locale, label="Datum des Termins", field_type="date"
    )
    form = client.get(CONTACT.format("de")).content.decode()
    assert 'placeholder="TT.MM.JJJJ"' in form
    response = client.post(CONTACT.format("de"), contact_data(datum_des_termins=typed))
    assert response.status_code == 200
    assert submissions(CONTACT.format("de")).get().get_data()["datum_des_termins"] == stored


def test_a_public_date_that_cannot_be_read_is_refused_beside_the_field(client):
    from home.models import FormField

    page = page_at(CONTACT.format("de"))
    FormField.objects.create(
        page=page, locale=page.locale, label="Datum des Termins", field_type="date"
    )
    response = client.post(CONTACT.format("de"), contact_data(datum_des_termins="31.02.2026"))
    assert not submissions(CONTACT.format("de")).exists()
    html = response.content.decode()
    assert "Bitte ein gültiges Datum eingeben." in html
    assert 'value="31.02.2026"' in html  # what was typed stays
