"""What every participant of a distributed run reads: its spec and its state, kept in Redis.

Split from `lifecycle` (which starts, completes and cancels runs) so that the spiders and the worker
loop can read a run without importing what seeds it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from ..crawl import options as crawl_options
from ..launch.crawl_process import base_settings
from .cluster import Cluster, DistributedError

SEEDING, RUNNING, CANCELLED, COMPLETE = "seeding", "running", "cancelled", "complete"


@dataclass(frozen=True)
class RunSpec:
    """What every worker needs to know about a run (stored as JSON in the spec hash)."""

    run_id: int
    portals: tuple[str, ...]
    started_at: str  # ISO, the run record's
    origins: dict[str, str] = field(default_factory=dict)
    start_urls: dict[str, list[str]] = field(default_factory=dict)
    max_pages: int | None = None
    revisit: str = "due"
    trigger: str = "cli"
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy settings of the run, for every worker
    coordinator: str = ""

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def spider_kwargs(self, portal: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"revisit": self.revisit}
        if self.origins.get(portal):
            kwargs["base_url"] = self.origins[portal]
        if self.start_urls.get(portal):
            kwargs["start_urls"] = tuple(self.start_urls[portal])
        if self.max_pages is not None:
            kwargs["max_pages"] = self.max_pages
        return kwargs

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> RunSpec:
        raw = json.loads(text)
        raw["portals"] = tuple(raw["portals"])
        return cls(**raw)

    @classmethod
    def load(cls, cluster: Cluster, run_id: int) -> RunSpec:
        text = cluster.server.hget(cluster.keys.run(run_id).spec, "spec")
        if text is None:
            raise DistributedError(f"run {run_id} has no spec in Redis (it ended, or was never started)")
        return cls.from_json(text)


def as_text(value: Any) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


def run_state(cluster: Cluster, run_id: int) -> str | None:
    return as_text(cluster.server.hget(cluster.keys.run(run_id).spec, "state"))


def current_run(cluster: Cluster) -> int | None:
    value = as_text(cluster.server.get(cluster.keys.current))
    return int(value) if value else None


def crawl_settings(spec: RunSpec, db_url: str, overrides: Mapping[str, Any] | None = None) -> Any:
    """The Scrapy settings of the run's crawlers, as `reformcrawl crawl` makes them."""
    settings = base_settings(overrides)
    for key, value in spec.settings.items():
        settings.set(key, value, priority="cmdline")
    settings.set(crawl_options.DB_URL, db_url, priority="cmdline")
    settings.set(crawl_options.RUN_ID, spec.run_id, priority="cmdline")
    settings.set(crawl_options.TRIGGER, spec.trigger, priority="cmdline")
    return settings


