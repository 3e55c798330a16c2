"""`reformcrawl events`: what the monitor found, as JSONL or a table."""

from __future__ import annotations

import json

import click

from ..config import VIETNAM_TZ
from ..monitor.events import KINDS
from ..monitor.render import describe, event_record, iter_events
from .options import db_option, open_db, parse_since


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

    \b
    Examples:
      reformcrawl events --since 2024-08-01 --kind new_session
      reformcrawl events --format jsonl --no-backfill | jq .
    """
    since_at = parse_since("events", since)
    store = open_db("events", db_url)
    with store.session() as session:
        for event in iter_events(session, since=since_at, kinds=kinds, run_id=run_id, include_backfill=not no_backfill):
            record = event_record(session, event)
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                when = event.created_at.astimezone(VIETNAM_TZ).strftime("%Y-%m-%d %H:%M")
                flag = " (lịch sử)" if event.backfill else ""
                click.echo(f"{event.id:>6}  {when}  {event.kind:<16} {event.portal or '-':<14} {describe(record)}{flag}")
    store.close()
