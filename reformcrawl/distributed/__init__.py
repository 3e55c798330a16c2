"""Distributed crawling: N worker processes share one frontier in Redis and one PostgreSQL database.

Built on scrapy-redis (its scheduler, priority queue and duplicate filter, subclassed) with what a
run of reformcrawl needs on top:

- `spec`: what a run is (portals, origins, settings) and its state, as every participant reads it;
- `lifecycle`: a run is seeded once by a coordinator, worked by any number of workers, and
  completed once (its counts summed over workers, health checks, its Redis keys removed);
- `frontier`: pops are acknowledged (a popped request is in a worker's in-flight hash until it is
  completely done), so a worker killed mid-run loses nothing (`lifecycle.reap` re-queues its requests);
- `politeness`: the per-portal concurrency limit and download delay hold over all workers
  together (leases with expiry in Redis); robots.txt is fetched once per run;
- `ledger`, `stats`: what the ordinary portal spiders are given instead of their in-memory
  ledger and stats: "requested once", --max-pages, listing memory and counts shared by the run;
- `node`, `process`: a worker's heartbeat and its reactor loop; `coordinator`: `crawl --distributed`.

Nothing outside this package imports it unless a distributed command runs (single-process crawls
never import Redis). `start_distributed_run` is the entry point for a scheduler.
"""

from __future__ import annotations

from .cluster import Cluster, DistributedError
from .lifecycle import (
    RunAlreadyStarted,
    RunInProgress,
    cancel_run,
    start_distributed_run,
    wait_for_run,
)
from .spec import RunSpec

__all__ = [
    "Cluster", "DistributedError", "RunAlreadyStarted", "RunInProgress", "RunSpec", "cancel_run",
    "start_distributed_run", "wait_for_run",
]
