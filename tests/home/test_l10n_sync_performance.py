"""The bulk translation sync (home.l10n.sync): a bounded number of queries per page and
language whatever the batch, a second sync of unchanged pages that writes nothing, and
the same pages, revisions and log entries as wagtail-localize's own "Translate" action.
(Its speed is shown by `make bench-l10n`, not tested.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import Translation, TranslationLog, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.l10n.sync import sync_all
from home.models import StandardPage
from tests.support.marks import indexed
from tests.support.translation_data import localize

pytestmark = [pytest.mark.django_db, indexed]

BODY = [("paragraph", f"<p>Absatz {n} zum Übersetzen.</p>") for n in range(3)]
MAX_QUERIES_PER_PAGE_LOCALE = 40  # the target


def others():
    return list(Locale.objects.exclude(language_code="de").order_by("pk"))


def translated_parent(home, title):
    parent = home.add_child(instance=StandardPage(title=title))
    parent.save_revision().publish()
    TranslationCreator(None, others()).create_translations(parent)
    return parent


def german_pages(parent, count, prefix="Seite"):
    pages = []
    for n in range(count):
        page = parent.add_child(
            instance=StandardPage(title=f"{prefix} {n}", intro="Kurze Einleitung.", body=BODY)
        )
        page.save_revision().publish()
        pages.append(page)
    return pages


@pytest.mark.parametrize("count", [1, 5])
def test_a_batch_costs_at_most_40_queries_per_page_and_language(home_de, count):
    pages = german_pages(translated_parent(home_de, f"Eltern {count}"), count)
    locales = others()
    with CaptureQueriesContext(connection) as queries:
        report = sync_all(objects=pages, locales=locales, publish=False, machine=False)
    assert report.created == count * len(locales) and not report.failed
    assert len(queries) / (count * len(locales)) <= MAX_QUERIES_PER_PAGE_LOCALE
    for page in pages:
        assert Page.objects.filter(translation_key=page.translation_key).count() == 7


def test_a_second_sync_of_unchanged_pages_writes_nothing(home_de):
    pages = german_pages(translated_parent(home_de, "Eltern"), 3)
    sync_all(objects=pages, publish=False, machine=False)
    revisions, logs = Revision.objects.count(), TranslationLog.objects.count()
    with CaptureQueriesContext(connection) as queries:
        report = sync_all(objects=pages, publish=False, machine=False)
    assert report.unchanged == 3 * len(others())
    assert report.created == report.updated == 0
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
    assert len(queries) <= 20  # the status of every page and language, before and after
    assert (Revision.objects.count(), TranslationLog.objects.count()) == (revisions, logs)


def _state(page):
    """What a translation consists of, without ids and times."""
    page = page.specific
    revisions = Revision.objects.filter(
        object_id=str(page.pk), base_content_type=page.get_base_content_type()
    ).order_by("pk")
    return {
        "title": page.title,
        "draft_title": page.draft_title,
        "intro": page.intro,
        "body": [block.value.source for block in page.body],
        "slug": page.slug,
        "url_path_end": page.url_path.split("/")[-2:],
        "depth": page.depth,
        "live": page.live,
        "has_unpublished_changes": page.has_unpublished_changes,
        "latest_is_newest": page.latest_revision_id == revisions.last().pk,
        "revision_titles": [r.content["title"] for r in revisions],
        "log_actions": sorted(PageLogEntry.objects.filter(page=page).values_list("action")),
        "translation_logs": TranslationLog.objects.filter(
            source__object_id=page.translation_key, locale=page.locale
        ).count(),
        "translations": Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=page.locale, enabled=True
        ).count(),
    }


def test_the_bulk_sync_makes_what_wagtail_localize_makes(home_de):
    # the same page under two translated parents: one through wagtail-localize's own
    # "Translate" action, one through the bulk sync
    (stock,) = german_pages(translated_parent(home_de, "Eltern A"), 1)
    (bulk,) = german_pages(translated_parent(home_de, "Eltern B"), 1)
    TranslationCreator(None, others()).create_translations(stock)
    sync_all(objects=[bulk], publish=False, machine=False)
    for locale in others():
        assert _state(bulk.get_translation(locale)) == _state(stock.get_translation(locale))
    # then an edit of the German page, and wagtail-localize's "Sync translated pages"
    for page in (stock, bulk):
        page = page.specific
        page.intro = "Neue Einleitung."
        page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=stock.translation_key)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=False)
    sync_all(objects=[StandardPage.objects.get(pk=bulk.pk)], publish=False, machine=False)
    for locale in others():
        bulk_state = _state(bulk.get_translation(locale))
        assert bulk_state == _state(stock.get_translation(locale))
        assert bulk_state["intro"] == "Neue Einleitung."
        assert len(bulk_state["revision_titles"]) == 3  # the copy's, the first and the update


def test_a_page_under_an_untranslated_parent_gets_its_parent_as_wagtail_localize_does(home_de):
    localize(home_de, "tr")
    parent = home_de.add_child(instance=StandardPage(title="Ohne Übersetzung"))
    parent.save_revision().publish()
    (page,) = german_pages(parent, 1)
    turkish = Locale.objects.get(language_code="tr")
    report = sync_all(objects=[page], locales=[turkish], publish=False, machine=False)
    assert report.created == 1 and not report.failed
    copy = page.get_translation(turkish)
    # wagtail-localize's copy_parents: the parent's copy is an alias of the German parent
    assert copy.get_parent().specific.alias_of_id == parent.pk
