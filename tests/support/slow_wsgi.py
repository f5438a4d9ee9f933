"""A WSGI application that takes its time: for tests of how gunicorn's configuration
treats requests in flight when a worker stops. `?ms=300` answers after 300 ms with the
worker's pid. With SLOW_WSGI_SERVING set to a folder, a worker that begins a request
leaves a file named by its pid there, so a test knows which workers hold requests."""

import os
import time
from pathlib import Path
from urllib.parse import parse_qs


def application(environ, start_response):
    milliseconds = int(parse_qs(environ.get("QUERY_STRING", "")).get("ms", ["0"])[0])
    if os.environ.get("SLOW_WSGI_SERVING"):
        Path(os.environ["SLOW_WSGI_SERVING"], str(os.getpid())).touch()
    time.sleep(milliseconds / 1000)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(os.getpid()).encode()]
