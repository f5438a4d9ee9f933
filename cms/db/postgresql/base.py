"""Django's PostgreSQL backend with a circuit breaker on connecting.

A database that does not answer costs each connection attempt DATABASE_CONNECT_TIMEOUT
seconds, and one request may try several times (the page cache's site lookup, the view,
the error page's own lookups). After a failed attempt, this process does not try again
for DATABASE_COOL_DOWN seconds: within that time attempts fail at once, so the outage page
comes without waiting and cached pages are served as before. The first attempt after the
cool-down is a normal one; success closes the breaker. The web workers turn it on
(deploy/gunicorn/gunicorn.conf.py); elsewhere DATABASE_COOL_DOWN is 0 and every attempt
is made, as a command creating a database needs.

Only connecting is guarded: a query on an open connection fails or times out on its own
(statement_timeout)."""

import threading
import time

from django.conf import settings
from django.db.backends.postgresql import base

_lock = threading.Lock()
_failed_until = {}


def clock():
    return time.monotonic()


def reset_breakers():
    with _lock:
        _failed_until.clear()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        key = (self.settings_dict["HOST"], self.settings_dict["PORT"], self.settings_dict["NAME"])
        if _failed_until.get(key, 0) > clock():
            raise self.Database.OperationalError(
                "The database could not be reached a moment ago; not trying again until "
                "DATABASE_COOL_DOWN has passed."
            )
        try:
            connection = super().get_new_connection(conn_params)
        except self.Database.OperationalError:
            with _lock:
                _failed_until[key] = clock() + getattr(settings, "DATABASE_COOL_DOWN", 0)
            raise
        with _lock:
            _failed_until.pop(key, None)
        return connection
