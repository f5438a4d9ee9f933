"""Privacy by design: an address is kept only as a keyed hash and only until the closing;
a ballot never holds one; the page answers the same for a new and a known address; links
are signed, and expire or end with the process; anonymous ballots go when the notice's
retention period has passed."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from integration_pages.models import Ballot, Participant, PrioritisationResult
from integration_pages.participation.records import address_hash
from tests.support.participation_data import make_process
from tests.support.participation_flow import ballot_path, last_link, points, register

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

ADDRESS = "Ana.Beispiel@Example.org"


def every_stored_text():
    """Every value of every row of the prioritisation's tables, as text."""
    tables = [model._meta.db_table for model in (Participant, Ballot, PrioritisationResult)]
    values = []
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            values += [str(value) for row in cursor.fetchall() for value in row]
    return "\n".join(values).lower()


def close_now(process):
    type(process).objects.filter(translation_key=process.translation_key).update(
        closes_at=timezone.now() - datetime.timedelta(seconds=1)
    )


@pytest.fixture
def open_process(home_de):
    return make_process(home_de, opens=timezone.now() - datetime.timedelta(days=10))


def test_no_address_is_stored_only_its_keyed_hash(client, open_process, settings):
    process, goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    client.post(voter, points(goals, sprache=2))
    stored = every_stored_text()
    assert "ana.beispiel" not in stored and "example.org" not in stored
    participant = Participant.objects.get(process=process.original())
    assert participant.address_hash == address_hash(ADDRESS.lower())
    # keyed: with another key the same address gives another hash
    settings.INTEGRATION_PAGES_PARTICIPATION_KEY = "another-key"
    assert address_hash(ADDRESS) != participant.address_hash


def test_closing_deletes_every_participant_and_keeps_the_anonymous_ballots(client, open_process):
    process, goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    client.post(voter, points(goals, sprache=2))
    ballot_path(client, process, "ohne.stimme@example.org")  # confirmed, never voted
    close_now(process)
    assert client.get(process.url).status_code == 200  # the first visit closes it
    assert not Participant.objects.filter(process=process.original()).exists()
    assert list(
        Ballot.objects.filter(process=process.original()).values_list("participant", flat=True)
    ) == [None]
    assert (
        PrioritisationResult.objects.get(process=process.original()).data["participation"][
            "ballots"
        ]
        == 1
    )
    # the ballot link ends with the process
    response = client.get(voter)
    assert response.status_code == 403
    assert "This process has closed" in response.content.decode()


def test_the_same_address_twice_gets_no_second_ballot_and_the_page_tells_nothing(
    client, open_process
):
    process, goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    client.post(voter, points(goals, kita=1))
    first_mails = len(mail.outbox)
    again = register(client, process, ADDRESS.upper())
    new = register(client, process, "neu@example.org")
    # the same answer for a known and a new address: nobody learns who took part
    assert again.status_code == new.status_code == 200
    assert "We have sent a mail to" in again.content.decode()
    assert Participant.objects.filter(process=process.original()).count() == 2
    known_mail = mail.outbox[first_mails]
    assert "already takes part" in known_mail.body
    assert "we have not opened a second one" in known_mail.body
    # its link leads to the same ballot, unchanged
    assert Ballot.objects.filter(process=process.original()).count() == 1
    assert voter.split("/ballot/")[0] in known_mail.body


def test_a_forged_or_expired_confirmation_link_is_refused(client, open_process):
    process, _goals = open_process
    with time_machine.travel(timezone.now() - datetime.timedelta(days=4)):
        register(client, process, ADDRESS)
        old_link = last_link()
    response = client.get(old_link)
    assert response.status_code == 400
    assert "This link is invalid or has expired" in response.content.decode()
    forged = old_link.replace("/MQ/", "/Mg/")
    assert client.get(forged).status_code == 400
    assert not Participant.objects.filter(
        process=process.original(), confirmed_at__isnull=False
    ).exists()


def test_a_forged_ballot_link_is_refused(client, open_process):
    process, goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    value, stamp, signature = voter.rstrip("/").split("/")[-3:]
    forged = voter.replace(
        f"/{value}/{stamp}/{signature[:-2]}", f"/{value}/{stamp}/{signature[:-2][::-1]}"
    )
    response = client.post(forged, points(goals, sprache=1))
    assert response.status_code == 400
    assert not Ballot.objects.filter(process=process.original()).exists()


def test_an_unconfirmed_address_has_no_ballot(client, open_process):
    process, goals = open_process
    register(client, process, ADDRESS)
    participant = Participant.objects.get(process=process.original())
    from integration_pages.participation.mail import ballot_token

    response = client.post(
        f"{process.url}ballot/{ballot_token(participant)}/", points(goals, sprache=1)
    )
    assert response.status_code == 400
    assert not Ballot.objects.filter(process=process.original()).exists()


def test_the_mail_is_in_the_language_the_person_took_part_in(client, open_process):
    process, _goals = open_process
    from tests.support.site import translated

    arabic = translated(process.original(), "ar")
    client.post(arabic.url + "register/", {"email": ADDRESS, "consent": "on"})
    assert Participant.objects.get(process=process.original()).language == "ar"
    assert "/ar/" in mail.outbox[-1].body


def test_consent_and_honeypot(client, open_process):
    process, _goals = open_process
    response = client.post(process.url + "register/", {"email": ADDRESS})
    assert response.status_code == 400
    assert "Please agree to the notice on data protection." in response.content.decode()
    # what was typed stays in the form
    assert f'value="{ADDRESS}"' in response.content.decode()
    trapped = register(client, process, ADDRESS, **{"website-url": "http://spam.example"})
    assert trapped.status_code == 400
    assert "a field meant to stay empty was filled in" in trapped.content.decode()
    assert not Participant.objects.filter(process=process.original()).exists()
    assert not mail.outbox


def test_the_notice_shows_its_consent_text_and_retention_period(client, open_process):
    process, _goals = open_process
    page = client.get(process.url).content.decode()
    assert "Wir speichern Ihre Adresse nur als Prüfwert." in page
    assert "180 days after the closing" in page


def test_anonymous_ballots_are_deleted_after_the_retention_period(client, open_process):
    process, goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    client.post(voter, points(goals, sprache=2))
    close_now(process)
    call_command("close_prioritisations")
    assert PrioritisationResult.objects.filter(process=process.original()).exists()
    assert not Participant.objects.filter(process=process.original()).exists()
    assert Ballot.objects.filter(process=process.original()).count() == 1  # within the 180 days
    with time_machine.travel(timezone.now() + datetime.timedelta(days=181)):
        call_command("close_prioritisations")
    assert not Ballot.objects.filter(process=process.original()).exists()
    # the results stay
    result = PrioritisationResult.objects.get(process=process.original())
    assert result.data["participation"]["ballots"] == 1


def test_a_mail_server_that_is_down_is_said_and_the_address_kept(client, open_process, settings):
    process, _goals = open_process
    settings.EMAIL_BACKEND = "tests.support.participation_flow.BrokenMailBackend"
    response = register(client, process, ADDRESS)
    assert response.status_code == 503
    assert "We could not send the mail just now" in response.content.decode()
    assert f'value="{ADDRESS}"' in response.content.decode()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert register(client, process, ADDRESS).status_code == 200
    assert "Please confirm your participation" in mail.outbox[-1].subject
    assert Participant.objects.filter(process=process.original()).count() == 1


def test_german_text_on_a_page_in_another_language_says_it_is_german(client, open_process):
    """The notice and the goals nobody translated are shown in German, marked so that a
    screen reader reads them with a German voice."""
    process, _goals = open_process
    voter = ballot_path(client, process, ADDRESS)
    page = client.get(process.url).content.decode()
    assert '<h3 lang="de">Online-Beteiligung: Datenschutz</h3>' in page
    ballot = client.get(voter).content.decode()
    assert '<legend><bdi lang="de">Ziel sprache</bdi></legend>' in ballot
