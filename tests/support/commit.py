from django.test import TestCase


def committed():
    """Runs the on-commit callbacks of what happens inside, as the end of an editor's
    request would: a test's own transaction never commits, and purges wait for the commit."""
    return TestCase.captureOnCommitCallbacks(execute=True)
