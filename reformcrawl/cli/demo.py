"""`reformcrawl demo` and `reformcrawl mirror serve`: the offline mirror at work."""

from __future__ import annotations

import time
from pathlib import Path

import click

from .. import config


@click.command("demo")
@click.option("--db-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file for the demo (recreated). Default: demo.db in $REFORMCRAWL_HOME.")
def demo_command(db_file: Path | None) -> None:
    """Crawl the bundled offline mirror twice (before/after) and show what changed. No network needed.

    \b
    Example:
      reformcrawl demo
    """
    from ..demo import run_demo

    run_demo(db_file or config.home_dir() / "demo.db", echo=click.echo)


@click.group("mirror")
def mirror_group() -> None:
    """The bundled offline mirror of the portals."""


@mirror_group.command("serve")
@click.option("--state", type=click.Choice(["before", "after"]), default="before", show_default=True)
def serve_command(state: str) -> None:
    """Serve the mirror on 127.0.0.1 (one port per portal) until interrupted.

    \b
    Example:
      reformcrawl mirror serve --state after
      reformcrawl crawl nbtv --base-url http://127.0.0.1:PORT/   # in another terminal
    """
    from ..mirror.server import MirrorServer

    with MirrorServer(state=state) as mirror:  # type: ignore[arg-type]
        for portal, origin in mirror.origins().items():
            click.echo(f"{portal:<14} {origin}")
        click.echo("serving; Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
