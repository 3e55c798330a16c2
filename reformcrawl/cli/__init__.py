"""The `reformcrawl` command: a thin layer over the library, one module per command."""

from __future__ import annotations

import click

from .. import __version__
from .extract import extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reformcrawl")
def cli() -> None:
    """Crawl Vietnamese provincial portals for administrative-reform news and track changes."""


cli.add_command(extract_command)


def main() -> None:
    cli(prog_name="reformcrawl")
