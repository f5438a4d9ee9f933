"""The daily reminder mail: what is due, to whom, once.

Three things are due: a measure whose progress log has been quiet for longer than its
concept allows, a task overdue or due within a week, and a dataset whose figures are out
of date. Each goes to the person responsible — the task's assignee, the measure's contact,
the dataset's contact — falling back to the responsible unit's address and then to the
editorial office (`INTEGRATION_PAGES_REMINDER_GROUP`, else the superusers). Everything
due for one address goes in one mail, in that person's language. A reminder sent is
recorded, and the same one is not sent again to the same address within the threshold.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import models
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

QUIET, OVERDUE, DUE_SOON, DATA_LATE = "quiet", "overdue", "due_soon", "data_late"
DUE_SOON_DAYS = 7
# Datasets belong to no concept: a late one is reminded of this often.
DATASET_REPEAT_DAYS = 30
ACTIVE = ("planned", "in_progress", "paused")
REPORT_SALT = "integration_pages.progress-report"
REPORT_MAX_AGE = 60 * 60 * 24 * 30


class ReminderSent(models.Model):
    """That a reminder of one thing went to one address: the next is held back until the
    threshold has passed."""

    email = models.EmailField()
    kind = models.CharField(max_length=20)
    subject_key = models.CharField(max_length=100)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["email", "kind", "subject_key", "-sent_at"])]

    def __str__(self):
        return f"{self.kind} {self.subject_key} → {self.email}"


@dataclass
class Recipient:
    email: str
    name: str
    language: str
    contact_id: int | None = None  # a contact writes to the log through a signed link
    is_editor: bool = False


@dataclass
class Item:
    kind: str
    key: str
    title: str
    date: datetime.date
    repeat_days: int
    measure: object = None
    extra: dict = field(default_factory=dict)


def report_token(measure_pk, contact_pk):
    return signing.dumps({"m": measure_pk, "c": contact_pk}, salt=REPORT_SALT, compress=True)


def read_report_token(token):
    """(measure pk, contact pk) of a valid token; raises signing.BadSignature (expired too)."""
    data = signing.loads(token, salt=REPORT_SALT, max_age=REPORT_MAX_AGE)
    return data["m"], data["c"]


def editors():
    """The fallback: the editorial office's members with an address, else the superusers."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    group = getattr(settings, "INTEGRATION_PAGES_REMINDER_GROUP", None)
    found = users.filter(groups__name=group) if group else users.none()
    if not found.exists():
        found = users.filter(is_superuser=True)
    return [
        Recipient(
            user.email,
            user.get_full_name() or user.get_username(),
            getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "")
            or settings.LANGUAGE_CODE,
            is_editor=True,
        )
        for user in found.select_related("wagtail_userprofile").distinct()
    ]


def contact_recipient(contact):
    if contact is None or not contact.email:
        return None
    return Recipient(
        contact.email, contact.name, contact.mail_language or settings.LANGUAGE_CODE, contact.pk
    )


def unit_recipient(unit):
    if unit is None or not unit.email:
        return None
    return Recipient(unit.email, unit.name, settings.LANGUAGE_CODE)


def collect(today=None):
    """[(Recipient or None for the editorial office, Item)] of everything due `today`."""
    from integration_pages.concept.measures import MeasurePage
    from integration_pages.concept.models import IntegrationConceptPage
    from integration_pages.concept.progress import MeasureTask
    from integration_pages.monitoring.datasets import Dataset

    today = today or timezone.localdate()
    german = {"locale__language_code": settings.LANGUAGE_CODE}
    concepts = list(
        IntegrationConceptPage.objects.live().filter(**german).only("path", "quiet_after_days")
    )

    def threshold(path):
        for concept in concepts:
            if path.startswith(concept.path):
                return concept.quiet_after_days
        return None

    due = []
    measures = (
        MeasurePage.objects.live()
        .filter(status__in=ACTIVE, **german)
        .annotate(last_entry=Max("updates__date"))
        .select_related("contact", "responsible_unit")
        .only("title", "path", "first_published_at", "contact", "responsible_unit", "url_path")
    )
    for measure in measures:
        days = threshold(measure.path)
        if days is None:
            continue
        since = measure.last_entry or timezone.localdate(measure.first_published_at)
        if (today - since).days > days:
            who = contact_recipient(measure.contact) or unit_recipient(measure.responsible_unit)
            due.append(
                (who, Item(QUIET, f"measure:{measure.pk}", measure.title, since, days, measure))
            )
    tasks = MeasureTask.objects.filter(
        done_on__isnull=True,
        due_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS),
        measure__live=True,
    ).select_related("assignee", "measure__contact", "measure__responsible_unit")
    for task in tasks:
        days = threshold(task.measure.path) or DATASET_REPEAT_DAYS
        kind = OVERDUE if task.due_date < today else DUE_SOON
        who = (
            contact_recipient(task.assignee)
            or contact_recipient(task.measure.contact)
            or unit_recipient(task.measure.responsible_unit)
        )
        key = f"task:{task.pk}:{task.due_date.isoformat()}"
        due.append((who, Item(kind, key, task.title, task.due_date, days, task.measure)))
    datasets = (
        Dataset.objects.filter(**german, indicators__live=True)
        .distinct()
        .annotate(newest=Max("values__date"))
        .select_related("contact")
    )
    for dataset in datasets:
        if dataset.is_stale(dataset.newest, today):
            item = Item(
                DATA_LATE,
                f"dataset:{dataset.pk}",
                dataset.title,
                dataset.newest,
                DATASET_REPEAT_DAYS,
            )
            due.append((contact_recipient(dataset.contact), item))
    return due


def by_recipient(due, now=None):
    """{email: (Recipient, [Item])} of what is due, without what was sent to that address
    within the item's threshold."""
    now = now or timezone.now()
    fallback = None
    grouped = {}
    for who, item in due:
        if who is None:
            fallback = editors() if fallback is None else fallback
        for recipient in [who] if who else fallback:
            grouped.setdefault(recipient.email, (recipient, []))[1].append(item)
    if not grouped:
        return {}
    longest = max(item.repeat_days for _r, items in grouped.values() for item in items)
    recent = {
        (email, kind, key): sent_at
        for email, kind, key, sent_at in ReminderSent.objects.filter(
            email__in=list(grouped), sent_at__gte=now - datetime.timedelta(days=longest)
        ).values_list("email", "kind", "subject_key", "sent_at")
    }
    result = {}
    for email, (recipient, items) in grouped.items():
        fresh = [
            item
            for item in items
            if (sent := recent.get((email, item.kind, item.key))) is None
            or sent < now - datetime.timedelta(days=item.repeat_days)
        ]
        if fresh:
            result[email] = (recipient, fresh)
    return result


def link(recipient, item, base_url):
    if item.measure is None:
        return base_url + reverse("wagtailsnippets_integration_pages_dataset:list")
    if recipient.contact_id is not None and not recipient.is_editor:
        with translation.override(recipient.language):
            return base_url + reverse(
                "integration_pages_progress_report",
                args=[report_token(item.measure.pk, recipient.contact_id)],
            )
    return base_url + reverse("integration_pages_measure_progress", args=[item.measure.pk])


def send_all(today=None):
    """Send the day's reminders; returns the number of mails sent."""
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    sent = 0
    for email, (recipient, items) in by_recipient(collect(today)).items():
        with translation.override(recipient.language):
            for item in items:
                item.url = link(recipient, item, base_url)
            body = render_to_string(
                "integration_pages/mail/reminders.txt",
                {"recipient": recipient, "items": sorted(items, key=lambda i: (i.kind, i.date))},
            )
            subject = ngettext(
                "Reminder: %(count)d thing is due", "Reminder: %(count)d things are due", len(items)
            ) % {"count": len(items)}
        send_mail(subject, body, None, [email])
        ReminderSent.objects.bulk_create(
            ReminderSent(email=email, kind=item.kind, subject_key=item.key) for item in items
        )
        sent += 1
    return sent


def kind_label(kind):
    return {
        QUIET: gettext("No progress reported for a long time"),
        OVERDUE: gettext("Task overdue"),
        DUE_SOON: gettext("Task due within a week"),
        DATA_LATE: gettext("Figures out of date"),
    }[kind]
