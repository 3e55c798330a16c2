"""`reformcrawl export`: stored articles (latest version, clean text) as JSONL or CSV."""

from __future__ import annotations

import csv
import json
import sys

import click

from .. import config
from ..portals import PortalConfigError, get_portal
from ..store import StoreError, open_store
from ..store.export import EXPORT_FIELDS, iter_articles
from .errors import EXIT_USAGE, fail
from .options import db_option, parse_since


@click.command("export")
@click.option("--since", default=None, metavar="ISO", help="Only articles stored or changed at or after this time.")
@click.option("--portal", default=None, help="Only this portal.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
@db_option
def export_command(since: str | None, portal: str | None, fmt: str, output: click.utils.LazyFile, db_url: str | None) -> None:
    """Write the stored articles, one per line (JSONL) or row (CSV), streaming.

    \b
    Examples:
      reformcrawl export --since 2024-02-01 > articles.jsonl
      reformcrawl export --portal nbtv --format csv -o nbtv.csv
    """
    since_at = parse_since("export", since)
    if portal:
        try:
            get_portal(portal)
        except PortalConfigError as exc:
            fail("export", str(exc), EXIT_USAGE)
    try:
        store = open_store(db_url or config.default_db_url())
    except StoreError as exc:
        fail("export", str(exc), EXIT_USAGE)
    stream = output if output is not None else sys.stdout
    writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    with store.session() as session:
        for row in iter_articles(session, since=since_at, portal=portal):
            if writer:
                writer.writerow(row)
            else:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    store.close()
