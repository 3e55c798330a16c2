"""AutoThrottle whose back-off after one slow page wears off within a few pages.

Scrapy's AutoThrottle sets a portal's delay to a slow page's whole latency at once, and lets only a
200 answer bring it down again ("error pages are small and fast"). A nightly crawl gets mostly
other answers: 304s to its conditional revisits, 404s from links that died. So after one slow
listing page every later revisit and dead link waited that latency (about 6 s each, 18 times, in
the run that was measured): minutes lost to one page, while the server was answering fast again.

`BoundedThrottle` changes the rule that moves the delay, nothing else:

- a new delay is always the mean of the old one and the target (latency / target concurrency),
  rising or falling: one slow page moves it half-way, a server that stays slow gets its whole
  latency within a few answers;
- 304, 404 and 410 are answers of the server like a 200 and may lower it; redirects and error
  pages still may not (they are fast and say nothing of the server's load);
- AUTOTHROTTLE_MAX_DELAY bounds it (10 s in `reformcrawl.settings`), DOWNLOAD_DELAY floors it.
"""

from __future__ import annotations

from scrapy.core.downloader import Slot
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response

__all__ = ["BoundedThrottle", "next_delay"]

#: Answers that tell the server's pace as well as a 200 does.
_PACE_STATUSES = frozenset({200, 304, 404, 410})


def next_delay(delay: float, latency: float, status: int, *, target_concurrency: float, min_delay: float,
               max_delay: float) -> float:
    """A slot's next delay after an answer `status` that took `latency` seconds."""
    proposed = (delay + latency / target_concurrency) / 2.0
    proposed = min(max(min_delay, proposed), max_delay)
    if status not in _PACE_STATUSES and proposed < delay:
        return delay
    return proposed


class BoundedThrottle(AutoThrottle):
    """Installed in place of `scrapy.extensions.throttle.AutoThrottle` (see `reformcrawl.settings`)."""

    def _adjust_delay(self, slot: Slot, latency: float, response: Response) -> None:
        slot.delay = next_delay(slot.delay, latency, response.status, target_concurrency=self.target_concurrency,
                                min_delay=self.mindelay, max_delay=self.maxdelay)
