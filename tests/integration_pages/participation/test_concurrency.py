"""One ballot per person, by the database: a unique index on the participant refuses a
second ballot row, and two submissions of one ballot at the same moment leave one ballot
with the points of one of them. Proven on whichever database the suite runs on (CI runs
it on SQLite and on PostgreSQL)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from integration_pages.models import Ballot, Participant
from integration_pages.participation.ballots import save_ballot
from tests.support.database_copy import copied_database
from tests.support.participation_data import make_process

ROOT = Path(__file__).resolve().parents[3]


def participant_of(process):
    return Participant.objects.create(
        process=process.original(),
        channel="email",
        address_hash="0" * 64,
        confirmed_at=timezone.now(),
    )


@pytest.mark.django_db
def test_the_unique_index_refuses_a_second_ballot_of_one_participant(home_de):
    process, _goals = make_process(home_de, reader="de")
    person = participant_of(process)
    fields = {"process": process, "channel": "email", "submitted_on": timezone.localdate()}
    Ballot.objects.create(participant=person, points={"a": 1}, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(participant=person, points={"b": 2}, **fields)
    assert Ballot.objects.filter(participant=person).count() == 1


@pytest.mark.django_db
def test_the_unique_index_refuses_a_second_participant_with_one_address(home_de):
    process, _goals = make_process(home_de, reader="de")
    participant_of(process)
    with pytest.raises(IntegrityError), transaction.atomic():
        participant_of(process)


@pytest.mark.django_db
def test_a_submission_that_loses_the_insert_updates_the_winners_ballot(home_de, monkeypatch):
    """The other submission inserts between this one's look-up and its insert: the insert
    fails on the index and this submission updates the ballot instead."""
    process, _goals = make_process(home_de, reader="de")
    person = participant_of(process)
    original_get = QuerySet.get
    raced = []

    def get_after_the_other_inserted(self, *args, **kwargs):
        if self.model is Ballot and not raced:
            raced.append(True)
            Ballot.objects.create(
                process=process,
                participant=person,
                channel="email",
                submitted_on=timezone.localdate(),
                points={"other": 1},
            )
            raise Ballot.DoesNotExist
        return original_get(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "get", get_after_the_other_inserted)
    ballot = save_ballot(process, person, {"mine": 2})
    assert raced
    assert list(Ballot.objects.filter(participant=person).values_list("points", flat=True)) == [
        {"mine": 2}
    ]
    assert ballot.points == {"mine": 2}


def test_eight_submissions_of_one_ballot_at_the_same_moment_leave_one_ballot(
    django_db_setup, django_db_blocker, tmp_path
):
    """Real transactions on their own connections, racing: on a copy of the test database
    (SQLite in a file, or PostgreSQL), in a process of its own."""
    with django_db_blocker.unblock(), copied_database(tmp_path) as url:
        run = subprocess.run(
            [sys.executable, "-m", "tests.support.ballot_race"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert len(report["ballots"]) == 1
    assert report["ballots"][0]["goal"] in {0, 1, 2}
