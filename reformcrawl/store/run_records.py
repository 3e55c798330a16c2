"""Crawl runs: each run records itself (start, end, counts, errors, state) as it goes."""

from __future__ import annotations

import os
import socket
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import PortalRow, Run

RUNNING, FINISHED, FAILED, INTERRUPTED = "running", "finished", "failed", "interrupted"

#: The kind of a run's error entry that says a portal failed (`{"kind", "portal", "message"}`):
#: the run record is where a failure is kept, and where the summary and exit code read it back.
PORTAL_FAILED = "portal_failed"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def start_run(session: Session, *, portals: list[str], trigger: str = "cli", now: datetime | None = None) -> Run:
    run = Run(
        started_at=now or utcnow(),
        state=RUNNING,
        portals=list(portals),
        trigger=trigger,
        counts={},
        errors=[],
        pid=os.getpid(),
        hostname=socket.gethostname(),
    )
    session.add(run)
    session.flush()
    return run


def adopt_run(session: Session, run_id: int, *, portals: list[str]) -> Run:
    """Take over a run row prepared by a parent (the scheduler): this process now runs it."""
    run = session.get(Run, run_id)
    if run is None:
        raise LookupError(f"run {run_id} does not exist")
    if run.state != RUNNING:
        raise LookupError(f"run {run_id} is {run.state}, not running")
    run.pid, run.hostname, run.portals = os.getpid(), socket.gethostname(), list(portals)
    return run


def finish_run(
    session: Session,
    run_id: int,
    *,
    state: str,
    counts: dict[str, Any],
    errors: list[Any],
    now: datetime | None = None,
    exit_code: int | None = None,
    log_tail: str | None = None,
) -> Run:
    run = session.get(Run, run_id)
    if run is None:
        raise LookupError(f"run {run_id} does not exist")
    run.ended_at = now or utcnow()
    run.state = state
    run.counts = counts
    run.errors = errors
    if exit_code is not None:
        run.exit_code = exit_code
    if log_tail is not None:
        run.log_tail = log_tail
    return run


def complete_run(
    session: Session, run_id: int, *, state: str, counts: dict[str, Any], errors: list[Any], now: datetime | None = None,
    failed: Collection[str] = (),
) -> Run:
    """Finish a crawl run; a finished run is its portals' baseline if they had none yet.

    A portal's first completed crawl is history: events found by it are backfill, never alerts.
    A portal that failed in the run (`failed`) crawled nothing: it keeps waiting for its baseline.
    """
    run = finish_run(session, run_id, state=state, counts=counts, errors=errors, now=now)
    if state == FINISHED:
        for name in (counts.get("portals") or {}):
            if name in failed:
                continue
            portal = session.get(PortalRow, name)
            if portal is not None and portal.baseline_at is None:
                portal.baseline_at = run.ended_at
    return run


def reap_stale_runs(session: Session, *, now: datetime | None = None) -> list[int]:
    """Mark runs left "running" by a process of this host that no longer exists as interrupted.

    A crawl killed with SIGKILL cannot record its own end; the next run on the machine does.
    """
    reaped = []
    host = socket.gethostname()
    for run in session.scalars(select(Run).where(Run.state == RUNNING, Run.hostname == host)):
        if run.pid is None or run.pid == os.getpid() or _process_alive(run.pid):
            continue
        run.state, run.ended_at = INTERRUPTED, now or utcnow()
        run.errors = [*(run.errors or []), {"kind": "interrupted", "message": f"process {run.pid} ended without finishing the run"}]
        reaped.append(run.id)
    return reaped


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def previous_runs(session: Session, portal: str, *, before_id: int, limit: int = 5) -> list[Run]:
    """The last finished runs that covered `portal`, newest first (for health comparisons)."""
    runs = session.scalars(
        select(Run).where(Run.id < before_id, Run.state == FINISHED).order_by(Run.id.desc()).limit(limit * 5)
    )
    return [run for run in runs if portal in (run.portals or [])][:limit]


def failure_entries(failures: Mapping[str, str]) -> list[dict[str, Any]]:
    """Error entries for failed portals (portal -> reason), as the run record keeps them."""
    return [{"portal": portal, "kind": PORTAL_FAILED, "url": None, "message": reason} for portal, reason in failures.items()]


def failed_portals(errors: Sequence[Any]) -> dict[str, str]:
    """The portals a run record says failed, with the reason (portal -> reason)."""
    return {error["portal"]: error.get("message", "") for error in errors or ()
            if isinstance(error, dict) and error.get("kind") == PORTAL_FAILED and error.get("portal")}
