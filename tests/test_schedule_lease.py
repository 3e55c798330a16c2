"""The lease: one holder at a time, on SQLite and PostgreSQL, with separate engines contending."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from reformcrawl.schedule import lease
from reformcrawl.store import open_store

T0 = datetime(2024, 2, 1, 19, 0, tzinfo=timezone.utc)
TTL = timedelta(seconds=60)


def test_one_holder_at_a_time_renew_and_release(db_url: str) -> None:
    store = open_store(db_url)
    assert lease.acquire(store, "schedule:nightly", "a", ttl=TTL, now=T0)
    assert not lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=1))
    assert lease.acquire(store, "schedule:weekly", "b", ttl=TTL, now=T0)  # another name: independent
    assert lease.acquire(store, "schedule:nightly", "a", ttl=TTL, now=T0 + timedelta(seconds=2))  # its own again
    lease.renew(store, "schedule:nightly", "a", ttl=TTL, now=T0 + timedelta(seconds=30))
    assert lease.read(store, "schedule:nightly").expires_at == T0 + timedelta(seconds=90)
    with pytest.raises(lease.LeaseLost):
        lease.renew(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=30))
    assert not lease.release(store, "schedule:nightly", "b")
    assert lease.release(store, "schedule:nightly", "a", now=T0 + timedelta(seconds=40))
    assert lease.read(store, "schedule:nightly").holder is None
    assert lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=41))
    store.close()


def test_an_expired_lease_is_taken_over_and_its_old_holder_learns_it(db_url: str) -> None:
    store = open_store(db_url)
    assert lease.acquire(store, "schedule:nightly", "a", ttl=TTL, now=T0)
    assert not lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=59))
    assert lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=61))
    with pytest.raises(lease.LeaseLost):
        lease.renew(store, "schedule:nightly", "a", ttl=TTL, now=T0 + timedelta(seconds=62))
    store.close()


def test_a_fire_time_is_taken_once_however_many_schedulers_see_it(db_url: str) -> None:
    store = open_store(db_url)
    fire = datetime(2024, 2, 2, 2, 0, tzinfo=timezone(timedelta(hours=7)))
    assert lease.acquire(store, "schedule:nightly", "a", ttl=TTL, now=T0, scheduled_for=fire)
    lease.release(store, "schedule:nightly", "a", now=T0 + timedelta(seconds=5))
    # The second scheduler got to the same fire time after the first had finished it.
    assert not lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=6), scheduled_for=fire)
    assert lease.read(store, "schedule:nightly").scheduled_for == fire
    assert lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(seconds=7))  # a manual run: no fire time
    lease.release(store, "schedule:nightly", "b", now=T0 + timedelta(seconds=8))
    assert lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=T0 + timedelta(days=1),
                         scheduled_for=fire + timedelta(days=1))
    store.close()


def test_a_dead_holder_on_this_machine_is_taken_over_at_once(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    process = subprocess.Popen([sys.executable, "-c", "pass"])  # a pid that no longer runs
    process.wait()
    dead = f"{socket.gethostname()}:{process.pid}:cafe0000"
    now = datetime.now(timezone.utc)
    assert lease.acquire(store, "schedule:nightly", dead, ttl=TTL, now=now)
    assert lease.acquire(store, "schedule:nightly", "b", ttl=TTL, now=now + timedelta(seconds=1))
    assert lease.read(store, "schedule:nightly").holder == "b"
    # A holder on another machine (or alive here) is waited for until its lease expires.
    assert lease.acquire(store, "schedule:weekly", "elsewhere:1:abcd", ttl=TTL, now=now)
    assert not lease.acquire(store, "schedule:weekly", "b", ttl=TTL, now=now + timedelta(seconds=1))
    store.close()


def test_contending_holders_with_separate_engines_never_overlap(db_url: str) -> None:
    """Four threads, each with its own engine (like four schedulers), take the lease in turns."""
    open_store(db_url).close()  # migrate once
    intervals: list[tuple[float, float, str]] = []
    errors: list[BaseException] = []
    deadline = time.monotonic() + 1.5

    def contend(holder: str) -> None:
        store = open_store(db_url)
        try:
            while time.monotonic() < deadline:
                if lease.acquire(store, "schedule:contended", holder, ttl=TTL):
                    start = time.monotonic()
                    time.sleep(0.02)
                    end = time.monotonic()
                    intervals.append((start, end, holder))
                    assert lease.release(store, "schedule:contended", holder)
                time.sleep(0.005)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=contend, args=(f"holder-{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    intervals.sort()
    assert len(intervals) >= 5 and len({holder for _, _, holder in intervals}) >= 2
    for (_, end, holder), (start, _, other) in zip(intervals, intervals[1:]):
        assert end <= start, f"{holder} and {other} held the lease at the same time"
