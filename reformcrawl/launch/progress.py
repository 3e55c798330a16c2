"""The live progress line a person watching a crawl sees."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TextIO

from scrapy.crawler import Crawler
from twisted.internet import task

from ..crawl.stats import portal_counts

logger = logging.getLogger(__name__)


class Progress:
    """A live line on a terminal (rewritten in place), or a log line now and then otherwise."""

    def __init__(self, crawlers: Callable[[], list[Crawler]], stream: TextIO = sys.stderr) -> None:
        self.crawlers, self.stream = crawlers, stream
        self.tty = stream.isatty()
        self.loop = task.LoopingCall(self.tick)
        self._last = ""

    def line(self) -> str:
        parts = []
        for crawler in self.crawlers():
            c = portal_counts(crawler.stats)
            parts.append(f"{crawler.spider.name} {c['pages']}p {c['new']}+ {c['changed']}~ {c['errors']}!")
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
