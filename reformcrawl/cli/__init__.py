"""The `reformcrawl` command: a thin layer over the library, one module per command."""

from __future__ import annotations

import click

from .. import __version__
from .crawl import crawl_command
from .db import db_group
from .demo import demo_command, mirror_group
from .events import events_command
from .export import export_command
from .extract import extract_command
from .notify import feed_command, notify_command
from .schedule import schedule_group
from .worker import worker_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reformcrawl")
def cli() -> None:
    """Crawl Vietnamese provincial portals for administrative-reform news and track changes."""


for command in (
    demo_command, extract_command, crawl_command, events_command, notify_command, feed_command, export_command,
    schedule_group, db_group, mirror_group, worker_command,
):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="reformcrawl")
