"""Closes the prioritisations whose time is up and deletes what the retention period no
longer allows, run hourly like publish_scheduled.

A process also closes at the first request after its closing time; this command makes
sure the addresses and codes are deleted on time when nobody looks, and it is the only
place where anonymous ballots are deleted once their notice's retention period has passed.
"""

from django.core.management.base import BaseCommand

from integration_pages.participation.results import close_due, purge_ballots


class Command(BaseCommand):
    help = (
        "Freeze the results of prioritisations past their closing time (deleting addresses "
        "and codes) and delete ballots past their retention period."
    )

    def handle(self, *args, **options):
        closed = close_due()
        deleted = purge_ballots()
        self.stdout.write(
            f"{closed} process(es) closed, {deleted} ballot(s) past retention deleted."
        )
