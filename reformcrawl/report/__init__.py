"""The report: a static site (plain HTML and SVG, no script, nothing fetched) of recent runs and
their events, each tracked metric's timeline, edited articles and portal health, in Vietnamese.

`data` reads the store into plain values, `pages` and `chart` turn them into HTML (pure), `build`
writes the files.
"""

from .build import ReportSummary, build_report

__all__ = ["ReportSummary", "build_report"]
