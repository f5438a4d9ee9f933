"""Workflows that fit the office (issue 17): Wagtail's stock "Moderators approval", for a
group nobody belongs to, is switched off by migration home/0010; pages outside the press
sections are published directly by those who may publish, and nothing that was
submitted to the stock workflow keeps Redaktion out of a page.

Each test builds its pages below its own home page (`home_de`)."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow, WorkflowPage

from home.editorial_access import EDITORS, WORKFLOW
from integration_pages.core.translation_states import AWAITING_REVIEW
from tests.support.concept_data import add_measure, make_goal
from tests.support.factories import NewsPageFactory, StandardPageFactory
from tests.support.site import translate

pytestmark = pytest.mark.django_db
retire = importlib.import_module("home.migrations.0010_retire_stock_workflow").retire


@pytest.fixture
def newsroom(home_de):
    from home.models import NewsIndexPage

    return home_de.add_child(instance=NewsIndexPage(title="Presse", slug="presse"))


@pytest.fixture
def release(newsroom):
    """A German press release in the newsroom, as the press office would have written it."""
    page = NewsPageFactory(parent=newsroom, slug="neue-beratungszeiten")
    page.save_revision().publish()
    return page


@pytest.fixture
def measure(home_de):
    goal = make_goal(home_de)
    return add_measure(goal, "sprachkurs")


def test_no_page_is_under_the_stock_workflow_and_measures_have_none(measure):
    stock = Workflow.objects.get(name="Moderators approval")
    assert not stock.active
    assert not WorkflowPage.objects.filter(workflow=stock).exists()
    assert measure.get_workflow() is None


def test_the_press_sections_keep_redaktionsfreigabe(home_de, newsroom):
    newsroom = (
        Page.objects.descendant_of(home_de)
        .filter(locale__language_code="de")
        .type(apps.get_model("home", "NewsIndexPage"))
    )
    assert newsroom.exists()
    for page in newsroom:
        assert page.get_workflow().name == WORKFLOW


def test_a_submission_left_in_the_stock_workflow_no_longer_locks_redaktion_out(
    measure, django_user_model
):
    """As on an installation from before the migration: the stock workflow active on the
    root, a translator's draft submitted to it. After the migration the submission is
    cancelled and Redaktion edits and publishes the page."""
    stock = Workflow.objects.get(name="Moderators approval")
    stock.active = True
    stock.save()
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=stock)
    translator = django_user_model.objects.create_user("uebersetzerin", password="x")
    measure.save_revision(user=translator)
    stock.start(measure, translator)
    editor = django_user_model.objects.create_user("redakteur", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    measure.refresh_from_db()
    assert measure.workflow_in_progress
    assert measure.get_lock().for_user(editor)  # locked: only Moderators may act

    retire(apps, None)

    measure.refresh_from_db()
    assert not measure.workflow_in_progress
    assert measure.get_lock() is None
    permissions = measure.permissions_for_user(editor)
    assert permissions.can_edit() and permissions.can_publish()
    assert measure.get_workflow() is None


def test_a_press_release_submitted_for_approval_is_mailed_to_redaktion(mailoutbox, release):
    """The demo accounts have addresses, so Wagtail's workflow notifications reach
    someone: a release the press office submits is mailed to Redaktion."""
    import io

    from django.core.management import call_command

    from home.models import NewsPage

    call_command("ensure_demo_users", stdout=io.StringIO())
    User = apps.get_model("auth", "User")
    press = User.objects.get(username="presse")
    assert press.email == "presse@example.org"
    release = NewsPage.objects.get(pk=release.pk)
    release.save_revision(user=press)
    release.get_workflow().start(release, press)
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert "redaktion@example.org" in recipients
    assert any(release.title in mail.subject for mail in mailoutbox)


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_the_press_office_is_mailed_when_redaktion_decides(mailoutbox, release, decision):
    """The one who submitted hears of the decision without looking at the dashboard."""
    import io

    from django.core.management import call_command

    from home.models import NewsPage

    call_command("ensure_demo_users", stdout=io.StringIO())
    User = apps.get_model("auth", "User")
    press, editor = User.objects.get(username="presse"), User.objects.get(username="redaktion")
    release = NewsPage.objects.get(pk=release.pk)
    release.save_revision(user=press)
    workflow_state = release.get_workflow().start(release, press)
    mailoutbox.clear()
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(release, editor)
    if decision == "approve":
        task.on_action(task_state, editor, "approve")
    else:
        task.on_action(task_state, editor, "reject")
    to_press = [mail for mail in mailoutbox if "presse@example.org" in mail.to]
    assert to_press, [mail.to for mail in mailoutbox]
    assert release.title in to_press[0].subject


def test_redaktion_can_act_on_every_task_of_every_active_workflow():
    """No task leaves a page to a group without Redaktion: whoever may publish can always
    approve, reject or take over (the stock workflow once locked Redaktion out)."""
    from wagtail.models import GroupApprovalTask

    tasks = GroupApprovalTask.objects.filter(active=True, workflow_tasks__workflow__active=True)
    assert tasks.exists()
    for task in tasks.distinct():
        assert task.groups.filter(name=EDITORS).exists(), task.name


def test_translated_trees_go_through_redaktions_review_and_german_pages_do_not(
    home_de, newsroom, measure
):
    from home.models import HomePage

    for language in ("en", "ar"):
        translate(home_de, language)
    arabic_news = translate(newsroom, "ar")
    homes = HomePage.objects.filter(translation_key=home_de.translation_key)
    assert homes.exclude(locale__language_code="de").count() == 2
    for home in homes.exclude(locale__language_code="de"):
        assert home.get_workflow().name == "Übersetzung prüfen", home.locale
    assert arabic_news.get_workflow().name == WORKFLOW  # the press sections keep theirs
    assert HomePage.objects.get(pk=home_de.pk).get_workflow() is None
    assert measure.get_workflow() is None


def test_a_translation_submitted_by_a_translator_is_reviewed_by_redaktion(
    django_user_model, mailoutbox, home_de
):
    """A translator cannot publish; submitting the Arabic page puts it in Redaktion's
    review. Redaktion may act on the task and is never locked out of the page."""
    from home.editorial_access import TRANSLATORS
    from home.models import StandardPage

    translator = django_user_model.objects.create_user(
        "uebersetzerin", "u@example.org", password="x"
    )
    translator.groups.add(Group.objects.get(name=TRANSLATORS))
    editor = django_user_model.objects.create_user("redakteur", "r@example.org", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    german = StandardPageFactory(parent=home_de, slug="foerderung")
    german.save_revision().publish()
    translate(home_de, "ar")
    page = StandardPage.objects.get(pk=translate(german, "ar").pk)
    assert not page.permissions_for_user(translator).can_publish()
    page.save_revision(user=translator)
    state = page.get_workflow().start(page, translator)
    assert report_status(page) == AWAITING_REVIEW  # the translation status report says so
    task = state.current_task_state.task.specific
    assert task.name == "Prüfung der Übersetzung durch die Redaktion"
    page.refresh_from_db()
    assert task.user_can_access_editor(page, editor)
    assert not page.get_lock().for_user(editor)
    assert "r@example.org" in {address for mail in mailoutbox for address in mail.to}
    task.on_action(state.current_task_state, editor, "approve")
    page.refresh_from_db()
    assert not page.workflow_in_progress
    assert page.live_revision == page.latest_revision
    assert report_status(page) != AWAITING_REVIEW


def report_status(page):
    """The translation status report's cell for `page`'s language in its German row."""
    from wagtail.models import Locale

    from home.l10n.sync import status_rows

    german = page.get_translation(Locale.objects.get(language_code="de")).specific
    (row,) = status_rows(objects=[german], locales=[page.locale])
    return row.statuses[page.locale.language_code]


def test_a_language_added_later_gets_the_review_too(home_de):
    """wagtail-localize creates a new language's home page; it gets the workflow then."""
    from wagtail.models import Locale

    from home.models import HomePage

    polish = Locale.objects.create(language_code="pl")
    translated = home_de.copy_for_translation(polish)
    assert isinstance(translated.specific, HomePage)
    assert translated.get_workflow().name == "Übersetzung prüfen"
