"""Hardening: security headers on every public response, a strict Content-Security-Policy
for public pages, admin login lockout (django-axes), optional TOTP two-factor login
(django-otp), uploads checked by content and pixel count, and `check --deploy` clean."""

import io
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import get_page_models

from tests.support.every_type import add_every_type
from tests.support.marks import indexed
from tests.support.small_site import build_small_site

pytestmark = [pytest.mark.django_db, indexed]

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 200
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def public_paths(home):
    """One live German page of every page type on the default site (a small site of every
    type built under `home`), plus search and 404."""
    add_every_type(build_small_site(home, languages=()))
    seen, paths = set(), ["/de/search/?q=Integration", "/de/gibt-es-nicht/"]
    for page in home.get_descendants(inclusive=True).live().specific():
        if type(page) not in seen:
            seen.add(type(page))
            paths.append(urlsplit(page.get_url()).path)
    ours = {m for m in get_page_models() if m._meta.app_label in ("home", "integration_pages")}
    assert len(seen) > 15 and ours <= seen, ours - seen
    return paths


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_every_public_response_carries_the_security_headers(client, home_de):
    for path in public_paths(home_de):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], path
        assert policy["script-src"] == ["'self'"], path
        assert policy["style-src"] == ["'self'"], path
        assert policy["frame-ancestors"] == ["'none'"], path
        assert policy["object-src"] == ["'none'"], path
        assert "unsafe-inline" not in response["Content-Security-Policy"], path
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["Referrer-Policy"] == "same-origin", path
        assert "camera=()" in response["Permissions-Policy"], path
        assert "geolocation=()" in response["Permissions-Policy"], path
        # Older browsers that ignore frame-ancestors get the same answer.
        assert response["X-Frame-Options"] == "DENY", path


def test_only_the_admin_may_run_inline_scripts(superuser_client, home_de):
    """Wagtail's admin needs inline scripts; it gets them, public pages never do."""
    admin = directives(superuser_client.get("/admin/"))
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["frame-ancestors"] == ["'self'"]
    # One meaning per directive: 'none' beside 'self' would contradict itself.
    assert admin["frame-src"] == ["'self'"]
    assert "'unsafe-eval'" not in admin["script-src"]
    assert admin["object-src"] == ["'none'"] and admin["form-action"] == ["'self'"]
    public = directives(superuser_client.get("/de/"))
    assert public["script-src"] == ["'self'"]


def test_production_settings_pass_the_deploy_check_and_send_hsts():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-for-the-check-0123456789abcdefghij",
        "PARTICIPATION_HASH_KEY": "another-long-random-secret-for-participation-hashes-0123456789",
        "ALLOWED_HOSTS": "integration.example.de",
    }
    check = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no issues" in check.stdout
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert shown.stdout.split() == ["31536000", "True", "True"], shown.stderr


def test_hsts_header_is_sent_over_https(client, settings, home_de):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/de/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


# --- Admin login ------------------------------------------------------------------


def login(client, username, password, token=None, address="10.0.0.1"):
    data = {"username": username, "password": password}
    if token is not None:
        data["otp_token"] = token
    return client.post("/admin/login/", data, REMOTE_ADDR=address)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("sicher", "s@example.org", "richtig-1234")


def test_five_failed_logins_lock_the_account_from_that_address(client, editor):
    for _ in range(5):
        assert login(client, "sicher", "falsch").status_code in (200, 429)
    locked = login(client, "sicher", "richtig-1234")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Too many failed attempts" in locked.content.decode() or "Zu viele" in (
        locked.content.decode()
    )
    # The same account from another address is not locked: nobody can lock editors out
    # of the office by guessing from afar.
    other = login(client, "sicher", "richtig-1234", address="10.0.0.2")
    assert other.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def test_an_account_without_a_device_logs_in_with_its_password(client, editor):
    assert login(client, "sicher", "richtig-1234").status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_account_with_a_device_needs_a_valid_code(client, editor, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    device = TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    missing = login(client, "sicher", "richtig-1234")
    assert missing.status_code == 200 and "_auth_user_id" not in client.session
    assert "otp_token" in missing.content.decode()
    wrong_code = f"{(int(current_code(device)) + 1) % 10**6:06d}"
    wrong = login(client, "sicher", "richtig-1234", token=wrong_code)
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    # After a wrong code django-otp makes the next try wait a little (throttling).
    time_machine.shift(timedelta(seconds=30))
    good = login(client, "sicher", "richtig-1234", token=current_code(device))
    assert good.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_an_unverified_session_of_a_device_account_is_sent_to_the_login(client, editor):
    TOTPDevice.objects.create(user=editor, name="App", confirmed=True)
    client.force_login(editor)  # a session that never saw a code
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session


def test_otp_device_command_sets_up_and_removes_a_device(editor):
    out = io.StringIO()
    call_command("otp_device", "sicher", stdout=out)
    assert "otpauth://totp/" in out.getvalue()
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1
    call_command("otp_device", "sicher", "--remove", stdout=io.StringIO())
    assert not TOTPDevice.objects.filter(user=editor).exists()


# --- Uploads --------------------------------------------------------------------


def png(size=(40, 20), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_real_png_is_accepted(superuser_client):
    before = get_image_model().objects.count()
    assert upload_image(superuser_client, "foto.png", png()).status_code == 302
    assert get_image_model().objects.count() == before + 1


@pytest.mark.parametrize(
    "name, content",
    [
        ("programm.png", EXECUTABLE),
        ("programm.jpg", ELF),
        ("zeichnung.svg", SVG),
        ("zeichnung.png", SVG),
        # 20,000 × 20,000 pixels in a few kilobytes: a decompression bomb.
        ("bombe.png", png(size=(20000, 20000), mode="1")),
    ],
    ids=["exe-as-png", "elf-as-jpg", "svg", "svg-as-png", "pixel-bomb"],
)
def test_dangerous_images_are_refused_with_a_message(superuser_client, name, content):
    before = get_image_model().objects.count()
    response = upload_image(superuser_client, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert get_image_model().objects.count() == before


def test_a_real_pdf_and_a_text_file_are_accepted_as_documents(superuser_client):
    before = get_document_model().objects.count()
    assert upload_document(superuser_client, "bericht.pdf", PDF).status_code == 302
    assert upload_document(superuser_client, "daten.csv", b"Jahr;Wert\n2024;3\n").status_code == 302
    assert get_document_model().objects.count() == before + 2


@pytest.mark.parametrize(
    "name, content",
    [
        ("bericht.pdf", EXECUTABLE),
        ("tabelle.xlsx", ELF),
        ("daten.csv", EXECUTABLE),
        ("video.mp4", PDF),
    ],
    ids=["exe-as-pdf", "elf-as-xlsx", "exe-as-csv", "pdf-as-mp4"],
)
def test_documents_whose_content_does_not_match_their_name_are_refused(
    superuser_client, name, content
):
    before = get_document_model().objects.count()
    response = upload_document(superuser_client, name, content)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any(name in str(e) for e in errors), errors
    assert get_document_model().objects.count() == before


def test_uploads_over_the_size_limits_are_refused(superuser_client):
    """The limits come from the settings (10 MB each); a file one byte over is refused."""
    from django.conf import settings

    images, documents = get_image_model().objects.count(), get_document_model().objects.count()
    big_png = png() + b"\x00" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1 - len(png()))
    assert upload_image(superuser_client, "gross.png", big_png).context["form"].errors["file"]
    big_pdf = PDF + b"0" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1 - len(PDF))
    assert upload_document(superuser_client, "gross.pdf", big_pdf).context["form"].errors["file"]
    assert get_image_model().objects.count() == images
    assert get_document_model().objects.count() == documents


def test_passwords_need_twelve_characters_and_must_not_be_common():
    """Staff passwords: at least 12 characters; Django's list of 20,000 common passwords
    (CommonPasswordValidator) still refuses the usual ones whatever their length."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="12"):
        validate_password("Kurz-1234ab")  # 11 characters
    with pytest.raises(ValidationError):
        validate_password("qwerty123456")
    validate_password("Integration-Lübeck-7")
