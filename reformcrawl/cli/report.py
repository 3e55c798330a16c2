"""`reformcrawl report`: the static site of runs, figures, edits and portal health."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import click

from .errors import EXIT_FAILED, fail
from .options import db_option, open_db, parse_since


@click.command("report")
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False, path_type=Path), required=True,
              metavar="DIR", help="Write the site here (created if needed; its pages are replaced).")
@click.option("--since", default=None, metavar="ISO",
              help="Only runs (and their events) and edits at or after this time; charts keep each metric's whole history.")
@db_option
def report_command(directory: Path, since: str | None, db_url: str | None) -> None:
    """Write a static site to read in a browser: runs and events, figure timelines, edits, portal health.

    Plain HTML and SVG in Vietnamese, no script, nothing fetched: open DIR/index.html from disk or
    serve the folder as it is. A schedule writes it after each run with `report = "DIR"`.

    \b
    Examples:
      reformcrawl report -o report/ && xdg-open report/index.html
      reformcrawl report -o /var/www/reformcrawl --since 2024-08-01 --db postgresql://reform@db/reformcrawl
    """
    from ..report import build_report

    since_at = parse_since("report", since)
    store = open_db("report", db_url)
    try:
        with store.session() as session:
            summary = build_report(session, directory, now=datetime.now(timezone.utc), since=since_at)
    except OSError as exc:
        fail("report", f"{directory}: cannot write: {exc.strerror or exc}", EXIT_FAILED)
    finally:
        store.close()
    click.echo(f"report: {summary.pages} pages in {directory} ({summary.runs} runs, {summary.events} events, "
               f"{summary.metrics} tracked figures, {summary.edits} edited articles); open "
               f"{(directory / 'index.html').resolve().as_uri()}")
