"""Eight submissions of one ballot at the same moment, each thread with its own database
connection, in a process of its own (tests/integration_pages/participation/
test_concurrency.py). Prints a JSON line: the ballots stored for the person, the points
they hold and any error a submission met."""

import json
import threading

import django

django.setup()

from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from home.indexing import index_updates_deferred  # noqa: E402
from integration_pages.models import Ballot, Participant  # noqa: E402
from integration_pages.participation.ballots import save_ballot  # noqa: E402
from tests.support.participation_data import make_process  # noqa: E402
from tests.support.site import build_home  # noqa: E402

SUBMISSIONS = 8

with index_updates_deferred():
    process, _goals = make_process(build_home("Wettlaufstadt", "wettlaufstadt"), reader="de")
person = Participant.objects.create(
    process=process, channel="email", address_hash="f" * 64, confirmed_at=timezone.now()
)
start = threading.Barrier(SUBMISSIONS)
errors = []


def submit(n):
    try:
        start.wait()
        save_ballot(process, person, {"goal": n % 3})
    except Exception as error:  # noqa: BLE001 - reported to the test
        errors.append(repr(error))
    finally:
        connection.close()


threads = [threading.Thread(target=submit, args=(n,)) for n in range(SUBMISSIONS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
stored = list(Ballot.objects.filter(participant=person).values_list("points", flat=True))
print(json.dumps({"ballots": stored, "errors": errors}))
