"""The connection to the shared Redis server, its key names and its scripts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import config
from .keys import Keys
from .scripts import Scripts


class DistributedError(RuntimeError):
    """Distributed crawling cannot go on: Redis unreachable, a run in the way... The message says which."""


def redact_redis_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + netloc))


@dataclass
class Cluster:
    """What every process taking part in distributed runs shares: one Redis server."""

    server: Any  # redis.Redis
    url: str
    keys: Keys
    scripts: Scripts

    @classmethod
    def connect(cls, url: str | None = None, prefix: str | None = None) -> Cluster:
        """Connect to `url` (else `$REFORMCRAWL_REDIS_URL`) and check that the server answers."""
        url = url or config.redis_url()
        if not url:
            raise DistributedError(
                f"no Redis server given: pass --redis redis://HOST:6379/0 or set ${config.ENV_REDIS_URL}"
            )
        try:
            import redis
        except ImportError as exc:
            raise DistributedError(
                f"distributed crawling needs the redis and scrapy-redis packages: pip install 'reformcrawl[distributed]' ({exc})"
            ) from None
        try:
            server = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30, health_check_interval=30)
            server.ping()
        except (ValueError, redis.RedisError) as exc:
            raise DistributedError(f"Redis at {redact_redis_url(url)} is not reachable: {exc}") from None
        return cls(server=server, url=url, keys=Keys(prefix or config.redis_prefix()), scripts=Scripts(server))

    def close(self) -> None:
        self.server.close()
