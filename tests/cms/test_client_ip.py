"""The visitor's address behind a proxy (cms.ops.client_ip): one rule for the forms' rate
limit and the login lockout, no 500 for a missing or odd header, no trust in headers
from peers that are not our proxy."""

import ipaddress

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from cms.ops.client_ip import ClientAddressMiddleware, client_ip
from tests.support.forms_data import CONTACT, build_office_forms, contact_data, submissions

VARNISH = [ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("::1/128")]


@pytest.mark.parametrize(
    "peer, header, expected",
    [
        # No proxy trusted (the default): the peer, whatever it claims.
        ("203.0.113.5", "198.51.100.1", "203.0.113.5"),
        # Varnish appended the visitor it saw.
        ("127.0.0.1", "203.0.113.5", "203.0.113.5"),
        # The client sent its own header; Varnish appended the real address on the right.
        ("127.0.0.1", "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        # Our own proxies in the chain are skipped.
        ("127.0.0.1", "203.0.113.5, 127.0.0.1", "203.0.113.5"),
        ("::1", "2001:db8::7", "2001:db8::7"),
        # Missing, empty or malformed: the last address a trusted hop vouched for.
        ("127.0.0.1", None, "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
        ("127.0.0.1", "unknown", "127.0.0.1"),
        ("127.0.0.1", "203.0.113.5, <script>", "127.0.0.1"),
        ("127.0.0.1", "<script>, 203.0.113.5", "203.0.113.5"),
        ("127.0.0.1", "1.2.3.4" + ", 1.2.3.4" * 200, "127.0.0.1"),
    ],
)
def test_the_visitor_is_the_first_address_right_of_the_trusted_proxies(peer, header, expected):
    meta = {"REMOTE_ADDR": peer}
    if header is not None:
        meta["HTTP_X_FORWARDED_FOR"] = header
    trusted = VARNISH if peer != "203.0.113.5" else []
    assert client_ip(meta, trusted) == expected


def test_a_header_from_an_untrusted_peer_is_ignored():
    """Someone talking to gunicorn directly cannot name another address."""
    meta = {"REMOTE_ADDR": "198.51.100.9", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    assert client_ip(meta, VARNISH) == "198.51.100.9"


def test_a_malformed_trusted_proxies_setting_stops_the_start_with_a_clear_message(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "varnish.local"]
    with pytest.raises(ImproperlyConfigured, match="varnish.local"):
        ClientAddressMiddleware(lambda request: None)


@pytest.fixture
def behind_varnish(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    # A new client builds the middleware chain anew, with the setting above.
    return Client()


@pytest.fixture
def contact_form(home_de):
    """The office's contact form, German only, below a fresh home page."""
    return build_office_forms(home_de, languages=())["contact"]


def post(client, header, name, peer="127.0.0.1"):
    extra = {"REMOTE_ADDR": peer}
    if header is not None:
        extra["HTTP_X_FORWARDED_FOR"] = header
    return client.post(CONTACT.format("de"), contact_data(name=name), **extra)


@pytest.mark.django_db
@pytest.mark.parametrize("header", [None, "", "203.0.113.5, 127.0.0.1", "nonsense", "a, b, c"])
def test_a_form_post_with_any_forwarded_header_is_answered_not_500(
    behind_varnish, contact_form, header
):
    response = post(behind_varnish, header, "Ada")
    assert response.status_code == 200
    assert submissions(CONTACT.format("de")).filter(form_data__name="Ada").exists()


@pytest.mark.django_db
def test_behind_the_proxy_the_form_limit_is_per_visitor_not_global(behind_varnish, contact_form):
    """Five posts from one visitor use up their limit, not everybody's: before this the
    proxy's 127.0.0.1 was everyone's address."""
    for number in range(5):
        assert post(behind_varnish, "203.0.113.5", f"Eine {number}").status_code == 200
    assert post(behind_varnish, "203.0.113.5", "Sechste").status_code == 429
    assert post(behind_varnish, "198.51.100.1", "Nachbarin").status_code == 200


@pytest.mark.django_db
def test_rotating_a_spoofed_address_does_not_get_around_the_limit(behind_varnish, contact_form):
    """The client may put anything left of what Varnish appends; the limit counts the
    address Varnish saw."""
    for number in range(5):
        header = f"10.9.9.{number}, 203.0.113.5"
        assert post(behind_varnish, header, f"Eine {number}").status_code == 200
    assert post(behind_varnish, "10.9.9.99, 203.0.113.5", "Sechste").status_code == 429


@pytest.mark.django_db
def test_a_peer_that_is_not_the_proxy_is_limited_as_itself(behind_varnish, contact_form):
    for number in range(5):
        response = post(behind_varnish, f"10.8.8.{number}", f"E {number}", peer="198.51.100.9")
        assert response.status_code == 200
    assert post(behind_varnish, "10.8.8.77", "Sechste", peer="198.51.100.9").status_code == 429


@pytest.mark.django_db
def test_the_login_lockout_records_and_locks_the_visitor_not_the_proxy(
    behind_varnish, django_user_model
):
    django_user_model.objects.create_superuser("sicher", "s@example.org", "richtig-1234")

    def login(address, password):
        return behind_varnish.post(
            "/admin/login/",
            {"username": "sicher", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=address,
        )

    for _ in range(5):
        login("203.0.113.5", "falsch")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}
    assert login("203.0.113.5", "richtig-1234").status_code == 429
    # Another visitor behind the same proxy logs in: the lockout is not global.
    assert login("198.51.100.1", "richtig-1234").status_code == 302
