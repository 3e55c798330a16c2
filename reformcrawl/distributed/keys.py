"""Every Redis key of distributed crawls, in one place.

All keys start with a prefix (`REFORMCRAWL_REDIS_PREFIX`, default `reformcrawl`), so several
deployments (or test runs) can share one Redis server.

    {p}:current                         the run id workers should work on (at most one at a time)
    {p}:worker:{id}                     a worker's heartbeat: exists while the worker is alive (PX TTL)
    {p}:slot:{slot}:leases              politeness: a sorted set lease id -> expiry (ms), per portal
    {p}:slot:{slot}:next                politeness: the earliest time (ms) the next request may start

    {p}:run:{id}:spec                   hash: the run's spec (JSON) and state
    {p}:run:{id}:{portal}:requests      the frontier: scrapy-redis' priority queue, one per portal
    {p}:run:{id}:dupefilter             the run's duplicate filter (request fingerprints)
    {p}:run:{id}:active                 workers that may hold requests of the run in flight
    {p}:run:{id}:members                every worker that took part (for the run record)
    {p}:run:{id}:inflight:{worker}      hash token -> popped request (queue, score, data): not yet done
    {p}:run:{id}:counts:{portal}        hash: the run's counts, summed over workers
    {p}:run:{id}:errors                 list: the first errors (JSON), over workers
    {p}:run:{id}:lost                   list: workers found dead and what was re-queued (JSON)
    {p}:run:{id}:{portal}:scheduled     set: URLs requested in the run (--max-pages, "requested once")
    {p}:run:{id}:{portal}:budget        counter: listing and article requests made (--max-pages)
    {p}:run:{id}:{portal}:listed:{h}    set: articles the pages of one listing showed so far (h: its root URL)
    {p}:run:{id}:robots:{netloc}        robots.txt as fetched once for the run; ...:claim while fetching
    {p}:run:{id}:closing                who completes the run (SET NX)

A run's keys are deleted when it ends, except `spec`, which says how it ended and expires a day later.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

#: Separates a popped request's queue key, score and data in its in-flight entry (keys and
#: scores never contain it; the data is whatever follows the second one).
FIELD_SEP = "\x00"


@dataclass(frozen=True)
class Keys:
    prefix: str

    @property
    def current(self) -> str:
        return f"{self.prefix}:current"

    def worker_alive_prefix(self) -> str:
        return f"{self.prefix}:worker:"

    def worker_alive(self, worker_id: str) -> str:
        return self.worker_alive_prefix() + worker_id

    def slot_leases(self, slot: str) -> str:
        return f"{self.prefix}:slot:{slot}:leases"

    def slot_next(self, slot: str) -> str:
        return f"{self.prefix}:slot:{slot}:next"

    def run(self, run_id: int) -> RunKeys:
        return RunKeys(self, run_id)


@dataclass(frozen=True)
class RunKeys:
    keys: Keys
    run_id: int

    @property
    def base(self) -> str:
        return f"{self.keys.prefix}:run:{self.run_id}"

    @property
    def spec(self) -> str:
        return f"{self.base}:spec"

    def queue(self, portal: str) -> str:
        return f"{self.base}:{portal}:requests"

    @property
    def queue_pattern(self) -> str:
        """scrapy-redis' SCHEDULER_QUEUE_KEY: `%(spider)s` is the portal (the spider's name)."""
        return f"{self.base}:%(spider)s:requests"

    @property
    def dupefilter(self) -> str:
        return f"{self.base}:dupefilter"

    @property
    def active(self) -> str:
        return f"{self.base}:active"

    @property
    def members(self) -> str:
        return f"{self.base}:members"

    def inflight_prefix(self) -> str:
        return f"{self.base}:inflight:"

    def inflight(self, worker_id: str) -> str:
        return self.inflight_prefix() + worker_id

    def counts(self, portal: str) -> str:
        return f"{self.base}:counts:{portal}"

    @property
    def errors(self) -> str:
        return f"{self.base}:errors"

    @property
    def lost(self) -> str:
        return f"{self.base}:lost"

    def scheduled(self, portal: str) -> str:
        return f"{self.base}:{portal}:scheduled"

    def budget(self, portal: str) -> str:
        return f"{self.base}:{portal}:budget"

    def listed(self, portal: str, root: str) -> str:
        digest = hashlib.sha1(root.encode("utf-8")).hexdigest()[:16]
        return f"{self.base}:{portal}:listed:{digest}"

    def robots(self, netloc: str) -> str:
        return f"{self.base}:robots:{netloc}"

    def robots_claim(self, netloc: str) -> str:
        return f"{self.base}:robots:{netloc}:claim"

    @property
    def closing(self) -> str:
        return f"{self.base}:closing"

    @property
    def pattern(self) -> str:
        """Every key of the run (for the clean-up)."""
        return f"{self.base}:*"
