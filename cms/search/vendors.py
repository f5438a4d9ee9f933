"""The vendor halves of backend.py, each imported on its own database only:
every word of a query a German stem matched as a prefix."""

import re
from functools import lru_cache

from .stems import word_stem


def _stems(query_string, split=r"\s+"):
    return [word_stem(term) for term in re.split(split, query_string) if term]


def _combine(lexemes, operator):
    combined = lexemes[0]
    for lexeme in lexemes[1:]:
        combined = combined & lexeme if operator.lower() == "and" else combined | lexeme
    return combined


def sqlite_backend(backend, params):
    from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import PlainText

    if not isinstance(backend, SQLiteSearchBackend):  # no FTS5: the fallback stays
        return backend

    class Compiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            if not isinstance(query, PlainText):
                return super().build_search_query_content(query, config=config)
            stems = _stems(query.query_string)
            if not stems:
                return None
            lexemes = [Lexeme(stem, prefix=True) for stem in stems]
            return SearchQueryExpression(_combine(lexemes, query.operator), config=config)

    class Backend(SQLiteSearchBackend):
        query_compiler_class = Compiler

    return Backend(params)


def postgres_backend(backend, params):
    from django.contrib.postgres.search import SearchQuery
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme
    from modelsearch.query import PlainText

    class Compiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if not isinstance(query, PlainText):
                return super().build_tsquery_content(query, config=config, invert=invert)
            words = [w for w in re.split(r"[\s\-]+", query.query_string) if w]  # as modelsearch
            # PostgreSQL leaves its stop words ("gegen", "für") out of the index; their stems
            # ("gege") would then be missing words, and a name typed in full found nothing.
            config_name = str(config or self.config or "simple")
            stems = [word_stem(w) for w in words if not _stop_word(config_name, w.lower())]
            if not stems:
                return None
            lexemes = [Lexeme(stem, invert=invert, prefix=True) for stem in stems]
            return SearchQuery(_combine(lexemes, query.operator), search_type="raw", config=config)

    class Backend(PostgresSearchBackend):
        query_compiler_class = Compiler

    return Backend(params)


@lru_cache(maxsize=4096)
def _stop_word(config, word):
    """Whether PostgreSQL's text search configuration `config` drops `word` (a stop word):
    asked once per word and process, the lists only change with the server's files."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT numnode(plainto_tsquery(%s::regconfig, %s))", [config, word])
        return cursor.fetchone()[0] == 0
