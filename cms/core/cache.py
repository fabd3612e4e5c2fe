"""A Redis cache that a Redis outage cannot turn into errors.

Everything the museum keeps in the cache can be recomputed: whole public
responses (cms/core/response_cache.py), throttling counts, Wagtail's
rendition and template fragments. Sessions live in the database. So when
Redis is down or slow, a read is a miss and a write is skipped, after a
short socket timeout, and the site and the API keep answering from
PostgreSQL. Each failure is logged as a warning, at most once a minute per
process, so an outage is visible without flooding the logs.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds to connect to or hear back from Redis before giving up on it.
DEFAULT_SOCKET_TIMEOUT = 0.25
_WARN_EVERY = 60.0


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("socket_connect_timeout", DEFAULT_SOCKET_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._last_warning = 0.0

    def _failed(self, operation, error, fallback):
        now = time.monotonic()
        if now - self._last_warning >= _WARN_EVERY:
            self._last_warning = now
            logger.warning(
                "Redis cache unavailable (%s: %s); serving without it.",
                operation,
                error,
            )
        return fallback


def _forgiving(name, fallback):
    """``RedisCache.<name>`` that answers ``fallback(args, kwargs)`` when
    Redis fails, instead of raising."""
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def forgiving(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            return self._failed(name, error, fallback(args, kwargs))

    return forgiving


def _default(args, kwargs):
    """What ``get(key, default=None, version=None)`` answers on a miss."""
    return args[1] if len(args) > 1 else kwargs.get("default")


def _unstored(args, kwargs):
    """What ``set_many(data, …)`` answers: the keys it could not store."""
    return list(args[0] if args else kwargs.get("data", {}))


# Reads are misses, writes are skipped (get_or_set goes through get and add).
# incr and decr, which the museum does not use, still raise.
for _name, _fallback in {
    "get": _default,
    "get_many": lambda args, kwargs: {},
    "has_key": lambda args, kwargs: False,
    "add": lambda args, kwargs: False,
    "set": lambda args, kwargs: None,
    "set_many": _unstored,
    "touch": lambda args, kwargs: False,
    "delete": lambda args, kwargs: False,
    "delete_many": lambda args, kwargs: None,
}.items():
    setattr(ForgivingRedisCache, _name, _forgiving(_name, _fallback))
