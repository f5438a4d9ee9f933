"""Builds the demo as `make demo` does (migrate unless the database is a migrated copy,
load_demo, ensure_admin, ensure_demo_users) and prints the manifest of tests.e2e.manifest:
one Python start-up where five processes took some ten seconds of each test run.

Run with the e2e settings: ``python -m tests.e2e.build [--migrate]``."""

import io
import json
import sys

from django.core.management import call_command

from tests.e2e.manifest import manifest  # sets Django up with the e2e settings


def build(migrate):
    quiet = io.StringIO()  # stdout carries the manifest only
    if migrate:
        call_command("migrate", interactive=False, verbosity=0, stdout=quiet)
    call_command("load_demo", verbosity=0, stdout=quiet)
    call_command("ensure_admin", stdout=quiet)
    call_command("ensure_demo_users", stdout=quiet)
    return manifest()


if __name__ == "__main__":
    print(json.dumps(build(migrate="--migrate" in sys.argv), sort_keys=True))
