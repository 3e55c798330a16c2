"""One-line errors for the command line: `reformcrawl CMD: error: WHAT: WHY`, then an exit code."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

#: Exit codes shared by all commands (documented in the README).
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_NOT_HTML = 4
EXIT_TOO_LARGE = 5
EXIT_BUSY = 6  # the schedule is being run by another process (its lease is held)
EXIT_FAILED = 1


def fail(command: str, message: str, code: int) -> NoReturn:
    """Print one line (driver messages can span several: they are joined) and exit with `code`."""
    click.echo(f"reformcrawl {command}: error: {' '.join(message.split())}", err=True)
    sys.exit(code)
