"""Wagtail's database search backend, finding other forms of a German word.

SQLite's full-text search matches whole words only: on the embedded default a newcomer's
"Sprachkurs" found nothing on a page about "Sprachkurse". PostgreSQL's German stemmer
does not help there either: it makes "sprachkur" of "Sprachkurs" but "sprachkurs" of
"Sprachkurse". Here each word of a query loses one common German ending and is matched
as a prefix, on both: "Beratungen" → `beratung*`, "Sprachkurs" → `sprachkur*`,
"Migrantinnen" → `migrant*` (on PostgreSQL after its stemmer). That finds a little more
than a stemmer would ("Berater…" for "Beraten"), which a search box forgives.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802  (the name Wagtail looks up in a backend module)
    backend = DatabaseSearchBackend(params)
    # Each vendor's module of modelsearch defines what exists on that database only.
    if connection.vendor == "sqlite":
        from .vendors import sqlite_backend

        return sqlite_backend(backend, params)
    if connection.vendor == "postgresql":
        from .vendors import postgres_backend

        return postgres_backend(backend, params)
    return backend
