"""Varnish with deploy/varnish/default.vcl in front of the portal, for real.

Runs where `varnishd` and the xkey vmod are installed (`make test` installs `varnish` and
`varnish-modules` from Debian) and Redis answers on 127.0.0.1:6379. Publishing purges it
by key (VARNISH_PURGE's default). The demo is built into a scratch SQLite database and served by
`runserver`; Varnish listens on a free port in front of it. Django's own page cache is
on Redis (database 14), shared with the process that publishes, as in production.
"""

import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support.demo_site import _manage
from tests.support.ports import free_port, redis_available

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
REDIS_DB = "redis://127.0.0.1:6379/14"
# Debian puts it in /usr/sbin, which is not on every user's PATH.
VARNISHD = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
VARNISHSTAT = shutil.which("varnishstat") or "/usr/bin/varnishstat"
XKEY_VMOD = glob.glob("/usr/lib/*/varnish/vmods/libvmod_xkey.so")
HOST = "luebeck.localhost"


pytestmark = [
    pytest.mark.own_site,
    # One worker starts the stack (module fixture) for all of them.
    pytest.mark.xdist_group("varnish"),
    pytest.mark.skipif(not VARNISHD, reason="varnishd is not installed"),
    pytest.mark.skipif(not XKEY_VMOD, reason="varnish-modules (xkey) is not installed"),
    pytest.mark.skipif(not redis_available(), reason="no Redis on 127.0.0.1:6379"),
]


def _wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory, demo_build):
    folder = tmp_path_factory.mktemp("varnish")
    django_port, varnish_port = free_port(), free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DEBUG": "false",
        "SECRET_KEY": "varnish-test-only",
        "REDIS_URL": REDIS_DB,
        "VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        "MEDIA_ROOT": str(demo_build[0] / "media"),
    }
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=False, capture_output=True)
    # A copy of the demo the browser tests serve too, built once per run (tests/conftest.py).
    shutil.copy(demo_build[0] / "demo.sqlite3", folder / "db.sqlite3")
    # varnishd's worker runs as its own user: its folder must be readable for it.
    work = Path(tempfile.mkdtemp(prefix="portal-varnish-"))
    work.chmod(0o755)
    vcl = work / "default.vcl"
    vcl.write_text(VCL.read_text().replace('"8000"', f'"{django_port}"'))
    varnish_log = (work / "varnishd.log").open("w")
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{django_port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
        subprocess.Popen(
            [
                VARNISHD,
                "-F",
                "-a",
                f"127.0.0.1:{varnish_port}",
                "-f",
                str(vcl),
                "-n",
                str(work / "instance"),
                "-s",
                "malloc,32m",
            ],
            stdout=varnish_log,
            stderr=subprocess.STDOUT,
        ),
    ]
    try:
        _wait_for(django_port)
        try:
            _wait_for(varnish_port, 30)
        except RuntimeError:
            pytest.fail((work / "varnishd.log").read_text()[-3000:])
        yield {
            "env": env,
            "varnish": f"http://127.0.0.1:{varnish_port}",
            "instance": str(work / "instance"),
        }
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=False, capture_output=True)
        varnish_log.close()
        shutil.rmtree(work, ignore_errors=True)


def fetch(stack, path, **headers):
    request = urllib.request.Request(stack["varnish"] + path, headers={"Host": HOST, **headers})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers, response.read().decode()


def purge(stack, path="/", **headers):
    request = urllib.request.Request(
        stack["varnish"] + path, method="PURGE", headers={"Host": HOST, **headers}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def publish_title(stack, pk, title):
    _manage(
        stack["env"],
        "shell",
        "-c",
        f"from wagtail.models import Page; p = Page.objects.get(pk={pk}).specific;"
        f"p.title = {title!r}; p.save_revision().publish()",
    )


def first_measure(stack):
    """The pk and path of Lübeck's first German measure. Asked once per module (a Python
    start-up of some two seconds): the tests change its title, never where it stands."""
    if "measure" not in stack:
        output = _manage(
            stack["env"],
            "shell",
            "-c",
            "from integration_pages.models import MeasurePage;"
            "m = MeasurePage.objects.live().filter(locale__language_code='de',"
            " url_path__startswith='/luebeck/').order_by('path').first();"
            "print('MEASURE', m.pk, m.get_url_parts()[2])",
        )
        line = next(line for line in output.splitlines() if line.startswith("MEASURE "))
        stack["measure"] = line.split()[1:]
    return stack["measure"]


def test_varnish_serves_the_second_request_from_its_cache(stack):
    _pk, path = first_measure(stack)
    first, _body = fetch(stack, path)
    second, _body = fetch(stack, path)
    assert len(first["X-Varnish"].split()) == 1
    # Two ids: this request's and the one that fetched the cached object.
    assert len(second["X-Varnish"].split()) == 2
    assert second["X-Cache"] == "HIT"
    assert "Content-Security-Policy" in second


def test_varnish_passes_sessions_and_the_admin(stack):
    _pk, path = first_measure(stack)
    fetch(stack, path)
    headers, _body = fetch(stack, path, Cookie="sessionid=someone")
    assert len(headers["X-Varnish"].split()) == 1
    fetch(stack, "/admin/login/")
    headers, _body = fetch(stack, "/admin/login/")
    assert len(headers["X-Varnish"].split()) == 1


def test_a_published_change_shows_through_varnish_within_a_second(stack):
    pk, path = first_measure(stack)
    goal = path.rstrip("/").rsplit("/", 1)[0] + "/"
    for url in (path, goal):
        fetch(stack, url)
        assert fetch(stack, url)[0]["X-Cache"] == "HIT"
    title = f"Durch Varnish {int(time.time())}"
    publish_title(stack, pk, title)
    published = time.monotonic()
    for url in (path, goal):
        headers, body = fetch(stack, url)
        assert title in body, url
        assert len(headers["X-Varnish"].split()) == 1
    assert time.monotonic() - published < 1.0
    assert re.search(r"\d+ \d+", fetch(stack, path)[0]["X-Varnish"])


def test_a_section_made_private_leaves_every_list_varnish_holds_at_once(stack):
    pk, path = first_measure(stack)
    goal = path.rstrip("/").rsplit("/", 1)[0] + "/"
    concept = "/".join(path.split("/")[:3]) + "/"
    lists = [f"{concept}measures/", f"{concept}measures.json", f"{concept}measures.csv", goal]
    for url in lists:
        fetch(stack, url)
        headers, body = fetch(stack, url)
        assert headers["X-Cache"] == "HIT" and path in body, url

    restrict = (
        "from wagtail.models import Page, PageViewRestriction;"
        f"goal = Page.objects.get(pk={pk}).get_parent();"
        "PageViewRestriction.objects.create(page=goal, restriction_type='login')"
    )
    _manage(stack["env"], "shell", "-c", restrict)
    try:
        for url in lists:
            headers, body = fetch(stack, url) if url != goal else fetch_status(stack, url)
            assert path not in body, url
    finally:
        lift = (
            "from wagtail.models import Page, PageViewRestriction;"
            f"goal = Page.objects.get(pk={pk}).get_parent();"
            "PageViewRestriction.objects.filter(page__translation_key=goal.translation_key)"
            ".delete()"
        )
        _manage(stack["env"], "shell", "-c", lift)
    headers, body = fetch(stack, lists[0])
    assert path in body


def fetch_status(stack, path):
    """Like fetch, for a page that may answer with a redirect to the login form."""
    request = urllib.request.Request(stack["varnish"] + path, headers={"Host": HOST})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.headers, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_a_forged_host_port_cannot_poison_what_varnish_keeps(stack):
    """Varnish drops the port before it looks up or asks Django, so the page asked for
    through port 31337 is the site's own page, links and all, for the attacker and for
    the visitors after them."""
    _pk, path = first_measure(stack)
    headers, body = fetch(stack, path, Host=f"{HOST.upper()}:31337")
    assert "31337" not in body
    headers, body = fetch(stack, path)
    assert headers["X-Cache"] == "HIT"
    assert "31337" not in body
    assert f'<link rel="canonical" href="http://{HOST}{path}">' in body


def test_varnish_keeps_http_and_https_apart_and_believes_https_only_from_its_terminator(stack):
    """The scheme is part of the key: a page fetched over https (as the TLS terminator on
    this host says) is a different object from the same page over http."""
    _pk, path = first_measure(stack)
    url = path + "?page=1"
    fetch(stack, url, **{"X-Forwarded-Proto": "https"})
    headers, _body = fetch(stack, url, **{"X-Forwarded-Proto": "https"})
    assert headers["X-Cache"] == "HIT"
    assert fetch(stack, url)[0]["X-Cache"] == "MISS"
    assert fetch(stack, url)[0]["X-Cache"] == "HIT"


def test_varnish_names_no_server_software_and_refuses_huge_bodies_unread(stack):
    headers, _body = fetch(stack, "/de/")
    assert "Server" not in headers and "Via" not in headers
    request = urllib.request.Request(
        stack["varnish"] + "/de/kontakt/",
        data=b"x",
        method="POST",
        headers={"Host": HOST, "Content-Length": str(100 * 1024 * 1024)},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 413


def test_a_published_change_reaches_the_query_variants_varnish_holds(stack):
    """The purge names the pages, not their URLs: the list filtered or paged, which no
    list of URLs can name, is fresh at once as well."""
    pk, path = first_measure(stack)
    goal = path.rstrip("/").rsplit("/", 1)[0] + "/"
    concept = "/".join(path.split("/")[:3]) + "/"
    variants = [f"{concept}measures/?page=1", f"{goal}?page=1", f"{path}?page=1"]
    for url in variants:
        fetch(stack, url)
        assert fetch(stack, url)[0]["X-Cache"] == "HIT", url
    title = f"Variante {time.time_ns()}"
    publish_title(stack, pk, title)
    for url in variants:
        headers, body = fetch(stack, url)
        assert title in body, url
        assert len(headers["X-Varnish"].split()) == 1, url


def requests_received(stack):
    done = subprocess.run(
        [VARNISHSTAT, "-n", stack["instance"], "-1", "-j"],
        capture_output=True,
        text=True,
        check=True,
    )
    counters = json.loads(done.stdout)
    return counters.get("counters", counters)["MAIN.client_req"]["value"]


def test_a_publish_sends_varnish_one_request(stack):
    """As an editor's publish does it, without a transaction around it: Wagtail commits the
    page, then announces the publish; one purge, naming every page it shows on."""
    pk, _path = first_measure(stack)
    before = requests_received(stack)
    publish_title(stack, pk, f"Eine Anfrage {time.time_ns()}")
    assert requests_received(stack) - before == 1


def test_varnish_keeps_the_surrogate_keys_to_itself(stack):
    _pk, path = first_measure(stack)
    for _ in range(2):
        headers, _body = fetch(stack, path)
        assert "xkey" not in headers and "X-Portal-Url" not in headers
    assert headers["X-Cache"] == "HIT"


def test_a_purge_by_key_takes_every_copy_of_the_page(stack):
    """The keys are on the stored copies (visitors never see them): one purge of the
    page's key takes the page over http and https and each of its query variants."""
    pk, path = first_measure(stack)
    copies = [(path, {}), (f"{path}?page=1", {}), (path, {"X-Forwarded-Proto": "https"})]
    for url, headers in copies:
        fetch(stack, url, **headers)
        assert fetch(stack, url, **headers)[0]["X-Cache"] == "HIT", url
    # Another page's copy stays.
    fetch(stack, "/de/")
    assert purge(stack, **{"xkey-purge": f"p{pk}"}) == 200
    for url, headers in copies:
        assert fetch(stack, url, **headers)[0]["X-Cache"] == "MISS", url
    assert fetch(stack, "/de/")[0]["X-Cache"] == "HIT"


def test_a_purge_by_url_still_works_but_leaves_the_query_variants(stack):
    """What VARNISH_PURGE = "urls" sends: the URL goes, its query variants stay."""
    _pk, path = first_measure(stack)
    for url in (path, f"{path}?page=1"):
        fetch(stack, url)
        assert fetch(stack, url)[0]["X-Cache"] == "HIT", url
    assert purge(stack, path) == 200
    assert fetch(stack, path)[0]["X-Cache"] == "MISS"
    assert fetch(stack, f"{path}?page=1")[0]["X-Cache"] == "HIT"
