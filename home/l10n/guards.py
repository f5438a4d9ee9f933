"""wagtail-localize's PO upload, machine translation, sync and alias conversion, guarded
against bad input, failing services and publishing by those who may not. These views
answer wagtail-localize's own addresses (their URLs come first).

**The PO upload** checks a translator's file before wagtail-localize imports it.

wagtail-localize's upload answers a file without its translation id with a server error,
says only "Please upload a valid PO file" for a syntax error or a file that is not UTF-8,
and imports what it can of a file that does not fit the page: texts the page no longer
has are dropped without a word, texts missing from the file stay as they were. A
translation agency's file that was made for an older version of the page, or mangled by
an editor, half-imports. Here the file is checked first, every problem named with the
file's name and line, and either imported whole (in one transaction) or not at all.

**Publishing stays with those who may publish.** wagtail-localize lets anyone who may
edit a translation publish it through "Sync translated pages" (its "Publish immediately"
box) and through "Convert to alias page" (which puts the German page's content live in
the translated tree): the Übersetzung group edits every page but publishes none. Both are
offered only to users who may publish every page concerned, and a request made by hand
for either is refused.

**Machine translation** from the translation editor: a translator service that times out,
refuses the key or answers nonsense raised a server error. Here nothing it did is kept,
and the editor says that the machine failed and why.
"""

import contextlib
import logging
import os
import re
import tempfile

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.edit_translation import (
    machine_translate,
    upload_pofile,
    user_can_edit_instance,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

logger = logging.getLogger(__name__)

MAX_PROBLEMS = 5  # named one by one; beyond that, counted
ID_HEADER = "X-WagtailLocalize-TranslationID"


class Refused(Exception):
    pass


def parse(name, content):
    """The PO file in `content` (bytes), or Refused with where it breaks."""
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise Refused(
            _(
                "%(file)s, line %(line)s: the file is not UTF-8 text. Save it as UTF-8 in "
                "your PO editor and upload it again."
            )
            % {"file": name, "line": line}
        ) from None
    # polib takes a string for the file's name if it can: never hand it the content.
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as file:
        file.write(content)
    try:
        return polib.pofile(file.name)
    except (OSError, ValueError) as error:
        found = re.search(r"line (\d+)", str(error))
        raise Refused(
            _("%(file)s, line %(line)s: this is not valid PO syntax.")
            % {"file": name, "line": found[1] if found else "?"}
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(file.name)


def problems(name, po, translation):
    """What keeps `po` from being this translation's file, one message each."""
    if po.metadata.get(ID_HEADER) is None:
        return [
            _(
                "%(file)s was not downloaded from this translation (it has no translation "
                "ID). Download the PO file of this page and translate that."
            )
            % {"file": name}
        ]
    if po.metadata[ID_HEADER] != str(translation.uuid):
        return [
            _(
                "%(file)s belongs to another page or language. Download the PO file of "
                "this page and translate that."
            )
            % {"file": name}
        ]
    expected = {(entry.msgctxt, entry.msgid) for entry in translation.export_po()}
    found = []
    seen = set()
    for entry in po:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        seen.add(key)
        if entry.msgid_plural:
            found.append(
                _("%(file)s, line %(line)s: plural forms are not used in page texts.")
                % {"file": name, "line": entry.linenum}
            )
        elif key not in expected:
            found.append(
                _("%(file)s, line %(line)s: “%(text)s” is not a text of this page (any more).")
                % {"file": name, "line": entry.linenum, "text": shorten(entry.msgid)}
            )
    missing = [msgid for context, msgid in expected - seen]
    if missing:
        found.append(
            ngettext(
                "%(file)s lacks %(count)s text of this page: “%(text)s”.",
                "%(file)s lacks %(count)s texts of this page, for example “%(text)s”.",
                len(missing),
            )
            % {"file": name, "count": len(missing), "text": shorten(sorted(missing)[0])}
        )
    return found


def shorten(text, length=60):
    return text if len(text) <= length else text[: length - 1] + "…"


@require_POST
def checked_upload(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    # The same check as the upstream view, before anything is read.
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        return upload_pofile(request, translation_id)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a PO file to upload."))
        return redirect(next_url)
    try:
        po = parse(upload.name, upload.read())
        found = problems(upload.name, po, translation)
    except Refused as refused:
        found = [str(refused)]
    if found:
        shown = found[:MAX_PROBLEMS]
        if len(found) > MAX_PROBLEMS:
            shown.append(_("… and %(count)s more.") % {"count": len(found) - MAX_PROBLEMS})
        messages.error(request, " ".join([_("Nothing was imported."), *shown]))
        return redirect(next_url)
    upload.seek(0)
    with transaction.atomic():
        return upload_pofile(request, translation_id)


@require_POST
def guarded_machine_translate(request, translation_id):
    try:
        with transaction.atomic():
            return machine_translate(request, translation_id)
    except (PermissionDenied, Http404):
        raise
    except Exception as error:  # the service's own errors come in every type there is
        logger.warning(
            "Machine translation of translation %s failed", translation_id, exc_info=True
        )
        messages.error(
            request,
            _(
                "The machine translator failed (%(error)s). Nothing was translated: try again "
                "later or translate by hand."
            )
            % {"error": type(error).__name__},
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def can_publish(user, instances):
    """Whether `user` may publish each of these pages (other objects have no publishing)."""
    return all(
        instance.permissions_for_user(user).can_publish()
        for instance in instances
        if isinstance(instance, Page)
    )


class PublishingUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages", with "Publish immediately" for those who may publish."""

    def may_publish(self):
        targets = [
            translation.get_target_instance()
            for translation in self.object.translations.filter(enabled=True)
        ]
        return can_publish(self.request.user, targets)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True  # its value is False, whatever a request says
            field.widget = field.hidden_widget()
        return form

    def post(self, request, **kwargs):
        if request.POST.get("publish_translations") and not self.may_publish():
            raise PermissionDenied
        return super().post(request, **kwargs)


def guarded_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not can_publish(request.user, [page]):
        raise PermissionDenied
    return convert_to_alias(request, page_id)


def urls():
    """Placed before wagtail-localize's own URLs, so these views answer their addresses."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload,
            name="upload_pofile_checked",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            guarded_machine_translate,
            name="machine_translate_guarded",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            PublishingUpdateTranslationsView.as_view(),
            name="update_translations_guarded",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            guarded_convert_to_alias,
            name="convert_to_alias_guarded",
        ),
    ]
