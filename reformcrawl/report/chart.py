"""A metric's readings as an SVG chart: points by publication date, joined by a line.

A small module of our own rather than a charting library: the chart is one kind (dated points
with a link each, two marker shapes), and it has to be static SVG inside a page that opens from
file:// with no script. matplotlib would add tens of megabytes and a second of import to every
report for that; pygal draws its tooltips with a script fetched from a CDN by default. Pure: data
in, markup out; every text is escaped here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from ..core.textnorm import strip_controls

# Drawn in a 480-unit box and scaled to the page: on a 375-pixel phone the 16-unit labels still
# read at about 11 pixels, and on a desktop the chart stays under 22rem high (the stylesheet).
WIDTH, HEIGHT = 480, 280
_LEFT, _RIGHT, _TOP, _BOTTOM = 62, 14, 14, 34  # margins for the axes' labels
_MARK_RADIUS = 7


@dataclass(frozen=True)
class ChartPoint:
    when: datetime
    value: float
    label: str  # what the point says when hovered: the reading as printed, its date, its article
    href: str  # the article it was read from
    confirmed: bool  # a certain identity and a publication date printed by the page


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round values covering [low, high] (1, 2, 2.5 or 5 times a power of ten apart)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        raise ValueError("ticks need finite bounds")
    if high < low:
        low, high = high, low
    if high == low:
        spread = abs(low) or 1.0
        low, high = low - spread / 2, high + spread / 2
    raw_step = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw_step))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw_step)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 10))
    return ticks


def format_number(value: float) -> str:
    """Vietnamese style: 1.234,5 (a dot between thousands, a comma before decimals)."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _date(value: datetime) -> str:
    return value.strftime("%d/%m/%Y")


def line_chart(points: Sequence[ChartPoint], *, title: str, unit: str = "") -> str:
    """An <svg> (scales to its container's width) of `points` in time order: a filled circle for
    each confirmed reading, a hollow square for the others, each a link to its article."""
    if not points:
        raise ValueError("a chart needs at least one point")
    ordered = sorted(points, key=lambda p: p.when)
    ticks = nice_ticks(min(p.value for p in ordered), max(p.value for p in ordered))
    y_low, y_high = ticks[0], ticks[-1]
    t_low, t_high = ordered[0].when.timestamp(), ordered[-1].when.timestamp()
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    def x_of(when: datetime) -> float:
        if t_high == t_low:
            return _LEFT + plot_w / 2
        return _LEFT + (when.timestamp() - t_low) / (t_high - t_low) * plot_w

    def y_of(value: float) -> float:
        return _TOP + (y_high - value) / (y_high - y_low) * plot_h

    text = lambda s: escape(strip_controls(s))  # noqa: E731 - one rule for every string written
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{text(title)}</title>',
    ]
    for tick in ticks:
        y = y_of(tick)
        parts.append(f'<line class="grid" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick y" x="{_LEFT - 6}" y="{y + 5:.1f}" text-anchor="end">'
                     f'{text(format_number(tick) + (unit if unit == "%" else ""))}</text>')
    base = HEIGHT - _BOTTOM
    parts.append(f'<line class="axis" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{base}" y2="{base}"/>')
    if t_high == t_low:
        date_labels = [(ordered[0].when, "middle")]
    else:
        date_labels = [(ordered[0].when, "start"), (ordered[-1].when, "end")]
    for when, anchor in date_labels:
        parts.append(f'<text class="tick x" x="{x_of(when):.1f}" y="{base + 22}" text-anchor="{anchor}">'
                     f'{text(_date(when))}</text>')
    if len(ordered) > 1:
        path = " ".join(f"{x_of(p.when):.1f},{y_of(p.value):.1f}" for p in ordered)
        parts.append(f'<polyline class="line" points="{path}"/>')
    for point in ordered:
        x, y = x_of(point.when), y_of(point.value)
        if point.confirmed:
            mark = f'<circle class="mark confirmed" cx="{x:.1f}" cy="{y:.1f}" r="{_MARK_RADIUS}"/>'
        else:
            side = _MARK_RADIUS * 1.6
            mark = (f'<rect class="mark unconfirmed" x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" '
                    f'width="{side:.1f}" height="{side:.1f}"/>')
        parts.append(f'<a href="{text(point.href)}"><title>{text(point.label)}</title>{mark}</a>')
    parts.append("</svg>")
    return "".join(parts)
