"""The queries of a test that read the search index or Wagtail's reference index.

Tests not marked `indexed` (tests.support.marks) save without updating either index
(tests/conftest.py, _index_updates). One that read them would find them empty and could
pass for the wrong reason, say "the restricted page is in no search result"; the fixture
fails it instead, naming the query."""

import traceback
from contextlib import contextmanager

from django.db import connections

INDEX_TABLES = ("wagtailsearch_indexentry", "wagtailcore_referenceindex")
# Deleting an object clears its rows in both indexes: Django's collector and the indexes'
# own handlers look them up first. Nothing a test checks comes from those reads.
CLEARING = (
    "/django/db/models/deletion.py",
    "/wagtail/signal_handlers.py",
    "/modelsearch/signal_handlers.py",
)


def reads_an_index(sql: str) -> bool:
    lowered = sql.lstrip().lower()
    if not lowered.startswith("select") or not any(table in lowered for table in INDEX_TABLES):
        return False
    return not any(
        part in frame.filename for frame in traceback.extract_stack() for part in CLEARING
    )


@contextmanager
def index_reads(using="default"):
    """Yields the list of the block's queries that read an index, filled as they run."""
    reads = []

    def watch(execute, sql, params, many, context):
        if reads_an_index(sql):
            reads.append(sql)
        return execute(sql, params, many, context)

    with connections[using].execute_wrapper(watch):
        yield reads
