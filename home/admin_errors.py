"""Every error of an admin form listed at the top, each linked to its field (issue 17).

An editor who saves a page with an error on another tab (the slug on "Promote") saw
"The page could not be saved due to validation errors." and nothing else: Wagtail lists
the errors themselves only when there is one that belongs to no field, and the field's
own message sits on a tab nobody looks at. Here the message at the top always lists
them: the field's label, linked to the field, and what is wrong. Errors of the whole form
are listed without a link, errors inside inline panels with the item they belong to.

Why a replacement of `wagtail.admin.messages.validation_error`: it is the one function
each of Wagtail's create and edit views calls when the form comes back with errors
(pages: `CreateView`/`EditView.form_invalid`; snippets, settings and every other model:
`generic.models.CreateView`/`EditView.form_invalid`), always as
`messages.validation_error(...)`, so one replacement at start-up covers them all. A
template could not: the message area of `wagtailadmin/base.html` has no block of its
own and no access to the form, and overriding each view's template, or patching four
view classes with a mixin, would be more code to keep in step with Wagtail. No hook
runs when a form is invalid.

The links go to the field's own id (`#id_slug`, as the label's `for` names it; a
StreamField's placeholder has its name). A browser cannot show a field on a tab that
is not selected, and Wagtail's tabs only look at the address when the page loads, so
`home/admin/error-summary.js` (on every admin page, `insert_global_admin_js` hook)
selects the tab, opens a collapsed panel and moves the focus to the field, or to its
first control where the id belongs to a hidden input (choosers, rich text) or to a
StreamField that Wagtail's script has redrawn (found by the field's name, which Wagtail
puts in `data-contentpath`). The same script moves the focus to the list when the page
loads, so a screen reader reads it out first.
"""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.template.loader import render_to_string
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages as wagtail_messages
from wagtail.blocks.base import BlockWidget

BLOCK_ERRORS = _("Some of its blocks have errors; they are marked in the field.")


class Entry:
    """One line of the list: where (label, the id to link to, the field's name in the
    form as Wagtail's `data-contentpath` has it) and what is wrong."""

    def __init__(self, label, message, target="", contentpath=""):
        self.label = label
        self.message = message
        self.target = target
        self.contentpath = contentpath


def _messages(errors):
    """The readable messages of a field's errors; StreamField and block errors carry
    Wagtail's untranslated "Validation error in StreamBlock" as their text, and are
    marked in the field: said in words here, with the messages that belong to no block."""
    for error in errors:
        if hasattr(error, "block_errors"):
            yield from getattr(error, "non_block_errors", [])
            if error.block_errors:
                yield BLOCK_ERRORS
        else:
            yield from error.messages


def _field_target(bound_field):
    if isinstance(bound_field.field.widget, BlockWidget):
        # A StreamField's placeholder takes the field's name as its id (and Wagtail's
        # script replaces it: error-summary.js then finds the field by its contentpath).
        return bound_field.html_name
    # id_for_label is what the label's `for` names; a widget of several inputs (radio
    # buttons, check boxes) has none, its wrapper carries the field's own id.
    return bound_field.id_for_label or bound_field.auto_id or ""


def form_entries(form, label_prefix=""):
    """The entries of a form, of its inline formsets (ClusterForm) and theirs in turn."""
    entries = []
    errors_of = form.errors.as_data()
    # The form's own errors first, then in the order of the fields (the order of the
    # panels), whichever check found them first.
    order = [NON_FIELD_ERRORS, *form.fields, *errors_of]
    for field_name in dict.fromkeys(name for name in order if name in errors_of):
        errors = errors_of[field_name]
        label, target, contentpath = label_prefix.rstrip(" ›"), "", ""
        if field_name != NON_FIELD_ERRORS:
            try:
                bound_field = form[field_name]
            except KeyError:  # an error added for a field the form does not have
                label = f"{label_prefix}{field_name}"
            else:
                label = f"{label_prefix}{capfirst(bound_field.label or field_name)}"
                target = _field_target(bound_field)
                # Wagtail marks each top-level field with its name (`data-contentpath`).
                contentpath = "" if label_prefix else field_name
        entries.extend(Entry(label, message, target, contentpath) for message in _messages(errors))
    for formset in getattr(form, "formsets", {}).values():
        entries.extend(formset_entries(formset, label_prefix))
    return entries


def formset_entries(formset, label_prefix=""):
    if not formset.is_bound:
        return []
    name = capfirst(formset.model._meta.verbose_name)
    plural = capfirst(formset.model._meta.verbose_name_plural)
    entries = [
        Entry(f"{label_prefix}{plural}", message, f"id_{formset.prefix}-FORMS")
        for message in formset.non_form_errors()
    ]
    for index, child in enumerate(formset.forms, start=1):
        if formset.can_delete and formset._should_delete_form(child):
            continue  # removed by the editor: its errors do not stop the save
        entries.extend(form_entries(child, f"{label_prefix}{name} {index} › "))
    return entries


def summary_html(form):
    entries = form_entries(form)
    if not entries:
        return ""
    count = len(entries)
    return render_to_string(
        "home/admin/error_summary.html",
        {
            "entries": entries,
            "heading": ngettext(
                "Please correct this error:", "Please correct these %(count)s errors:", count
            )
            % {"count": count},
        },
    )


def validation_error(request, message, form, buttons=None):
    """Wagtail's message, with the list of every error whether or not one of them
    belongs to no field (Wagtail lists them only then)."""
    return messages.error(
        request, wagtail_messages.render(message, buttons, detail=summary_html(form))
    )


def list_every_error():
    """Called once at start-up (HomeConfig.ready)."""
    wagtail_messages.validation_error = validation_error
