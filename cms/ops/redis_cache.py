"""django-redis with a circuit breaker: a Redis that hangs costs one short wait, not one
per cache call.

django-redis with IGNORE_EXCEPTIONS already survives a Redis that refuses connections.
One that accepts them and never answers is worse: every call waits for the socket
timeout, and a page makes several calls (page cache, rate limit, site lookup), so each
page took seconds. After a failed call the breaker opens: for `REDIS_COOL_DOWN` seconds
every call in this process is answered at once as a miss, then one call tries again.

Hand-written because django-redis has no breaker of its own and the general ones
(pybreaker and the like) would still need this adapter to django-redis's exceptions.
"""

import logging
import threading
import time

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)


def clock():
    return time.monotonic()


class CircuitBreaker:
    def __init__(self, name, cool_down):
        self.name = name
        self.cool_down = cool_down
        self.open_until = 0.0
        self.lock = threading.Lock()

    def allows(self):
        return clock() >= self.open_until

    def trip(self):
        with self.lock:
            self.open_until = clock() + self.cool_down
        logger.warning(
            "Redis %s did not answer; cache bypassed for %s s", self.name, self.cool_down
        )


# One breaker per Redis address for the whole process: Django makes a cache object per
# thread, and every thread should learn from the first one's failure.
_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(server):
    name = str(server)
    with _breakers_lock:
        if name not in _breakers:
            _breakers[name] = CircuitBreaker(name, getattr(settings, "REDIS_COOL_DOWN", 30))
        return _breakers[name]


def reset_breakers():
    with _breakers_lock:
        _breakers.clear()


class _GuardedClient:
    """The django-redis client, each call refused at once while the breaker is open."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def guarded(*args, **kwargs):
            if not self._breaker.allows():
                raise ConnectionInterrupted(connection=None) from ConnectionError("circuit open")
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted:
                self._breaker.trip()
                raise

        return guarded


class BreakerRedisCache(RedisCache):
    @property
    def client(self):
        return _GuardedClient(super().client, breaker_for(self._server))
