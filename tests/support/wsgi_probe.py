"""Sends requests to the site's real WSGI application in this process and prints, as JSON,
status, headers and body of each answer: for tests that need a process of its own, e.g.
one whose database cannot be reached.

    python -m tests.support.wsgi_probe '[["/ar/", "de"], ["/", "uk,de;q=0.5"]]'

Each request is [path, Accept-Language]; requests arrive as HTTPS from a proxy
(X-Forwarded-Proto), as the production settings expect."""

import json
import sys
from wsgiref.util import setup_testing_defaults


def probe(requests):
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    answers = []
    for path, accept_language in requests:
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "HTTP_HOST": "127.0.0.1",
            "HTTP_ACCEPT_LANGUAGE": accept_language,
            "HTTP_X_FORWARDED_PROTO": "https",
        }
        setup_testing_defaults(environ)
        started = {}

        def start_response(status, headers, exc_info=None, started=started):
            started.update(status=int(status.split()[0]), headers=dict(headers))

        body = b"".join(application(environ, start_response))
        answers.append({"path": path, **started, "body": body.decode("utf-8", "replace")})
    return answers


if __name__ == "__main__":
    print(json.dumps(probe(json.loads(sys.argv[1]))))
