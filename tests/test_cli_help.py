"""Every command explains itself: `--help` with an example, a row in the README's command table,
and a one-line help in `reformcrawl --help` that is the command's own."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reformcrawl.cli import COMMANDS, cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _leaves() -> list[tuple[str, ...]]:
    ctx = click.Context(cli)
    leaves = []
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        if isinstance(command, click.Group):
            leaves += [(name, sub) for sub in command.list_commands(click.Context(command))]
        else:
            leaves.append((name,))
    return leaves


LEAVES = _leaves()


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_help_shows_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    example = re.search(r"Examples?:\n((?:\s+\S.*\n?)+)", result.output)
    assert example, f"no Example section in `reformcrawl {' '.join(path)} --help`"
    assert f"reformcrawl {' '.join(path)}" in example.group(1)


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_readme_command_table_has_a_row(path: tuple[str, ...]) -> None:
    rows = [line for line in README.splitlines() if line.startswith(f"| `reformcrawl {path[0]}")]
    assert any(all(word in row for word in path) for row in rows), f"no README row for reformcrawl {' '.join(path)}"


def test_top_level_help_lines_are_the_commands_own() -> None:
    ctx = click.Context(cli)
    for name, (_, line) in COMMANDS.items():
        assert cli.get_command(ctx, name).get_short_help_str(limit=150) == line, name
