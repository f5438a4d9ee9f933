"""What a backup must keep, summarised so that two installations can be compared: the
pages, revisions, translations, snippets, form submissions and accounts spelled out, a
checksum of the rows of every model, and the checksum of every media file.

The selection of models is this module's own (every model with a table, except what the
backup is documented to leave out), not the backup's, so that a model the backup forgot
shows up as a difference.

In a test: ``snapshot()``. For another installation, with its settings in the
environment: ``python -m tests.support.backup_snapshot [path …]`` prints the snapshot as JSON,
then the status and <title> of each path as the site serves it."""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

# Rows the backup leaves out on purpose (see cms/ops/backup/): rebuilt, or no one's data.
NOT_BACKED_UP = {
    "sessions.Session",
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "django_tasks_database.DBTaskResult",
    "wagtailadmin.EditingSession",
    "wagtailcore.ReferenceIndex",
}


def _digest(value):
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _rows(model):
    """Every row of the model as plain data, ordered by key (many-to-many sorted)."""
    from django.core import serializers

    many = {field.name for field in model._meta.many_to_many}
    rows = serializers.serialize("python", model._base_manager.order_by("pk").iterator())
    for row in rows:
        for name in many & set(row["fields"]):
            row["fields"][name] = sorted(row["fields"][name], key=str)
    return rows


def models_compared():
    from django.apps import apps
    from django.db import connection

    tables = set(connection.introspection.table_names())
    return [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label not in NOT_BACKED_UP
        and model._meta.db_table in tables
    ]


def every_model():
    return {
        model._meta.label: {"rows": model._base_manager.count(), "sha256": _digest(_rows(model))}
        for model in models_compared()
    }


def pages():
    from django.core import serializers
    from wagtail.models import Page

    found = []
    for page in Page.objects.order_by("path").specific(defer=False):
        found.append(
            {
                "id": page.pk,
                "type": page.specific_class._meta.label if page.specific_class else None,
                "locale": page.locale.language_code,
                "url_path": page.url_path,
                "title": page.title,
                "draft_title": page.draft_title,
                "live": page.live,
                "has_unpublished_changes": page.has_unpublished_changes,
                "latest_revision": page.latest_revision_id,
                "live_revision": page.live_revision_id,
                "translation_key": str(page.translation_key),
                "content": _digest(serializers.serialize("python", [page])),
            }
        )
    return found


def revisions():
    from wagtail.models import Revision

    return [
        {
            "id": revision.pk,
            "object": f"{revision.base_content_type.app_label}.{revision.object_id}",
            "created_at": revision.created_at.isoformat(),
            "user": revision.user.username if revision.user else None,
            "content": _digest(revision.content),
        }
        for revision in Revision.objects.order_by("pk").select_related("base_content_type", "user")
    ]


def translations():
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    return {
        "sources": [
            {
                "object": str(source.object_id),
                "locale": source.locale.language_code,
                "content": _digest(source.content_json),
            }
            for source in TranslationSource.objects.order_by("pk").select_related("locale")
        ],
        "translations": [
            [str(t.source.object_id), t.target_locale.language_code, t.enabled]
            for t in Translation.objects.order_by("pk").select_related("source", "target_locale")
        ],
        "strings": _digest(
            list(
                StringTranslation.objects.order_by("pk").values_list(
                    "translation_of__data", "locale__language_code", "data"
                )
            )
        ),
        "page_groups": _page_translation_groups(),
    }


def _page_translation_groups():
    from wagtail.models import Page

    groups = {}
    for key, code in Page.objects.values_list("translation_key", "locale__language_code"):
        groups.setdefault(str(key), []).append(code)
    return {key: sorted(codes) for key, codes in sorted(groups.items())}


def snippets():
    from wagtail.snippets.models import get_snippet_models

    return {
        model._meta.label: {"rows": model._base_manager.count(), "sha256": _digest(_rows(model))}
        for model in sorted(get_snippet_models(), key=lambda m: m._meta.label)
    }


def submissions():
    from wagtail.contrib.forms.models import FormSubmission

    return [
        {
            "id": submission.pk,
            "page": submission.page.url_path,
            "submit_time": submission.submit_time.isoformat(),
            "form_data": submission.form_data,
            "receipts": [
                [receipt.original_name, receipt.file.name, receipt.size, receipt.sha256]
                for receipt in submission.receipts.all()
            ],
        }
        for submission in FormSubmission.objects.order_by("pk").select_related("page")
    ]


def accounts():
    from django.contrib.auth.models import Group, User

    return {
        "users": [
            [
                user.username,
                user.email,
                user.password,
                user.is_superuser,
                user.is_active,
                sorted(user.groups.values_list("name", flat=True)),
            ]
            for user in User.objects.order_by("pk")
        ],  # fmt: skip
        "groups": [
            [
                group.name,
                sorted(group.permissions.values_list("content_type__app_label", "codename")),
            ]
            for group in Group.objects.order_by("pk")
        ],  # fmt: skip
    }


def media():
    """{name as in the archive: SHA-256} of every file in the two media folders."""
    from django.conf import settings

    found = {}
    for prefix, root in [("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)]:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[f"{prefix}/{path.relative_to(root).as_posix()}"] = digest
    return found


def snapshot():
    """As plain JSON data, so that one taken here equals one printed by another process."""
    found = {
        "pages": pages(),
        "revisions": revisions(),
        "translations": translations(),
        "snippets": snippets(),
        "submissions": submissions(),
        "accounts": accounts(),
        "every_model": every_model(),
        "media": media(),
    }
    return json.loads(json.dumps(found, default=str))


def served(paths):
    """{path: [status, <title>]} as the site's test client gets them."""
    from django.test import Client

    client = Client()
    found = {}
    for path in paths:
        response = client.get(path)
        title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
        found[path] = [response.status_code, title.group(1).strip() if title else None]
    return found


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()
    print(json.dumps({"snapshot": snapshot(), "served": served(sys.argv[1:])}))
