"""The servers `make bench` starts: gunicorn, nginx and Varnish, each throwaway, on a free
port with its own folder under the bench's work directory, never the system's service."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from scratch import ROOT, SITE_HOST

VENV_BIN = Path(sys.executable).parent
WORK = Path(os.environ.get("BENCH_DIR", "/tmp/portal-bench"))
WORKERS = 2


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=90):
    # Under the site's host name: production redirects any other to the site's address.
    request = urllib.request.Request(url, headers={"Host": SITE_HOST})
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.read()
        except urllib.error.HTTPError as error:
            return error.read()
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"Nothing answered on {url} within {seconds} s.")


def fetch(url):
    request = urllib.request.Request(url, headers={"Host": SITE_HOST})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.read()


def cache_status(url):
    """What the page cache says about a page asked for under the site's host name (HIT,
    MISS, or BYPASS for pages it never keeps: forms with a CSRF token), and the HTML."""
    request = urllib.request.Request(url, headers={"Host": SITE_HOST})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get("X-Cache", "none"), response.read()


# How production runs it (see the file): `Gunicorn(env, config=DEPLOY_CONFIG)`.
DEPLOY_CONFIG = ROOT / "deploy" / "gunicorn" / "gunicorn.conf.py"


class Gunicorn:
    """gunicorn on a free port: with the bench's own flags, or with `config` (a gunicorn
    config file that reads GUNICORN_BIND and GUNICORN_WORKERS, as deploy/'s does)."""

    def __init__(self, env, preload=False, label="uncached", workers=WORKERS, config=None):
        self.port = free_port()
        self.count = workers
        self.log_file = open(WORK / f"gunicorn-{label}.log", "w")  # noqa: SIM115
        if config:
            env = {
                **env,
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "GUNICORN_WORKERS": str(workers),
            }
            command = [str(VENV_BIN / "gunicorn"), "-c", str(config)]
        else:
            command = [
                str(VENV_BIN / "gunicorn"),
                "cms.wsgi:application",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{self.port}",
                # Slow pages under load must be measured, not killed.
                "--timeout=120",
                # Import once in the master and share those pages with the workers.
                *(["--preload"] if preload else []),
            ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log_file, stderr=subprocess.STDOUT
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for(f"{self.base}/robots.txt")
        # One worker answering is not all being up. Without --preload each imports the
        # project after the fork, which alone takes it past 100 MB: wait for that.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            pids = self.workers()
            if len(pids) == workers and all(memory_mb(pid)[0] > 100 for pid in pids):
                break
            time.sleep(0.5)

    def workers(self):
        """The worker processes: children of the master, found through /proc."""
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return sorted(found)

    def stop(self):
        stop(self.process, signal.SIGTERM)
        self.log_file.close()


def memory_mb(pid):
    """Resident set now and at its peak, in MB, from /proc/<pid>/status."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def private_mb(pid):
    """Memory only this process holds (USS: private pages) and its proportional share
    (PSS: private pages plus its part of the shared ones), in MB; RSS also counts in full
    the pages it shares with the master and the other worker."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return None

    def total(prefix):
        return sum(int(line.split()[1]) for line in lines if line.startswith(prefix)) / 1024

    return {"uss": total("Private_"), "pss": total("Pss:")}


NGINX_CONF = """\
daemon off;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/html;
        default_type "text/html; charset=utf-8";
        location / {{ try_files /page.html =404; }}
    }}
}}
"""


class Nginx:
    """A throwaway nginx with its own prefix and port, never the system's service."""

    def __init__(self, html):
        binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
        if not binary:
            raise SystemExit("nginx is missing: `make bench` installs it (apt-get install nginx).")
        prefix = WORK / "nginx"
        (prefix / "html").mkdir(parents=True, exist_ok=True)
        (prefix / "tmp").mkdir(exist_ok=True)
        self.page = prefix / "html" / "page.html"
        self.serve(html)
        self.port = free_port()
        conf = prefix / "nginx.conf"
        # As many workers as gunicorn has: the same share of the machine.
        conf.write_text(NGINX_CONF.format(workers=WORKERS, prefix=prefix, port=self.port))
        self.process = subprocess.Popen(
            # -e: the error log before the config is read; the default is under /var/log.
            [binary, "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for(f"{self.base}/")

    def serve(self, html):
        """Serve this HTML from now on (nginx opens the file anew for each request)."""
        temporary = self.page.with_suffix(".tmp")
        temporary.write_bytes(html)
        temporary.replace(self.page)

    def stop(self):
        stop(self.process, signal.SIGQUIT)  # nginx's graceful stop


def stop(process, sig):
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Varnish:
    """Varnish with the project's deploy/varnish/default.vcl in front of `backend_port`."""

    def __init__(self, backend_port):
        binary = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
        if not binary:
            raise SystemExit(
                "varnishd is missing: `make bench` installs it "
                "(apt-get install varnish varnish-modules)."
            )
        # varnishd's worker runs as its own user: its folder must be readable for it.
        folder = WORK / "varnish"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in (WORK, folder):
            path.chmod(0o755)
        vcl = folder / "default.vcl"
        source = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
        vcl.write_text(source.replace('"8000"', f'"{backend_port}"'))
        self.port = free_port()
        self.log_file = open(folder / "varnishd.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                binary,
                "-F",
                "-a",
                f"127.0.0.1:{self.port}",
                "-f",
                str(vcl),
                "-n",
                str(folder / "instance"),
                "-s",
                "malloc,256m",
            ],
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        wait_for(f"{self.base}/robots.txt")

    def stop(self):
        stop(self.process, signal.SIGTERM)
        self.log_file.close()
