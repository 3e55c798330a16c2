"""`reformcrawl notify` and `reformcrawl feed`: alerts out, and a feed file for readers."""

from __future__ import annotations

from pathlib import Path

import click

from .. import config
from ..monitor.events import KINDS
from ..monitor.feed import atom_feed
from ..monitor.publish import write_atomically
from ..monitor.notify import NotifyConfigError, load_channels, notify
from ..portals import PortalConfigError, get_portal
from .errors import EXIT_FAILED, EXIT_USAGE, fail
from .options import db_option, open_db


@click.command("notify")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"Channel file (TOML [[channel]] tables). Default: ${config.ENV_NOTIFY_CONFIG} or notify.toml in ${config.ENV_HOME}.")
@click.option("--dry-run", is_flag=True, help="Show the messages that would go; send nothing, mark nothing.")
@db_option
def notify_command(config_file: Path | None, dry_run: bool, db_url: str | None) -> None:
    """Send pending events: one message per crawl run and channel, each event once.

    Channels are apprise URLs (mailto://, tgram://, slack://, ntfy://, json://...) from the
    channel file or $REFORMCRAWL_NOTIFY_URLS. Failed sends are retried on the next call.

    \b
    Example:
      REFORMCRAWL_NOTIFY_URLS=json://127.0.0.1:8080/hook reformcrawl notify --dry-run
    """
    try:
        channels = load_channels(config_file)
    except NotifyConfigError as exc:
        fail("notify", str(exc), EXIT_USAGE)
    if not channels:
        fail("notify", f"no channels: set ${config.ENV_NOTIFY_URLS} or write a channel file (see --help)", EXIT_USAGE)
    store = open_db("notify", db_url)
    report = notify(store, channels, dry_run=dry_run)
    store.close()
    for name, message in report.sent:
        verb = "would send" if dry_run else "sent"
        click.echo(f"{verb} to {name}: {message.title}")
        if dry_run:
            click.echo(message.body + "\n")
    for name, message, error in report.failed:
        click.echo(f"failed on {name}: {message.title} ({error}); retried next time", err=True)
    for name, event_id in report.uncertain:
        click.echo(f"uncertain on {name}: event {event_id} was being sent when a notifier stopped; not resent", err=True)
    if not report.sent and not report.failed:
        click.echo("nothing to send")
    if report.failed:
        raise SystemExit(EXIT_FAILED)


@click.command("feed")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the Atom feed here (atomically, readable under the umask) instead of stdout.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--portal", default=None, help="Only this portal's events.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only these kinds; repeatable.")
@click.option("--self-url", default=None, metavar="URL",
              help="Where the feed will be published (its rel=\"self\" link). Default: the output file's file:// URL.")
@db_option
def feed_command(output: Path | None, limit: int, portal: str | None, kinds: tuple[str, ...], self_url: str | None,
                 db_url: str | None) -> None:
    """An Atom feed of the latest events (history found by first crawls left out).

    \b
    Examples:
      reformcrawl feed -o /var/www/reformcrawl/events.atom --self-url https://example.org/events.atom
      reformcrawl feed --portal nbtv --kind new_session --kind figure_changed
    """
    if portal:
        try:
            get_portal(portal)
        except PortalConfigError as exc:
            fail("feed", str(exc), EXIT_USAGE)
    if self_url is None and output is not None:
        self_url = output.resolve().as_uri()
    store = open_db("feed", db_url)
    with store.session() as session:
        text = atom_feed(session, limit=limit, portal=portal, kinds=kinds, self_url=self_url)
    store.close()
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            write_atomically(output, text)
        except OSError as exc:
            fail("feed", f"{output}: cannot write: {exc.strerror}", EXIT_FAILED)
