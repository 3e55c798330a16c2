"""The live progress line a person watching a crawl sees.

On a terminal it is one line rewritten in place, never wider than the terminal (a line that wraps
cannot be rewritten: each tick would leave a stale copy above), under a legend printed once.
Elsewhere (a log file, a pipe) it is a log line now and then.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from scrapy.crawler import Crawler
from twisted.internet import task

from ..crawl.stats import portal_counts

logger = logging.getLogger(__name__)

LEGEND = "progress: Np pages fetched, N+ new articles, N~ changed, N! errors"
_CLEAR_TO_END = "\x1b[K"
_FIELDS = (("pages", "p"), ("new", "+"), ("changed", "~"), ("errors", "!"))

#: (portal name, its counts)
PortalCounts = tuple[str, dict[str, int]]


def _counts(counts: dict[str, int], *, drop_zeros: bool) -> str:
    shown = [f"{counts.get(key, 0)}{mark}" for key, mark in _FIELDS
             if not drop_zeros or key == "pages" or counts.get(key, 0)]
    return " ".join(shown)


def fit_line(portals: Sequence[PortalCounts], width: int) -> str:
    """The progress line in at most `width` characters: every portal's counts if they fit, else
    without the zero counts, else the totals, else the totals cut short."""
    candidates = [
        "crawling: " + " | ".join(f"{name} {_counts(c, drop_zeros=False)}" for name, c in portals),
        " | ".join(f"{name} {_counts(c, drop_zeros=True)}" for name, c in portals),
    ]
    totals = {key: sum(c.get(key, 0) for _, c in portals) for key, _ in _FIELDS}
    candidates.append(f"{len(portals)} portals: {_counts(totals, drop_zeros=False)}")
    for candidate in candidates:
        if len(candidate) <= width:
            return candidate
    return candidates[-1][:max(width - 1, 0)] + "…" if width > 0 else ""


def terminal_columns(stream: TextIO) -> int:
    """The width of the terminal `stream` writes to ($COLUMNS or 80 when it cannot be read)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return shutil.get_terminal_size().columns


class Progress:
    """A live line on a terminal (rewritten in place), or a log line now and then otherwise."""

    def __init__(self, crawlers: Callable[[], list[Crawler]], stream: TextIO = sys.stderr,
                 columns: Callable[[], int] | None = None) -> None:
        self.crawlers, self.stream = crawlers, stream
        self.tty = stream.isatty()
        self.columns = columns or (lambda: terminal_columns(stream))
        self.loop = task.LoopingCall(self.tick)
        self._last = ""
        self._explained = False

    def portals(self) -> list[PortalCounts]:
        return [(crawler.spider.name, portal_counts(crawler.stats)) for crawler in self.crawlers()]

    def line(self, width: int | None = None) -> str:
        # One column is left free: writing the last one makes some terminals wrap at once.
        return fit_line(self.portals(), (width or 10_000) - 1)

    def tick(self) -> None:
        if self.tty:
            width = self.columns()
            if not self._explained:
                self.stream.write("\r" + LEGEND[:width - 1] + _CLEAR_TO_END + "\n")
            line = self.line(width)
            self.stream.write("\r" + line + _CLEAR_TO_END)
            self.stream.flush()
        else:
            line = self.line()
            if not self._explained:
                logger.info(LEGEND)
            if line != self._last:
                logger.info(line)
        self._explained = True
        self._last = line

    def start(self) -> None:
        self.loop.start(1.0 if self.tty else 15.0, now=False)

    def stop(self) -> None:
        if self.loop.running:
            self.loop.stop()
        if self.tty and self._last:
            self.stream.write("\r" + _CLEAR_TO_END)
            self.stream.flush()
