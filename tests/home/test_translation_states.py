"""Honest translation states (issue 15): a segment whose "translation" is its German
source is not translated, whatever produced it, and the page, the status report and the
sync's summary all say so by the same rule (integration_pages/core/translation_states.py)."""

import re
from html import unescape
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import String, StringTranslation, Translation
from wagtail_localize.strings import StringValue

from home.l10n.machine import OfflineTranslator
from home.l10n.sync import status_rows, sync_all, sync_one
from home.models import StandardPage
from integration_pages.core.translation_states import MACHINE, REVIEWED, UNTRANSLATED
from tests.support.marks import indexed
from tests.support.translation_data import localize, tagged

pytestmark = [pytest.mark.django_db, indexed]

KNOWN = "Datenschutzerklärung"  # in the demo glossary for Arabic and English
UNKNOWN = "Ein Satz, den kein Glossar kennt."


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def page(home_de):
    page = home_de.add_child(instance=StandardPage(title=KNOWN, slug="stand", intro=UNKNOWN))
    page.save_revision().publish()
    return page


def sync(page, code, *, machine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return sync_all(objects=[page], locales=[locale(code)], publish=True, machine=machine)


def state_of(page, code):
    (row,) = status_rows(objects=[page], locales=[locale(code)])
    return row.statuses[code]


def strings_of(page, code):
    return StringTranslation.objects.filter(
        locale=locale(code), context__object_id=page.translation_key
    )


def copy_german_into(page, code):
    """What the offline translator used to store: each German string as its translation."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale(code)
    )
    for segment in translation.source.stringsegment_set.select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale(code),
            defaults={
                "data": segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": "Offline-Glossar",
            },
        )


def test_the_offline_translator_translates_glossary_terms_and_nothing_else():
    translator = OfflineTranslator({"GLOSSARY": "home.demo.translations.TRANSLATIONS"})
    known, unknown = StringValue.from_plaintext(KNOWN), StringValue.from_plaintext(UNKNOWN)
    result = translator.translate(locale("de"), locale("ar"), [known, unknown])
    assert list(result) == [known]  # the unknown text is left out, not copied
    assert result[known].render_text() == "بيان حماية البيانات"


def test_a_sync_stores_no_german_copy_and_the_page_says_it_shows_german(
    client, page, django_capture_on_commit_callbacks
):
    report = sync(
        page,
        "uk",
        machine=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert not strings_of(page, "uk").exists()  # nothing in the glossary for Ukrainian
    assert state_of(page, "uk") == UNTRANSLATED
    assert report.states == {UNTRANSLATED: 1}
    html = client.get(page.get_translation(locale("uk")).url).content.decode()
    assert "notice--untranslated" in html and "notice--machine" not in html


def test_german_copies_already_stored_do_not_count_as_translations(
    client, page, django_capture_on_commit_callbacks
):
    sync(
        page,
        "uk",
        machine=False,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    copy_german_into(page, "uk")
    assert strings_of(page, "uk").count() == 2  # title and introduction, both German
    assert state_of(page, "uk") == UNTRANSLATED  # not "machine", not "up to date"
    html = client.get(page.get_translation(locale("uk")).url).content.decode()
    assert "notice--untranslated" in html and "notice--machine" not in html


def test_a_german_copy_makes_way_for_the_machines_real_translation(
    page, django_capture_on_commit_callbacks
):
    sync(
        page,
        "ar",
        machine=False,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    copy_german_into(page, "ar")
    arabic = page.get_translation(locale("ar"))
    sync_one(
        page,
        arabic.locale,
        publish=True,
        translator=OfflineTranslator({"GLOSSARY": "home.demo.translations.TRANSLATIONS"}),
    )
    title = strings_of(page, "ar").get(translation_of=String.objects.get(data=KNOWN))
    assert title.data == "بيان حماية البيانات"
    # the introduction is still a German copy: the page still shows German in part
    assert state_of(page, "ar") == UNTRANSLATED


def test_machine_and_reviewed_are_told_apart(page, django_capture_on_commit_callbacks):
    sync(
        page,
        "ar",
        machine=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    intro = String.objects.get(data=UNKNOWN)
    segment = intro.segments.get(source__object_id=page.translation_key)
    StringTranslation.objects.create(
        translation_of=intro,
        context=segment.context,
        locale=locale("ar"),
        data="جملة لا يعرفها أي مسرد.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    assert state_of(page, "ar") == MACHINE  # the title is still the machine's
    StringTranslation.objects.filter(locale=locale("ar"), translation_of__data=KNOWN).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL
    )
    assert state_of(page, "ar") == REVIEWED


REVIEWED_TITLE = "Vollständig geprüfte Seite im Bericht"


def report_rows(admin_client, **params):
    """[(title, state in that language)] of every row the status report lists with these
    filters, from all of its pages (the worker's database may hold the demo too), and the
    HTML of its last page."""
    url = reverse("translation_status")
    rows, number = [], 1
    while True:
        response = admin_client.get(url, {**params, "p": number})
        assert response.status_code == 200
        html = response.content.decode()
        rows += [
            (unescape(title), state)
            for title, state in re.findall(
                r'<th scope="row">(.*?)</th><td>.*?</td>\s*'
                r'<td class="translation-status translation-status--(\w+)" '
                rf'data-language="{params["language"]}">',
                html,
            )
        ]
        if not response.context["page_obj"].has_next():
            return rows, html
        number += 1


def test_the_status_report_lists_and_filters_by_these_states(
    admin_client, home_de, page, django_capture_on_commit_callbacks
):
    sync(
        page,
        "uk",
        machine=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    # A second page, every text of it translated into Ukrainian by a person.
    reviewed = home_de.add_child(
        instance=StandardPage(title=REVIEWED_TITLE, slug="geprueft", intro="Alles übersetzt.")
    )
    reviewed.save_revision().publish()
    localize(reviewed, "uk", tagged("uk"))
    assert state_of(reviewed, "uk") == REVIEWED
    listed = {}
    for state in (UNTRANSLATED, REVIEWED):
        rows, _html = report_rows(admin_client, status=state, language="uk")
        assert {row_state for _title, row_state in rows} <= {state}
        listed[state] = {title for title, _row_state in rows}
    assert page.title in listed[UNTRANSLATED]
    assert REVIEWED_TITLE in listed[REVIEWED] and REVIEWED_TITLE not in listed[UNTRANSLATED]
    _rows, html = report_rows(admin_client, status=UNTRANSLATED, language="uk")
    assert 'translation-status--untranslated" data-language="uk"' in html
    assert "Deutsch angezeigt (nicht oder teilweise übersetzt)" in html


def test_sync_translations_sums_up_the_states_after_the_sync(
    page, django_capture_on_commit_callbacks
):
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("sync_translations", "--locale", "uk", stdout=out)
    assert "German shown (not or partly translated)" in out.getvalue()


def test_a_name_a_person_kept_counts_and_a_number_needs_no_translation(
    client, home_de, django_capture_on_commit_callbacks
):
    page = home_de.add_child(instance=StandardPage(title="BAMF", slug="bamf", intro="0451 122-0"))
    page.save_revision().publish()
    sync(
        page,
        "uk",
        machine=False,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    assert state_of(page, "uk") == UNTRANSLATED  # the title has letters and no translation
    title = String.objects.get(data="BAMF")
    kept = StringTranslation.objects.create(
        translation_of=title,
        context=title.segments.get(source__object_id=page.translation_key).context,
        locale=locale("uk"),
        data="BAMF",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    # The translator kept the name; the introduction, a phone number, is not counted.
    assert state_of(page, "uk") == REVIEWED
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale("uk")
        ).save_target(publish=True)
    html = client.get(page.get_translation(locale("uk")).url).content.decode()
    assert "notice--untranslated" not in html and "notice--translation" not in html
    # The same text left by a machine is a copy, not a translation.
    kept.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
    kept.save()
    assert state_of(page, "uk") == UNTRANSLATED


def test_the_api_gives_each_translated_page_its_state_by_the_same_rule(
    client, page, django_capture_on_commit_callbacks
):
    def api_state(obj):
        # The test client's host: the site of `home_de`, which the page is part of.
        response = client.get(f"/api/v2/pages/{obj.pk}/")
        assert response.status_code == 200
        return response.json()["meta"]["translation_state"]

    sync(
        page,
        "ar",
        machine=True,
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    arabic = page.get_translation(locale("ar"))
    assert api_state(page) is None  # the German original translates nothing
    assert api_state(arabic) == state_of(page, "ar") == UNTRANSLATED  # the intro shows German
    intro = String.objects.get(data=UNKNOWN)
    StringTranslation.objects.create(
        translation_of=intro,
        context=intro.segments.get(source__object_id=page.translation_key).context,
        locale=locale("ar"),
        data="جملة لا يعرفها أي مسرد.",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    assert api_state(arabic) == state_of(page, "ar") == MACHINE  # the title is the glossary's
    # Reviewed as wagtail-localize's editor does it: each translation saved.
    for reviewed in StringTranslation.objects.filter(
        locale=locale("ar"), translation_of__data=KNOWN
    ):
        reviewed.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        reviewed.save()
    assert api_state(arabic) == state_of(page, "ar") == REVIEWED
    listing = client.get("/api/v2/pages/").json()
    assert listing["items"]
    assert "translation_state" not in listing["items"][0]["meta"]  # detail view only
