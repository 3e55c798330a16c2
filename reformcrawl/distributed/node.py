"""A worker's identity and heartbeat.

A worker proves it is alive with a Redis key that expires after `ttl` seconds unless renewed; a
thread renews it every `ttl / 3` seconds, together with the politeness leases the worker holds.
The thread keeps beating only while the worker's reactor keeps ticking: a worker whose event loop
is stuck for `stall_after` seconds stops renewing, so its requests and leases go back to the others
instead of waiting for it forever.

Scrapy components (scheduler, middlewares, spiders) find their worker through the setting
`REFORMCRAWL_WORKER_ID` and `worker_for(settings)`: settings are copied deeply, a worker (threads,
connections) cannot travel in them.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from typing import Any

from .cluster import Cluster

logger = logging.getLogger(__name__)

WORKER_ID_SETTING = "REFORMCRAWL_WORKER_ID"
DEFAULT_TTL = 15.0

_WORKERS: dict[str, Worker] = {}


def default_worker_id() -> str:
    """host:pid:random — unique across machines and across restarts of one process id."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    """One process that takes requests from the shared frontier."""

    def __init__(self, cluster: Cluster, worker_id: str | None = None, *, ttl: float = DEFAULT_TTL,
                 stall_after: float | None = None) -> None:
        if ttl <= 0:
            raise ValueError("the heartbeat TTL must be positive")
        self.cluster = cluster
        self.id = worker_id or default_worker_id()
        if any(c in self.id for c in "\x00 \t\n"):
            raise ValueError(f"a worker id cannot contain spaces or NUL: {self.id!r}")
        self.ttl = ttl
        self.stall_after = stall_after if stall_after is not None else max(60.0, 4 * ttl)
        self._leases: dict[str, str] = {}  # lease id -> leases key
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_tick = time.monotonic()
        self._stalled = False

    # -- registry --------------------------------------------------------------------------------

    def register(self) -> Worker:
        _WORKERS[self.id] = self
        return self

    def unregister(self) -> None:
        _WORKERS.pop(self.id, None)

    # -- heartbeat -------------------------------------------------------------------------------

    @property
    def ttl_ms(self) -> int:
        return max(1, int(self.ttl * 1000))

    def alive_key(self) -> str:
        return self.cluster.keys.worker_alive(self.id)

    def ticked(self) -> None:
        """Called from the worker's event loop: it is still turning."""
        self._last_tick = time.monotonic()

    def beat(self) -> None:
        stuck = time.monotonic() - self._last_tick
        if stuck > self.stall_after:
            if not self._stalled:
                logger.error("worker %s: the event loop has not turned for %.0fs; no more heartbeats "
                             "(its requests go back to the other workers)", self.id, stuck)
                self._stalled = True
            return
        self._stalled = False
        with self._lock:
            leases = list(self._leases.items())
        pipe = self.cluster.server.pipeline(transaction=False)
        pipe.set(self.alive_key(), "1", px=self.ttl_ms)
        pipe.execute()
        if leases:
            self.cluster.scripts.renew(keys=[key for _, key in leases], args=[self.ttl_ms, *(lease for lease, _ in leases)])

    def start(self) -> Worker:
        """Beat once now (before taking any request), then in a thread."""
        self.beat()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{self.id}", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        interval = max(0.05, self.ttl / 3)
        while not self._stop.wait(interval):
            try:
                self.beat()
            except Exception as exc:  # noqa: BLE001 - Redis away for a moment: try again next beat
                logger.warning("worker %s: heartbeat failed: %s", self.id, exc)

    def stop(self) -> None:
        """Stop beating and say so at once (a clean exit is not a death)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        try:
            self.cluster.server.delete(self.alive_key())
        except Exception as exc:  # noqa: BLE001
            logger.warning("worker %s: could not remove its heartbeat key: %s", self.id, exc)

    # -- politeness leases held (renewed with the heartbeat) --------------------------------------

    def hold(self, key: str, lease: str) -> None:
        with self._lock:
            self._leases[lease] = key

    def drop(self, lease: str) -> None:
        with self._lock:
            self._leases.pop(lease, None)


def worker_for(settings: Any) -> Worker:
    """The worker of this process named by the crawler's settings."""
    worker_id = settings.get(WORKER_ID_SETTING)
    worker = _WORKERS.get(worker_id) if worker_id else None
    if worker is None:
        raise RuntimeError(f"no distributed worker {worker_id!r} in this process (setting {WORKER_ID_SETTING})")
    return worker
