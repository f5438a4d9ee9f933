"""Two-factor login required for administrators and Redaktion (issue 22.9): an account
without a device is sent to set one up at its first login and reaches nothing else of the
admin before it has confirmed a code; other roles may set one up; the demo accounts are
enrolled with secrets `make demo` prints."""

import io
import re
from base64 import b32decode
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.settings import base
from home.editorial_access import EDITORS, PRESS

pytestmark = pytest.mark.django_db
PASSWORD = "richtig-und-lang-1234"


@pytest.fixture(autouse=True)
def required(settings, time_machine):
    settings.OTP_REQUIRED = True
    # One fixed moment: codes computed here are the ones the server expects.
    time_machine.move_to(timezone.now(), tick=False)


def code_for(key: bytes, shift=0):
    totp = TOTP(key)
    totp.time += shift
    return f"{totp.token():06d}"


def login(client, username, token=None):
    data = {"username": username, "password": PASSWORD}
    if token is not None:
        data["otp_token"] = token
    return client.post("/admin/login/", data, REMOTE_ADDR="10.0.0.7")


def member(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, password=PASSWORD)
    group, _ = Group.objects.get_or_create(name=group_name)
    user.groups.add(group)
    return user


def shown_secret(response) -> bytes:
    text = re.search(r"<code[^>]*>([A-Z2-7 ]+)</code>", response.content.decode()).group(1)
    text = text.replace(" ", "")
    return b32decode(text + "=" * (-len(text) % 8))


def test_the_shipped_settings_require_a_second_factor_for_redaktion_and_admins():
    assert base.OTP_REQUIRED is True
    assert base.OTP_REQUIRED_GROUPS == [EDITORS]


def test_an_administrator_without_a_device_reaches_only_the_set_up(client, django_user_model):
    django_user_model.objects.create_superuser("chefin", "c@example.org", PASSWORD)
    assert login(client, "chefin").status_code == 302
    for path in ("/admin/", "/admin/pages/", "/admin/snippets/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/two-factor/?next="), path
    setup = client.get("/admin/two-factor/?next=/admin/pages/")
    assert setup.status_code == 200
    assert "<svg" in setup.content.decode()  # the QR code, drawn in the page itself
    # Logging out stays possible without a second factor.
    assert client.post("/admin/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_redaktion_account_confirms_a_code_and_continues_where_it_wanted(
    client, django_user_model, time_machine
):
    editor = member(django_user_model, "redakteurin", EDITORS)
    login(client, "redakteurin")
    setup = client.get("/admin/two-factor/?next=/admin/pages/")
    key = shown_secret(setup)
    wrong = client.post(
        "/admin/two-factor/", {"otp_token": f"{(int(code_for(key)) + 1) % 10**6:06d}"}
    )
    assert wrong.status_code == 200
    # The message, in the admin's language (German here), tied to the field.
    assert 'role="alert"' in wrong.content.decode()
    assert 'aria-invalid="true"' in wrong.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    # The secret survives the wrong code: the app already holds it.
    assert shown_secret(wrong) == key
    time_machine.shift(timedelta(seconds=30))  # django-otp throttles after a failure
    done = client.post("/admin/two-factor/", {"otp_token": code_for(key), "next": "/admin/pages/"})
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/pages/").status_code == 200
    # From now on the password alone is not enough.
    client.logout()
    time_machine.shift(timedelta(seconds=30))
    assert login(client, "redakteurin").status_code == 200
    assert "_auth_user_id" not in client.session
    assert login(client, "redakteurin", code_for(key)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_set_up_does_not_send_anyone_to_another_host(client, django_user_model):
    django_user_model.objects.create_superuser("chefin", "c@example.org", PASSWORD)
    login(client, "chefin")
    key = shown_secret(client.get("/admin/two-factor/"))
    done = client.post(
        "/admin/two-factor/", {"otp_token": code_for(key), "next": "https://example.org/"}
    )
    assert done["Location"] == "/admin/"


def test_press_needs_no_second_factor_but_may_set_one_up(client, django_user_model):
    member(django_user_model, "pressestelle", PRESS)
    login(client, "pressestelle")
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/two-factor/"' in account
    assert "<svg" in client.get("/admin/two-factor/").content.decode()


def test_a_new_phone_replaces_the_old_device_only_once_confirmed(
    client, django_user_model, time_machine
):
    admin = django_user_model.objects.create_superuser("chefin", "c@example.org", PASSWORD)
    old = TOTPDevice.objects.create(user=admin, name="Authenticator", confirmed=True)
    login(client, "chefin", code_for(old.bin_key))
    assert 'href="?renew=1"' in client.get("/admin/two-factor/").content.decode()
    new_key = shown_secret(client.get("/admin/two-factor/?renew=1"))
    assert new_key != old.bin_key
    assert TOTPDevice.objects.get(user=admin, confirmed=True).pk == old.pk
    time_machine.shift(timedelta(seconds=30))
    client.post("/admin/two-factor/?renew=1", {"otp_token": code_for(new_key)})
    (device,) = TOTPDevice.objects.filter(user=admin)
    assert device.confirmed and device.bin_key == new_key


def test_without_the_requirement_a_device_less_administrator_is_let_in(
    client, django_user_model, settings
):
    settings.OTP_REQUIRED = False
    django_user_model.objects.create_superuser("chefin", "c@example.org", PASSWORD)
    login(client, "chefin")
    assert client.get("/admin/").status_code == 200


def test_the_demo_accounts_are_enrolled_and_their_printed_secrets_work(client):
    for name in (EDITORS, PRESS, "Übersetzung"):
        Group.objects.get_or_create(name=name)
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    call_command("ensure_demo_users", stdout=out)
    printed = dict(re.findall(r"'([\w-]+)'.*?two-factor secret '([A-Z2-7 ]+)'", out.getvalue()))
    assert set(printed) == {"admin", "redaktion", "presse", "uebersetzung"}
    secret = printed["admin"].replace(" ", "")
    key = b32decode(secret + "=" * (-len(secret) % 8))
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "demo-admin-2026", "otp_token": code_for(key)},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    # A second run changes nothing and prints the same secret.
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert printed["admin"] in again.getvalue()
    assert TOTPDevice.objects.filter(user__username="admin").count() == 1
