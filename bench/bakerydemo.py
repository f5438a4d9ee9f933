"""Wagtail's own demo site, bakerydemo, as `make bench`'s reference: the same machine, the
same gunicorn set-up, the same database engine, measured in the same run.

The source is a pinned commit, taken from BAKERYDEMO_DIR (a checkout, or a bare git
directory such as a mirror) or cloned into /tmp where github.com answers; it is never
part of this project. It is installed into a virtual environment of its own under the
bench's work directory with Wagtail 7.4 and the Django this project runs (bakerydemo pins
Django 6, which needs Python 3.12), migrated, filled with its own demo data
(`load_initial_data`) and served by gunicorn with its production settings and as many
workers as the portal. Without a source the bench says so and measures the rest.

Pairs are loaded alternately, page by page (the portal's page, then bakerydemo's), so a
machine that slows down during the run slows both sides alike.
"""

import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from scratch import SITE_HOST, log, postgres_url
from servers import WORKERS, free_port, stop, wait_for

COMMIT = "8e2b625"
CLONE_URL = "https://github.com/wagtail/bakerydemo.git"
# bakerydemo's own requirements (requirements/base.txt at COMMIT) within their ranges,
# except Django: the portal's, on Python 3.11. gunicorn and psycopg as the portal's.
PACKAGES = [
    "wagtail==7.4.4",
    "Django==5.2.19",
    "django-csp==3.8",
    "dj-database-url==3.1.2",
    "python-dotenv==1.2.4",
    "wagtail-font-awesome-svg==1.2.1",
    "django-debug-toolbar==4.4.6",
    "django-extensions==4.1",
    "whitenoise==6.12.0",
    "gunicorn==27.0.1",
    "psycopg[binary]==3.3.9",
]
# (the portal's page in bench_pages, bakerydemo's page of the same kind). The blog post
# is looked up in bakerydemo's database: its slugs are its data's, not ours.
PAIRS = [
    ("home", "/"),
    ("concept", "/blog/"),
    ("measure", "blog post"),
    ("measure list", "/breads/"),
    ("signpost", "/locations/"),
    ("search results", "/search/?q=bread"),
]


def source(work):
    """A directory holding bakerydemo at COMMIT, or None (and why, in the log)."""
    target = work / f"bakerydemo-{COMMIT}"
    if (target / "manage.py").exists():
        return target
    given = os.environ.get("BAKERYDEMO_DIR")
    git_dir = None
    if given:
        given = Path(given)
        if (given / ".git").exists():
            git_dir = given / ".git"
        elif (given / "HEAD").exists() and (given / "objects").exists():
            git_dir = given
        elif (given / "manage.py").exists():
            log(f"bakerydemo: {given} is not a git checkout; measured as it is, not at {COMMIT}.")
            return given
        else:
            log(f"bakerydemo: BAKERYDEMO_DIR={given} holds no bakerydemo; measured without it.")
            return None
    else:
        clone = Path("/tmp/bakerydemo.git")
        if not clone.exists():
            cloned = subprocess.run(
                ["git", "clone", "--quiet", "--bare", CLONE_URL, str(clone)],
                capture_output=True,
                text=True,
                timeout=300,
            )
            if cloned.returncode:
                log(
                    "bakerydemo: no BAKERYDEMO_DIR and github.com cannot be reached "
                    f"({cloned.stderr.strip()[:120]}); measured without the reference."
                )
                shutil.rmtree(clone, ignore_errors=True)
                return None
        git_dir = clone
    target.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", f"--git-dir={git_dir}", "archive", COMMIT], capture_output=True, check=False
    )
    if archive.returncode:
        log(f"bakerydemo: {git_dir} has no commit {COMMIT}; measured without the reference.")
        shutil.rmtree(target)
        return None
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def install(work):
    """bakerydemo's virtual environment; reused while PACKAGES stay the same."""
    venv = work / "bakerydemo-venv"
    stamp = venv / ".packages"
    wanted = "\n".join(PACKAGES)
    if stamp.exists() and stamp.read_text() == wanted:
        return venv
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, *PACKAGES], check=True)
    stamp.write_text(wanted)
    return venv


class Bakerydemo:
    """bakerydemo migrated, loaded and served by gunicorn like the portal."""

    def __init__(self, work, postgres):
        self.root = source(work)
        self.server = None
        if self.root is None:
            return
        log(f"bakerydemo {COMMIT}: {self.root}")
        self.venv = install(work)
        self.env = self.environment(work, postgres)
        self.described = (
            "PostgreSQL" if self.env["DATABASE_URL"].startswith("postgres") else "SQLite"
        )
        marker = work / f"bakerydemo-loaded-{self.described}"
        if not marker.exists():
            self.manage("migrate", "--no-input", "-v0")
            self.manage("load_initial_data")
            marker.touch()
        self.manage("collectstatic", "--no-input", "-v0")
        self.paths = {ours: self.path_for(theirs) for ours, theirs in PAIRS}

    def environment(self, work, postgres):
        url = postgres_url("bakerydemo_bench", fresh=False) if postgres else None
        if url is None:
            url = f"sqlite:///{work / 'bakerydemo.sqlite3'}"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "REDIS", "DATABASE"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="bakerydemo.settings.production",
            DJANGO_SECRET_KEY="bench-only-not-secret",
            # wrk asks both sites under the portal's host name; bakerydemo's site lookup
            # falls back to its default site.
            DJANGO_ALLOWED_HOSTS=f"localhost,127.0.0.1,{SITE_HOST}",
            DATABASE_URL=url,
            # Served over plain http here, like the portal in the bench.
            SECURE_SSL_REDIRECT="false",
            PYTHONUNBUFFERED="1",
        )
        return env

    def manage(self, *args):
        python = str(self.venv / "bin" / "python")
        subprocess.run([python, "manage.py", *args], cwd=self.root, env=self.env, check=True)

    def path_for(self, theirs):
        if theirs != "blog post":
            return theirs
        script = (
            "from bakerydemo.blog.models import BlogPage\n"
            "print(BlogPage.objects.live().order_by('path').first().url)"
        )
        python = str(self.venv / "bin" / "python")
        out = subprocess.run(
            [python, "manage.py", "shell", "-c", script],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return out.strip().splitlines()[-1]

    def start(self):
        self.port = free_port()
        self.log_file = open(Path(self.root) / "gunicorn.log", "w")  # noqa: SIM115
        command = [
            str(self.venv / "bin" / "gunicorn"),
            "bakerydemo.wsgi:application",
            f"--workers={WORKERS}",
            f"--bind=127.0.0.1:{self.port}",
            "--timeout=120",
            "--preload",
        ]
        self.server = subprocess.Popen(
            command, cwd=self.root, env=self.env, stdout=self.log_file, stderr=subprocess.STDOUT
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for(self.base + "/")
        return self

    def stop(self):
        if self.server is not None:
            stop(self.server, signal.SIGTERM)
            self.log_file.close()
            self.server = None


def paired_passes(rows, ours_base, load, args, work):
    """For each pair: the portal's page and bakerydemo's, loaded one after the other
    (`load(url, args)` is the bench's wrk pass). Returns the pairs with both figures and
    the ratio of the portal's req/s to bakerydemo's; [] without bakerydemo."""
    reference = Bakerydemo(work, postgres=args.database_is_postgres)
    if reference.root is None:
        return [], None
    reference.start()
    warm(reference)
    by_name = {row["name"]: row for row in rows}
    pairs = []
    try:
        for ours, _theirs in PAIRS:
            for suffix in ("", " (ar)"):
                row = by_name.get(ours + suffix)
                if row is None:
                    continue
                path = reference.paths[ours]
                portal = load(ours_base + row["path"], args)
                bakery = load(reference.base + path, args)
                pairs.append(
                    {
                        "name": row["name"],
                        "path": row["path"],
                        "reference": path,
                        "rps": portal["rps"],
                        "reference_rps": bakery["rps"],
                        "ratio": portal["rps"] / bakery["rps"] if bakery["rps"] else None,
                    }
                )
                log(
                    f"  {row['name']:<20} {portal['rps']:>7.1f} req/s  bakerydemo {path:<28} "
                    f"{bakery['rps']:>7.1f} req/s  ×{pairs[-1]['ratio']:.2f}"
                )
    finally:
        reference.stop()
    return pairs, {"commit": COMMIT, "database": reference.described}


def warm(reference, times=3):
    """Each of bakerydemo's pages asked for a few times before any is measured: on its
    first views it makes the image renditions its lists show (on 6 December its /locations/
    gave 10.9 req/s in the first pair and 40.9 in the second, a second of warm-up being
    too short for that)."""
    for path in dict.fromkeys(reference.paths.values()):
        for _ in range(times):
            try:
                with urllib.request.urlopen(reference.base + path, timeout=120) as response:
                    response.read()
            except OSError as error:
                log(f"  ! bakerydemo {path}: {error}")
                break


BEGIN, END = "<!-- bench:bakerydemo:begin -->", "<!-- bench:bakerydemo:end -->"
# The target: each page at least twice as fast as bakerydemo's page of its kind.
MIN_RATIO = 2.0


def report(pairs, info):
    """The pairs as a Markdown section between its markers, with the verdict."""
    if not pairs:
        body = (
            "bakerydemo was not measured in this run (no BAKERYDEMO_DIR and no github.com); "
            "see the log."
        )
    else:
        lines = [
            f"bakerydemo at {info['commit']} (Wagtail 7.4.4, Django 5.2, {info['database']}, "
            f"{WORKERS} gunicorn workers, its production settings, its own demo data), "
            "loaded right after the portal's page of the same kind:",
            "",
            "| portal page | req/s | bakerydemo page | req/s | ratio |",
            "|---|--:|---|--:|--:|",
        ]
        for pair in pairs:
            ratio = pair["ratio"]
            mark = "" if ratio and ratio >= MIN_RATIO else " ✗"
            lines.append(
                f"| {pair['name']} | {pair['rps']:.1f} | `{pair['reference']}` "
                f"| {pair['reference_rps']:.1f} | ×{ratio:.2f}{mark} |"
            )
        ratios = sorted(p["ratio"] for p in pairs if p["ratio"])
        low = [p for p in pairs if not p["ratio"] or p["ratio"] < MIN_RATIO]
        lines += [
            "",
            f"- **At least ×{MIN_RATIO:.0f} bakerydemo's page of the same kind:** "
            + (
                f"holds for every pair (×{ratios[0]:.2f} to ×{ratios[-1]:.2f})."
                if not low
                else f"missed by {len(low)} of {len(pairs)} pairs: "
                + ", ".join(f"{p['name']} ×{p['ratio']:.2f}" for p in low)
                + f"; median ×{ratios[len(ratios) // 2]:.2f}."
            ),
        ]
        body = "\n".join(lines)
    return f"{BEGIN}\n{body}\n{END}"


def write_doc(pairs, info):
    from performance_doc import appended, write_section

    text = report(pairs, info)
    write_section(
        text,
        BEGIN,
        END,
        appended("\n## Against Wagtail's reference site, bakerydemo\n\n", text),
        "the bakerydemo pairs into ",
    )
