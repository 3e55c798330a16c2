"""The crawl's counts, kept in Scrapy's stats (`crawler.stats`) under one prefix.

Every component counts with `count(crawler.stats, "new")`; the run summary, the progress line and
the run record read them back with `portal_counts`. In a distributed run the stats collector also
sums them over all workers in Redis (`distributed.stats.RunStatsCollector`).
"""

from __future__ import annotations

from typing import Any

from scrapy.statscollectors import StatsCollector

PREFIX = "reformcrawl/"

#: Counters every summary shows, in this order.
SUMMARY_KEYS = (
    "pages", "listing_pages", "new", "changed", "unchanged", "not_modified", "gone",
    "not_found", "no_article", "errors", "too_large", "offsite",
)


def count(stats: StatsCollector, key: str, n: int = 1) -> None:
    if n:
        stats.inc_value(PREFIX + key, n)


def ordered(counts: dict[str, Any]) -> dict[str, int]:
    """The summary keys first (zero when absent), then the others."""
    return {key: int(counts.get(key, 0)) for key in SUMMARY_KEYS} | {
        k: int(v) for k, v in counts.items() if k not in SUMMARY_KEYS
    }


def portal_counts(stats: StatsCollector) -> dict[str, int]:
    """This crawler's counts, without the prefix."""
    return ordered({key[len(PREFIX):]: value for key, value in stats.get_stats().items()
                    if key.startswith(PREFIX) and isinstance(value, int)})
