"""`reformcrawl extract FILE --url URL [--portal NAME]`: print one article as JSON."""

from __future__ import annotations

import json
import sys

import click

from ..extract import MAX_PAGE_BYTES, ExtractError, extract_page
from ..inputs import InputTooLarge, NotARegularFile, read_file, read_stream
from ..portals import PortalConfigError
from .errors import EXIT_TOO_LARGE, EXIT_UNREADABLE, EXIT_USAGE, fail


def _read_input(source: str) -> bytes:
    """The page bytes, reading at most one byte over the size limit, from stdin (`-`) or a
    regular file; a FIFO, a device or a directory is refused before anything is read."""
    try:
        if source == "-":
            return read_stream(sys.stdin.buffer, MAX_PAGE_BYTES)
        return read_file(source, MAX_PAGE_BYTES)
    except InputTooLarge as exc:
        fail("extract", f"{_name(source)}: page {exc}", EXIT_TOO_LARGE)
    except NotARegularFile as exc:
        fail("extract", f"{source}: {exc} (a saved page is a file; pipe anything else into -)", EXIT_UNREADABLE)
    except OSError as exc:
        fail("extract", f"{_name(source)}: cannot read: {exc.strerror or exc}", EXIT_UNREADABLE)


def _name(source: str) -> str:
    return "<stdin>" if source == "-" else source


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
    Exit codes: 0 done; 2 bad usage or unknown portal; 3 FILE unreadable (missing, a directory,
    a FIFO or a device: pipe those into -); 4 not an HTML page (empty, binary); 5 page over the
    10 MB limit (at most 10 MB + 1 byte is ever read).
    """
    data = _read_input(file)
    name = _name(file)
    try:
        article = extract_page(data, url, portal, encoding=encoding)
    except PortalConfigError as exc:
        fail("extract", str(exc), EXIT_USAGE)
    except ExtractError as exc:
        fail("extract", f"{name}: {exc}", exc.exit_code)
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
