"""Bounded request bodies: a POST declaring more than REQUEST_BODY_MAX (the admin's own
REQUEST_BODY_MAX_ADMIN under /admin/) gets a short 413 page in the address's language
before anything reads its body, a body at the limit is served, the limits leave room for
everything the forms and the admin accept, and a missing or malformed Content-Length is
left to Django.

Runs against the office's refund form built with each test (the `office_forms` fixture,
tests.support.forms_data). The receipts' own limits are proven in test_upload_limits.py.
"""

import pytest
from django.conf import settings
from django.test import override_settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from home.forms import MAX_RECEIPTS_TOTAL
from tests.support.forms_data import (
    REFUND,
    pdf,
    refund_data,
    stored_refunds,
    translate_office_forms,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("office_forms")]

# The test client encodes a dict for MULTIPART_CONTENT itself; an equal string that is not
# that very object sends bytes as they are.
MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
TOO_LARGE_DE = "Die gesendeten Daten sind zu groß"


# --- Request bodies over the limit ------------------------------------------------------


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def post_declaring(client, url, length):
    """A POST that declares a body of `length` bytes; reading any of it fails."""
    return client.post(
        url,
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": UnreadableBody()},
    )


def test_body_over_the_limit_gets_413_in_german_without_being_read(client):
    """A POST to the German refund form declaring one byte more than REQUEST_BODY_MAX:
    413 with a short German page naming the limit, before anything reads the body (the
    view would), so no submission is stored."""
    url = REFUND.format("de")
    response = post_declaring(client, url, settings.REQUEST_BODY_MAX + 1)
    assert response.status_code == 413
    html = response.content.decode()
    assert response["Content-Language"] == "de"
    assert '<html lang="de" dir="ltr"' in html
    assert f"<h1>{TOO_LARGE_DE}</h1>" in html
    assert "Diese Website nimmt höchstens 40,0\xa0MB auf einmal an." in html
    # It says the entries are lost and leads back to the form, in the site's look.
    assert f'<a href="{url}">Zurück zum Formular</a>' in html
    assert 'href="/static/css/site.css"' in html
    assert not stored_refunds().exists()


def test_413_page_follows_the_language_of_the_address(client, office_forms):
    """The page is in the language of the URL: Arabic, right to left."""
    translate_office_forms(office_forms, "ar")
    response = post_declaring(client, REFUND.format("ar"), settings.REQUEST_BODY_MAX + 1)
    assert response.status_code == 413
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_body_at_the_limit_is_served_and_one_byte_over_is_not(client):
    """With the limit set to the exact size of a real refund POST, that POST is stored;
    with the limit one byte lower, the same POST gets 413 and nothing is stored."""
    url = REFUND.format("de")
    body = encode_multipart(BOUNDARY, refund_data([pdf()]))
    with override_settings(REQUEST_BODY_MAX=len(body) - 1):
        assert client.post(url, body, content_type=MULTIPART).status_code == 413
    assert not stored_refunds().exists()
    with override_settings(REQUEST_BODY_MAX=len(body)):
        assert client.post(url, body, content_type=MULTIPART).status_code == 200
    assert stored_refunds().get().receipts.count() == 1


def test_admin_paths_have_their_own_limit(client):
    """Under /admin/ REQUEST_BODY_MAX_ADMIN applies, elsewhere REQUEST_BODY_MAX: a body
    between the two is refused on a public page and let through to the admin."""
    body = encode_multipart(BOUNDARY, {"title": "x" * 5000})
    with override_settings(REQUEST_BODY_MAX=1000, REQUEST_BODY_MAX_ADMIN=len(body)):
        public = client.post(REFUND.format("en"), body, content_type=MULTIPART)
        admin = client.post("/admin/", body, content_type=MULTIPART)
    assert public.status_code == 413
    assert admin.status_code != 413


def test_a_refund_within_its_own_limits_never_meets_the_body_limit():
    """The body limits leave room for what the forms and the admin accept: a refund form
    with receipts of MAX_RECEIPTS_TOTAL and fields of DATA_UPLOAD_MAX_MEMORY_SIZE, plus
    1 MB of multipart framing, gets the form's own messages, never the bare 413 page; an
    admin upload of the largest document or image fits the admin's limit."""
    framing = 1024 * 1024
    assert (
        MAX_RECEIPTS_TOTAL + settings.DATA_UPLOAD_MAX_MEMORY_SIZE + framing
        <= settings.REQUEST_BODY_MAX
    )
    largest_upload = max(
        settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    )
    assert (
        largest_upload + settings.DATA_UPLOAD_MAX_MEMORY_SIZE + framing
        <= settings.REQUEST_BODY_MAX_ADMIN
    )


@pytest.mark.parametrize(("length", "status"), [("", 200), ("abc", 200), ("-1", 400)])
def test_missing_or_malformed_content_length_is_left_to_django(client, length, status):
    """Without a usable Content-Length the middleware refuses nothing and Django decides:
    it reads no body for a missing or unreadable length (the form asks for its fields) and
    answers a negative one with 400. Nothing is stored."""
    url = REFUND.format("en")
    response = client.post(url, content_type=MULTIPART_CONTENT, CONTENT_LENGTH=length)
    assert response.status_code == status
    assert not stored_refunds().exists()
