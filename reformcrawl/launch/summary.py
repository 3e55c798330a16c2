"""What a crawl run did, and the table a person reads at its end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..crawl.stats import SUMMARY_KEYS
from ..store.run_records import failed_portals


@dataclass
class RunSummary:
    run_id: int
    state: str
    started_at: datetime
    ended_at: datetime
    portals: dict[str, dict[str, int]]
    errors: list[dict[str, Any]]

    @property
    def failed(self) -> dict[str, str]:
        """Portals that failed in this run, with the reason (from the run record's errors)."""
        return failed_portals(self.errors)

    @property
    def total(self) -> dict[str, int]:
        return totals(self.portals)


def totals(portals: dict[str, dict[str, int]]) -> dict[str, int]:
    """Each count summed over the portals, keys in their first order."""
    keys = list(dict.fromkeys(k for counts in portals.values() for k in counts))
    return {k: sum(c.get(k, 0) for c in portals.values()) for k in keys}


def format_summary(summary: RunSummary) -> str:
    """A table a person reads at the end of a run."""
    keys = [k for k in SUMMARY_KEYS if any(c.get(k) for c in summary.portals.values())] or ["pages", "new"]
    header = ["portal", *keys]
    rows = [[name, *(str(counts.get(k, 0)) for k in keys)] for name, counts in summary.portals.items()]
    rows.append(["total", *(str(summary.total.get(k, 0)) for k in keys)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    seconds = (summary.ended_at - summary.started_at).total_seconds()
    failed = summary.failed
    outcome = f"; {len(failed)} of {len(summary.portals)} portal(s) failed: {', '.join(failed)}" if failed else ""
    lines.append(f"run {summary.run_id} {summary.state} in {seconds:.1f}s{outcome}")
    return "\n".join(lines)
