"""The admin's error pages speak the editor's admin language and lead back (issue 17).

An editor who opened a page that was deleted meanwhile used to be redirected from
/admin/pages/<id>/edit/ to /de/admin/…, the public site's "page not found", in German
whatever language they had chosen for the admin. Now the admin answers itself, with
Wagtail's 404 page in the editor's language and a link to the dashboard.
"""

import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.support.admin_language import logged_in_choosing_language

pytestmark = pytest.mark.django_db

MISSING_PAGE = "/admin/pages/999999/edit/"


@pytest.fixture
def editor_in(client, django_user_model):
    """A logged-in editor (admin access, nothing else) whose admin language is chosen."""
    user = django_user_model.objects.create_user("fehler", "f@example.org", "pw-123456789")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return logged_in_choosing_language(client, user)


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode())[0]


@pytest.mark.parametrize("url", [MISSING_PAGE, "/admin/kein-bereich/"])
def test_a_missing_admin_page_is_the_admins_404_not_a_redirect_to_the_public_site(editor_in, url):
    response = editor_in("de").get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404  # not 302 to /de/admin/…
    html = response.content.decode()
    assert "Fehler 404" in html
    assert f'href="{reverse("wagtailadmin_home")}"' in html  # the way back


def test_the_404_speaks_the_editors_admin_language_not_the_browsers(editor_in):
    response = editor_in("ar").get(MISSING_PAGE, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404
    assert 'lang="ar" dir="rtl"' in html_tag(response)
    assert "Fehler 404" not in response.content.decode()


def test_outside_the_admin_a_missing_address_still_gets_its_language_prefix(client):
    response = client.get("/gibt-es-nicht/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302 and response["Location"] == "/de/gibt-es-nicht/"
