"""One-line errors for the command line: `reformcrawl CMD: error: WHAT: WHY`, then an exit code."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from ..core.textnorm import strip_controls

#: Exit codes shared by all commands (documented in the README).
EXIT_FAILED = 1  # the command failed; for a crawl: every selected portal failed
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_NOT_HTML = 4
EXIT_TOO_LARGE = 5
EXIT_BUSY = 6  # the schedule is being run by another process (its lease is held)
EXIT_PARTIAL = 7  # a crawl in which some selected portals failed and the others were crawled
EXIT_INTERRUPTED = 130  # stopped by SIGINT/SIGTERM; the run is recorded as interrupted


def error_line(command: str, message: str) -> str:
    """`reformcrawl CMD: error: MESSAGE` on one line (driver messages can span several: they are
    joined) without control characters (messages quote servers and pages)."""
    return f"reformcrawl {command}: error: {' '.join(strip_controls(message).split())}"


def fail(command: str, message: str, code: int) -> NoReturn:
    """Print one error line and exit with `code`."""
    click.echo(error_line(command, message), err=True)
    sys.exit(code)


def crawl_exit_code(state: str, failed: int) -> int:
    """A crawl's exit code from its run record: its state and how many of its portals failed."""
    from ..store.run_records import FAILED, INTERRUPTED  # SQLAlchemy: only for the commands that crawl

    if state == INTERRUPTED:
        return EXIT_INTERRUPTED
    if state == FAILED:
        return EXIT_FAILED
    return EXIT_PARTIAL if failed else 0
