"""The hand translations of what newcomers read (issue 15): PO files in the repository, one
per page or snippet and language (home/demo/translations/objects/), that load_demo imports
through wagtail-localize's PO import as reviewed translations."""

import re
from collections import Counter

import polib
import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, TranslationSource

from home.demo.po_files import (
    LANGUAGES,
    ROOT,
    import_all,
    newcomer_objects,
    path_of,
)
from home.localize_admin import PO_UPLOAD
from integration_pages.core.translation_states import REVIEWED, page_state
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]
LETTER = re.compile(r"[^\W\d_]")
# A name the translator keeps as it is ("BKMG") is entered unchanged: a translator's decision,
# counted as translated by the states, but not by the count of translated strings below.
TARGET = 0.95


@pytest.fixture(scope="module")
def shipped():
    return sorted(ROOT.rglob("*.po"))


def test_every_file_is_a_po_file_of_its_language_for_an_object_of_the_demo(shipped):
    keys = [key for key, _obj in newcomer_objects()]
    assert len(keys) == len(set(keys)), "two objects share one folder"
    assert len(shipped) == len(keys) * len(LANGUAGES)
    for path in shipped:
        po = polib.pofile(str(path))
        assert po.metadata["Language"] == path.stem, path
        assert str(path.parent.relative_to(ROOT)) in keys, path
        assert not [entry for entry in po if "fuzzy" in entry.flags], path


def test_the_files_hold_exactly_the_german_strings_of_their_object():
    """If this fails, the demo's German text changed: run `manage.py demo_po` and give the
    new strings to the translators."""
    for key, obj in newcomer_objects():
        source = TranslationSource.objects.get(
            object_id=obj.translation_key, locale__language_code="de"
        )
        german = {
            segment.string.data
            for segment in source.stringsegment_set.select_related("string", "context")
            if segment.context.path != "slug"
        }
        for code in LANGUAGES:
            assert {e.msgid for e in polib.pofile(str(path_of(key, code)))} == german, (key, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_at_least_95_percent_of_the_strings_are_translated(code):
    counts = Counter()
    for key, _obj in newcomer_objects():
        for entry in polib.pofile(str(path_of(key, code))):
            if LETTER.search(entry.msgid):
                counts["strings"] += 1
                counts["translated"] += bool(entry.msgstr and entry.msgstr != entry.msgid)
    assert counts["translated"] >= TARGET * counts["strings"], counts


@pytest.mark.parametrize("code", LANGUAGES)
def test_load_demo_imported_every_translation_as_a_reviewed_po_upload(code):
    locale = Locale.objects.get(language_code=code)
    reviewed = 0
    for key, obj in newcomer_objects():
        entries = polib.pofile(str(path_of(key, code)))
        strings = {e.msgid: e.msgstr for e in entries if e.msgstr}
        stored = {
            st.translation_of.data: st
            for st in StringTranslation.objects.filter(
                locale=locale, context__object_id=obj.translation_key
            ).select_related("translation_of")
        }
        for german, text in strings.items():
            assert stored[german].data == text, (key, german)
            assert stored[german].translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
        complete = all(e.msgstr for e in entries if LETTER.search(e.msgid)) and bool(entries)
        if complete and isinstance(obj, Page):
            assert page_state(obj.get_translation(locale)) == REVIEWED, (key, code)
            reviewed += 1
    assert reviewed >= 10, "the home pages, the signpost, the Forum, events … read as reviewed"
    assert StringTranslation.objects.filter(locale=locale, tool_name=PO_UPLOAD).exists()


def test_importing_the_files_again_changes_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert import_all(log=lambda _message: None) == 0
