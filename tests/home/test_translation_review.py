"""A translator hands a finished page translation to Redaktion (issue 15): the page
explorer offers "Submit for review" on translated pages; it starts "Übersetzung prüfen",
Redaktion gets a mail, the status report says "awaiting review". Nobody else can start it,
not by a forged request either."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, WorkflowState

from home.editorial_access import EDITORS, PRESS, TRANSLATORS
from home.l10n.sync import status_rows
from home.models import StandardPage
from integration_pages.core.translation_states import AWAITING_REVIEW
from tests.support.marks import indexed
from tests.support.translation_data import funding_page, localize, titles_in

pytestmark = [pytest.mark.django_db, indexed]


@pytest.fixture
def member(django_user_model):
    def make(group_name, username=None):
        # not the demo's accounts' names (redakteurin, uebersetzung …): it may be loaded too
        username = (username or group_name.lower().replace("ü", "ue")) + "-pruefung"
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def arabic_page(home_de):
    """A live Arabic translation of a standard page. Translating the home page into Arabic
    roots an Arabic tree, which gets the workflow "Übersetzung prüfen" (home/0011)."""
    german = funding_page(home_de)
    arabic = localize(german, "ar", titles_in("ar", [home_de, german]))
    assert isinstance(arabic, StandardPage) and arabic.live
    return arabic


def url(page):
    return reverse("submit_translation_for_review", args=[page.pk])


def report_status(page):
    german = page.get_translation(Locale.objects.get(language_code="de")).specific
    (row,) = status_rows(objects=[german], locales=[page.locale])
    return row.statuses[page.locale.language_code]


def test_the_explorer_offers_the_translator_to_submit_a_translated_page(
    client, member, arabic_page
):
    client.force_login(member(TRANSLATORS))
    html = client.get(reverse("wagtailadmin_explore", args=[arabic_page.get_parent().pk]))
    assert url(arabic_page) in html.content.decode()
    german = arabic_page.get_translation(Locale.objects.get(language_code="de"))
    html = client.get(reverse("wagtailadmin_explore", args=[german.get_parent().pk]))
    assert url(german) not in html.content.decode()  # German pages are published directly


def test_submitting_starts_the_review_mails_redaktion_and_shows_in_the_report(
    client, member, arabic_page, mailoutbox
):
    member(EDITORS, "redakteurin")
    translator = member(TRANSLATORS)
    client.force_login(translator)
    confirm = client.get(url(arabic_page))
    assert "Übersetzung prüfen" in confirm.content.decode()
    assert not arabic_page.workflow_in_progress  # asking is not submitting
    response = client.post(url(arabic_page))
    assert response.status_code == 302
    arabic_page.refresh_from_db()
    assert arabic_page.workflow_in_progress
    assert arabic_page.current_workflow_state.requested_by == translator
    assert "redakteurin-pruefung@example.org" in {a for mail in mailoutbox for a in mail.to}
    assert report_status(arabic_page) == AWAITING_REVIEW
    assert not arabic_page.permissions_for_user(translator).can_publish()

    again = client.post(url(arabic_page))
    message = list(get_messages(again.wsgi_request))[-1]  # after the first one's success
    assert message.level_tag == "warning"
    assert "wartet bereits auf Prüfung" in str(message)  # the admin speaks German
    assert WorkflowState.objects.filter(object_id=str(arabic_page.pk)).count() == 1


def test_a_german_page_cannot_be_submitted_to_the_translation_review(client, member, arabic_page):
    german = arabic_page.get_translation(Locale.objects.get(language_code="de"))
    client.force_login(member(TRANSLATORS))
    client.post(url(german))
    german.refresh_from_db()
    assert not german.workflow_in_progress


def test_a_forged_request_of_someone_who_may_not_edit_the_page_is_refused(
    client, member, arabic_page
):
    client.force_login(member(PRESS))  # Presse edits the press sections only
    response = client.post(url(arabic_page))
    # Wagtail answers a refused admin request with its dashboard and "no permission"
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    arabic_page.refresh_from_db()
    assert not arabic_page.workflow_in_progress
