"""Importing figures into a dataset: read the upload, plan the difference, apply it.

`read_upload` checks a file (upload_checks) and returns its values; `plan` compares them
with what the dataset holds; `apply` writes the difference in one transaction. The
values belong to the German dataset: a translation is refused, as it holds none.

Writing only the difference keeps a yearly upload of a few changed figures cheap and
makes uploading the same file twice change nothing at all.
"""

import heapq
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from integration_pages.monitoring.datasets import DataPoint, Dataset, DatasetUpload, key_categories
from integration_pages.monitoring.upload_checks import (
    MAX_BYTES,
    MAX_ROWS,
    Problem,
    UploadRefused,
    refused,
)
from integration_pages.monitoring.upload_files import read_rows

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "Plan",
    "Problem",
    "UploadRefused",
    "apply",
    "plan",
    "read_upload",
]

# Rows per INSERT and pks per DELETE: a few thousand parameters per statement, well
# under SQLite's and PostgreSQL's limits, and few round trips for 100,000 rows.
BATCH = 2000
SAMPLES = 10


def refuse_translation(dataset):
    """UploadRefused unless `dataset` is the German original, which holds the values."""
    if dataset.locale.language_code == settings.LANGUAGE_CODE:
        return
    original = dataset.original()
    if original.pk == dataset.pk:
        raise refused(_("Only a German dataset holds values; this one has no German original."))
    raise refused(
        _(
            "This is a translation; the values belong to the German dataset “%(title)s”. "
            "Upload the figures there."
        )
        % {"title": original.title}
    )


def read_upload(dataset, file_name, content):
    """{(date, key): Decimal} of the file, or UploadRefused listing its problems."""
    refuse_translation(dataset)
    return read_rows(dataset, file_name, content)


@dataclass(frozen=True)
class Sample:
    date: object
    categories: dict
    old: Decimal | None
    new: Decimal | None


@dataclass
class Plan:
    """What an import changes: `additions` [(date, key, value)], `changes` [(pk, date,
    key, old, new)], `removals` [(pk, date, key, old)], and how many values stay."""

    additions: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    removals: list = field(default_factory=list)
    unchanged: int = 0

    @property
    def added(self):
        return len(self.additions)

    @property
    def changed(self):
        return len(self.changes)

    @property
    def removed(self):
        return len(self.removals)

    @property
    def is_empty(self):
        return not (self.additions or self.changes or self.removals)

    def samples(self, count=SAMPLES):
        """The first `count` values of each kind, as the preview shows them: those of the
        file in its order, the removed ones by date and categories."""
        removed = heapq.nsmallest(count, self.removals, key=lambda row: (row[1], row[2]))
        return {
            "added": [Sample(d, key_categories(k), None, v) for d, k, v in self.additions[:count]],
            "changed": [
                Sample(d, key_categories(k), old, new) for _, d, k, old, new in self.changes[:count]
            ],
            "removed": [Sample(d, key_categories(k), old, None) for _, d, k, old in removed],
        }


def plan(dataset, rows):
    """The Plan that makes `dataset`'s values those of `rows` ({(date, key): Decimal})."""
    stored = {
        (date, key): (pk, value)
        for pk, date, key, value in DataPoint.objects.filter(dataset=dataset)
        .order_by()
        .values_list("pk", "date", "key", "value")
    }
    result = Plan()
    for where, new in rows.items():
        found = stored.pop(where, None)
        if found is None:
            result.additions.append((*where, new))
        elif found[1] != new:
            result.changes.append((found[0], *where, found[1], new))
        else:
            result.unchanged += 1
    result.removals = [(pk, *where, old) for where, (pk, old) in stored.items()]
    return result


def apply(target, rows, user=None):
    """Makes the values of `target` (a DatasetUpload, or a Dataset) those of `rows`, all
    or nothing, and returns the Plan it carried out. An upload is marked imported with
    its counts; when nothing changes, nothing at all is written."""
    upload = target if isinstance(target, DatasetUpload) else None
    dataset = upload.dataset if upload else target
    refuse_translation(dataset)
    with transaction.atomic():
        # Two imports into one dataset wait for each other (PostgreSQL; SQLite writes one
        # transaction at a time anyway): each plans against what the other wrote.
        list(Dataset.objects.select_for_update().filter(pk=dataset.pk).values_list("pk"))
        result = plan(dataset, rows)
        if result.is_empty:
            return result
        stale = [row[0] for row in result.changes] + [row[0] for row in result.removals]
        for start in range(0, len(stale), BATCH):
            # Not .delete(): the page cache's post_delete receiver listens to every model,
            # which turns Django's one DELETE into loading and signalling each row.
            DataPoint.objects.filter(pk__in=stale[start : start + BATCH])._raw_delete(
                DataPoint.objects.db
            )
        # dataset_id, not dataset: setting the relation 100,000 times costs a second.
        fresh = [
            DataPoint(dataset_id=dataset.pk, date=date, key=key, value=value)
            for date, key, value in result.additions
        ] + [
            DataPoint(dataset_id=dataset.pk, date=date, key=key, value=new)
            for _pk, date, key, _old, new in result.changes
        ]
        DataPoint.objects.bulk_create(fresh, batch_size=BATCH)
        if upload is not None:
            upload.imported_at = timezone.now()
            upload.added, upload.changed, upload.removed = (
                result.added,
                result.changed,
                result.removed,
            )
            if user is not None and upload.uploaded_by_id is None:
                upload.uploaded_by = user
            # Saving the upload is what tells a page cache that the figures changed
            # (DatasetUpload.shown_on_pages): the values are written in bulk, unsignalled.
            upload.save(update_fields=["imported_at", "added", "changed", "removed", "uploaded_by"])
    return result
