"""Marks that decide where a test runs.

`demo`: for the tests that read the demo content itself (its pages, translations and
PO files) rather than data they build. The worker that runs the first of them loads the
demo into its test database, once; xdist sends them all to that one worker, so a run
builds it once however many workers there are. The content is the same on every database,
so CI's PostgreSQL pass leaves them to the first pass (.ci/run), as the issue asks of the
demo: built once per run.

`database_independent`: for the modules and tests that never touch the suite's database
(their own SQLite files or unreachable addresses, a stand-in server, a silent listener,
the catalogues, the source code, drawings): they would prove the same thing twice, so
CI's PostgreSQL pass leaves them out.
"""

import pytest

demo = [pytest.mark.demo, pytest.mark.usefixtures("demo_db"), pytest.mark.xdist_group("demo")]

database_independent = pytest.mark.database_independent

# `indexed`: for the tests whose code reads the search index or Wagtail's reference index
# (search, the admin's usage counts, purges of the pages that show a snippet, private
# documents). Elsewhere a test's saves update neither index (tests/conftest.py,
# _index_updates). The list comes from a run that logged, per test, every query reading
# either index's tables while the updates were off.
indexed = pytest.mark.indexed
