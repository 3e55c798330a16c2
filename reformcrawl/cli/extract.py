"""`reformcrawl extract FILE --url URL [--portal NAME]`: print one article as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..extract import MAX_PAGE_BYTES, ExtractError, extract_page
from ..portals import PortalConfigError
from .errors import EXIT_TOO_LARGE, EXIT_UNREADABLE, EXIT_USAGE, fail


def _read_input(source: str) -> bytes:
    """The page bytes, reading at most one byte over the size limit."""
    if source == "-":
        return sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            fail("extract", f"{source}: page is {size / 2**20:.1f} MB, over the {MAX_PAGE_BYTES / 2**20:.0f} MB limit", EXIT_TOO_LARGE)
        return path.read_bytes()
    except IsADirectoryError:
        fail("extract", f"{source}: is a directory, not a saved page", EXIT_UNREADABLE)
    except OSError as exc:
        fail("extract", f"{source}: cannot read: {exc.strerror or exc}", EXIT_UNREADABLE)


@click.command("extract")
@click.argument("file", metavar="FILE")
@click.option("--url", required=True, help="The URL the page was fetched from.")
@click.option("--portal", default=None, help="Portal name; inferred from the URL's host when omitted.")
@click.option("--encoding", default=None, help="Charset the server declared, if known.")
@click.option("--indent", type=int, default=None, help="Pretty-print the JSON with this indent.")
def extract_command(file: str, url: str, portal: str | None, encoding: str | None, indent: int | None) -> None:
    """Extract one saved page (FILE, or - for stdin) and print it as one JSON object.

    \b
    Example:
      reformcrawl extract page.html --url https://baohagiang.vn/thoi-su-chinh-tri/202307/x-81c6907/

    \b
    Exit codes: 0 done; 2 bad usage or unknown portal; 3 FILE unreadable;
    4 not an HTML page (empty, binary); 5 page over the size limit.
    """
    data = _read_input(file)
    name = "<stdin>" if file == "-" else file
    try:
        article = extract_page(data, url, portal, encoding=encoding)
    except PortalConfigError as exc:
        fail("extract", str(exc), EXIT_USAGE)
    except ExtractError as exc:
        fail("extract", f"{name}: {exc}", exc.exit_code)
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
