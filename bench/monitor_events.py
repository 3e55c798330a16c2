"""Figure alerts against a blind gold set: do the `figure_changed` events say what the articles say?

A gold set (`bench/blind/events_dev`, `bench/blind/events_holdout`) is a corpus of articles written
by someone who had not read the monitor, each figure annotated with its metric identity and role
(reading, part, target, comparison, past...). The gold transitions are what a perfect monitor
alerts: for each metric, its readings in publication order, one transition per consecutive pair
whose values differ (final state: day 2, revisions applied).

1. crawl: the mirror serves the set; day 1 crawl, day 2 crawl (new and edited articles; every stored
   article fetched again, conditionally, so that every edit is seen), a rerun.
   The live `figure_changed` events (not retracted, confirmed) are scored against the gold
   transitions; unconfirmed ones (recorded, never sent) are counted apart. The rerun must add none.
2. arrival order: the day-2 pages go straight through extraction, storing and the monitor in
   publication order, reversed, and shuffled (three seeds), each into a fresh database: the events
   must be the same set every time.

A transition is matched on (article URL, value) at both ends.
`events_dev` was scored once before the detectors changed (the project's notes give that first
score) and then used to find what failed; nothing was tuned on `events_holdout`: only totals are
printed for it.

    python bench/monitor_events.py [--set events_dev|events_holdout] [--details]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

# bench/incremental.py is named like Twisted's `incremental` dependency: bench/ must not shadow it.
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from sqlalchemy import select  # noqa: E402
from twisted.internet import defer  # noqa: E402

from reformcrawl.extract import extract_page  # noqa: E402
from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs  # noqa: E402
from reformcrawl.mirror.corpus import CorpusArticle, parse_article  # noqa: E402
from reformcrawl.mirror.server import MirrorServer  # noqa: E402
from reformcrawl.mirror.site import build_site  # noqa: E402
from reformcrawl.monitor.events import observe, settle_figures  # noqa: E402
from reformcrawl.portals import get_portal  # noqa: E402
from reformcrawl.store import open_store  # noqa: E402
from reformcrawl.store.articles import record_page  # noqa: E402
from reformcrawl.store.models import EventRow  # noqa: E402
from reformcrawl.store.revisit import RevisitPolicy  # noqa: E402

BLIND = Path(__file__).resolve().parent / "blind"
HOLDOUT = "events_holdout"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "ERROR"}

Transition = tuple[str, float, str, float]  # (old url, old value, new url, new value)


def load_set(name: str) -> list[CorpusArticle]:
    root = BLIND / name / "corpus"
    return [parse_article(json.loads(p.read_text(encoding="utf-8")), str(p.relative_to(BLIND)))
            for p in sorted(root.glob("*/*.json"))]


def _raw_figures(name: str) -> dict[str, dict[str, Any]]:
    """The annotated figure lists as written (the corpus parser keeps only the common fields)."""
    out = {}
    for path in sorted((BLIND / name / "corpus").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[data["key"]] = data
    return out


def url_of(article: CorpusArticle) -> str:
    return get_portal(article.portal).base_url.rstrip("/") + article.path


def gold_transitions(name: str, articles: Sequence[CorpusArticle], *, final: bool = True) -> set[Transition]:
    raw = _raw_figures(name)
    readings: dict[str, list[tuple[datetime, str, float]]] = defaultdict(list)
    for article in articles:
        if not final and article.state != "before":
            continue
        data = raw[article.key]
        figures = data.get("figures", [])
        if final and data.get("revision") and data["revision"].get("figures") is not None:
            figures = data["revision"]["figures"]
        for figure in figures:
            if figure.get("role") == "reading":
                readings[figure["metric_group"]].append((article.published_at, url_of(article), float(figure["value"])))
    gold = set()
    for series in readings.values():
        series.sort()
        for (_, old_url, old), (_, new_url, new) in zip(series, series[1:]):
            if old != new:
                gold.add((old_url, old, new_url, new))
    return gold


def _event_transitions(events: Iterable[EventRow]) -> tuple[set[Transition], set[Transition]]:
    """(alerting, unconfirmed) figure_changed transitions that still stand."""
    retracted = {e.payload.get("retracts") for e in events if e.kind == "figure_retracted"}
    alerting, unconfirmed = set(), set()
    for e in events:
        if e.kind != "figure_changed" or e.dedupe_key in retracted or e.id in retracted:
            continue
        p = e.payload
        transition = (p["old"]["url"], float(p["old"]["value"]), p["new"]["url"], float(p["new"]["value"]))
        (alerting if p.get("confirmed", True) else unconfirmed).add(transition)
    return alerting, unconfirmed


def events_of(db_url: str) -> list[EventRow]:
    store = open_store(db_url)
    try:
        with store.session() as session:
            return list(session.scalars(select(EventRow).order_by(EventRow.id)))
    finally:
        store.close()


def crawl_scenario(articles: Sequence[CorpusArticle], db_url: str) -> dict[str, Any]:
    mirror = MirrorServer(articles=articles).start()
    counts: dict[str, int] = {}

    def job(trigger: str, revisit: str = "due") -> CrawlJob:
        return CrawlJob(portals=mirror.portals, db_url=db_url, origins=mirror.origins(), trigger=trigger,
                        settings=FAST, revisit=revisit)

    @defer.inlineCallbacks
    def main(process: Any) -> Any:
        yield crawl_job(process, job("bench:day1"), progress=False)
        mirror.set_state("after")
        # Every stored article is fetched again on day 2: the set's edits are of articles months
        # old, which the revisit policy (rightly) leaves alone; here the events are measured.
        yield crawl_job(process, job("bench:day2", revisit="all"), progress=False)
        counts["before_rerun"] = len(events_of(db_url))
        yield crawl_job(process, job("bench:rerun"), progress=False)
        counts["after_rerun"] = len(events_of(db_url))

    try:
        run_jobs(main, base_settings(FAST))
    finally:
        mirror.stop()
    return counts


def feed_scenario(articles: Sequence[CorpusArticle], order: Sequence[CorpusArticle], db_url: str) -> None:
    """The day-2 pages through extraction, storing and the monitor, in the given order."""
    pages = {}
    for portal in {a.portal for a in articles}:
        site = build_site(portal, "after", articles=articles)
        pages.update({(portal, path): site.pages[path].body for path in site.article_paths})
    store = open_store(db_url)
    policy = RevisitPolicy.parse("1d/7d")
    try:
        for article in order:
            body = pages.get((article.portal, article.path))
            if body is None:
                continue
            url = url_of(article)
            fetched = datetime.now(timezone.utc)
            page = extract_page(body, url, article.portal, fetched_at=fetched)
            if not page.text:
                continue
            with store.session() as session:
                recorded = record_page(session, portal=get_portal(article.portal), url=url, article=page,
                                       fetched_at=fetched, policy=policy)
                observe(session, recorded, page, now=fetched, run_id=None)
                # Settled after every page, the strictest batching: a transition an earlier page
                # implied and a later one splits is retracted, and only what still stands counts.
                settle_figures(session, now=fetched, run_id=None)
    finally:
        store.close()


def score(found: set[Transition], gold: set[Transition]) -> str:
    tp = len(found & gold)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(gold) if gold else 1.0
    return f"precision {precision:.3f}  recall {recall:.3f}  ({tp} right, {len(found) - tp} wrong, {len(gold) - tp} missed)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="events_dev", help="a folder under bench/blind/")
    parser.add_argument("--details", action="store_true", help="list wrong and missed transitions (not for the holdout)")
    args = parser.parse_args()
    if args.details and args.set == HOLDOUT:
        parser.error("the holdout set stays blind: totals only")
    articles = load_set(args.set)
    gold = gold_transitions(args.set, articles)
    print(f"set {args.set}: {len(articles)} articles, {len(gold)} gold transitions (day 2)")

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/crawl.db"
        counts = crawl_scenario(articles, db)
        alerting, unconfirmed = _event_transitions(events_of(db))
        print(f"crawl, day 1 + day 2     alerting: {score(alerting, gold)}")
        print(f"                         unconfirmed (recorded, not sent): {len(unconfirmed)}, "
              f"of which gold {len(unconfirmed & gold)}")
        print(f"rerun adds               {counts['after_rerun'] - counts['before_rerun']} event(s)")
        if args.details:
            for t in sorted(alerting - gold):
                print("  wrong  ", t)
            for t in sorted(gold - alerting):
                print("  missed ", t)

        by_date = sorted(articles, key=lambda a: (a.published_at, a.key))
        orders = {"in order": by_date, "reversed": by_date[::-1]}
        for seed in (1, 2, 3):
            shuffled = list(by_date)
            random.Random(seed).shuffle(shuffled)
            orders[f"shuffled ({seed})"] = shuffled
        results = {}
        for name, order in orders.items():
            db = f"sqlite:///{tmp}/{name.replace(' ', '_').strip('()')}.db"
            feed_scenario(articles, order, db)
            results[name] = _event_transitions(events_of(db))[0]
            print(f"arrival {name:<16} alerting: {score(results[name], gold)}")
        same = all(r == results["in order"] for r in results.values())
        if not alerting or not results["in order"]:
            same = False  # identical because empty says nothing
        print(f"same events in every arrival order: {'yes' if same else 'NO'}")
    print("targets: precision >= 0.95, recall >= 0.85, the same events in every order, reruns add nothing")


if __name__ == "__main__":
    main()
