"""The crawl's log as a person at a terminal (or a scheduler's run record) reads it: one line per
record, no tracebacks, no control characters.

Scrapy's own root handler prints a 60-line Twisted traceback for one refused connection. Without
`--verbose`, `reformcrawl crawl` installs this handler instead (Scrapy's is kept out by
LOG_INSTALL_ROOT_HANDLER = False); with `--verbose` Scrapy's handler, tracebacks and all, is back.
"""

from __future__ import annotations

import logging
import sys

from scrapy.settings import Settings

from ..core.textnorm import strip_controls


class OneLineFormatter(logging.Formatter):
    """`LEVEL logger: message`; an exception adds its type and message when the message lacks them."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            detail = str(exc)
            if detail not in message:
                message += f": {detail}" if detail else ""
            if type(exc).__name__ not in message:
                message += f" ({type(exc).__name__})"
        # Server texts and page titles reach this line: no escape sequences, and one line.
        return " ".join(strip_controls(f"{record.levelname} {record.name}: {message}").split())


_HANDLER: logging.Handler | None = None


def install_one_line_logging(settings: Settings) -> None:
    """Log to stderr one line per record at the settings' LOG_LEVEL, instead of Scrapy's handler;
    unless the settings ask for a log file or for no log, which Scrapy's handler does as asked.

    Call before the CrawlerProcess is made: it reads LOG_INSTALL_ROOT_HANDLER, set here to False."""
    global _HANDLER  # noqa: PLW0603 - one handler per process, replaced if installed again
    if settings.get("LOG_FILE") or not settings.getbool("LOG_ENABLED"):
        return
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if _HANDLER is not None:
        logging.root.removeHandler(_HANDLER)
    _HANDLER = logging.StreamHandler(sys.stderr)
    _HANDLER.setFormatter(OneLineFormatter())
    _HANDLER.setLevel(settings.get("LOG_LEVEL") or "INFO")
    logging.root.addHandler(_HANDLER)
    logging.root.setLevel(logging.NOTSET)  # what Scrapy's handler does: the handler's level decides
