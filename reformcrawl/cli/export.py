"""`reformcrawl export`: stored articles (latest version, clean text) as JSONL or CSV."""

from __future__ import annotations

import click

from .. import config
from ..portals import PortalConfigError, get_portal
from ..store import StoreError, open_store
from ..store.export import EXPORT_FIELDS, iter_articles
from .errors import EXIT_USAGE, fail
from .options import db_option, parse_since
from .tabular import bom_option, format_option, output_option, write_records


def check_portal(command: str, portal: str | None) -> None:
    if portal:
        try:
            get_portal(portal)
        except PortalConfigError as exc:
            fail(command, str(exc), EXIT_USAGE)


@click.command("export")
@click.option("--since", default=None, metavar="ISO", help="Only articles stored or changed at or after this time.")
@click.option("--portal", default=None, help="Only this portal.")
@format_option
@output_option
@bom_option
@db_option
def export_command(since: str | None, portal: str | None, fmt: str, output: click.utils.LazyFile, no_bom: bool,
                   db_url: str | None) -> None:
    """Write the stored articles, one per line (JSONL) or row (CSV), streaming.

    JSONL lines also carry each article's sessions and its figures; CSV (UTF-8 with a byte order
    mark, for spreadsheets) has the article fields only.

    \b
    Examples:
      reformcrawl export --since 2024-02-01 > articles.jsonl
      reformcrawl export --portal nbtv --format csv -o nbtv.csv
    """
    since_at = parse_since("export", since)
    check_portal("export", portal)
    try:
        store = open_store(db_url or config.default_db_url())
    except StoreError as exc:
        fail("export", str(exc), EXIT_USAGE)
    with store.session() as session:
        rows = iter_articles(session, since=since_at, portal=portal, details=fmt == "jsonl")
        write_records(output, rows, fmt=fmt, fields=EXPORT_FIELDS, bom=not no_bom)
    store.close()
