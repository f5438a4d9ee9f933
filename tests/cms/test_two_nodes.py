"""Two application nodes behind one Varnish, for real (issue 23, deploy/README.md).

Two gunicorns with production settings (deploy/gunicorn/gunicorn.conf.py, one worker
each, media folders of their own) on two ports share ONE scratch PostgreSQL database,
one Redis database (6: cache, page cache, rate limits, RQ) and the S3 server of the
tests; Varnish runs in front of both with the VCL deploy/varnish/cluster.py makes.
Whatever one node does, the other, and Varnish, must see at once.

The scratch database is a copy of a migrated template (tests/support/migrated_postgres.py)
on the PostgreSQL that answers on CI machines whatever the suite runs on, so the module
never touches the suite's database: CI's PostgreSQL pass leaves it to the first
(tests/support/marks.py). It skips only where no PostgreSQL, Redis or Varnish answers.
"""

import importlib.util
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.support.marks import database_independent
from tests.support.migrated_postgres import drop_database, new_database
from tests.support.ports import free_port, redis_available
from tests.support.s3_server import s3_server  # noqa: F401  (the fixture)
from tests.support.two_nodes_site import ADMIN, DRAFT_TITLE, HOST, PUBLISHED_TITLE

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
VARNISHD = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
VARNISHSTAT = shutil.which("varnishstat") or "/usr/bin/varnishstat"
VARNISHADM = shutil.which("varnishadm") or "/usr/bin/varnishadm"
XKEY_VMOD = list(Path("/usr/lib").glob("*/varnish/vmods/libvmod_xkey.so"))
# No other test or bench uses this database number (they use 3, 5, 7 and 9 to 14).
REDIS_DB = 6
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


def postgres_answers():
    try:
        import psycopg

        psycopg.connect(dbname="postgres", connect_timeout=2, **PG).close()
    except Exception:
        return False
    return True


pytestmark = [
    database_independent,
    pytest.mark.slow,
    pytest.mark.xdist_group("two_nodes"),
    pytest.mark.skipif(not VARNISHD, reason="varnishd is not installed"),
    pytest.mark.skipif(not XKEY_VMOD, reason="varnish-modules (xkey) is not installed"),
    pytest.mark.skipif(not redis_available(), reason="no Redis on 127.0.0.1:6379"),
    pytest.mark.skipif(not postgres_answers(), reason="no PostgreSQL on 127.0.0.1:5432"),
]


def cluster_vcl(nodes):
    spec = importlib.util.spec_from_file_location(
        "cluster_vcl", ROOT / "deploy" / "varnish" / "cluster.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.cluster_vcl(nodes)


def query(database, sql, *params):
    import psycopg

    with psycopg.connect(dbname=database, **PG) as connection:
        return connection.execute(sql, params).fetchall()


def run_manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


class Node:
    """One gunicorn of the deploy configuration on a free port."""

    def __init__(self, env, folder, name):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = folder / f"gunicorn-{name}.log"
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": "1",
            # Media folders of its own: what the other node stored there, it cannot read.
            "MEDIA_ROOT": str(folder / name / "media"),
            "PRIVATE_MEDIA_ROOT": str(folder / name / "private"),
        }

    def start(self):
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [str(GUNICORN), "-c", "deploy/gunicorn/gunicorn.conf.py"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                # A process group of its own, killed whole at the end (its workers too).
                start_new_session=True,
            )

    def wait(self):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                status, _headers, _body = Browser().get(self, "/robots.txt")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        pytest.fail(f"gunicorn on {self.base} did not start:\n{self.log.read_text()[-3000:]}")


class Varnish:
    def __init__(self, folder):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.folder = folder

    def start(self, nodes):
        vcl = self.folder / "cluster.vcl"
        vcl.write_text(cluster_vcl([("127.0.0.1", node.port) for node in nodes]))
        self.log = self.folder / "varnishd.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [VARNISHD, "-F", "-a", f"127.0.0.1:{self.port}", "-f", str(vcl)]
                + ["-n", str(self.folder / "instance"), "-s", "malloc,32m"],
                stdout=log,
                stderr=subprocess.STDOUT,
                # A process group of its own, killed whole at the end (its workers too).
                start_new_session=True,
            )

    def wait(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if Browser().get(self, "/robots.txt")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"Varnish did not start:\n{self.log.read_text()[-3000:]}")

    def per_node(self):
        """Varnish's count of requests sent to each backend (VBE.<vcl>.<backend>.req)."""
        done = subprocess.run(
            [VARNISHSTAT, "-n", str(self.folder / "instance"), "-1", "-j", "-f", "VBE.*.req"],
            capture_output=True,
            text=True,
            check=True,
        )
        counters = json.loads(done.stdout)
        counters = counters.get("counters", counters)
        return {
            name.split(".")[-2]: value["value"]
            for name, value in counters.items()
            if name.startswith("VBE.") and name.endswith(".req")
        }

    def health(self):
        """What the probes say of each backend now: "healthy" or "sick"."""
        done = subprocess.run(
            [VARNISHADM, "-n", str(self.folder / "instance"), "backend.list"],
            capture_output=True,
            text=True,
            check=True,
        )
        return {
            line.split()[0].rsplit(".", 1)[-1]: line.split()[3]
            for line in done.stdout.splitlines()[1:]
            if line.strip()
        }


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Cookies kept by hand, sent to whichever node is asked: a session made on one node
    is tried on the other. `secure`: as behind the TLS terminator, which the production
    settings need for the admin's and forms' cookies (Secure) and CSRF checks."""

    def __init__(self, secure=False):
        self.cookies = {}
        self.secure = secure
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, server, path, data=None, content_type=None):
        headers = {"Host": HOST}
        if self.secure:
            headers |= {"X-Forwarded-Proto": "https", "Origin": f"https://{HOST}"}
            headers["Referer"] = f"https://{HOST}{path}"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(server.base + path, data=data, headers=headers)
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            for cookie in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = cookie.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
            return response.status, response.headers, response.read()

    def get(self, server, path):
        return self.request(server, path)

    def post(self, server, path, fields, files=None):
        """A form sent as the browser sends it, with the CSRF token of the page before."""
        fields = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields}
        if not files:
            body = urllib.parse.urlencode(fields, doseq=True).encode()
            return self.request(server, path, body, "application/x-www-form-urlencoded")
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            for name, value in fields.items()
        ] + [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {kind}\r\n\r\n'.encode()
            + content
            for name, (filename, kind, content) in files.items()
        ]
        body = b"\r\n".join(parts) + f"\r\n--{boundary}--\r\n".encode()
        return self.request(server, path, body, f"multipart/form-data; boundary={boundary}")

    def log_in(self, server):
        self.get(server, "/admin/login/")
        status, headers, _body = self.post(
            server, "/admin/login/", {"username": ADMIN[0], "password": ADMIN[1], "next": "/admin/"}
        )
        assert status == 302 and "sessionid" in self.cookies, status


def node_environment(database, s3, varnish):
    media = s3.new_bucket("two-nodes-media")
    receipts = s3.new_bucket("two-nodes-receipts")
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_SETTINGS_MODULE": "tests.support.node_settings",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "REDIS_URL": REDIS_URL,
        "VARNISH_URL": varnish.base,
        "SECRET_KEY": "two-nodes-test-only",
        "PARTICIPATION_HASH_KEY": "two-nodes-test-only",
        "SECURE_SSL_REDIRECT": "false",
        # The administrator logs in with the password alone (no authenticator app here).
        "OTP_REQUIRED": "false",
        "AWS_STORAGE_BUCKET_NAME": media,
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": receipts,
        "AWS_S3_ENDPOINT_URL": s3.endpoint_url,
        "AWS_S3_REGION_NAME": "eu-central-1",
        "AWS_ACCESS_KEY_ID": "test-access-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret-key",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture(scope="module")
def cluster(s3_server):  # noqa: F811 (the fixture)
    work = Path(tempfile.mkdtemp(prefix="portal-two-nodes-"))
    # varnishd's worker runs as its own user: its folder must be readable for it.
    work.chmod(0o755)
    database = f"two_nodes_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    varnish = Varnish(work)
    env = node_environment(database, s3_server, varnish)
    # A copy of a migrated template: migrating here would take most of a minute.
    new_database(database, env)
    subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], capture_output=True)
    nodes = [Node(env, work, "a"), Node(env, work, "b")]
    try:
        # They load the project while the site is built; they ask the database only when asked.
        for node in nodes:
            node.start()
        script = "from tests.support.two_nodes_site import build; build()"
        built = json.loads(run_manage(env, "shell", "-v0", "-c", script).strip().splitlines()[-1])
        for node in nodes:
            node.wait()
        # After the nodes: a node whose first probes fail starts as sick.
        varnish.start(nodes)
        varnish.wait()
        yield {"a": nodes[0], "b": nodes[1], "varnish": varnish, "database": database, **built}
    finally:
        stop(varnish, *nodes)
        drop_database(database)
        subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


def stop(*servers):
    """Each server's process group killed at once: a graceful stop of gunicorn takes some
    5 s, and the test has nothing left for it to finish."""
    processes = [server.process for server in servers if hasattr(server, "process")]
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    for process in processes:
        process.wait()


def title_of(body):
    return re.search(rb"<title>(.*?)</title>", body, re.S).group(1).decode()


def test_varnish_spreads_requests_over_both_nodes(cluster):
    """Round robin: requests Varnish passes (the admin's login form) go to each node in
    turn, as Varnish's own counters of its backends show."""
    before = cluster["varnish"].per_node()
    for _ in range(4):
        status, _headers, _body = Browser().get(cluster["varnish"], "/admin/login/")
        assert status == 200
    after = cluster["varnish"].per_node()
    assert {name: after[name] - before.get(name, 0) for name in after} == {
        "node1": 2,
        "node2": 2,
    }


def test_an_image_uploaded_through_one_node_is_served_by_the_other(cluster, s3_server):  # noqa: F811
    """The editor's upload on node A lands in the media bucket, not on A's disk; node B
    (with a session node A made: sessions are in the database) renders it."""
    from PIL import Image

    editor = Browser(secure=True)
    editor.log_in(cluster["a"])
    picture = io.BytesIO()
    Image.new("RGB", (120, 80), "#336699").save(picture, "PNG")
    title = f"Stadtplan {uuid.uuid4().hex[:6]}"
    editor.get(cluster["a"], "/admin/images/add/")
    status, _headers, _body = editor.post(
        cluster["a"],
        "/admin/images/add/",
        {"title": title, "collection": str(cluster["collection"])},
        files={"file": ("stadtplan.png", "image/png", picture.getvalue())},
    )
    assert status == 302, _body[-2000:]
    [(pk, name)] = query(
        cluster["database"], "SELECT id, file FROM wagtailimages_image WHERE title = %s", title
    )
    assert name in s3_server.keys(cluster["a"].env["AWS_STORAGE_BUCKET_NAME"])
    assert not list((Path(cluster["a"].env["MEDIA_ROOT"])).rglob("*.png"))

    status, headers, body = editor.get(cluster["b"], f"/admin/images/{pk}/preview/max-60x60/")
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(body)).size == (60, 40)


def test_a_page_published_through_one_node_is_fresh_through_varnish_and_the_other(cluster):
    """Node B's page cache (in Redis) and Varnish both hold the page; node A publishes its
    draft; within a second both serve the new title."""
    path = cluster["page_path"]
    visitor = Browser()
    for server in (cluster["b"], cluster["varnish"]):
        # The page cache keeps a page once it is asked for again (cms.pagecache).
        for _ in range(3):
            status, headers, body = visitor.get(server, path)
            if headers["X-Cache"] == "HIT":
                break
        assert status == 200 and headers["X-Cache"] == "HIT", server.base
        assert PUBLISHED_TITLE in title_of(body)
    # What node B stored, node A serves: one page cache, in Redis.
    assert visitor.get(cluster["a"], path)[1]["X-Cache"] == "HIT"

    editor = Browser(secure=True)
    editor.log_in(cluster["a"])
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={cluster['page']}"
    status, _headers, _body = editor.get(cluster["a"], publish)
    assert status == 200
    status, _headers, _body = editor.post(cluster["a"], publish, {})
    assert status == 302
    published = time.monotonic()
    for server in (cluster["b"], cluster["varnish"]):
        status, headers, body = visitor.get(server, path)
        assert DRAFT_TITLE in title_of(body), server.base
        assert headers["X-Cache"] == "MISS", server.base
    assert time.monotonic() - published < 1.0


def send_contact_form(browser, node, path, message):
    browser.get(node, path)
    return browser.post(
        node,
        path,
        {
            "name": "Amina Yusuf",
            "e_mail": "amina@example.org",
            "anliegen": "Frage zu Angeboten",
            "nachricht": message,
        },
    )


def test_a_form_sent_through_one_node_is_in_the_admin_of_the_other(cluster):
    message = f"Gibt es Abendkurse? {uuid.uuid4().hex[:6]}"
    status, _headers, body = send_contact_form(
        Browser(secure=True), cluster["b"], cluster["form_path"], message
    )
    assert status == 200 and b"Danke, Ihre Nachricht ist angekommen." in body

    office = Browser(secure=True)
    office.log_in(cluster["a"])
    status, _headers, body = office.get(
        cluster["a"], f"/admin/forms/submissions/{cluster['form']}/"
    )
    assert status == 200
    assert message.encode() in body


def test_the_rate_limit_counts_what_both_nodes_received(cluster):
    """Five sends of one form per address in ten minutes (home.forms.SUBMISSION_RATE),
    counted in Redis: three through node B and two through node A use them up, and the
    sixth is refused, though neither node alone has seen five."""
    wait_for_a_fresh_window()
    path, sender = cluster["second_form_path"], Browser(secure=True)
    statuses = [
        send_contact_form(sender, cluster[name], path, f"Versuch {n}")[0]
        for n, name in enumerate("babab")
    ]
    assert statuses == [200] * 5
    assert send_contact_form(sender, cluster["a"], path, "Noch einmal")[0] == 429
    assert send_contact_form(sender, cluster["b"], path, "Und noch einmal")[0] == 429


def wait_for_a_fresh_window():
    """django-ratelimit counts in fixed windows (per address); a window that ends during
    the sends would start the count again. Waits out its last 20 s, at most."""
    from django_ratelimit.core import _get_window

    left = _get_window("127.0.0.1", 600) - time.time()
    if left < 20:
        time.sleep(left + 1)


def test_when_a_node_dies_varnish_sends_its_requests_to_the_other(cluster):
    """Last in the module: it kills node B. Before any probe has marked B sick, a GET that
    reaches the dead node is asked again (default.vcl's vcl_backend_error), and the retry
    asks the director again, which names the next node: no visitor sees an error."""
    varnish = cluster["varnish"]
    stop(cluster["b"])
    before = varnish.per_node()
    statuses = [Browser().get(varnish, "/admin/login/")[0] for _ in range(6)]
    assert statuses == [200] * 6
    assert varnish.per_node()["node1"] - before["node1"] == 6
    # The director still counts node B in (a probe fails it after three misses, some
    # 6 s): the retries, not the probe, kept the errors away.
    assert varnish.health()["node2"] == "healthy"
