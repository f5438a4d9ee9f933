"""What happened to a measure, and what is still to be done: its dated progress log and
its tasks.

The log is written by editors in the admin and by the measure's contact through the
personal link of a reminder mail; an entry that changes the status changes the measure's
status (in every language, a synchronised fact), so the status is stored once and the log
says when and by whom it changed. The public measure page shows the log as a timeline;
tasks are the office's own and stay in the admin.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integration_pages.core.choices import MeasureStatus


class MeasureUpdate(models.Model):
    """One dated entry of a measure's progress log."""

    # its pages are purged from a page cache when it changes (integration_pages.cache_dependents)
    shown_on_pages = True

    measure = models.ForeignKey(
        "integration_pages.MeasurePage",
        on_delete=models.CASCADE,
        related_name="updates",
        verbose_name=_("measure"),
    )
    date = models.DateField(
        _("date"), default=datetime.date.today, help_text=_("When this happened.")
    )
    written_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    # Who wrote it, kept when the account is deleted; a contact writing through the
    # reminder's link has no account.
    author_name = models.CharField(_("written by"), max_length=200)
    old_status = models.CharField(
        _("status before"), max_length=20, choices=MeasureStatus.choices, blank=True
    )
    new_status = models.CharField(
        _("status"), max_length=20, choices=MeasureStatus.choices, blank=True
    )
    note = models.TextField(
        _("note"), help_text=_("What was done or what changed; shown on the public page.")
    )
    indicator = models.CharField(
        _("indicator"),
        max_length=200,
        blank=True,
        help_text=_("One of the measure's indicators, if this entry reports a value."),
    )
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=6, null=True, blank=True)

    class Meta:
        ordering = ["-date", "-written_at"]
        verbose_name = _("progress entry")
        verbose_name_plural = _("progress log")
        indexes = [models.Index(fields=["measure", "-date"])]

    def __str__(self):
        return f"{self.date}: {self.note[:60]}"

    @property
    def status_changed(self):
        return bool(self.new_status) and self.new_status != self.old_status


class MeasureTask(models.Model):
    """Something to be done for a measure by a date, by someone."""

    measure = models.ForeignKey(
        "integration_pages.MeasurePage",
        on_delete=models.CASCADE,
        related_name="tasks",
        verbose_name=_("measure"),
    )
    title = models.CharField(_("task"), max_length=200, help_text=_("What is to be done."))
    due_date = models.DateField(_("due"), help_text=_("By when."))
    assignee = models.ForeignKey(
        "snippets.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assigned to"),
        help_text=_("Who does it; the measure's contact if empty. Reminders go to this address."),
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    def __str__(self):
        return self.title

    @property
    def overdue(self):
        return self.done_on is None and self.due_date < timezone.localdate()


def measure_model():
    # by name: measures.py imports this module for the measure page's timeline
    return apps.get_model("integration_pages", "MeasurePage")


def record_update(
    measure,
    *,
    note,
    author=None,
    author_name="",
    new_status="",
    date=None,
    indicator="",
    value=None,
):
    """Write a log entry for `measure` (its German original) and, where `new_status` differs,
    set the status on the measure and its translations, live and in their revisions."""
    measure = measure_model().objects.get(pk=measure.pk)
    with transaction.atomic():
        entry = MeasureUpdate.objects.create(
            measure=measure,
            date=date or timezone.localdate(),
            author=author,
            author_name=author_name
            or (author and (author.get_full_name() or author.get_username()))
            or "",
            old_status=measure.status,
            new_status=new_status or measure.status,
            note=note,
            indicator=indicator,
            value=value,
        )
        if new_status and new_status != measure.status:
            set_status(measure, new_status)
    return entry


def set_status(measure, status):
    """The status of `measure` and of its copies in other languages, as publishing it would
    leave them, without publishing whatever draft an editor has open: the live rows and the
    revisions that hold them (live and latest) get the new status only."""
    for page in measure_model().objects.filter(translation_key=measure.translation_key):
        page.status = status
        # save() rather than update(): a page cache in front learns from the save signal.
        page.save(update_fields=["status"], clean=False)
        for revision in {r.pk: r for r in (page.live_revision, page.latest_revision) if r}.values():
            revision.content["status"] = status
            revision.save(update_fields=["content"])


def timeline(measure):
    """The log of `measure` (any of its copies: the log is the German original's), newest
    first, in one query; each entry knows its indicator's name in `measure`'s language."""
    names = {block.id: block.value["name"] for block in measure.indicators}
    entries = list(
        MeasureUpdate.objects.filter(
            measure__translation_key=measure.translation_key,
            measure__locale__language_code=settings.LANGUAGE_CODE,
        ).only("date", "old_status", "new_status", "note", "indicator", "value", "written_at")
    )
    for entry in entries:
        entry.indicator_name = names.get(entry.indicator, "")
    return entries


def logged_values(entries):
    """Indicator block id → [{date, value}] reported through the log."""
    found = {}
    for entry in entries:
        if entry.indicator and entry.value is not None:
            found.setdefault(entry.indicator, []).append({"date": entry.date, "value": entry.value})
    return found


def monitored_by(page, relation, hidden):
    """The live indicator pages linked to `page` (a measure or a goal) through `relation`,
    in the reader's language where translated; two queries."""
    from django.utils.translation import get_language

    from integration_pages.core.localize import pages_in_language
    from integration_pages.core.translation_states import mark_text_language
    from integration_pages.monitoring.models import IndicatorPage

    originals = (
        IndicatorPage.objects.live()
        .select_related("locale")
        .exclude(hidden)
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            **{f"{relation}__translation_key": page.translation_key},
        )
        .distinct()
        .order_by("title")
    )
    shown = pages_in_language(originals, get_language(), ["locale"], hidden)
    return mark_text_language(shown, "title", get_language())
