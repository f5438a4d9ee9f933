"""`make bench-admin`'s report: the table per database, the verdict on the target and the
section it writes into docs/performance.md between `bench:admin:begin`/`bench:admin:end`."""

from admin_measure import ACTIONS
from performance_doc import appended, write_section

BEGIN, END = "<!-- bench:admin:begin -->", "<!-- bench:admin:end -->"
# The requirement of the issue: opening any editor and publishing any page under 1 s.
MAX_MS = 1000
ACTION_LABELS = {
    "edit": "open edit form",
    "add": "open add form",
    "publish": "publish (edit form, unchanged)",
    "create": "publish a new page",
}


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
    write_section(text, BEGIN, END, appended(HEADING, text))
