"""A Redis cache that degrades to "nothing cached" when Redis fails.

Everything the portal keeps in the cache (page chrome, routes, whole anonymous
pages, allauth's rate-limit counters) can be rebuilt from the database, so a
Redis outage should cost speed, not pages. Each call that fails is answered as
a miss, the failure is logged at most once a minute per process, and for
RETRY_SECONDS afterwards calls skip Redis entirely, so a Redis that hangs costs
one socket timeout every few seconds rather than one per cache call.

Writes that fail are lost. `add()` reports success so that allauth's rate
limits and its TOTP replay guard let people sign in during an outage instead
of locking everyone out (docs/security.md explains the trade-off).
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("portal.cache")
RETRY_SECONDS = 5
LOG_SECONDS = 60


class _Outage:
    """What one process knows about one Redis server's health."""

    def __init__(self):
        self.down = False
        self.retry_at = 0.0
        self.logged_at = 0.0


# Shared by the per-thread cache instances of a process, one per server.
_outages = {}


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, answering as a miss when Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._outage = _outages.setdefault(str(server), _Outage())

    @property
    def available(self):
        """False from a failed call until the next successful one."""
        return not self._outage.down

    def _call(self, fallback, method, *args):
        outage = self._outage
        if outage.down and time.monotonic() < outage.retry_at:
            return fallback
        try:
            result = method(*args)
        except RedisError as error:
            self._failed(error)
            return fallback
        if outage.down:
            outage.down = False
            logger.info("Redis cache reachable again")
        return result

    def _failed(self, error):
        outage = self._outage
        now = time.monotonic()
        outage.retry_at = now + RETRY_SECONDS
        if not outage.down or now - outage.logged_at >= LOG_SECONDS:
            logger.warning(
                "Redis cache unavailable, serving without it (next try in %ss): %s",
                RETRY_SECONDS,
                error,
            )
            outage.logged_at = now
        outage.down = True

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that could not be stored, as Django's API describes.
        return self._call(list(data), super().set_many, data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, super().add, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._call(missing, super().incr, key, delta, version)
        if result is missing:
            # As for a key that is not there: callers already handle this.
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result
