"""The volunteers' refund form: receipts are stored privately and mailed without
attachments, wrong, damaged, oversized or too many receipts are refused, naming the file,
and in the admin only those allowed read them; a deleted submission takes its files along.

Runs against the office's forms built with each test (the `office_forms` fixture,
tests.support.forms_data): /erstattung-ehrenamt/ below a fresh German home page.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from home.forms import MAX_RECEIPT_SIZE, RECEIPTS_FIELD
from home.models import Receipt
from tests.support.forms_data import (
    PDF,
    REFUND,
    assert_refused,
    page_at,
    pdf,
    png,
    png_bytes,
    send_refund,
    stored_receipt,
    submissions,
    translate_office_forms,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("office_forms")]


def receipts_of_the_refund_form():
    return Receipt.objects.filter(submission__page=page_at(REFUND.format("de")))


# --- Refund form ----------------------------------------------------------------------


def test_refund_form_sends_multipart_and_takes_several_files(client):
    """The refund form uploads files: multipart encoding and a multiple file input."""
    html = client.get(REFUND.format("en")).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert f'type="file" name="{RECEIPTS_FIELD}"' in html
    assert " multiple" in html
    assert "PDF, JPEG or PNG" in html


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
