"""The demo command: idempotent, built through wagtail-localize, honest about gaps."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

from home.models import HomePage, OfficeSettings, StandardPage
from integration_pages.models import DataPoint, Dataset, FrozenReport, MeasureTask, MeasureUpdate
from snippets.models import Contact, Organisation
from tests.support.marks import demo

pytestmark = [pytest.mark.django_db, *demo]


def _counts():
    return {
        "pages": Page.objects.count(),
        "standard_pages": StandardPage.objects.count(),
        "home_pages": HomePage.objects.count(),
        "revisions": Revision.objects.count(),
        "contacts": Contact.objects.count(),
        "translations": Translation.objects.count(),
        "string_translations": StringTranslation.objects.count(),
        "sites": Site.objects.count(),
        "office_settings": OfficeSettings.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "organisations": Organisation.objects.count(),
        "users": get_user_model().objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        # the monitoring and the progress logs (home/demo/monitoring_builder.py)
        "datasets": Dataset.objects.count(),
        "data_points": DataPoint.objects.count(),
        "measure_updates": MeasureUpdate.objects.count(),
        "measure_tasks": MeasureTask.objects.count(),
        "frozen_reports": FrozenReport.objects.count(),
    }


def test_load_demo_twice_leaves_the_same_database():
    # The session fixture already ran load_demo once on an empty database.
    before = _counts()
    assert before["home_pages"] == 14  # Lübeck and Lüneburg in all seven languages
    call_command("load_demo", verbosity=0)
    assert _counts() == before


def test_demo_site_root_is_the_german_home_page():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.__class__ is HomePage
    assert site.root_page.locale.language_code == "de"
    # Wagtail's placeholder "Welcome" page is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_contact_is_the_office_address_and_translated():
    contact = Contact.objects.get(locale__language_code="de", name="Stabsstelle Integration")
    assert contact.email == "integration@luebeck.de"
    arabic = contact.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.email == "integration@luebeck.de"
    assert arabic.name == "مكتب الاندماج"


def test_translations_were_made_through_wagtail_localize():
    home = HomePage.objects.get(locale__language_code="de", slug="luebeck")
    targets = Translation.objects.filter(source__object_id=home.translation_key)
    assert {t.target_locale.language_code for t in targets} == {
        "en", "ar", "fa", "uk", "ru", "tr"
    }  # fmt: skip


def test_partly_translated_page_says_so_fully_translated_page_does_not(client):
    arabic = client.get("/ar/integrationskonzept/sprache-bildung/").content.decode()
    english = client.get("/en/integrationskonzept/sprache-bildung/").content.decode()
    assert "notice--translation" in arabic
    assert "notice--translation" not in english
    assert "lorem" not in arabic.lower()


def test_footer_shows_office_contact_and_legal_pages_in_the_reader_language(client):
    html = client.get("/en/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert "integration@luebeck.de" in footer
    for href, title in [
        ("/en/impressum/", "Imprint"),
        ("/en/datenschutz/", "Privacy statement"),
        ("/en/barrierefreiheit/", "Accessibility statement"),
    ]:
        assert f'<a href="{href}">{title}</a>' in footer


def test_legal_stub_pages_carry_real_headings(client):
    html = client.get("/de/barrierefreiheit/").content.decode()
    for heading in ["Nicht barrierefreie Inhalte", "Feedback und Kontakt", "Schlichtungsverfahren"]:
        assert f"<h2>{heading}</h2>" in html


def test_ensure_admin_creates_the_account_once(monkeypatch, capsys):
    from django.contrib.auth import get_user_model

    monkeypatch.setenv("DEMO_ADMIN_USER", "redaktion-demo")
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "geheim-123456")
    call_command("ensure_admin")
    user = get_user_model().objects.get(username="redaktion-demo")
    assert user.is_superuser and user.check_password("geheim-123456")
    assert "geheim-123456" in capsys.readouterr().out
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "anderes-passwort")
    call_command("ensure_admin")
    user.refresh_from_db()
    assert user.check_password("geheim-123456")


def test_legal_links_fall_back_to_the_german_pages_where_untranslated(client):
    for slug in ("impressum", "datenschutz"):
        Page.objects.get(
            slug=slug, locale__language_code="fa", url_path__startswith="/luebeck"
        ).delete()
    html = client.get("/fa/search/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/de/impressum/">Impressum</a>' in footer
    assert '<a href="/de/datenschutz/">Datenschutzerklärung</a>' in footer


def test_every_english_demo_page_is_fully_translated():
    """By the rule of integration_pages/core/translation_states.py: no segment shows German (a
    copy of the German does not count). Leichte Sprache, easy-to-read German, stays
    German by nature."""
    from django.utils import translation

    from home.models import EasyLanguagePage
    from home.templatetags.portal_tags import translation_incomplete

    with translation.override("en"):
        incomplete = [
            page.url_path
            for page in Page.objects.filter(locale__language_code="en").not_type(EasyLanguagePage)
            if translation_incomplete(page)
        ]
    assert incomplete == []


def test_demo_translations_hold_no_strings_the_demo_does_not_use():
    from wagtail_localize.models import String

    from home.demo.translations import TRANSLATIONS

    used = set(String.objects.values_list("data", flat=True))
    unused = {code: [s for s in strings if s not in used] for code, strings in TRANSLATIONS.items()}
    assert unused == {code: [] for code in TRANSLATIONS}


def test_an_older_demo_s_standard_page_at_the_forum_s_address_is_left_alone():
    from home.demo.builder import DemoBuilder
    from home.demo.forum_builder import ForumBuilder
    from integration_pages.models import ForumPage
    from tests.support.factories import StandardPageFactory

    home = HomePage.objects.get(locale__language_code="de", slug="lueneburg")
    old = StandardPageFactory(parent=home, slug="forum-fuer-migrantinnen", title="Altes Forum")
    messages = []
    german = Locale.objects.get(language_code="de")
    forum, objects = ForumBuilder(DemoBuilder(log=messages.append), german).build(home)
    assert (forum, objects) == (None, [])
    assert StandardPage.objects.get(pk=old.pk).title == "Altes Forum"
    assert not ForumPage.objects.descendant_of(home).exists()
    assert any("skipped" in message for message in messages)
