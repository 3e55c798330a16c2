"""`reformcrawl figures`: every stored reading, with its metric identity, as JSONL or CSV."""

from __future__ import annotations

import click

from ..store.export import FIGURE_FIELDS, iter_figures
from .export import check_portal
from .options import db_option, open_db, parse_since
from .tabular import bom_option, format_option, output_option, write_records


@click.command("figures")
@click.option("--metric", default=None, metavar="KEY", help="Only this metric (a key like ninh-binh/par-index/percent/year).")
@click.option("--portal", default=None, help="Only readings from this portal's articles.")
@click.option("--since", default=None, metavar="ISO", help="Only readings published at or after this time.")
@format_option
@output_option
@bom_option
@db_option
def figures_command(metric: str | None, portal: str | None, since: str | None, fmt: str,
                    output: click.utils.LazyFile, no_bom: bool, db_url: str | None) -> None:
    """Write every stored figure reading: metric identity, value, raw text, period, role, article.

    Readings of earlier versions of an article are included with current=false; comparable=true
    marks the readings a metric's timeline is made of. Times are Asia/Ho_Chi_Minh (+07:00).

    \b
    Examples:
      reformcrawl figures --metric ninh-binh/par-index/percent/year
      reformcrawl figures --portal nbtv --since 2024-01-01 --format csv -o figures.csv
    """
    since_at = parse_since("figures", since)
    check_portal("figures", portal)
    store = open_db("figures", db_url)
    with store.session() as session:
        write_records(output, iter_figures(session, metric=metric, portal=portal, since=since_at), fmt=fmt,
                      fields=FIGURE_FIELDS, bom=not no_bom)
    store.close()
