"""The progress line on an 80-column terminal with five portals: it fits, a legend explains its
symbols once, and rewriting it leaves no stale lines (checked on a small terminal emulator)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pytest

from reformcrawl.crawl.stats import PREFIX
from reformcrawl.launch.progress import LEGEND, Progress, fit_line

PORTALS = ("baohagiang", "angiang", "hochiminhcity", "nbtv", "baokhanhhoa")


@dataclass
class FakeStats:
    values: dict[str, Any] = field(default_factory=dict)

    def get_stats(self) -> dict[str, Any]:
        return dict(self.values)


@dataclass
class FakeSpider:
    name: str


@dataclass
class FakeCrawler:
    spider: FakeSpider
    stats: FakeStats


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def screen(output: str, width: int) -> list[str]:
    """What a terminal `width` columns wide shows after `output`: carriage return, newline,
    erase to end of line (ESC [ K) and wrapping at the last column."""
    rows: list[list[str]] = [[]]
    row = col = 0
    i = 0
    while i < len(output):
        ch = output[i]
        if output.startswith("\x1b[K", i):
            del rows[row][col:]
            i += 3
            continue
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row, col = row + 1, 0
        else:
            if col == width:  # the cursor past the last column: the line wraps
                row, col = row + 1, 0
            while len(rows) <= row:
                rows.append([])
            line = rows[row]
            line.extend(" " * (col - len(line) + 1) if len(line) <= col else "")
            line[col] = ch
            col += 1
        while len(rows) <= row:
            rows.append([])
        i += 1
    return ["".join(r).rstrip() for r in rows if "".join(r).strip()]


def crawlers(step: int) -> list[FakeCrawler]:
    return [FakeCrawler(FakeSpider(name), FakeStats({f"{PREFIX}pages": 120 * step + n, f"{PREFIX}new": 30 * step,
                                                     f"{PREFIX}changed": step, f"{PREFIX}errors": n % 2}))
            for n, name in enumerate(PORTALS)]


@pytest.mark.parametrize("width", [80, 60, 40, 20])
def test_five_portals_on_a_narrow_terminal_leave_no_stale_lines(width: int) -> None:
    stream = Tty()
    step = {"n": 0}
    progress = Progress(lambda: crawlers(step["n"]), stream=stream, columns=lambda: width)
    shown = []
    for n in range(1, 6):
        step["n"] = n
        progress.tick()
        shown.append(screen(stream.getvalue(), width))
    for rows in shown:
        assert len(rows) == 2  # the legend and the one live line: nothing left over from earlier ticks
        assert rows[0] == LEGEND[:width - 1].rstrip()
        assert all(len(r) < width for r in rows)
    assert stream.getvalue().count(LEGEND[:width - 1]) == 1  # explained once
    assert shown[-1][1] == progress.line(width)
    progress.stop()
    assert screen(stream.getvalue(), width) == [LEGEND[:width - 1].rstrip()]  # the live line is cleared at the end


def test_the_line_says_as_much_as_fits() -> None:
    portals = [(c.spider.name, {"pages": 12, "new": 3, "changed": 0, "errors": 0}) for c in crawlers(0)]
    assert fit_line(portals[:2], 79) == "crawling: baohagiang 12p 3+ 0~ 0! | angiang 12p 3+ 0~ 0!"
    assert fit_line(portals, 100) == ("baohagiang 12p 3+ | angiang 12p 3+ | hochiminhcity 12p 3+ | "
                                      "nbtv 12p 3+ | baokhanhhoa 12p 3+")  # zero counts left out
    assert fit_line(portals, 79) == "5 portals: 60p 15+ 0~ 0!"
    assert fit_line(portals, 40) == "5 portals: 60p 15+ 0~ 0!"
    assert fit_line(portals, 10) == "5 portals…" and len(fit_line(portals, 10)) == 10


def test_a_log_gets_the_legend_once(caplog: pytest.LogCaptureFixture) -> None:
    stream = io.StringIO()
    progress = Progress(lambda: crawlers(1), stream=stream)
    with caplog.at_level("INFO", logger="reformcrawl.launch.progress"):
        progress.tick()
        progress.tick()
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [LEGEND, progress.line()] and stream.getvalue() == ""
