"""The `reformcrawl` command: a thin layer over the library, one module per command.

Commands are imported when they run, not when the program starts: `reformcrawl --help` must not
load Scrapy, trafilatura and SQLAlchemy. `COMMANDS` names each command's module and its one-line
help (a test keeps those lines equal to the commands' own).
"""

from __future__ import annotations

import importlib

import click

from .. import __version__

#: name -> (module:attribute, one-line help shown by `reformcrawl --help`)
COMMANDS: dict[str, tuple[str, str]] = {  # noqa: E501
    "demo": ("demo:demo_command", "Crawl the bundled offline mirror twice (before/after) and show what changed."),
    "extract": ("extract:extract_command", "Extract one saved page (FILE, or - for stdin) and print it as one JSON object."),
    "crawl": ("crawl:crawl_command", "Crawl portals (all of them when none is named), store new articles and versions, print a summary."),
    "events": ("events:events_command", "List events: new articles and sessions, changed figures, edited articles, unhealthy portals."),
    "notify": ("notify:notify_command", "Send pending events: one message per crawl run and channel, each event once."),
    "feed": ("notify:feed_command", "An Atom feed of the latest events (history found by first crawls left out)."),
    "export": ("export:export_command", "Write the stored articles, one per line (JSONL) or row (CSV), streaming."),
    "figures": ("figures:figures_command", "Write every stored figure reading: metric identity, value, raw text, period, role, article."),
    "report": ("report:report_command", "Write a static site to read in a browser: runs and events, figure timelines, edits, portal health."),
    "schedule": ("schedule:schedule_group", "Scheduled crawls: every schedule file (schedules/*.toml) crawls, stores, detects and alerts on its own."),
    "db": ("db:db_group", "Database schema commands."),
    "mirror": ("demo:mirror_group", "The bundled offline mirror of the portals."),
    "worker": ("worker:worker_command", "Take part in distributed crawl runs: wait for a run, crawl from its shared frontier, repeat."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use; `--help` lists them from `COMMANDS`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, _, attribute = entry[0].partition(":")
        command: click.Command = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reformcrawl")
def cli() -> None:
    """Crawl Vietnamese provincial portals for administrative-reform news and track changes."""


def main() -> None:
    cli(prog_name="reformcrawl")
