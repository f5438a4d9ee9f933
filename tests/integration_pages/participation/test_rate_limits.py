"""Rate limits, counted per client address, per e-mail address and per ballot: a flood is
refused with 429 and a clear message, what was typed stays in the form, and a wrong code
counts while a right one does not (a workshop room shares one address). The full-size
burst (1,000 submissions; 500 code holders at once) is `make bench-participation`."""

import pytest

from integration_pages.models import Ballot, Participant
from integration_pages.participation.codes import generate_codes
from tests.support.participation_data import make_process
from tests.support.participation_flow import ballot_path, points, register

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def rates(settings):
    settings.INTEGRATION_PAGES_PARTICIPATION_RATES = {
        "register": "4/h",
        "address": "2/h",
        "wrong_code": "3/h",
        "ballot": "6/h",
        "participant": "3/h",
    }


def test_one_ballot_sent_again_and_again_is_limited(client, home_de, rates):
    process, goals = make_process(home_de)
    voter = ballot_path(client, process, "ana@example.org")
    answers = [client.post(voter, points(goals, sprache=n % 3)).status_code for n in range(6)]
    assert answers == [200, 200, 200, 429, 429, 429]
    refused = client.post(voter, points(goals, sprache=1, kita=2))
    assert "too often in a short time" in refused.content.decode()
    # what was chosen stays chosen in the refused form
    assert f'value="2" id="id_goal-{goals["kita"].translation_key}_2" checked' in (
        refused.content.decode()
    )
    stored = Ballot.objects.get(process=process.original()).points
    assert stored == {str(goals["sprache"].translation_key): 2}


def test_ballots_from_one_client_address_are_limited_across_people(client, home_de, rates):
    process, goals = make_process(home_de)
    codes = generate_codes(process.original(), 8)
    statuses = []
    for code in codes:
        response = client.post(process.url + "code/", {"code": code, "consent": "on"})
        statuses.append(client.post(response["Location"], points(goals, kita=1)).status_code)
    assert statuses == [200] * 6 + [429] * 2
    assert Ballot.objects.filter(process=process.original()).count() == 6


def test_registrations_are_limited_per_client_and_per_e_mail_address(client, home_de, rates):
    process, _goals = make_process(home_de)
    same = [register(client, process, "ana@example.org").status_code for _ in range(3)]
    assert same == [200, 200, 429]
    others = [register(client, process, f"p{n}@example.org").status_code for n in range(2)]
    assert others == [200, 429]  # the fifth registration from this client address
    refused = register(client, process, "zoe@example.org")
    assert 'value="zoe@example.org"' in refused.content.decode()
    assert Participant.objects.filter(process=process.original()).count() == 2


def test_wrong_codes_are_limited_and_right_ones_are_not(client, home_de, rates):
    process, _goals = make_process(home_de)
    good = generate_codes(process.original(), 5)
    for code in good[:4]:
        assert (
            client.post(process.url + "code/", {"code": code, "consent": "on"}).status_code == 302
        )
    wrong = [
        client.post(process.url + "code/", {"code": "AAAA-BBBB-CC", "consent": "on"}).status_code
        for _ in range(4)
    ]
    assert wrong == [400, 400, 400, 429]
    # after three wrong guesses even a right code waits: guessing stays hopeless
    assert client.post(process.url + "code/", {"code": good[4], "consent": "on"}).status_code == 429
