"""What a person watching a crawl sees: a live progress line, and the summary table at the end."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from twisted.internet import task

from ..crawl.state import SUMMARY_KEYS, PortalCrawl

if TYPE_CHECKING:
    from .crawl_process import RunSummary

logger = logging.getLogger(__name__)


class Progress:
    """A live line on a terminal (rewritten in place), or a log line now and then otherwise."""

    def __init__(self, states: Callable[[], list[PortalCrawl]], stream: TextIO = sys.stderr) -> None:
        self.states, self.stream = states, stream
        self.tty = stream.isatty()
        self.loop = task.LoopingCall(self.tick)
        self._last = ""

    def line(self) -> str:
        parts = []
        for state in self.states():
            c = state.counts
            parts.append(f"{state.portal.name} {c['pages']}p {c['new']}+ {c['changed']}~ {c['errors']}!")
        return "crawling: " + " | ".join(parts)

    def tick(self) -> None:
        line = self.line()
        if self.tty:
            self.stream.write("\r" + line[:200].ljust(len(self._last)))
            self.stream.flush()
        elif line != self._last:
            logger.info(line)
        self._last = line

    def start(self) -> None:
        self.loop.start(1.0 if self.tty else 15.0, now=False)

    def stop(self) -> None:
        if self.loop.running:
            self.loop.stop()
        if self.tty and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self.stream.flush()


def format_summary(summary: RunSummary) -> str:
    """A table a person reads at the end of a run."""
    keys = [k for k in SUMMARY_KEYS if any(c.get(k) for c in summary.portals.values())] or ["pages", "new"]
    header = ["portal", *keys]
    rows = [[name, *(str(counts.get(k, 0)) for k in keys)] for name, counts in summary.portals.items()]
    rows.append(["total", *(str(summary.total.get(k, 0)) for k in keys)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    seconds = (summary.ended_at - summary.started_at).total_seconds()
    lines.append(f"run {summary.run_id} {summary.state} in {seconds:.1f}s")
    return "\n".join(lines)
