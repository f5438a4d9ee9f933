"""`make bench-admin`: the server time of opening and publishing each page type's editor.

Prints figures; it is not a test and fails only when something does not work (an editor
that does not open, a publish the form refuses). Steps:

1. A scratch database built as `make demo` builds it: PostgreSQL `portal_bench_admin` on
   127.0.0.1:5432 when one answers, else SQLite under /tmp/bench_admin (`--db both`
   measures on both, `--db sqlite` on SQLite only). `migrate`, `load_demo`, `ensure_admin`
   and `collectstatic` are idempotent: a second run reuses the database (`--fresh` starts
   over). `--large` grows the demo as `make bench` does (`seed_bench`), in a database of
   its own.
2. A process per database with production settings (`cms.settings.production`: DEBUG off;
   the cache on Redis, db 10, when one answers on 127.0.0.1:6379, else in memory; a
   Varnish with deploy/varnish/default.vcl as VARNISH_URL, so that publishing purges it
   as in production, unless `--no-varnish` or varnishd is missing; TASKS on the database
   backend and no worker running, so that what a view queues stays queued) logs in as the
   demo administrator, second factor included, and for one German page of every page
   type of home/ and integration_pages/ that the demo holds measures, in-process through
   Django's test client:
   - edit: GET the page's edit form;
   - add: GET the add form for a page of that type under the same parent (or, for types
     allowed once per parent, under another page that may hold one);
   - publish: POST the edit form as rendered, unchanged, with "Publish"
     (bench/editor_form.py reads the form, StreamFields included);
   - create: POST that same data with a new title and slug to the add form, with
     "Publish": the first publish of a new page. The pages it creates are deleted again,
     and so are the tasks the requests queued.
   One uncounted request of each first (templates, per-process caches), then the median
   of `--runs` requests; the SQL queries of one request more; for publish and create the
   background tasks each one queued (django-tasks' database queue).
3. Prints the table and writes it into docs/performance.md between its markers
   (`bench:admin:begin`/`bench:admin:end`), leaving the analysis around them alone.

`--profile --only MeasurePage --action create` profiles instead (cProfile over the runs)
and prints where the time goes and which code runs the queries.

Run with the project's venv; besides Django and Wagtail it needs BeautifulSoup, a
dependency of Wagtail.
"""

import argparse
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("BENCH_ADMIN_DIR", "/tmp/bench_admin"))
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:admin:begin -->", "<!-- bench:admin:end -->"

PG_HOST, PG_PORT, PG_DB = "127.0.0.1", 5432, "portal_bench_admin"
SQLITE_FILE = WORK / "portal.sqlite3"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
BENCH_REDIS = f"redis://{REDIS_HOST}:{REDIS_PORT}/10"
SITE_HOST = "luebeck.localhost"
SETTINGS = "cms.settings.production"

# `--large`: the site `make bench` measures (bench/run.py's defaults).
LARGE = ("--measures=300", "--services=200", "--news=100")

# The requirement of the issue: opening any editor and publishing any page under 1 s.
MAX_MS = 1000
ACTIONS = ("edit", "add", "publish", "create")
ACTION_LABELS = {
    "edit": "open edit form",
    "add": "open add form",
    "publish": "publish (edit form, unchanged)",
    "create": "publish a new page",
}


def log(message=""):
    print(message, flush=True)


def answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


# --- Database ------------------------------------------------------------------------


def postgres_url(fresh, name=PG_DB):
    """The URL of database `name`, created where missing; None without PostgreSQL."""
    if not answers(PG_HOST, PG_PORT):
        return None
    try:
        import psycopg
    except ImportError:
        return None
    try:
        with psycopg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            if fresh:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if exists.fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')
                # A scratch database: no waiting for the disk at each commit of the build.
                conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    except psycopg.Error as error:
        log(f"PostgreSQL on {PG_HOST}:{PG_PORT} answers but refused: {error}.")
        return None
    return f"postgres://postgres@{PG_HOST}:{PG_PORT}/{name}"


def databases(args):
    """[(url, description)] for --db."""
    chosen = []
    name = f"{PG_DB}_large" if args.large else PG_DB
    sqlite_file = SQLITE_FILE.with_name("portal-large.sqlite3") if args.large else SQLITE_FILE
    size = ", seeded as for `make bench`" if args.large else ""
    if args.db in ("auto", "postgres", "both"):
        url = postgres_url(args.fresh, name)
        if url:
            chosen.append((url, f"PostgreSQL ({name} on {PG_HOST}:{PG_PORT}{size})"))
        elif args.db == "postgres":
            raise SystemExit(f"No PostgreSQL answers on {PG_HOST}:{PG_PORT}.")
    if args.db in ("sqlite", "both") or (args.db == "auto" and not chosen):
        if args.fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{sqlite_file}{suffix}").unlink(missing_ok=True)
        chosen.append((f"sqlite:///{sqlite_file}", f"SQLite ({sqlite_file}{size})"))
    return chosen


def start_varnish():
    """Varnish with deploy/varnish/default.vcl, as production runs it in front: publishing
    sends it the purges VARNISH_URL and VARNISH_PURGE make (by key unless the environment
    says "urls"). Nothing is served through it here; only the purges count (bench/
    varnish_purge.py compares the two ways). None when varnishd is missing."""
    # bench/servers.py keeps its servers' folders under BENCH_DIR: ours, not `make bench`'s.
    os.environ["BENCH_DIR"] = str(WORK)
    sys.path.insert(0, str(ROOT / "bench"))
    import servers

    if not (shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")):
        log(
            "varnishd is missing: measuring without Varnish "
            "(apt-get install varnish varnish-modules)."
        )
        return None
    # No backend answers behind it: a purge never asks one.
    return servers.Varnish(servers.free_port())


def environment(database_url, redis, varnish=None):
    """Production settings on scratch folders, as bench/run.py runs them."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE=SETTINGS,
        SECRET_KEY="bench-only-not-secret",
        ALLOWED_HOSTS=f"127.0.0.1,localhost,{SITE_HOST}",
        DEBUG="false",
        # The test client asks under the site's host on its default port: no redirect to
        # the site's canonical origin (cms.ops.canonical); https through `secure=True`.
        CANONICAL_HOST_REDIRECT="false",
        MEDIA_ROOT=str(WORK / "media"),
        PRIVATE_MEDIA_ROOT=str(WORK / "private"),
        STATIC_ROOT=str(WORK / "static"),
        MACHINE_TRANSLATOR="offline",
        PYTHONUNBUFFERED="1",
    )
    env.pop("REDIS_URL", None)
    env.pop("VARNISH_URL", None)
    if redis:
        env["REDIS_URL"] = BENCH_REDIS
    if varnish:
        env["VARNISH_URL"] = varnish.base
    return env


def manage(env, *args):
    started = time.monotonic()
    log(f"$ manage.py {' '.join(args)}")
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def prepare(env, database=True, large=False):
    timings = {}
    if database:
        timings["migrate"] = manage(env, "migrate", "--no-input", "-v0")
        timings["load_demo"] = manage(env, "load_demo", "-v0")
        timings["ensure_admin"] = manage(env, "ensure_admin", "-v0")
        if large:
            timings["seed_bench"] = manage(env, "seed_bench", *LARGE)
    # Production keeps a manifest of the static files; the admin's templates need it.
    timings["collectstatic"] = manage(env, "collectstatic", "--no-input", "-v0")
    log("  " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items()))


# --- Measuring (in the child process, with Django set up) -----------------------------


def page_types():
    """Every Page subclass of home/ and integration_pages/, in the apps' model order."""
    from django.apps import apps
    from wagtail.models import Page

    return [
        model
        for app in ("home", "integration_pages")
        for model in apps.get_app_config(app).get_models()
        if issubclass(model, Page)
    ]


def sample_page(model):
    """One German page of `model` on the default site when there is one (translations and
    the second site take the same code paths, and German pages publish without a
    workflow), preferring one with the most filled in: the last one created."""
    from django.conf import settings
    from wagtail.models import Site

    pages = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        on_site = pages.descendant_of(site.root_page, inclusive=True)
        if on_site.exists():
            pages = on_site
    return pages.order_by("-pk").first()


def login(client):
    """The demo administrator (`ensure_admin`), logged in with the second factor verified,
    as after the login form: the admin's two-factor middleware runs as for an editor."""
    from django.contrib.auth import get_user_model
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user_model = get_user_model()
    user = (
        user_model.objects.filter(username=os.environ.get("DEMO_ADMIN_USER", "admin")).first()
        or user_model.objects.filter(is_superuser=True).order_by("pk").first()
    )
    if user is None:
        raise SystemExit("No administrator: run `manage.py ensure_admin`.")
    client.force_login(user)
    device = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return user


class Recorder:
    """Every SQL query of a block: count, time in the database, and the code that ran it
    (the innermost frame outside Django's ORM, and the innermost frame of the project)."""

    PROJECT = tuple(
        f"{ROOT}/{folder}/" for folder in ("home", "integration_pages", "snippets", "cms")
    )
    SKIPPED = ("/django/db/", "/django/utils/", "/psycopg/", "/bench/admin.py")

    def __init__(self, origins=False):
        self.origins = origins
        self.queries = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter() - started
            origin = project = chain = None
            if self.origins:
                origin, project, chain = self.where()
            self.queries.append(
                {"sql": sql, "s": elapsed, "origin": origin, "project": project, "chain": chain}
            )

    def where(self):
        import traceback

        origin = project = None
        stack = traceback.extract_stack()[:-2]
        # The callers above the query outside Django, innermost first: what asked for it.
        chain = [
            f"{short(frame.filename)}:{frame.lineno} {frame.name}"
            for frame in reversed(stack)
            if not any(part in frame.filename for part in (*self.SKIPPED, "/django/"))
        ][:6]
        for frame in reversed(stack):
            name = frame.filename
            if origin is None and not any(part in name for part in self.SKIPPED):
                origin = f"{short(name)}:{frame.lineno} {frame.name}"
            # Middleware (`__call__`) wraps every query of the request: not an origin.
            if project is None and name.startswith(self.PROJECT) and frame.name != "__call__":
                project = f"{short(name)}:{frame.lineno} {frame.name}"
            if origin and project:
                break
        return origin, project, " < ".join(chain)


def short(filename):
    for marker in ("site-packages/", f"{ROOT}/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def add_parent(model, parent):
    """Where a page of `model` can be added: beside `parent`'s page, else (one per parent,
    as for section pages) under another page that may hold one, German first; None when
    no page may."""
    from django.conf import settings
    from django.db.models import Case, IntegerField, Value, When
    from wagtail.models import Page

    if model.can_create_at(parent):
        return parent
    candidates = (
        Page.objects.type(*model.allowed_parent_page_models())
        .annotate(
            german=Case(
                When(locale__language_code=settings.LANGUAGE_CODE, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("german", "path")
    )
    return next((page for page in candidates if model.can_create_at(page)), None)


class Editor:
    """The requests of one page type's editor: `run(action)` returns the response."""

    def __init__(self, client, user, page):
        from django.urls import reverse

        self.client, self.user, self.page = client, user, page
        self.parent = page.get_parent()
        model = type(page)
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.add_parent = add_parent(model, self.parent)
        self.add_url = self.add_parent and reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, self.add_parent.pk],
        )
        self.data = None
        self.created = []
        self.counter = 0

    def get(self, url):
        return self.client.get(url, secure=True, HTTP_HOST=SITE_HOST)

    def post(self, url, data):
        return self.client.post(url, data, secure=True, HTTP_HOST=SITE_HOST)

    def form_data(self):
        """The edit form's submission as rendered (read once; the page stays the same)."""
        from editor_form import form_blocks, submission

        if self.data is None:
            response = self.get(self.edit_url)
            page = self.page.specific
            form_class = page.get_edit_handler().get_form_class()
            form = form_class(instance=page, for_user=self.user, parent_page=self.parent)
            self.data = submission(response.content.decode(), "page-edit-form", form_blocks(form))
            self.data["action-publish"] = ["action-publish"]
        return self.data

    def run(self, action):
        from editor_form import as_new_page

        if action == "edit":
            return self.get(self.edit_url)
        if action == "add":
            return self.get(self.add_url)
        if action == "publish":
            return self.post(self.edit_url, self.form_data())
        self.counter += 1
        stamp = f"{os.getpid()}-{self.counter}"
        data = as_new_page(self.form_data(), f"(bench {stamp})", f"bench-{stamp}")
        response = self.post(self.add_url, data)
        slug = data["slug"][0]
        created = self.add_parent.get_children().filter(slug=slug).first()
        response.bench_created = created is not None
        if created is not None:
            self.created.append(created.pk)
        return response

    def prepare(self, action):
        """Before each timed request, untimed: the page the last create made goes again
        (section pages allow one per parent, and the site stays the demo's size)."""
        if action in ("publish", "create"):
            self.form_data()
        if action == "create":
            self.clean_up()

    def clean_up(self):
        from wagtail.models import Page

        for page in Page.objects.filter(pk__in=self.created):
            page.delete()
        self.created = []


def check(action, response, editor):
    """None when the request did what it should, else why not."""
    if action in ("edit", "add"):
        if response.status_code != 200:
            where = response.get("Location", "")
            return f"{response.status_code} {where}".strip()
        return None
    if response.status_code == 302:
        if action == "create" and not getattr(response, "bench_created", True):
            return "not created: " + " ".join(messages(response))[:300]
        return None
    if response.status_code == 200:
        return "form refused: " + form_errors(response.content.decode())
    return f"{response.status_code}"


def messages(response):
    from django.contrib.messages import get_messages

    return [" ".join(str(message).split()) for message in get_messages(response.wsgi_request)]


def form_errors(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    errors = []
    for error in soup.select(".error-message, .help-critical, [data-w-messages-target] li"):
        text = " ".join(error.get_text().split())
        if text and text not in errors:
            errors.append(text)
    for widget in soup.find_all(attrs={"data-controller": "w-block"}):
        arguments = json.loads(widget["data-w-block-arguments-value"])
        if arguments[1]:
            errors.append(f"{widget['id']}: {json.dumps(arguments[1])[:300]}")
    return "; ".join(errors)[:600] or "(no message found)"


def queued_tasks():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.count()


def task_names(since):
    from collections import Counter

    from django_tasks_db.models import DBTaskResult

    names = DBTaskResult.objects.filter(enqueued_at__gte=since).values_list("task_path", flat=True)
    return dict(Counter(name.rsplit(".", 1)[-1] for name in names))


def measure_action(editor, action, runs):
    """Warm-up, `runs` timed requests, one counted: the figures of one cell."""
    from django.db import connection
    from django.utils import timezone

    editor.prepare(action)
    started = time.perf_counter()
    response = editor.run(action)
    first_ms = (time.perf_counter() - started) * 1000
    problem = check(action, response, editor)
    if problem:
        return {"error": problem}
    times = []
    for _ in range(runs):
        editor.prepare(action)
        started = time.perf_counter()
        response = editor.run(action)
        times.append((time.perf_counter() - started) * 1000)
        problem = check(action, response, editor)
        if problem:
            return {"error": problem}
    recorder = Recorder()
    editor.prepare(action)
    before, since = queued_tasks(), timezone.now()
    with connection.execute_wrapper(recorder):
        response = editor.run(action)
    problem = check(action, response, editor)
    if problem:
        return {"error": problem}
    cell = {
        "ms": statistics.median(times),
        "first_ms": first_ms,
        "min_ms": min(times),
        "max_ms": max(times),
        "queries": len(recorder.queries),
        "sql_ms": sum(q["s"] for q in recorder.queries) * 1000,
    }
    if action in ("publish", "create"):
        cell["tasks"] = queued_tasks() - before
        cell["task_names"] = task_names(since)
    return cell


def round_trip_changes(editor):
    """Fields a publish of the unchanged form changed: none, if the form was read right."""
    from wagtail.models import Page

    volatile = {
        "latest_revision",
        "latest_revision_created_at",
        "last_published_at",
        "live_revision",
        "has_unpublished_changes",
        "draft_title",
        "first_published_at",
        "go_live_at",
        "locked_at",
        "locked_by",
        "locked",
    }

    def content():
        page = Page.objects.get(pk=editor.page.pk).specific
        return {k: v for k, v in page.serializable_data().items() if k not in volatile}

    before = content()
    editor.run("publish")
    after = content()
    return sorted(key for key in set(before) | set(after) if before.get(key) != after.get(key))


def measure(args):
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.test import Client
    from django.utils import timezone

    cache.clear()
    client = Client()
    user = login(client)
    backend = settings.TASKS["default"]["BACKEND"]
    context = {
        "settings": os.environ["DJANGO_SETTINGS_MODULE"],
        "debug": settings.DEBUG,
        "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        "tasks": backend.rsplit(".", 1)[-1],
        "vendor": django.db.connection.vendor,
        "varnish": bool(getattr(settings, "VARNISH_URL", "")),
    }
    if "Immediate" in backend:
        raise SystemExit(f"TASKS runs tasks at once ({backend}): nothing would be deferred.")
    log(f"  settings {context}")
    started = timezone.now()
    rows = []
    for model in page_types():
        wanted = args.only.lower().split(",") if args.only else []
        if wanted and not any(name in model.__name__.lower() for name in wanted):
            continue
        page = sample_page(model)
        if page is None:
            rows.append({"type": model.__name__, "missing": True})
            log(f"  {model.__name__:<24} no page in the demo")
            continue
        editor = Editor(client, user, page)
        if args.profile:
            profile(editor, args)
            continue
        row = {"type": model.__name__, "page": page.pk, "url": page.url_path}
        try:
            for action in ACTIONS:
                if action in ("add", "create") and editor.add_url is None:
                    row[action] = {"none": "no page may hold another one"}
                    continue
                try:
                    row[action] = measure_action(editor, action, args.runs)
                except Exception as error:  # a figure missing, not the whole run
                    row[action] = {"error": f"{type(error).__name__}: {error}"}
            if editor.add_parent not in (None, editor.parent):
                row["add_parent"] = editor.add_parent.url_path
            row["round_trip_changes"] = round_trip_changes(editor)
        finally:
            editor.clean_up()
        rows.append(row)
        log("  " + line(row))
    forget_tasks(started)
    return {"context": context, "rows": rows}


def forget_tasks(since):
    """The tasks the measured requests queued, gone again: index updates of pages that did
    not change or no longer exist. A worker started on the database later would otherwise
    spend its first minutes on them, and the queue would grow with every run."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(enqueued_at__gte=since, status="READY").delete()


def line(row):
    cells = []
    for action in ACTIONS:
        cell = row[action]
        if "none" in cell:
            cells.append(f"{action} –")
        elif "error" in cell:
            cells.append(f"{action} ! {cell['error'][:80]}")
        else:
            cells.append(f"{action} {cell['ms']:>5.0f} ms {cell['queries']:>4} q")
    return f"{row['type']:<24} " + "  ".join(cells)


def profile(editor, args):
    """cProfile over `--runs` requests of `--action`, and the queries by origin."""
    import cProfile
    import io
    import pstats
    from collections import defaultdict

    from django.db import connection

    action = args.action
    editor.prepare(action)
    editor.run(action)  # warm-up
    profiler = cProfile.Profile()
    recorder = Recorder(origins=True)
    elapsed = 0.0
    try:
        for _ in range(args.runs):
            editor.prepare(action)
            started = time.perf_counter()
            with connection.execute_wrapper(recorder):
                profiler.enable()
                response = editor.run(action)
                profiler.disable()
            elapsed += time.perf_counter() - started
    finally:
        editor.clean_up()
    total = elapsed * 1000 / args.runs
    problem = check(action, response, editor)
    log(
        f"\n=== {type(editor.page).__name__} {action}: {total:.0f} ms per request (profiled) "
        f"{problem or ''}"
    )
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(args.top)
    log(out.getvalue())
    for key in ("origin", "project"):
        by = defaultdict(lambda: [0, 0.0])
        for query in recorder.queries:
            by[query[key] or "-"][0] += 1
            by[query[key] or "-"][1] += query["s"]
        log(f"Queries per request by {key} (count, ms):")
        for where, (count, seconds) in sorted(by.items(), key=lambda item: -item[1][0])[:30]:
            log(f"  {count / args.runs:>7.1f} {seconds * 1000 / args.runs:>8.1f}  {where}")
    chains = defaultdict(int)
    for query in recorder.queries:
        chains[query["chain"]] += 1
    log("Most frequent call chains (per request; innermost first):")
    for chain, count in sorted(chains.items(), key=lambda item: -item[1])[:12]:
        log(f"  {count / args.runs:>7.1f}  {chain}")
    log(
        f"  total {len(recorder.queries) / args.runs:.0f} queries, "
        f"{sum(q['s'] for q in recorder.queries) * 1000 / args.runs:.0f} ms in the database"
    )


# --- Report --------------------------------------------------------------------------


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    return {
        "cores": os.cpu_count(),
        "cpu": model.group(1).strip() if model else platform.processor() or "unknown",
        "python": platform.python_version(),
    }


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def figure(cell):
    if "none" in cell:
        return "– | –"
    if "error" in cell:
        return "! " + cell["error"][:60].replace("|", "/")
    mark = " ✗" if cell["ms"] > MAX_MS else ""
    return f"{cell['ms']:.0f}{mark} | {cell['queries']}"


def table(rows):
    head = (
        "| page type | edit form ms | queries | add form ms | queries | publish ms "
        "| queries | tasks queued | publish new ms | queries |"
    )
    lines = [head, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for row in rows:
        if row.get("missing"):
            continue
        tasks = row["publish"].get("tasks", "–") if "error" not in row["publish"] else "–"
        lines.append(
            f"| {row['type']} | {figure(row['edit'])} | {figure(row['add'])} "
            f"| {figure(row['publish'])} | {tasks} | {figure(row['create'])} |"
        )
    return "\n".join(lines)


def verdict(rows):
    cells = [
        (row["type"], action, row[action])
        for row in rows
        if not row.get("missing")
        for action in ACTIONS
    ]
    broken = [
        f"{name} {action}: {cell['error']}" for name, action, cell in cells if "error" in cell
    ]
    slow = [
        f"{name} {action} {cell['ms']:.0f} ms"
        for name, action, cell in cells
        if "ms" in cell and cell["ms"] > MAX_MS
    ]
    worst = max((c for c in cells if "ms" in c[2]), key=lambda c: c[2]["ms"], default=None)
    text = f"- **Every editor opens and every publish takes under {MAX_MS} ms (median):** "
    if not slow:
        text += "holds"
        if worst:
            text += f" (slowest: {worst[0]} {ACTION_LABELS[worst[1]]}, {worst[2]['ms']:.0f} ms)"
        text += "."
    else:
        text += f"missed by {len(slow)} of {len(cells)}: " + ", ".join(slow) + "."
    if broken:
        text += "\n- **Not measured (the request failed):** " + "; ".join(broken) + "."
    firsts = []
    for action in ACTIONS:
        measured = [(c[2]["first_ms"], c[0]) for c in cells if c[1] == action and "ms" in c[2]]
        if measured:
            ms, name = max(measured)
            firsts.append(f"{ACTION_LABELS[action]} {ms:.0f} ms ({name})")
    if firsts:
        text += (
            "\n- The uncounted first request of each kind for a page type (its form class, "
            "templates and the process's caches cold), slowest: " + "; ".join(firsts) + "."
        )
    changed = [
        f"{row['type']} ({', '.join(row['round_trip_changes'])})"
        for row in rows
        if row.get("round_trip_changes")
    ]
    if changed:
        text += (
            "\n- Fields an unchanged publish changed (the bench's form reading, or the "
            "form itself): " + "; ".join(changed) + "."
        )
    return text


def section(results):
    m = results["machine"]
    parts = [
        BEGIN,
        "<!-- Written by `make bench-admin` (bench/admin.py); edits between the markers are "
        "lost. -->",
        "",
        f"**Run of {results['date']}** on {m['cores']} cores ({m['cpu']}), Python "
        f"{m['python']}; load average before {results['load_before']}, after "
        f"{results['load_after']} (other work on the machine makes single figures noisy: "
        f"medians of {results['runs']} requests after one uncounted).",
    ]
    missing = []
    for run in results["runs_by_db"]:
        c = run["context"]
        parts += [
            "",
            f"### {run['database']}",
            "",
            f"`{c['settings']}`, DEBUG {'on' if c['debug'] else 'off'}, cache {c['cache']}, "
            f"{'Varnish (deploy/varnish/default.vcl) purged, ' if c.get('varnish') else ''}"
            f"tasks on {c['tasks']} (no worker running: queued work stays queued). Server "
            "time in-process through Django's test client, logged in as the demo "
            "administrator; queries of one request more; “tasks queued”: background tasks one "
            "publish left in the queue.",
            "",
            table(run["rows"]),
            "",
            verdict(run["rows"]),
        ]
        missing += [row["type"] for row in run["rows"] if row.get("missing")]
    if missing:
        parts += ["", f"Page types without a page in the demo: {', '.join(sorted(set(missing)))}."]
    parts += ["", END]
    return "\n".join(parts)


HEADING = """\

## Admin: opening and publishing editors

`make bench-admin` (bench/admin.py) builds the demo as `make demo` does, in a scratch
database, and measures for one German page of every page type the server time of opening
its edit form and its add form, of publishing it unchanged, and of publishing a new page
of that type (the editor's "first publish"). It prints the table below and rewrites it
here, between the markers; the analysis after them is written by hand.

```sh
make bench-admin                                   # PostgreSQL when one answers, else SQLite
make bench-admin BENCH_ADMIN_ARGS="--db both --runs 9"
make bench-admin BENCH_ADMIN_ARGS="--no-varnish"   # as `make demo`: no Varnish to purge
make bench-admin BENCH_ADMIN_ARGS="--profile --only MeasurePage --action create"
.venv/bin/python bench/admin.py --help
```

"""


def write_doc(results):
    text = section(results)
    doc = DOC.read_text() if DOC.exists() else "# Performance\n"
    if BEGIN in doc:
        before, rest = doc.split(BEGIN, 1)
        after = rest.split(END, 1)[1] if END in rest else ""
        doc = before + text + after
    else:
        doc = doc.rstrip("\n") + "\n" + HEADING + text + "\n"
    DOC.write_text(doc)
    log(f"Wrote {DOC.relative_to(ROOT)}.")


# --- Main ----------------------------------------------------------------------------


def measure_database(url, described, args, redis, varnish, results):
    """Prepare one database, measure in a child process with its settings, keep the rows."""
    log(f"Database: {described}")
    env = environment(url, redis, varnish)
    prepare(env, database=not args.no_prepare, large=args.large)
    if redis:
        subprocess.run(["redis-cli", "-u", BENCH_REDIS, "flushdb"], capture_output=True)
    vendor = "postgres" if url.startswith("postgres") else "sqlite"
    output = WORK / f"admin-{vendor}{'-large' if args.large else ''}.json"
    child = [sys.executable, __file__, "--child", str(output), "--runs", str(args.runs)]
    for flag in ("only", "action"):
        if getattr(args, flag):
            child += [f"--{flag}", getattr(args, flag)]
    if args.profile:
        child += ["--profile", "--top", str(args.top)]
    subprocess.run(child, cwd=ROOT, env=env, check=True)
    if args.profile:
        return
    run = json.loads(output.read_text())
    run["database"] = described
    results["runs_by_db"].append(run)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db",
        choices=("auto", "postgres", "sqlite", "both"),
        default="auto",
        help="auto: PostgreSQL when one answers on 127.0.0.1:5432, else SQLite",
    )
    parser.add_argument("--fresh", action="store_true", help="drop the scratch database first")
    parser.add_argument(
        "--large",
        action="store_true",
        help="the demo grown as `make bench` grows it (seed_bench), in a database of its own",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed requests per figure")
    parser.add_argument("--only", help="only page types whose name contains this (or one of: a,b)")
    parser.add_argument("--no-redis", action="store_true", help="the cache in memory")
    parser.add_argument(
        "--no-varnish", action="store_true", help="no Varnish to purge (as in `make demo`)"
    )
    parser.add_argument(
        "--no-prepare",
        action="store_true",
        help="reuse the database as it is (collectstatic still runs)",
    )
    parser.add_argument("--no-doc", action="store_true", help="print, don't write the doc")
    parser.add_argument("--profile", action="store_true", help="profile --only's types instead")
    parser.add_argument("--action", choices=ACTIONS, default="create", help="what --profile runs")
    parser.add_argument("--top", type=int, default=40, help="functions --profile prints")
    parser.add_argument("--child", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        results = measure(args)
        Path(args.child).write_text(json.dumps(results, indent=2, default=str))
        return

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    redis = not args.no_redis and answers(REDIS_HOST, REDIS_PORT)
    results = {
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "runs": args.runs,
        "load_before": load_average(),
        "runs_by_db": [],
    }
    varnish = None if args.no_varnish else start_varnish()
    try:
        for url, described in databases(args):
            measure_database(url, described, args, redis, varnish, results)
    finally:
        if varnish:
            varnish.stop()
    if args.profile:
        return
    results["load_after"] = load_average()
    (WORK / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = section(results)
    log("")
    log(text.split("\n", 2)[2].rsplit("\n", 1)[0])
    if not args.no_doc and not args.only and not args.large:
        write_doc(results)
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")
    failed = [
        f"{run['database']}: {row['type']} {action}"
        for run in results["runs_by_db"]
        for row in run["rows"]
        if not row.get("missing")
        for action in ACTIONS
        if "error" in row[action]
    ]
    if failed:
        raise SystemExit("Requests that failed: " + "; ".join(failed))


if __name__ == "__main__":
    main()
