"""What one crawl run remembers while it goes on, whoever works it: a small object the spider is given.

A run worked by one process keeps it in memory (`LocalLedger`); a run shared by several workers
keeps it in Redis (`reformcrawl.distributed.ledger.RedisLedger`). The spider does not know which:
the setting `REFORMCRAWL_LEDGER` names the class, as `SCHEDULER` names Scrapy's scheduler.

- `claim(url)`: request a listing or article URL at most once per run and within `--max-pages`;
- `shown(root)` / `show(root, urls)`: which articles the pages of one listing showed so far, so
  pagination stops where one process would stop it, whichever worker read the earlier pages;
- `record_error`: the run's error list (the run record keeps the first `MAX_ERRORS`);
- `started_at`, `seeds_elsewhere`, `keep_open()`, `stored_during_run()`: what differs when other
  processes seeded the run or work it at the same time.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Any, Protocol

from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object
from sqlalchemy.orm import Session

LEDGER_SETTING = "REFORMCRAWL_LEDGER"
MAX_ERRORS = 50


class Claim(enum.Enum):
    GRANTED = "granted"
    SEEN = "seen"  # requested before in this run
    OVER_BUDGET = "over_budget"  # --max-pages spent


class RunLedger(Protocol):
    started_at: datetime
    #: True when a coordinator put the start requests into a shared frontier: `start()` yields none.
    seeds_elsewhere: bool

    def claim(self, url: str) -> Claim: ...
    def requested(self, url: str) -> bool: ...
    def shown(self, root: str) -> set[str]: ...
    def show(self, root: str, urls: set[str] | list[str] | tuple[str, ...]) -> None: ...
    def record_error(self, error: dict[str, Any]) -> None: ...
    def errors(self) -> list[dict[str, Any]]: ...
    def keep_open(self) -> bool: ...
    def stored_during_run(self, session: Session, portal: str, run_id: int | None) -> set[str]: ...


class LocalLedger:
    """The run is this process's alone."""

    seeds_elsewhere = False

    def __init__(self, *, max_pages: int | None, started_at: datetime | None = None) -> None:
        self.max_pages = max_pages
        self.started_at = started_at or datetime.now(timezone.utc)
        self._requested: set[str] = set()
        self._shown: dict[str, set[str]] = {}
        self._errors: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler, max_pages: int | None) -> LocalLedger:
        return cls(max_pages=max_pages)

    def claim(self, url: str) -> Claim:
        if url in self._requested:
            return Claim.SEEN
        if self.max_pages is not None and len(self._requested) >= self.max_pages:
            return Claim.OVER_BUDGET
        self._requested.add(url)
        return Claim.GRANTED

    def requested(self, url: str) -> bool:
        return url in self._requested

    def shown(self, root: str) -> set[str]:
        return set(self._shown.get(root, ()))

    def show(self, root: str, urls: set[str] | list[str] | tuple[str, ...]) -> None:
        self._shown.setdefault(root, set()).update(urls)

    def record_error(self, error: dict[str, Any]) -> None:
        if len(self._errors) < MAX_ERRORS:
            self._errors.append(error)

    def errors(self) -> list[dict[str, Any]]:
        return list(self._errors)

    def keep_open(self) -> bool:
        return False

    def stored_during_run(self, session: Session, portal: str, run_id: int | None) -> set[str]:
        return set()  # nobody else stores for this run before this spider starts


def build_ledger(crawler: Crawler, max_pages: int | None) -> RunLedger:
    """The ledger class the settings name (`LocalLedger` by default)."""
    cls = load_object(crawler.settings.get(LEDGER_SETTING) or f"{__name__}.LocalLedger")
    return cls.from_crawler(crawler, max_pages)
