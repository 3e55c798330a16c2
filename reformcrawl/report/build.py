"""Writing the report's files: each whole (temporary file, then rename) and readable by others;
pages of metrics or articles no longer in the report are removed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ..monitor.publish import write_atomically
from .data import load_report
from .pages import render_site

#: The folders whose pages the report owns entirely (stale pages there are removed).
_OWNED_DIRS = ("metric", "article")


@dataclass(frozen=True)
class ReportSummary:
    directory: Path
    pages: int
    runs: int
    events: int
    metrics: int
    edits: int


def write_site(directory: Path, pages: dict[str, str]) -> None:
    for relative, html in pages.items():
        write_atomically(directory / relative, html)
    for folder in _OWNED_DIRS:
        for path in (directory / folder).glob("*.html"):
            if f"{folder}/{path.name}" not in pages:
                path.unlink()


def build_report(session: Session, directory: Path, *, now: datetime, since: datetime | None = None) -> ReportSummary:
    """Read the store and write the site under `directory` (created if needed)."""
    data = load_report(session, now=now, since=since)
    pages = render_site(data)
    write_site(directory, pages)
    return ReportSummary(directory=directory, pages=len(pages), runs=len(data.runs),
                         events=sum(len(run.events) for run in data.runs), metrics=len(data.metrics),
                         edits=len(data.edits))
