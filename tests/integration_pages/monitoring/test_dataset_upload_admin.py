"""Uploading figures in the admin (integration_pages/monitoring/admin_views.py): the
dataset's edit page and listing offer it; a file is checked and refused with its problems
by row and column, storing no value; a good one is previewed with what it changes and
imported on "Import"; the same file again has nothing to change; only users who may
change datasets upload, and a translation sends them to the German dataset."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from integration_pages.monitoring.datasets import DataPoint, DatasetUpload
from tests.integration_pages.monitoring.test_dataset_import import (
    GOOD,
    GOOD_VALUES,
    build_dataset,
    csv_bytes,
    stored,
)
from tests.support.admin_language import logged_in_choosing_language
from tests.support.marks import indexed
from tests.support.site import translate_snippet

pytestmark = pytest.mark.django_db

NAMESPACE = "wagtailsnippets_integration_pages_dataset"


@pytest.fixture
def dataset():
    return build_dataset()


@pytest.fixture
def admin_client(client, django_user_model):
    """A superuser whose admin speaks English: the tests read its messages."""
    user = django_user_model.objects.create_superuser(
        "statistik", "statistik@example.org", "pw-1234-statistik"
    )
    return logged_in_choosing_language(client, user)("en")


def upload_url(dataset):
    return reverse(f"{NAMESPACE}:upload", args=[dataset.pk])


def edit_url(dataset):
    return reverse(f"{NAMESPACE}:edit", args=[dataset.pk])


def send(client, dataset, content, name="zahlen.csv"):
    return client.post(
        upload_url(dataset), {"file": SimpleUploadedFile(name, content, content_type="text/csv")}
    )


def page(response):
    return BeautifulSoup(response.content, "html.parser")


@indexed  # the edit page shows the dataset's usage count
def test_the_edit_page_and_the_listing_offer_the_upload(admin_client, dataset):
    edit = admin_client.get(edit_url(dataset))
    assert page(edit).find("a", href=upload_url(dataset)) is not None
    listing = admin_client.get(reverse(f"{NAMESPACE}:list"))
    assert page(listing).find("a", href=upload_url(dataset)) is not None


def test_the_upload_page_explains_this_datasets_columns(admin_client, dataset):
    response = admin_client.get(upload_url(dataset))
    assert response.status_code == 200
    headings = [code.get_text() for code in page(response).select("table code")]
    assert headings == ["year", "gemeinde", "geschlecht", "value", "unit"]
    text = page(response).get_text(" ")
    assert "Adendorf, Bardowick, Lüneburg" in text and "Personen" in text


@indexed  # the import ends on the edit page
def test_a_good_file_is_previewed_then_imported(admin_client, dataset):
    response = send(admin_client, dataset, csv_bytes(GOOD))
    upload = DatasetUpload.objects.get(dataset=dataset)
    preview_url = reverse(f"{NAMESPACE}:upload_preview", args=[dataset.pk, upload.pk])
    assert response.status_code == 302 and response["Location"] == preview_url
    assert not DataPoint.objects.filter(dataset=dataset).exists()

    preview = page(admin_client.get(preview_url))
    counts = {dd["data-count"]: dd.get_text() for dd in preview.select("[data-count]")}
    assert counts == {"added": "3", "changed": "0", "removed": "0", "unchanged": "0"}
    assert "1234.5" in preview.get_text(" ")
    assert not DataPoint.objects.filter(dataset=dataset).exists()

    imported = admin_client.post(preview_url, follow=True)
    assert imported.redirect_chain[-1][0] == edit_url(dataset)
    assert stored(dataset) == GOOD_VALUES
    messages = [str(message) for message in imported.context["messages"]]
    assert any("3 new, 0 changed and 0 removed" in message for message in messages)
    upload.refresh_from_db()
    assert upload.imported_at is not None and upload.added == 3

    history = page(admin_client.get(upload_url(dataset))).select("[data-upload-history] td")
    assert "zahlen.csv" in [cell.get_text() for cell in history]


def preview_url_of_last_upload(dataset):
    upload = DatasetUpload.objects.filter(dataset=dataset).latest("pk")
    return reverse(f"{NAMESPACE}:upload_preview", args=[dataset.pk, upload.pk])


@indexed  # the second import ends on the edit page
def test_the_same_file_again_has_nothing_to_change(admin_client, dataset):
    send(admin_client, dataset, csv_bytes(GOOD))
    admin_client.post(preview_url_of_last_upload(dataset))
    send(admin_client, dataset, csv_bytes(GOOD))
    preview = admin_client.get(preview_url_of_last_upload(dataset))
    assert "Nothing to change" in preview.content.decode()
    assert page(preview).find("button", attrs={"type": "submit"}) is None
    # Posting anyway (a second tab) imports nothing and says so.
    again = admin_client.post(preview_url_of_last_upload(dataset), follow=True)
    assert any("Nothing to change" in str(m) for m in again.context["messages"])
    assert DatasetUpload.objects.filter(imported_at__isnull=False).count() == 1
    assert stored(dataset) == GOOD_VALUES


def test_a_refused_file_shows_its_problems_by_row_and_column(admin_client, dataset):
    rows = [GOOD[0], ["2023", "Hamburg", "weiblich", "viele", "Personen"]]
    response = send(admin_client, dataset, csv_bytes(rows))
    assert response.status_code == 200
    problems = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page(response).select("[data-upload-problems] tbody tr")
    ]
    assert [problem[:2] for problem in problems] == [["3", "gemeinde"], ["3", "value"]]
    assert "Hamburg" in problems[0][2]
    # The form is there to try again; nothing was imported.
    assert page(response).find("input", attrs={"type": "file", "name": "file"}) is not None
    assert not DataPoint.objects.filter(dataset=dataset).exists()
    assert not DatasetUpload.objects.filter(dataset=dataset, imported_at__isnull=False).exists()


def test_uploading_again_drops_the_users_upload_never_imported(admin_client, dataset):
    send(admin_client, dataset, csv_bytes(GOOD[:1]))
    send(admin_client, dataset, csv_bytes(GOOD))
    assert DatasetUpload.objects.filter(dataset=dataset).count() == 1


@pytest.fixture
def editor_client(client, django_user_model):
    """A user of the admin who may not change datasets."""
    user = django_user_model.objects.create_user("redaktion", password="pw-1234-redaktion")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return logged_in_choosing_language(client, user)("en")


def test_a_user_who_may_not_change_datasets_cannot_upload(editor_client, dataset):
    for response in (
        editor_client.get(upload_url(dataset)),
        send(editor_client, dataset, csv_bytes(GOOD)),
    ):
        # Wagtail's admin answers a PermissionDenied by sending the user to the dashboard.
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    assert not DatasetUpload.objects.filter(dataset=dataset).exists()


@indexed
def test_a_translation_sends_the_user_to_the_german_dataset(admin_client, dataset):
    english = translate_snippet(dataset, "en", title="Residents")
    response = send(admin_client, english, csv_bytes(GOOD))
    assert response.status_code == 302 and response["Location"] == upload_url(dataset)
    assert not DatasetUpload.objects.filter(dataset=dataset).exists()
    edit = page(admin_client.get(edit_url(english)))
    assert edit.find("a", href=upload_url(english)) is None
