"""A Redis cache that a Redis outage cannot turn into errors.

Everything the museum keeps in the cache can be recomputed: whole public
responses (cms/core/response_cache.py), throttling counts, Wagtail's
rendition and template fragments. Sessions live in the database. So when
Redis is down or slow, a read is a miss and a write is skipped, after a
short socket timeout, and the site and the API keep answering from
PostgreSQL. Each failure is logged as a warning, at most once a minute per
process, so an outage is visible without flooding the logs.
"""

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

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            return self._failed("get", error, default)

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except RedisError as error:
            return self._failed("get_many", error, {})

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except RedisError as error:
            return self._failed("has_key", error, False)

    def add(self, *args, **kwargs):
        try:
            return super().add(*args, **kwargs)
        except RedisError as error:
            return self._failed("add", error, False)

    def set(self, *args, **kwargs):
        try:
            return super().set(*args, **kwargs)
        except RedisError as error:
            return self._failed("set", error, None)

    def set_many(self, *args, **kwargs):
        try:
            return super().set_many(*args, **kwargs)
        except RedisError as error:
            # Django's contract: the keys that could not be stored.
            data = args[0] if args else kwargs.get("data", {})
            return self._failed("set_many", error, list(data))

    def touch(self, *args, **kwargs):
        try:
            return super().touch(*args, **kwargs)
        except RedisError as error:
            return self._failed("touch", error, False)

    def delete(self, *args, **kwargs):
        try:
            return super().delete(*args, **kwargs)
        except RedisError as error:
            return self._failed("delete", error, False)

    def delete_many(self, *args, **kwargs):
        try:
            return super().delete_many(*args, **kwargs)
        except RedisError as error:
            return self._failed("delete_many", error, None)
