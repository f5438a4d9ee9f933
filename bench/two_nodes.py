"""One application node against two behind Varnish, no response cache: what a second node
adds (issue 23, deploy/README.md).

Both passes go through the same Varnish with the VCL deploy/varnish/cluster.py makes,
first with one node in the director, then with two; each node is gunicorn with the
deploy configuration and bench/servers.py's WORKERS workers, on the environment given:
bench/run.py's uncached one (bench.uncached_settings), so Django caches no page, sends
no s-maxage, and Varnish passes every request to a node. The nodes share the scratch
database and a Redis database (5) as production nodes do.

Both nodes run on this machine and share its cores: with two cores, the second node can
add little, and the factor printed says so together with the core count. On separate
hosts each node brings its own cores.

    results["two_nodes"] = two_node_pass(env, pages, args.duration)
    log(two_nodes.report(results["two_nodes"]))

`pages`: bench_pages' rows (name, path) or plain paths. Standalone, on a scratch database
`make bench` prepared: `python bench/two_nodes.py DATABASE_URL PATH…`.
"""

import importlib.util
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from types import SimpleNamespace

from page_load import wrk
from scratch import ROOT, UNCACHED_SETTINGS, answers, environment, load_average, log
from servers import DEPLOY_CONFIG, WORK, WORKERS, Gunicorn, free_port, stop, wait_for

REDIS = "redis://127.0.0.1:6379/5"
CONNECTIONS = 8


def cluster_vcl(ports):
    spec = importlib.util.spec_from_file_location(
        "cluster_vcl", ROOT / "deploy" / "varnish" / "cluster.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.cluster_vcl([("127.0.0.1", port) for port in ports])


class ClusterVarnish:
    """Varnish with the cluster VCL over the nodes on `ports`, on a free port."""

    def __init__(self, ports, label):
        binary = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
        if not binary:
            raise SystemExit("varnishd is missing (apt-get install varnish varnish-modules).")
        self.folder = WORK / f"varnish-{label}"
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        # varnishd's worker runs as its own user: its folder must be readable for it.
        for path in (WORK, self.folder):
            path.chmod(0o755)
        vcl = self.folder / "cluster.vcl"
        vcl.write_text(cluster_vcl(ports))
        self.port = free_port()
        self.log_file = open(self.folder / "varnishd.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [binary, "-F", "-a", f"127.0.0.1:{self.port}", "-f", str(vcl)]
            + ["-n", str(self.folder / "instance"), "-s", "malloc,64m"],
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for(f"{self.base}/robots.txt")

    def counters(self):
        done = subprocess.run(
            ["varnishstat", "-n", str(self.folder / "instance"), "-1", "-j"],
            capture_output=True,
            text=True,
            check=True,
        )
        counters = json.loads(done.stdout)
        counters = counters.get("counters", counters)
        per_node = {
            name.split(".")[-2]: c["value"]
            for name, c in counters.items()
            if name.startswith("VBE.") and name.endswith(".req")
        }
        return {"hits": counters["MAIN.cache_hit"]["value"], "per_node": per_node}

    def stop(self):
        stop(self.process, signal.SIGTERM)
        self.log_file.close()


def _load(varnish, path, duration, args):
    wrk(varnish.base + path, 1, args)  # warm-up, uncounted
    figures = wrk(varnish.base + path, duration, args)
    if figures["errors"]:
        log(f"  ! {figures['errors']} errors (non-2xx/3xx or socket) on {path}")
    return figures


def _counted(varnish, before):
    after = varnish.counters()
    return {
        "hits": after["hits"] - before["hits"],
        "per_node": {n: v - before["per_node"].get(n, 0) for n, v in after["per_node"].items()},
    }


def _passes(nodes, pages, duration, args):
    """Each page through the one-node Varnish, then at once through the two-node one:
    the machine's load drifts less between the two figures of a page than between two
    passes over all pages."""
    varnishes = {}
    try:
        for label, members in (("one", nodes[:1]), ("two", nodes)):
            varnishes[label] = ClusterVarnish([node.port for node in members], label)
        before = {label: varnish.counters() for label, varnish in varnishes.items()}
        rows = []
        for page in pages:
            row = {"name": page["name"], "path": page["path"], "errors": 0}
            for label, varnish in varnishes.items():
                figures = _load(varnish, page["path"], duration, args)
                row[label] = figures["rps"]
                row["errors"] += figures["errors"]
            log(f"  {page['name']:<28} one node {row['one']:>8.1f}, two {row['two']:>8.1f} req/s")
            rows.append(row)
        counts = {label: _counted(v, before[label]) for label, v in varnishes.items()}
    finally:
        for varnish in varnishes.values():
            varnish.stop()
    return rows, counts


def _warm(nodes, pages, args):
    """A second of load on each page from each node directly: every worker has compiled
    its templates and filled its per-process state before anything is counted."""
    for node in nodes:
        for page in pages:
            wrk(node.base + page["path"], 1, args)


def two_node_pass(env, pages, duration, connections=CONNECTIONS, threads=2):
    """Requests per second of each page through Varnish over one node, then over two.

    `env`: what gunicorn runs with (bench/run.py's uncached environment). Returns the
    figures per page, the scaling factor (the geometric mean of the pages'), the cores,
    and what Varnish counted (cache hits, which must be 0, and requests per node)."""
    pages = [p if isinstance(p, dict) else {"name": p, "path": p} for p in pages]
    args = SimpleNamespace(threads=threads, connections=connections)
    env = {**env, **({"REDIS_URL": REDIS} if answers("127.0.0.1", 6379) else {})}
    if env.get("REDIS_URL") == REDIS:
        subprocess.run(["redis-cli", "-u", REDIS, "flushdb"], capture_output=True, check=False)
    nodes = []
    try:
        for label in ("node-a", "node-b"):
            nodes.append(Gunicorn(env, preload=True, label=label, config=DEPLOY_CONFIG))
        log(f"Two nodes ({WORKERS} workers each, deploy config): {[n.base for n in nodes]}")
        _warm(nodes, pages, args)
        rows, counts = _passes(nodes, pages, duration, args)
    finally:
        for node in nodes:
            node.stop()
    for row in rows:
        row["factor"] = row["two"] / row["one"] if row["one"] else 0.0
    # Each page counts once, however fast it is: the geometric mean of the factors.
    factors = [row["factor"] for row in rows if row["factor"] > 0]
    factor = math.exp(sum(map(math.log, factors)) / len(factors)) if factors else None
    return {
        "cores": os.cpu_count(),
        "workers_per_node": WORKERS,
        "duration": duration,
        "connections": connections,
        "rows": rows,
        "factor": factor,
        "varnish": counts,
        "load_after": load_average(),
    }


def report(result):
    """The pass as a small table for the console (and docs/performance.md)."""
    lines = [
        f"One node against two behind Varnish (deploy/varnish/cluster.py), uncached: gunicorn "
        f"with {result['workers_per_node']} workers per node, wrk {result['connections']} "
        f"connections, {result['duration']} s per page; both nodes on this machine's "
        f"{result['cores']} cores.",
        "",
        "| page | 1 node req/s | 2 nodes req/s | factor |",
        "|---|---:|---:|---:|",
    ]
    for row in result["rows"]:
        lines.append(
            f"| {row['name']} | {row['one']:.1f} | {row['two']:.1f} | {row['factor']:.2f} |"
        )
    lines.append(f"| **geometric mean** | | | **{result['factor']:.2f}** |")
    counts = result["varnish"]["two"]
    lines += [
        "",
        f"Scaling factor {result['factor']:.2f}: both nodes share this machine's "
        f"{result['cores']} cores with wrk and Varnish, so the second node adds workers but no "
        "CPU, and the factor shows what the extra processes cost, not what a second host "
        "adds (each brings its own cores). Load average after the pass: "
        f"{result['load_after']}. Varnish served "
        f"{result['varnish']['one']['hits'] + counts['hits']} requests from its cache (must "
        f"be 0) and sent the two-node Varnish {counts['per_node']} requests per node.",
    ]
    errors = sum(row["errors"] for row in result["rows"])
    if errors:
        lines.append(f"{errors} requests failed.")
    return "\n".join(lines)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__.rsplit("\n\n", 1)[1])
    url, paths = sys.argv[1], sys.argv[2:]
    WORK.mkdir(parents=True, exist_ok=True)
    env = environment(url, UNCACHED_SETTINGS, WORK, SECURE_SSL_REDIRECT="false")
    started = time.monotonic()
    result = two_node_pass(env, paths, int(os.environ.get("BENCH_DURATION", "6")))
    print(report(result))
    (WORK / "two_nodes.json").write_text(json.dumps(result, indent=2))
    log(f"Done in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
