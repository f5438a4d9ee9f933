"""`make bench-admin`'s measuring process (`bench/admin.py --child`): Django set up with
the database's settings, every page type's editor timed, its queries and the tasks its
publishes queue counted."""

import os
import statistics
import sys
import time

from editor import Editor, check, forget_tasks, login, queued_tasks, sample_page, task_names
from profiling import Recorder, profile
from scratch import ROOT, log

ACTIONS = ("edit", "add", "publish", "create")


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
