"""`make bench-participation`: an online prioritisation under load, over HTTP.

Prints figures and fails (exit status 1) when a ballot is lost or the rate limit does
not hold; it is not a timed test. Steps:

1. a scratch database, built anew and removed at the end: PostgreSQL
   `portal_bench_participation` on the server DATABASE_URL names (or on 127.0.0.1:5432
   when DATABASE_URL is unset and one answers there), else SQLite under
   /tmp/bench_participation; migrated, with one site (luebeck.localhost, https), a
   concept with 12 goals in 4 fields of action and an open prioritisation (admission
   "both") with 1,501 one-time codes: 500 for scenario A, 1 + 1,000 for scenario B;
2. gunicorn as deployed (deploy/gunicorn/gunicorn.conf.py: 2 workers of 2 threads here),
   production settings, the cache on Redis database 13 (flushed first), so that the rate
   limits (django-ratelimit, counted in the cache) are shared by the workers;
3. scenario A: 500 people, each from an address of their own, 50 at a time: open the
   process page (CSRF cookie and token), send their code (302 to their ballot), open the
   ballot and send valid points (200, "saved"). Then the database must hold exactly 500
   ballots, each with the points its person sent;
4. scenario B, from one address each: 1,000 submissions of one person's ballot, 20 at a
   time (limit: 20 per ballot in 10 minutes); then 1,000 fresh people behind one router,
   each redeeming a code and sending a ballot, 20 at a time (limit: 300 submissions per
   address in 10 minutes). Some must be answered 429.

How the addresses are simulated: gunicorn runs with TRUSTED_PROXIES=127.0.0.1, as behind
the deployed Varnish, and the bench connects from 127.0.0.1 as that proxy would, sending
`X-Forwarded-For: <visitor>` (what Varnish sends for a visitor without the header) and
`X-Forwarded-Proto: https`; cms.ops.client_ip then puts the visitor's address in
REMOTE_ADDR for the rate limits. The visitors are 10.1.x.y (A), 10.2.0.1 and 10.3.0.1 (B).
CSRF protection stays on: each simulated browser keeps its csrftoken cookie and sends the
form's hidden token with an Origin header, as a browser does over https. Off are only the
two redirects to the site's canonical https address (SECURE_SSL_REDIRECT,
CANONICAL_HOST_REDIRECT), which the plain-http readiness probe would otherwise follow.

Run with the project's venv: `.venv/bin/python bench/prioritisation_load.py [--keep]`.
"""

import argparse
import http.client
import json
import os
import random
import re
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from scratch import (
    PRODUCTION_SETTINGS,
    ROOT,
    SITE_HOST,
    answers,
    environment,
    flush_redis,
    in_child,
    load_average,
    log,
    machine,
    manage,
    prepare,
    sqlite_url,
)

WORK = Path(os.environ.get("BENCH_PARTICIPATION_DIR", "/tmp/bench_participation"))
# bench/servers.py keeps its servers' folders under BENCH_DIR: ours.
os.environ["BENCH_DIR"] = str(WORK)

from performance_doc import appended, write_section  # noqa: E402
from servers import DEPLOY_CONFIG, Gunicorn  # noqa: E402

HEADING = (
    "\n## Prioritisation under load (`make bench-participation`)\n\n"
    "Code holders redeeming their code and sending a ballot through gunicorn as deployed "
    "(Redis cache, production settings), and one address flooding ballot submissions "
    "against the rate limits; `make bench-participation` (bench/prioritisation_load.py) "
    "writes the figures between the markers.\n\n"
)
BEGIN = "<!-- bench-participation:start -->"
END = "<!-- bench-participation:end -->"
PG_DB = "portal_bench_participation"
SQLITE_FILE = WORK / "portal.sqlite3"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
BENCH_REDIS = f"redis://{REDIS_HOST}:{REDIS_PORT}/13"
PROXY_NETWORK = "127.0.0.1"

FIELDS = [("I", "Sprache"), ("II", "Bildung"), ("III", "Arbeit"), ("IV", "Zusammenleben")]
GOALS_PER_FIELD = 3
POINTS_PER_FIELD = 3
MAX_POINTS_PER_GOAL = 2
# The limits the bench expects (integration_pages/participation/views.py, RATES).
PER_BALLOT_LIMIT = 20
PER_ADDRESS_LIMIT = 300

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SAVED = "kern-alert--success"


# --- In the Django process (--child) ---------------------------------------------------


def build(codes):
    """The site, the concept, its goals and an open process with `codes` codes."""
    import datetime
    from decimal import Decimal

    from django.utils import timezone
    from wagtail.models import Locale, Page, Site

    from cms.pagecache.purge import purges_deferred
    from home.indexing import index_updates_deferred
    from home.models import HomePage, OfficeSettings
    from integration_pages.models import (
        ActionField,
        GoalPage,
        IntegrationConceptPage,
        ParticipationNotice,
        PrioritisationPage,
    )
    from integration_pages.participation.codes import generate_codes

    german = Locale.objects.get(language_code="de")
    with index_updates_deferred(), purges_deferred():
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Lübeck",
                slug="luebeck",
                locale=german,
                motto="Gemeinsam in Lübeck",
                intro="<p>Willkommen bei der Stabsstelle Integration.</p>",
            )
        )
        Site.objects.all().delete()
        site = Site.objects.create(
            hostname=SITE_HOST, port=443, root_page=home, is_default_site=True, site_name="Lübeck"
        )
        Page.objects.filter(depth=2).exclude(pk=home.pk).delete()  # Wagtail's welcome page
        OfficeSettings.objects.get_or_create(
            site=site,
            defaults={"office_name": "Stabsstelle Integration", "municipality": "Lübeck"},
        )
        concept = home.add_child(
            instance=IntegrationConceptPage(
                title="Integrationskonzept",
                slug="konzept",
                locale=german,
                annual_budget=Decimal("100000"),
            )
        )
        concept.save_revision().publish()
        goals = []
        for number, (code, title) in enumerate(FIELDS):
            field = ActionField.objects.create(
                concept=concept, code=code, title=title, sort_order=number, locale=german
            )
            for n in range(GOALS_PER_FIELD):
                goal = concept.add_child(
                    instance=GoalPage(
                        title=f"Ziel {code}.{n + 1}: {title}",
                        slug=f"ziel-{code.lower()}-{n + 1}",
                        locale=german,
                    )
                )
                goal.action_fields.set([field])
                goal.save_revision().publish()
                goals.append((goal, number))
        notice = ParticipationNotice.objects.create(
            locale=german,
            title="Online-Beteiligung: Datenschutz",
            consent_text="<p>Wir speichern Ihre Adresse oder Ihren Code nur als Prüfwert.</p>",
            retention_days=180,
        )
        now = timezone.now()
        process = PrioritisationPage(
            title="Online-Priorisierung",
            slug="priorisierung",
            locale=german,
            opens_at=now - datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=30),
            admission="both",
            points_per_field=POINTS_PER_FIELD,
            max_points_per_goal=MAX_POINTS_PER_GOAL,
            notice=notice,
        )
        concept.add_child(instance=process)
        process.save_revision().publish()
        process.goals.set(GoalPage.objects.filter(pk__in=[goal.pk for goal, _f in goals]))
        process.save_revision().publish()
        process.refresh_from_db()
    plain = generate_codes(process, codes)
    return {
        "process_url": process.get_url(),
        "process_pk": process.pk,
        "goals": [{"key": str(goal.translation_key), "field": field} for goal, field in goals],
        "codes": plain,
    }


def verify(sent_file):
    """What the database holds against what was sent (`sent_file`: scenario → list of
    {"token", "points"}, points by goal key; token None where no ballot link came)."""
    from django.core import signing

    from integration_pages.models import PrioritisationPage
    from integration_pages.participation.mail import read_ballot_token
    from integration_pages.participation.records import Ballot, Participant

    sent = json.loads(Path(sent_file).read_text())
    process = PrioritisationPage.objects.get(slug="priorisierung").original()
    ballots = {b.participant_id: b for b in Ballot.objects.filter(process=process)}
    checked = {}
    for scenario, people in sent.items():
        found = matched = 0
        for person in people:
            if not person["token"]:
                continue
            try:
                pk = read_ballot_token(person["token"])
            except signing.BadSignature:
                continue
            ballot = ballots.get(pk)
            if ballot is None:
                continue
            found += 1
            expected = {key: value for key, value in person["points"].items() if value}
            if ballot.points == expected and sum(ballot.points.values()) == sum(expected.values()):
                matched += 1
        checked[scenario] = {"sent": len(people), "found": found, "matched": matched}
    return {
        "ballots": len(ballots),
        "points": sum(sum(b.points.values()) for b in ballots.values()),
        "participants": Participant.objects.filter(process=process).count(),
        "checked": checked,
    }


def child(output, step, codes, sent):
    import django

    django.setup()
    result = build(codes) if step == "build" else verify(sent)
    Path(output).write_text(json.dumps(result, indent=2))


# --- The simulated browsers ------------------------------------------------------------


class Browser:
    """One visitor: a keep-alive connection to gunicorn as the proxy in front of it would
    hold, the visitor's address in X-Forwarded-For, its cookies, its last CSRF token."""

    def __init__(self, port, address, records):
        self.port = port
        self.address = address
        self.records = records
        self.cookies = {}
        self.token = None
        self.connection = None

    def send(self, step, method, path, form=None):
        """(status, headers, body) or (None, None, "") for a failed connection; the time
        is kept in `records` under `step`."""
        headers = {
            "Host": SITE_HOST,
            "X-Forwarded-For": self.address,
            "X-Forwarded-Proto": "https",
            "Accept-Language": "de-DE,de;q=0.9",
            "User-Agent": "bench-participation",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode({"csrfmiddlewaretoken": self.token, **form})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{SITE_HOST}"
            headers["Referer"] = f"https://{SITE_HOST}{path}"
        started = time.perf_counter()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            self.close()
            self.records.append((step, None, time.perf_counter() - started))
            return None, None, ""
        self.records.append((step, response.status, time.perf_counter() - started))
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        found = TOKEN.search(text)
        if found:
            self.token = found.group(1)
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, response.headers, text

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def ballot_points(goals, seed):
    """A valid ballot: per field of action at most 3 points, at most 2 on one goal."""
    rng = random.Random(seed)
    points = {goal["key"]: 0 for goal in goals}
    for field in range(len(FIELDS)):
        keys = [goal["key"] for goal in goals if goal["field"] == field]
        budget = rng.randint(1, POINTS_PER_FIELD)
        while budget:
            key = rng.choice(keys)
            if points[key] < MAX_POINTS_PER_GOAL:
                points[key] += 1
                budget -= 1
    return points


def ballot_form(points):
    return {f"goal-{key}": str(value) for key, value in points.items()}


def take_part(browser, process_url, code, points, open_ballot=True):
    """One code holder from the process page to the saved ballot: (token or None, the
    status of the ballot's submission or None)."""
    status, _headers, _text = browser.send("GET process page", "GET", process_url)
    if status != 200 or not browser.token:
        return None, None
    status, headers, _text = browser.send(
        "POST code", "POST", process_url + "code/", {"code": code, "consent": "on"}
    )
    if status != 302:
        return None, None
    ballot_path = urlsplit(headers["Location"]).path
    token = ballot_path.split("/ballot/", 1)[1].rstrip("/")
    if open_ballot:
        status, _headers, _text = browser.send("GET ballot", "GET", ballot_path)
        if status != 200:
            return token, None
    status, _headers, text = browser.send("POST ballot", "POST", ballot_path, ballot_form(points))
    if status == 200 and SAVED not in text:
        status = -200  # a 200 without "saved": the form refused the points
    return token, status


def scenario_a(port, data, participants, parallel):
    records = []
    sent = []
    lock = threading.Lock()

    def person(number):
        address = f"10.1.{number // 250}.{number % 250 + 1}"
        browser = Browser(port, address, records)
        points = ballot_points(data["goals"], number)
        token, status = take_part(browser, data["process_url"], data["codes"][number], points)
        browser.close()
        with lock:
            sent.append({"token": token, "points": points, "status": status})

    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(person, range(participants)))
    wall = time.perf_counter() - started
    return {"records": records, "wall": wall, "sent": sent}


def scenario_b_one_ballot(port, data, code, submissions, parallel):
    """One person's ballot sent `submissions` times at once from one address."""
    records = []
    first = Browser(port, "10.2.0.1", records)
    points = ballot_points(data["goals"], 10_001)
    token, status = take_part(first, data["process_url"], code, points, open_ballot=False)
    first.close()
    if token is None:
        raise SystemExit("Scenario B: the code was not taken; see the gunicorn log.")
    path = f"{data['process_url']}ballot/{token}/"
    local = threading.local()
    statuses = [status]

    def submit(_n):
        if not hasattr(local, "browser"):
            local.browser = Browser(port, "10.2.0.1", records)
            local.browser.cookies, local.browser.token = dict(first.cookies), first.token
        statuses.append(local.browser.send("POST ballot", "POST", path, ballot_form(points))[0])

    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(submit, range(submissions - 1)))
    wall = time.perf_counter() - started
    return {
        "records": records,
        "wall": wall,
        "statuses": statuses,
        "sent": [{"token": token, "points": points, "status": None}],
    }


def scenario_b_many(port, data, codes, parallel):
    """`len(codes)` people behind one address, each redeeming a code and sending a ballot."""
    records = []
    sent = []
    lock = threading.Lock()

    def person(number):
        browser = Browser(port, "10.3.0.1", records)
        points = ballot_points(data["goals"], 20_000 + number)
        token, status = take_part(
            browser, data["process_url"], codes[number], points, open_ballot=False
        )
        browser.close()
        with lock:
            sent.append({"token": token, "points": points, "status": status})

    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(person, range(len(codes))))
    wall = time.perf_counter() - started
    statuses = [person["status"] for person in sent]
    return {"records": records, "wall": wall, "statuses": statuses, "sent": sent}


# --- Figures ---------------------------------------------------------------------------


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def latency_rows(records, wall):
    """Per step and in all: requests, requests/s, median and p95 ms, errors."""
    steps = {}
    for step, status, seconds in records:
        steps.setdefault(step, []).append((status, seconds))
    steps["all requests"] = [(status, seconds) for _step, status, seconds in records]
    rows = []
    for step, found in steps.items():
        times = [seconds * 1000 for _status, seconds in found]
        errors = sum(1 for status, _s in found if status is None or status >= 500)
        rows.append(
            {
                "step": step,
                "requests": len(found),
                "per_second": len(found) / wall,
                "median_ms": statistics.median(times),
                "p95_ms": percentile(times, 0.95),
                "errors": errors,
            }
        )
    return rows


def latency_table(rows):
    lines = [
        "| step | requests | requests/s | median ms | p95 ms | errors (5xx, none) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row['step']} | {row['requests']} | {row['per_second']:.1f} | "
            f"{row['median_ms']:.0f} | {row['p95_ms']:.0f} | {row['errors']} |"
        )
    return "\n".join(lines)


def count(statuses):
    """Submissions by answer: saved, 429, refused otherwise (a 4xx, or a 200 whose form
    refused the points), errors (5xx, no answer, or no ballot link to send to)."""
    found = {"saved": 0, "limited": 0, "refused": 0, "errors": 0}
    for status in statuses:
        if status == 200:
            found["saved"] += 1
        elif status == 429:
            found["limited"] += 1
        elif status is None or status >= 500:
            found["errors"] += 1
        else:
            found["refused"] += 1
    return found


# --- The driving process ---------------------------------------------------------------


def scratch_database(choice):
    """(DATABASE_URL, description, remove): PostgreSQL or SQLite as `choice` and the
    environment say; `remove()` drops it again."""
    given = os.environ.get("DATABASE_URL", "")
    if choice == "auto":
        if given.startswith(("postgres", "pgsql")):
            choice = "postgresql"
        elif given.startswith("sqlite"):
            choice = "sqlite"
        else:
            choice = "postgresql" if answers("127.0.0.1", 5432) else "sqlite"
    if choice == "sqlite":
        url = sqlite_url(SQLITE_FILE, fresh=True)

        def remove_file():
            for suffix in ("", "-wal", "-shm"):
                Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)

        return url, f"SQLite ({SQLITE_FILE})", remove_file
    import psycopg

    server = urlsplit(
        given if given.startswith(("postgres", "pgsql")) else "postgres://postgres@127.0.0.1:5432"
    )
    connect = {
        "host": server.hostname or "127.0.0.1",
        "port": server.port or 5432,
        "user": server.username or "postgres",
        "password": server.password,
    }

    def admin(sql):
        with psycopg.connect(dbname="postgres", autocommit=True, **connect) as conn:
            conn.execute(sql)

    admin(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)')
    # Unlike the other benches' scratch databases, commits wait for the disk here, as
    # in production: each saved ballot is a commit.
    admin(f'CREATE DATABASE "{PG_DB}"')
    auth = connect["user"] + (f":{connect['password']}" if connect["password"] else "")
    url = f"postgres://{auth}@{connect['host']}:{connect['port']}/{PG_DB}"
    described = f"PostgreSQL ({PG_DB} on {connect['host']}:{connect['port']})"
    return url, described, lambda: admin(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)')


def report(a, a_rows, a_check, b_one, b_many, final, about, described, args):
    lines = []
    lines.append(
        f"{time.strftime('%d %B %Y')}, {described}, gunicorn as deployed (2 workers × 2 "
        f"threads), cache on Redis; the load generator on the same machine: "
        f"{about['cores']} cores, {about['cpu']}, Python {about['python']}; load "
        f"{load_average()}. Visitors' addresses simulated by X-Forwarded-For from "
        f"the trusted proxy 127.0.0.1."
    )
    lines.append("")
    lines.append(
        f"**A: {args.participants} code holders, {args.parallel} at a time**, each from an "
        f"address of its own (page, code, ballot page, ballot): {a['wall']:.1f} s, "
        f"{len(a['records']) / a['wall']:.1f} requests/s, "
        f"{args.participants / a['wall']:.1f} ballots/s."
    )
    lines.append("")
    lines.append(latency_table(a_rows))
    lines.append("")
    checked = a_check["checked"]["A"]
    lines.append(
        f"Database after A: {a_check['ballots']} ballots (expected {args.participants}), "
        f"{checked['matched']} with exactly the points sent, {a_check['points']} points "
        f"in all."
    )
    lines.append("")
    one, many = count(b_one["statuses"]), count(b_many["statuses"])
    lines.append(
        f"**B: one address floods** ({args.burst_parallel} at a time). Limits: "
        f"{PER_BALLOT_LIMIT} submissions per ballot and {PER_ADDRESS_LIMIT} per address "
        f"in 10 minutes."
    )
    lines.append("")
    lines.append("| burst | submissions | saved (200) | limited (429) | other 4xx | errors | s |")
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    lines.append(
        f"| one person's ballot, {len(b_one['statuses'])} times | {len(b_one['statuses'])} | "
        f"{one['saved']} | {one['limited']} | {one['refused']} | {one['errors']} | "
        f"{b_one['wall']:.1f} |"
    )
    lines.append(
        f"| {len(b_many['statuses'])} people redeeming a code and voting | "
        f"{len(b_many['statuses'])} | {many['saved']} | {many['limited']} | "
        f"{many['refused']} | {many['errors']} | {b_many['wall']:.1f} |"
    )
    lines.append("")
    expected = args.participants + (1 if final["checked"]["B one ballot"]["found"] else 0)
    lines.append(
        f"Database at the end: {final['ballots']} ballots ({args.participants} from A, "
        f"{final['checked']['B one ballot']['found']} from the repeated ballot, "
        f"{final['checked']['B many']['found']} from the {len(b_many['statuses'])} people "
        f"behind one address; expected {expected + many['saved']})."
    )
    return "\n".join(lines)


def failures_of(a_check, b_one, b_many, final, participants):
    failures = []
    checked = a_check["checked"]["A"]
    if a_check["ballots"] != participants or checked["matched"] != participants:
        failures.append(
            f"scenario A lost ballots: {a_check['ballots']} in the database, "
            f"{checked['matched']} of {participants} with the points sent"
        )
    one, many = count(b_one["statuses"]), count(b_many["statuses"])
    if not one["limited"]:
        failures.append(
            f"scenario B: one ballot sent {len(b_one['statuses'])} times was never answered 429"
        )
    if not many["limited"]:
        failures.append(
            f"scenario B: {len(b_many['statuses'])} ballots from one address were never "
            "answered 429"
        )
    found = final["checked"]["B many"]["found"]
    if found != many["saved"]:
        failures.append(
            f"scenario B: {many['saved']} ballots answered saved, {found} in the database"
        )
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=500, help="code holders in A")
    parser.add_argument("--parallel", type=int, default=50, help="at a time in A")
    parser.add_argument("--burst", type=int, default=1000, help="submissions in each B burst")
    parser.add_argument("--burst-parallel", type=int, default=20, help="at a time in B")
    parser.add_argument(
        "--db", choices=["auto", "postgresql", "sqlite"], default="auto", help="scratch database"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--no-doc", action="store_true", help="print only, leave docs/performance.md alone"
    )
    parser.add_argument("--child", metavar="JSON", help=argparse.SUPPRESS)
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--codes", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sent", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.step, args.codes, args.sent)
        return

    if not answers(REDIS_HOST, REDIS_PORT):
        raise SystemExit(
            f"No Redis on {REDIS_HOST}:{REDIS_PORT}: the rate limits are counted in the "
            "cache, and only Redis shares them between gunicorn's workers."
        )
    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    flush_redis(BENCH_REDIS)
    url, described, remove = scratch_database(args.db)
    log(f"Database: {described}; cache: {BENCH_REDIS}")
    env = environment(
        url,
        PRODUCTION_SETTINGS,
        WORK,
        REDIS_URL=BENCH_REDIS,
        TRUSTED_PROXIES=PROXY_NETWORK,
        SECURE_SSL_REDIRECT="false",
        CANONICAL_HOST_REDIRECT="false",
    )
    gunicorn = None
    try:
        manage(env, "migrate", "--no-input", "-v0")
        prepare(env, database=False)  # collectstatic: production's manifest
        codes = args.participants + 1 + args.burst
        data = in_child(
            __file__, WORK / "build.json", env, "--step", "build", "--codes", str(codes)
        )
        log(f"  {len(data['goals'])} goals, {len(data['codes'])} codes, {data['process_url']}")
        flush_redis(BENCH_REDIS)
        gunicorn = Gunicorn(env, label="participation", workers=2, config=DEPLOY_CONFIG)
        log(f"gunicorn {gunicorn.base} ({DEPLOY_CONFIG.relative_to(ROOT)})")

        log(f"A: {args.participants} code holders, {args.parallel} at a time …")
        a = scenario_a(gunicorn.port, data, args.participants, args.parallel)
        sent_file = WORK / "sent.json"
        sent_file.write_text(json.dumps({"A": a["sent"]}))
        a_check = in_child(
            __file__, WORK / "check-a.json", env, "--step", "verify", "--sent", str(sent_file)
        )
        a_rows = latency_rows(a["records"], a["wall"])
        log(latency_table(a_rows))
        log(f"  database: {a_check}")

        code = data["codes"][args.participants]
        log(f"B: one ballot {args.burst} times from one address …")
        b_one = scenario_b_one_ballot(gunicorn.port, data, code, args.burst, args.burst_parallel)
        log(f"  {count(b_one['statuses'])}")
        log(f"B: {args.burst} people behind one address …")
        b_many = scenario_b_many(
            gunicorn.port, data, data["codes"][args.participants + 1 :], args.burst_parallel
        )
        log(f"  {count(b_many['statuses'])}")
        sent_file.write_text(
            json.dumps({"A": a["sent"], "B one ballot": b_one["sent"], "B many": b_many["sent"]})
        )
        final = in_child(
            __file__, WORK / "check-b.json", env, "--step", "verify", "--sent", str(sent_file)
        )
    finally:
        if gunicorn is not None:
            gunicorn.stop()
        if args.keep:
            log(f"Kept the scratch database: {url}")
        else:
            remove()
    text = report(a, a_rows, a_check, b_one, b_many, final, machine(), described, args)
    log("")
    log(text)
    section = f"{BEGIN}\n{text}\n{END}"
    if not args.no_doc:
        write_section(section, BEGIN, END, appended(HEADING, section), what="the figures into ")
    failures = failures_of(a_check, b_one, b_many, final, args.participants)
    for failure in failures:
        log(f"FAILED: {failure}")
    log(f"Done in {(time.monotonic() - started) / 60:.1f} min.")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
