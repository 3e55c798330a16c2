"""`reformcrawl events`: what the monitor found, as JSONL (stable English keys) or a table for
people (Vietnamese, drawn by rich: a header row, the publication time, links a terminal can open)."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable
from typing import Any

import click

from ..config import VIETNAM_TZ
from ..core.textnorm import strip_controls
from ..monitor.events import KINDS
from ..monitor.render import describe, event_record, iter_events
from ..store.models import ArticleRow, EventRow
from .options import db_option, open_db, parse_since

#: Lines of a table written to a file or a pipe are not wrapped by a terminal: keep URLs whole.
_PIPE_WIDTH = 200


def _local(value: Any) -> str:
    return value.astimezone(VIETNAM_TZ).strftime("%d/%m/%Y %H:%M") if value else "—"


def print_table(rows: Iterable[tuple[EventRow, dict[str, Any], ArticleRow | None]]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    terminal = sys.stdout.isatty()
    console = Console(file=sys.stdout if terminal else io.StringIO(), width=None if terminal else _PIPE_WIDTH,
                      highlight=False, emoji=False, markup=False)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("Mã", justify="right", no_wrap=True)
    table.add_column("Lượt", justify="right", no_wrap=True)
    table.add_column("Công bố", no_wrap=True)
    table.add_column("Cổng", no_wrap=True)
    table.add_column("Nội dung", overflow="fold")
    for event, record, article in rows:
        text = Text(strip_controls(describe(record)) + (" (lịch sử)" if event.backfill else ""))
        url = record.get("url")
        if url:
            text.stylize(f"link {url}")  # a terminal that knows OSC 8 makes it clickable
            text.append("\n" + strip_controls(url), style="dim")
        table.add_row(str(event.id), str(event.run_id or "—"),
                      _local(article.published_at if article is not None else None), event.portal or "—", text)
    console.print(table)
    if not terminal:  # no padding to the full width at the ends of the lines
        click.echo("\n".join(line.rstrip() for line in console.file.getvalue().splitlines()))


@click.command("events")
@click.option("--since", default=None, metavar="ISO", help="Only events written at or after this time.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only these kinds; repeatable.")
@click.option("--run", "run_id", type=int, default=None, help="Only events of this crawl run.")
@click.option("--no-backfill", is_flag=True, help="Leave out history found by portals' first crawls.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@db_option
def events_command(since: str | None, kinds: tuple[str, ...], run_id: int | None, no_backfill: bool, fmt: str,
                   db_url: str | None) -> None:
    """List events: new articles and sessions, changed figures, edited articles, unhealthy portals.

    JSONL keeps stable English keys and codes; the table is for people, in Vietnamese, with each
    article's publication time (Asia/Ho_Chi_Minh) and its link.

    \b
    Examples:
      reformcrawl events --since 2024-08-01 --kind new_session
      reformcrawl events --format table --no-backfill
      reformcrawl events --format jsonl --no-backfill | jq .
    """
    since_at = parse_since("events", since)
    store = open_db("events", db_url)
    with store.session() as session:
        events = iter_events(session, since=since_at, kinds=kinds, run_id=run_id, include_backfill=not no_backfill)
        if fmt == "jsonl":
            for event in events:
                click.echo(json.dumps(event_record(session, event), ensure_ascii=False))
        else:
            print_table((event, event_record(session, event),
                         session.get(ArticleRow, event.article_id) if event.article_id else None)
                        for event in events)
    store.close()
