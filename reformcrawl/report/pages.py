"""The report's pages, built from `ReportData` alone: pure, data in, HTML text out.

Jinja2 renders them with autoescaping on (every value is HTML-escaped unless marked safe; only the
chart's SVG is, and `chart` escapes what it writes), and every value a template prints passes
through `strip_controls` first (page text may hold control characters). Plain semantic HTML and
one small stylesheet, inlined: each page opens on its own from file://, with no script and
nothing fetched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .. import __version__
from ..config import VIETNAM_TZ
from ..core.diff import SAME
from ..core.textnorm import strip_controls
from ..monitor.render import KIND_TITLES, NEW_SESSION
from .chart import ChartPoint, format_number, line_chart
from .data import MetricView, ReportData

GAP = "gap"
_PERIODS = {"cumulative": "lũy kế / mức tại thời điểm", "year": "cả năm", "quarter": "quý", "month": "tháng",
            "year-to-date": "từ đầu năm", "multi-year": "nhiều năm", "unknown": "không rõ kỳ"}
_STATES = {"finished": "hoàn tất", "running": "đang chạy", "failed": "thất bại", "interrupted": "bị ngắt"}


def period_name(period: str) -> str:
    """A period type in Vietnamese ("6-months" -> "6 tháng")."""
    if period.endswith("-months") and period.split("-")[0].isdigit():
        return f"{period.split('-')[0]} tháng"
    return _PERIODS.get(period, period)


def metric_title(metric: MetricView) -> str:
    """The measure, then its scope, unit and period: what the chart is of."""
    unit = f"đơn vị: {metric.unit}" if metric.unit else "không đơn vị"
    return f"{metric.name} — {metric.scope_name or metric.scope} ({unit}; kỳ: {period_name(metric.period)})"


def with_context(lines: Sequence[tuple[str, str]], keep: int = 1) -> list[tuple[str, str]]:
    """A sentence diff with the unchanged sentences far from any change folded into one gap
    ("gap", how many sentences it hides), so an edit reads on its own."""
    changed = [i for i, (tag, _) in enumerate(lines) if tag != SAME]
    near = {j for i in changed for j in range(i - keep, i + keep + 1)}
    shown: list[tuple[str, str]] = []
    hidden = 0
    for i, line in enumerate(lines):
        if i in near:
            if hidden:
                shown.append((GAP, str(hidden)))
                hidden = 0
            shown.append(line)
        else:
            hidden += 1
    if hidden:
        shown.append((GAP, str(hidden)))
    return shown


def _local(value: datetime | None, fmt: str = "%d/%m/%Y %H:%M") -> str:
    return value.astimezone(VIETNAM_TZ).strftime(fmt) if value else "—"


def _finalize(value: Any) -> Any:
    return strip_controls(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def environment() -> Environment:
    env = Environment(loader=PackageLoader("reformcrawl.report", "templates"), autoescape=True,
                      finalize=_finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(time=_local, date=lambda v: _local(v, "%d/%m/%Y"), number=format_number, period=period_name)
    env.globals.update(kind_titles=KIND_TITLES, states=_STATES, version=__version__, metric_title=metric_title)
    return env


def chart_for(metric: MetricView) -> Markup:
    points = [ChartPoint(when=r.published_at, value=r.value, href=r.url, confirmed=r.confirmed,
                         label=f"{r.raw} — {_local(r.published_at, '%d/%m/%Y')} — {r.title or r.url}")
              for r in metric.readings]
    return Markup(line_chart(points, title=metric_title(metric), unit=metric.unit))  # noqa: S704 - escaped by chart


def render_site(data: ReportData) -> dict[str, str]:
    """Every page of the report: relative path -> HTML."""
    env = environment()
    common = {"generated_at": data.generated_at, "since": data.since}
    tracked = {m.key: m.slug for m in data.metrics}
    edited = {e.article_id for e in data.edits}
    pages = {
        "index.html": env.get_template("index.html").render(
            **common, root="", runs=data.runs, tracked=tracked, edited=edited, metrics=data.metrics,
            sessions=[e for run in data.runs for e in run.events if e.kind == NEW_SESSION and not e.backfill],
            edits=data.edits, portals=data.portals),
        "metrics.html": env.get_template("metrics.html").render(**common, root="", metrics=data.metrics),
        "edits.html": env.get_template("edits.html").render(**common, root="", edits=data.edits),
        "health.html": env.get_template("health.html").render(
            **common, root="", portals=data.portals, general_problems=data.general_problems),
    }
    metric_page = env.get_template("metric.html")
    for metric in data.metrics:
        pages[f"metric/{metric.slug}.html"] = metric_page.render(**common, root="../", metric=metric,
                                                                 chart=chart_for(metric))
    article_page = env.get_template("article.html")
    for edit in data.edits:
        pages[f"article/{edit.article_id}.html"] = article_page.render(
            **common, root="../", edit=edit, diffs=[(d, with_context(d.lines)) for d in edit.diffs])
    return pages
