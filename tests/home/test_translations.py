"""Translator workflow: status report, bulk sync, PO round trip, machine translation and
parallel reading (every page type in all seven languages: test_page_types_translated.py).

Each test builds and translates the pages it reads (tests.support.translation_data); the
two that check what the demo itself ships are marked `demo`."""

import re
from html import escape
from urllib.parse import urlsplit

import polib
import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from home.l10n.sync import status_rows, sync_all
from home.models import StandardPage
from integration_pages.core.translation_states import (
    MISSING,
    OUTDATED,
    SYNCED,
    UNTRANSLATED,
)
from tests.support.marks import demo, indexed
from tests.support.translation_data import (
    FUNDING_ENGLISH,
    forum_page,
    funding_page,
    localize,
    tagged,
    titles_in,
)

pytestmark = [pytest.mark.django_db, indexed]

CODES = [code for code, _name in settings.LANGUAGES]
RTL = {"ar", "fa"}


def path(page):
    return urlsplit(page.url).path


def with_demo(test):
    """Marks a test of the demo's own content (tests.support.marks)."""
    for mark in demo:
        test = mark(test)
    return test


def _page_types():
    """One German page of every page type that has pages."""
    seen = {}
    for page in Page.objects.filter(locale__language_code="de", depth__gte=2).specific():
        seen.setdefault(type(page), page)
    return list(seen.values())


@with_demo
def test_the_demo_has_every_page_in_every_language():
    rows = status_rows(objects=_page_types())
    assert len(rows) >= 11  # home, standard, concept, goal, measure, Forum ×4, plan, signpost
    for row in rows:
        assert set(row.statuses.values()) <= set(SYNCED), row.obj  # none missing or outdated


def _edit_german(page, text):
    """An editor's change of the German page, committed: the page cache forgets the
    pages that show it when the change commits, which in a test is here."""
    page = page.specific
    page.intro = text
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()


def translated_funding_page(home, codes=CODES):
    """The funding page, every text translated by hand into each of `codes` but German."""
    german = funding_page(home)
    for code in codes:
        if code != "de":
            localize(german, code, FUNDING_ENGLISH if code == "en" else tagged(code))
    return german


def test_after_a_german_edit_the_report_says_outdated_and_after_a_sync_up_to_date(
    superuser_client, home_de, django_capture_on_commit_callbacks
):
    german = translated_funding_page(home_de)
    url = reverse("translation_status")
    query = {"kind": "Standardseite"}

    def statuses():
        # the report lists 50 rows a page; with the demo in the database ours may be later
        for number in range(1, 20):
            html = superuser_client.get(url, {**query, "p": number}).content.decode()
            if escape(german.title) in html:
                break
        row = html[html.index(escape(german.title)) :].split("</tr>")[0]
        found = re.findall(r'translation-status--(\w+)" data-language="(\w+)"', row)
        assert {code for _status, code in found} == set(CODES) - {"de"}
        return found

    assert {status for status, _code in statuses()} <= set(SYNCED)
    _edit_german(german, "Neue Einleitung zu den Netzwerken.")
    assert {status for status, _code in statuses()} == {OUTDATED}
    # The bulk sync of `manage.py sync_translations --publish`, limited to this page: in a
    # database of nothing but migrations it would also translate their snippets (ECCAR
    # commitments, language names) into every language. wagtail-localize publishes when
    # the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        sync_all(objects=[german], publish=True)
    # Synced, but nobody has translated the new introduction: it shows in German, and
    # the report says so instead of "up to date".
    assert {status for status, _code in statuses()} == {UNTRANSLATED}
    persian = german.get_translation(Locale.objects.get(language_code="fa"))
    html = superuser_client.get(persian.url).content.decode()
    assert "Neue Einleitung zu den Netzwerken." in html
    assert "notice--machine" not in html


def test_a_new_german_page_is_missing_until_synced_and_then_a_draft(
    home_de, django_capture_on_commit_callbacks
):
    localize(home_de, "tr")
    page = home_de.add_child(instance=StandardPage(title="Neu", slug="neu-hier"))
    page.save_revision().publish()
    (row,) = status_rows(objects=[page])
    assert set(row.statuses.values()) == {MISSING}
    with django_capture_on_commit_callbacks(execute=True):
        # the bulk sync, of this page (the database may hold other German objects)
        report = sync_all(objects=[page], locales=[Locale.objects.get(language_code="tr")])
    assert report.created == 1 and not report.failed
    turkish = page.get_translation(Locale.objects.get(language_code="tr"))
    assert not turkish.live  # drafts until a translator or editor publishes them


def test_machine_translation_is_marked_and_uses_the_configured_translator(
    client, home_de, django_capture_on_commit_callbacks
):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"].endswith("OfflineTranslator")
    localize(home_de, "ar")
    page = home_de.add_child(instance=StandardPage(title="Datenschutzerklärung", slug="mt-probe"))
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        # the bulk sync, of this page (the database may hold other German objects)
        sync_all(objects=[page], locales=[Locale.objects.get(language_code="ar")], publish=True)
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.live
    # The offline translator knows this phrase from its glossary.
    assert arabic.title == "بيان حماية البيانات"
    assert StringTranslation.objects.filter(
        locale__language_code="ar",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        context__object_id=page.translation_key,
    ).exists()
    html = client.get(arabic.url).content.decode()
    assert "notice--machine" in html


def test_a_page_s_translation_round_trips_through_a_po_file(superuser_client, home_de):
    german = translated_funding_page(home_de, ["en"])
    english = german.get_translation(Locale.objects.get(language_code="en"))
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale__language_code="en"
    )
    download = superuser_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    po = polib.pofile(download.content.decode())
    entry = next(e for e in po if e.msgid == german.intro)
    entry.msgstr = "Committees, edited in a PO file."
    upload = superuser_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": _file(str(po))},
    )
    assert upload.status_code in (200, 302)
    translation.save_target(publish=True)
    assert "Committees, edited in a PO file." in superuser_client.get(english.url).content.decode()


def _file(text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("translation.po", text.encode(), content_type="text/x-gettext")


def test_parallel_view_shows_german_beside_the_other_language_block_by_block(client, home_de):
    german = translated_funding_page(home_de, ["en", "ar"])
    english = german.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(path(german), {"parallel": "en"}).content.decode()
    assert 'lang="de"' in html and 'lang="en" dir="ltr"' in html
    rows = html.split('class="parallel__row')[1:]
    assert len(rows) >= 1 + len(german.body)
    german_blocks = [str(b.value.get("question", "")) for b in german.body if b.block_type == "faq"]
    english_blocks = {b.id: b for b in english.body}
    for block in german.body:
        if block.block_type == "faq":
            pair = next(r for r in rows if escape(str(block.value["question"])) in r)
            assert escape(str(english_blocks[block.id].value["question"])) in pair
    assert german_blocks
    arabic = client.get(path(german), {"parallel": "ar"}).content.decode()
    assert 'lang="ar" dir="rtl"' in arabic


def test_a_translated_page_links_to_the_parallel_view_and_says_when_german_is_newer(
    client, home_de
):
    german = translated_funding_page(home_de, ["en"])
    english = german.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url).content.decode()
    assert f'href="{path(german)}?parallel=en"' in html
    assert "The German version of this page is newer" not in html
    _edit_german(german, "Geänderte Einleitung.")
    # The page cache serves the English page to "testserver", the site's own address, and
    # publishing the German page does not purge its translations (their notice goes stale
    # until the entry expires): this test is about the notice, so it asks afresh.
    cache.clear()
    html = client.get(english.url).content.decode()
    assert "The German version of this page is newer" in html


def test_a_private_page_is_not_shown_through_the_parallel_view(client, home_de):
    from wagtail.models import PageViewRestriction

    german = translated_funding_page(home_de, ["en"])
    english = german.get_translation(Locale.objects.get(language_code="en"))
    PageViewRestriction.objects.create(page=english, restriction_type="login")
    html = client.get(path(german), {"parallel": "en"}).content.decode()
    assert "parallel__table" not in html


@with_demo
@pytest.mark.parametrize(
    "slug,arabic_text",
    [("integrationskonzept", "أُقرّ التحديث في 25.03.2021"), ("wegweiser", "يساعدك هذا الدليل")],
)
def test_concept_and_signpost_introductions_are_hand_translated_into_arabic(
    client, slug, arabic_text
):
    german = Page.objects.get(
        locale__language_code="de", slug=slug, url_path__startswith="/luebeck/"
    )
    arabic = german.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic_text in client.get(arabic.url).content.decode()


@pytest.mark.parametrize("code,month", [("de", "Juni"), ("ar", "يونيو"), ("ru", "июня")])
def test_dates_are_written_the_reader_s_way(client, home_de, code, month):
    forum = forum_page(home_de)
    if code != "de":
        forum = localize(forum, code, titles_in(code, [home_de, forum]))
    html = client.get(forum.url).content.decode()
    assert month in html  # the Forum's founding date, 20 June 2007
