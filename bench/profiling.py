"""Where an editor request's time goes: the SQL queries of a block with the code that ran
them, and `bench/admin.py --profile`'s cProfile over the runs of one action."""

import time

from editor import check
from scratch import ROOT, log


class Recorder:
    """Every SQL query of a block: count, time in the database, and the code that ran it
    (the innermost frame outside Django's ORM, and the innermost frame of the project)."""

    PROJECT = tuple(
        f"{ROOT}/{folder}/" for folder in ("home", "integration_pages", "snippets", "cms")
    )
    # The bench's own frames (the editor, the measuring loop) ask for nothing themselves.
    SKIPPED = ("/django/db/", "/django/utils/", "/psycopg/", f"{ROOT}/bench/")

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
