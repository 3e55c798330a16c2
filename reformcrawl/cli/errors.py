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
    click.echo(f"reformcrawl {command}: error: {message}", err=True)
    sys.exit(code)
