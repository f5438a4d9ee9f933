"""wagtail-localize's PO upload and machine translation, guarded (issue 15,
home/l10n/guards.py).

A translator's PO file is checked before it is imported: a file that is
not UTF-8, not valid PO, made for another translation, with texts the page does not have
or without texts it has, or with plural forms, is refused with a message naming the file
and the line, in the translator's admin language (German for these accounts), and nothing
of it is imported. A good file is imported whole. A machine translator that fails leaves
nothing half-translated and the editor is told."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation, Translation

from tests.support.translation_data import FUNDING_ENGLISH, funding_page, localize

pytestmark = pytest.mark.django_db

NEXT = "/admin/"


@pytest.fixture
def translation(home_de):
    """The English translation of a German funding page (which has an Arabic one too),
    made with wagtail-localize."""
    german = funding_page(home_de)
    localize(german, "en", FUNDING_ENGLISH)
    localize(german, "ar")  # another translation of the same page
    return Translation.objects.get(
        source__object_id=german.translation_key, target_locale__language_code="en"
    )


def exported(translation):
    """The translation's own PO file, every text translated with a marker."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"EN: {entry.msgid}"
    return po


def upload(client, translation, content, name="foerderung-en.po"):
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content, content_type="text/x-gettext"), "next": NEXT},
    )
    assert response.status_code == 302 and response["Location"] == NEXT
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def stored(translation):
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object=translation.source.object
        ).values_list("translation_of__data", "data")
    )


def test_a_good_file_is_imported_whole(superuser_client, translation):
    po = exported(translation)
    upload(superuser_client, translation, str(po).encode())
    assert all(stored(translation)[entry.msgid] == entry.msgstr for entry in po)


def test_a_file_that_is_not_utf8_is_refused_with_its_line(superuser_client, translation):
    before = stored(translation)
    text = str(exported(translation)).encode()
    broken = text.replace(b"EN: ", "EN: \u00e4".encode("latin-1"), 1)  # a Latin-1 byte
    line = text[: text.index(b"EN: ")].count(b"\n") + 1
    message = upload(superuser_client, translation, broken)
    assert f"foerderung-en.po, Zeile {line}: Die Datei ist kein UTF-8-Text." in message
    assert "Es wurde nichts importiert." in message
    assert stored(translation) == before


def test_a_syntax_error_names_its_line(superuser_client, translation):
    lines = str(exported(translation)).splitlines()
    lines.insert(20, "das ist kein PO")
    message = upload(superuser_client, translation, "\n".join(lines).encode())
    assert "foerderung-en.po, Zeile 21: Das ist keine gültige PO-Syntax." in message


def test_a_file_without_its_translation_id_is_refused_not_a_server_error(
    superuser_client, translation
):
    po = exported(translation)
    del po.metadata["X-WagtailLocalize-TranslationID"]
    message = upload(superuser_client, translation, str(po).encode())
    assert "foerderung-en.po wurde nicht aus dieser Übersetzung heruntergeladen" in message


def test_a_file_of_another_translation_is_refused(superuser_client, translation):
    other = Translation.objects.filter(source=translation.source).exclude(pk=translation.pk)[0]
    message = upload(superuser_client, translation, str(exported(other)).encode())
    assert "foerderung-en.po gehört zu einer anderen Seite oder Sprache." in message


def test_a_text_the_page_does_not_have_refuses_the_whole_file(superuser_client, translation):
    before = stored(translation)
    po = exported(translation)
    po.append(polib.POEntry(msgctxt="intro", msgid="Ein Text von früher", msgstr="Old text"))
    message = upload(superuser_client, translation, str(po).encode())
    assert "„Ein Text von früher“ ist (nicht mehr) ein Text dieser Seite." in message
    assert "foerderung-en.po, Zeile " in message
    assert stored(translation) == before  # the good entries were not imported either


def test_a_file_that_lacks_texts_of_the_page_is_refused(superuser_client, translation):
    po = exported(translation)
    dropped = po.pop()
    message = upload(superuser_client, translation, str(po).encode())
    assert "In foerderung-en.po fehlt 1 Text dieser Seite" in message
    assert dropped.msgid[:20] in message


def test_plural_forms_are_refused(superuser_client, translation):
    po = exported(translation)
    po[0].msgid_plural = po[0].msgid + " (mehrere)"
    po[0].msgstr_plural = {0: "one", 1: "more"}
    message = upload(superuser_client, translation, str(po).encode())
    assert "Pluralformen werden in Seitentexten nicht verwendet." in message


class FailingTranslator(BaseMachineTranslator):
    """A translator service that does not answer in time."""

    display_name = "Kaputt"

    def translate(self, source_locale, target_locale, strings):
        raise TimeoutError("the service did not answer")

    def can_translate(self, source_locale, target_locale):
        return True


def test_a_failing_machine_translator_translates_nothing_and_says_so(
    superuser_client, translation, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "tests.home.test_translation_guards.FailingTranslator"
    }
    StringTranslation.objects.filter(
        locale=translation.target_locale, context__object=translation.source.object
    ).delete()
    response = superuser_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": NEXT}
    )
    assert response.status_code == 302 and response["Location"] == NEXT
    message = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "Die maschinelle Übersetzung ist fehlgeschlagen (TimeoutError)" in message
    assert stored(translation) == {}
