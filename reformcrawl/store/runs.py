"""Crawl runs: each run records itself (start, end, counts, errors, state) as it goes."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Run

RUNNING, FINISHED, FAILED, INTERRUPTED = "running", "finished", "failed", "interrupted"


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


def previous_runs(session: Session, portal: str, *, before_id: int, limit: int = 5) -> list[Run]:
    """The last finished runs that covered `portal`, newest first (for health comparisons)."""
    runs = session.scalars(
        select(Run).where(Run.id < before_id, Run.state == FINISHED).order_by(Run.id.desc()).limit(limit * 5)
    )
    return [run for run in runs if portal in (run.portals or [])][:limit]
