"""Two indexes on the search index's table, on PostgreSQL only (SQLite searches its own
full-text table).

Wagtail joins a page to its index entry by `content_type_id IN (every page type) AND
object_id = page.id`: on the unique (content_type_id, object_id) index that is one probe
per page type and page, 26,000 buffer reads for one search over 450 pages at the bench's
size. An index on `object_id` makes it one probe per page. Where a word is rare, the
planner starts from the entries that match instead: the query tests `title || body`,
which neither of Wagtail's GIN indexes (on `title`, on `body`) serves, so this one is on
that expression.
"""

from django.db import migrations

INDEXES = {
    "portal_search_object_id": "(object_id)",
    "portal_search_document_gin": "USING gin ((title || body))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailsearch_indexentry {definition}"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0022_participation_rights"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
