from contextlib import contextmanager

from django.test import TestCase


@contextmanager
def committed():
    """Runs the on-commit callbacks of what happens inside, as the end of an editor's
    request would: a test's own transaction never commits, and purges wait for the commit.

    Purges of what the test built before (its site, its pages) wait for a commit that never
    comes; what happens inside starts a batch of its own, so it is purged at the end."""
    from cms.pagecache.purge import _pending

    _pending.batch = None
    with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
        yield callbacks
