"""`demo`: for the tests that read the demo content itself (its pages, translations and
PO files) rather than data they build. The worker that runs the first of them loads the
demo into its test database, once; xdist sends them all to that one worker, so a run
builds it once however many workers there are."""

import pytest

demo = [pytest.mark.usefixtures("demo_db"), pytest.mark.xdist_group("demo")]
