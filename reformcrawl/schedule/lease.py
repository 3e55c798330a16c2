"""A lease in the database: at most one holder of a name at a time, across processes and machines.

The decision is one conditional UPDATE, atomic on SQLite (one writer at a time) and PostgreSQL
(a concurrent UPDATE of the same row waits, then re-checks its WHERE against the committed row):

    UPDATE leases SET holder = :me, acquired_at = :now, expires_at = :now + ttl [, scheduled_for = :fire]
     WHERE name = :name
       AND (holder IS NULL OR expires_at < :now OR holder = :me)
       [AND (scheduled_for IS NULL OR scheduled_for < :fire)]

One row changed: the lease is ours. The row is created first (an INSERT whose unique-key clash
is ignored), so the UPDATE always has a row to decide on. The holder renews the lease while it
works (UPDATE ... WHERE holder = :me) and releases it at the end; a holder that dies stops
renewing and the lease expires after its TTL. A holder on this same machine whose process is
gone is taken over at once.

Times are the caller's clock: machines sharing a database need synchronized clocks (NTP), with a
TTL far longer than their skew.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, or_, update
from sqlalchemy.exc import IntegrityError

from ..store import Store
from ..store.models import Lease

DEFAULT_TTL = timedelta(seconds=120)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_holder() -> str:
    """This process's holder id: host, pid, and a token (two schedulers in one process differ)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class LeaseState:
    """The lease row as it was read (to explain a refusal)."""

    name: str
    holder: str | None
    expires_at: datetime
    scheduled_for: datetime | None

    def held(self, now: datetime) -> bool:
        return bool(self.holder) and self.expires_at >= now

    def describe(self, now: datetime) -> str:
        if self.held(now):
            return f"held by {self.holder} until {self.expires_at.isoformat(timespec='seconds')}"
        return "free"


class LeaseLost(RuntimeError):
    """Renewal found the lease no longer ours (it expired and another holder took it)."""


def _ensure_row(store: Store, name: str) -> None:
    try:
        with store.session() as session:
            if session.get(Lease, name) is None:
                session.add(Lease(name=name, holder=None, expires_at=_EPOCH))
    except IntegrityError:
        pass  # created by someone else at the same moment: fine


def acquire(
    store: Store, name: str, holder: str, *, ttl: timedelta = DEFAULT_TTL, now: datetime | None = None,
    scheduled_for: datetime | None = None,
) -> bool:
    """Take the lease `name` for `holder` if it is free, expired or already `holder`'s.

    With `scheduled_for` (a fire time), also only if no holder has taken it for that fire time or
    a later one: a fire time seen by several schedulers runs once.
    """
    now = now or utcnow()
    _ensure_row(store, name)
    if _conditional_take(store, name, holder, ttl, now, scheduled_for, free_only=True):
        return True
    # Held: by a process of this machine that no longer exists? Then it will never release it.
    state = read(store, name)
    if state is None or not state.holder or not _is_dead_local_holder(state.holder):
        return False
    return _conditional_take(store, name, holder, ttl, now, scheduled_for, free_only=False, previous=state.holder)


def _conditional_take(
    store: Store, name: str, holder: str, ttl: timedelta, now: datetime, scheduled_for: datetime | None,
    *, free_only: bool, previous: str | None = None,
) -> bool:
    if free_only:
        available = or_(Lease.holder.is_(None), Lease.expires_at < now, Lease.holder == holder)
    else:
        available = Lease.holder == previous
    condition = and_(Lease.name == name, available)
    values: dict[str, object] = {"holder": holder, "acquired_at": now, "expires_at": now + ttl}
    if scheduled_for is not None:
        condition = and_(condition, or_(Lease.scheduled_for.is_(None), Lease.scheduled_for < scheduled_for))
        values["scheduled_for"] = scheduled_for
    with store.session() as session:
        result = session.execute(
            update(Lease).where(condition).values(**values).execution_options(synchronize_session=False)
        )
        return result.rowcount == 1


def renew(store: Store, name: str, holder: str, *, ttl: timedelta = DEFAULT_TTL, now: datetime | None = None) -> None:
    """Push the expiry on; raises `LeaseLost` if the lease is no longer `holder`'s."""
    now = now or utcnow()
    with store.session() as session:
        result = session.execute(
            update(Lease).where(Lease.name == name, Lease.holder == holder)
            .values(expires_at=now + ttl).execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            raise LeaseLost(f"lease {name!r} is no longer held by {holder}")


def release(store: Store, name: str, holder: str, *, now: datetime | None = None) -> bool:
    """Give the lease up (only if it is still `holder`'s); True if it was."""
    now = now or utcnow()
    with store.session() as session:
        result = session.execute(
            update(Lease).where(Lease.name == name, Lease.holder == holder)
            .values(holder=None, expires_at=now).execution_options(synchronize_session=False)
        )
        return result.rowcount == 1


def read(store: Store, name: str) -> LeaseState | None:
    with store.session() as session:
        row = session.get(Lease, name)
        if row is None:
            return None
        return LeaseState(row.name, row.holder, row.expires_at, row.scheduled_for)


def _is_dead_local_holder(holder: str) -> bool:
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # another scheduler in this very process: alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
