"""Forms: contact, volunteers' refunds with private receipts, reporting a barrier.

Runs against the office's forms built with each test (tests.support.forms_data, from the
demo's specs and translations): /kontakt/, /erstattung-ehrenamt/ and
/barrierefreiheit/barriere-melden/ below a fresh German home page. That the demo itself
builds them and points its footer setting at the barrier form is checked in
test_forms_demo.py.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from home.forms import HONEYPOT_FIELD, MAX_RECEIPT_SIZE, RECEIPTS_FIELD
from home.models import FormPage, Receipt, RefundFormPage, StandardPage
from tests.support.forms_data import (
    CONTACT,
    FEEDBACK,
    OFFICE_EMAIL,
    PDF,
    REFUND,
    assert_refused,
    build_office_forms,
    contact_data,
    page_at,
    pdf,
    png,
    png_bytes,
    send_refund,
    stored_receipt,
    submissions,
    translate_office_forms,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Every test starts with no submissions counted against any address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def office_forms(home_de):
    """The three forms below a fresh German home page, in English too (the tests that
    need the Arabic ones translate them)."""
    return build_office_forms(home_de, languages=("en",))


def receipts_of_the_refund_form():
    return Receipt.objects.filter(submission__page=page_at(REFUND.format("de")))


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
    assert '<label class="form-field__label" for="id_name">Name' in html
    assert "(required)" in html
    assert 'autocomplete="name"' in html and 'autocomplete="email"' in html
    assert 'aria-describedby="id_e_mail_helptext"' in html
    assert 'id="id_e_mail_helptext"' in html
    assert '<div class="form-field--trap" aria-hidden="true">' in html
    assert f'name="{HONEYPOT_FIELD}" id="id_{HONEYPOT_FIELD}" value="" tabindex="-1"' in html
    assert "home/css/forms.css" in html
    assert 'enctype="multipart/form-data"' not in html


def test_refund_form_sends_multipart_and_takes_several_files(client):
    """The refund form uploads files: multipart encoding and a multiple file input."""
    html = client.get(REFUND.format("en")).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert f'type="file" name="{RECEIPTS_FIELD}"' in html
    assert " multiple" in html
    assert "PDF, JPEG or PNG" in html


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
    assert 'class="error-summary" role="alert"' in html
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


# --- Refund form ----------------------------------------------------------------------


def test_refund_with_two_receipts_stores_them_privately_and_mails_without_attachments(
    client, mailoutbox
):
    """A PDF and a PNG: one submission, two receipts with the type found in the content,
    size and checksum, written under PRIVATE_MEDIA_ROOT (not MEDIA_ROOT); the office
    mail counts the receipts and attaches none."""
    response = send_refund(client, [pdf(), png()])
    assert response.status_code == 200
    with translation.override("de"):
        received = ngettext(
            "We have received %(count)s receipt.", "We have received %(count)s receipts.", 2
        ) % {"count": 2}
    assert received in response.content.decode()
    submission = submissions(REFUND.format("de")).get()
    assert submission.form_data["betrag_in_euro"] == "23.50"
    assert RECEIPTS_FIELD not in submission.form_data
    receipts = list(submission.receipts.all())
    assert [(r.original_name, r.content_type) for r in receipts] == [
        ("fahrkarte.pdf", "application/pdf"),
        ("kassenbon.png", "image/png"),
    ]
    assert receipts[1].size == len(png_bytes())
    assert len(receipts[0].sha256) == 64
    for receipt in receipts:
        path = Path(receipt.file.path).resolve()
        assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
        assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
        assert path.read_bytes()[:4] in (b"%PDF", b"\x89PNG")
    [mail] = mailoutbox
    assert mail.attachments == []
    with translation.override(settings.LANGUAGE_CODE):
        count_line = ngettext(
            "Receipts: %(count)d file, not attached. Open it in the admin, among the "
            "submissions of this form.",
            "Receipts: %(count)d files, not attached. Open them in the admin, among the "
            "submissions of this form.",
            2,
        ) % {"count": 2}
    assert count_line in mail.body
    assert "23.50" not in mail.body and "23,50" not in mail.body, "amounts stay in the admin"


@pytest.mark.parametrize(
    "content",
    [b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200, b"\x7fELF\x02\x01\x01" + b"\x00" * 200],
    ids=["windows-exe", "elf"],
)
def test_renamed_executable_is_refused_naming_the_file(client, mailoutbox, content):
    """A program renamed quittung.pdf is refused by its content, the message names the
    file, everything typed stays and nothing is stored or mailed."""
    upload = SimpleUploadedFile("quittung.pdf", content, content_type="application/pdf")
    response = send_refund(client, [pdf(), upload], language="en")
    assert_refused(response, "“quittung.pdf” is not a PDF, JPEG or PNG file", mailoutbox)


def test_eleventh_receipt_is_refused(client, mailoutbox):
    """Eleven valid files at once: refused with the limit and the number chosen."""
    files = [pdf(f"beleg-{n}.pdf") for n in range(11)]
    response = send_refund(client, files, language="en")
    assert_refused(response, "You can send at most 10 receipts at once; you chose 11.", mailoutbox)


def test_oversized_receipt_is_refused_naming_the_file_and_its_size(client, mailoutbox):
    """A PDF just over 10 MB: refused, naming the file and its size."""
    upload = pdf("scan-gross.pdf", padding=MAX_RECEIPT_SIZE - len(PDF) + 1)
    response = send_refund(client, [upload], language="en")
    assert_refused(
        response, "“scan-gross.pdf” is 10.0\xa0MB; each receipt may be at most", mailoutbox
    )


def test_damaged_image_is_refused(client, mailoutbox):
    """A PNG cut off halfway has the right signature but cannot be read: refused."""
    upload = SimpleUploadedFile("foto.png", png_bytes()[:40], content_type="image/png")
    response = send_refund(client, [upload], language="en")
    assert_refused(response, "“foto.png” cannot be opened as an image", mailoutbox)


def test_refund_without_receipts_asks_for_one(client, mailoutbox):
    """At least one receipt is required, said in words."""
    response = send_refund(client, [], language="en")
    assert_refused(response, "Please choose at least one receipt", mailoutbox, files_sent=False)


def test_other_errors_ask_to_choose_the_receipts_again(client):
    """Valid receipts but no name: the files are gone from the re-rendered page, so the
    receipts field says to choose them again."""
    response = send_refund(client, [pdf()], language="en", name="")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please choose your receipts again" in html
    assert not receipts_of_the_refund_form().exists()


def test_arabic_refund_form_is_rtl_and_stores_under_the_german_keys(client, office_forms):
    """The Arabic version reads right to left with Arabic labels; its submissions join the
    German form's list, under the same keys, so the office reads one list."""
    translate_office_forms(office_forms, "ar")
    html = client.get(REFUND.format("ar")).content.decode()
    assert 'dir="rtl"' in html and "المبلغ باليورو" in html
    assert send_refund(client, [png()], language="ar", betrag_in_euro="12.00").status_code == 200
    assert send_refund(client, [pdf()], language="de").status_code == 200
    arabic, german = submissions(REFUND.format("de")).order_by("pk")
    assert set(arabic.form_data) == set(german.form_data) == {
        "name", "e_mail", "zweck", "betrag_in_euro", "iban"
    }  # fmt: skip
    assert arabic.form_data["betrag_in_euro"] == "12.00"
    assert arabic.receipts.get().content_type == "image/png"
    assert not submissions(REFUND.format("ar")).exists()


# --- Receipts in the admin ----------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktion", "r@example.org", "pw-123456")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return user


def test_superuser_and_receipt_readers_download_a_receipt(client, django_user_model, editor):
    """The admin view streams the file as a download to a superuser and to staff with
    the view_receipt permission."""
    receipt = stored_receipt(client)
    url = reverse("receipt_file", args=[receipt.pk])
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="home", codename="view_receipt")
    )
    superuser = django_user_model.objects.create_superuser("chefin", "c@example.org", "pw")
    for user in (superuser, editor):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert "quittung-mai.pdf" in response["Content-Disposition"]
        assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))


def test_editor_without_permission_gets_403_and_anonymous_is_sent_to_login(client, editor):
    """Staff without view_receipt are refused; people not logged in must log in."""
    receipt = stored_receipt(client)
    url = reverse("receipt_file", args=[receipt.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(editor)
    refused = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert refused.status_code == 403
    # A page of the site in the reader's language with a way back, not a bare "403".
    html = refused.content.decode()
    assert "<h1>Zugriff verweigert</h1>" in html
    assert 'href="/admin/"' in html


def test_refund_submissions_list_links_the_receipts(client, django_user_model):
    """The refund form's submissions in the admin show each receipt as a link to the
    download view."""
    receipt = stored_receipt(client)
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "pw"))
    page = page_at(REFUND.format("de"))
    html = client.get(reverse("wagtailforms:list_submissions", args=[page.pk])).content.decode()
    link = reverse("receipt_file", args=[receipt.pk])
    assert f'<a href="{link}">quittung-mai.pdf</a>' in html


def test_receipts_are_not_under_the_public_media_url(client):
    """A stored receipt has no public address: not under MEDIA_URL, not in MEDIA_ROOT,
    and the storage refuses to make up a URL."""
    receipt = stored_receipt(client)
    assert client.get(f"{settings.MEDIA_URL}{receipt.file.name}").status_code == 404
    assert not (Path(settings.MEDIA_ROOT) / receipt.file.name).exists()
    with pytest.raises(ValueError):
        receipt.file.url  # noqa: B018


def test_deleting_a_submission_deletes_its_receipt_files(
    client, django_capture_on_commit_callbacks
):
    """When the office deletes a refund request, the receipt files go with it."""
    receipt = stored_receipt(client)
    path = Path(receipt.file.path)
    assert path.exists()
    with django_capture_on_commit_callbacks(execute=True):
        receipt.submission.delete()
    assert not path.exists()


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
