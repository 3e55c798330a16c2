"""Monitor cost against store size: storing and monitoring one new article (its version, sessions,
figures, and the figure changes it makes, settled at once) in a store of 1,000 and of 100,000
articles, every stored figure a point of one of 400 timelines and the new article landing at a
random place in them. Lookups of a metric's neighbouring readings and of a session's existence
are indexed, so the two should cost about the same.

    python bench/monitor_scale.py [--db-dir /tmp] [--samples 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from reformcrawl.store.revisit import RevisitPolicy
from reformcrawl.core.model import Article
from reformcrawl.monitor.events import observe, settle_figures
from reformcrawl.core.model import Figure, SessionMention
from reformcrawl.portals import get_portal
from reformcrawl.store import open_store
from reformcrawl.store.articles import record_page
from reformcrawl.store.models import ArticleRow, FigureRow, PortalRow, SessionRow, Version

PORTAL = get_portal("nbtv")
METRICS = [f"ninh-binh/chi-so-{i}/percent/cumulative" for i in range(400)]
BODY = "Ban Chỉ đạo cải cách hành chính của Chính phủ"
START = datetime(2015, 1, 1, tzinfo=timezone.utc)
TEXT = "Tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ và dịch vụ công trực tuyến. " * 30


def fill(url: str, count: int) -> None:
    """`count` articles, one version each, 8 figures each, a session every 50 articles."""
    store = open_store(url)
    rnd = random.Random(count)
    with store.engine.begin() as conn:
        conn.execute(insert(PortalRow), [{"name": PORTAL.name, "host": PORTAL.host, "baseline_at": START}])
        batch = 5000
        for first in range(0, count, batch):
            ids = range(first + 1, min(count, first + batch) + 1)
            when = {i: START + timedelta(hours=i) for i in ids}
            conn.execute(insert(ArticleRow), [{
                "id": i, "portal": PORTAL.name, "url": f"https://nbtv.vn/tin-tuc/thoi-su/bai-{i}-{i}.html",
                "first_seen_at": when[i], "last_seen_at": when[i], "last_fetched_at": when[i],
                "last_changed_at": when[i], "status": "live", "version_count": 1, "title": f"Bài {i}",
                "published_at": when[i], "is_reform": True, "content_hash": f"{i:064d}",
            } for i in ids])
            conn.execute(insert(Version), [{
                "id": i, "article_id": i, "number": 1, "content_hash": f"{i:064d}", "fetched_at": when[i],
                "title": f"Bài {i}", "published_at": when[i], "text": TEXT, "is_reform": True,
            } for i in ids])
            conn.execute(insert(FigureRow), [{
                "metric": rnd.choice(METRICS), "value": rnd.uniform(0, 100), "kind": "percent", "raw": "1%",
                "subject": "chỉ số", "article_id": i, "version_id": i, "published_at": when[i], "current": True,
                "comparable": True, "certain": True, "dated": True,  # every one a point of a timeline
            } for i in ids for _ in range(8)])
            conn.execute(insert(SessionRow), [{
                "body_key": BODY.lower(), "body": BODY, "number": i // 50, "first_seen_at": when[i],
            } for i in ids if i % 50 == 0])
    store.close()


def one_article(n: int) -> Article:
    rnd = random.Random(n)
    figures = tuple(
        Figure(raw=f"{v:.1f}%", value=round(v, 1), kind="percent", denominator=None, subject="chỉ số", metric=m,
               scope="ninh-binh", measure=m.split("/")[1], unit="%", period="cumulative", certain=True)
        for m, v in ((rnd.choice(METRICS), rnd.uniform(0, 100)) for _ in range(10))
    )
    sessions = (SessionMention(body=BODY, number=100000 + n, date=None, role="held"),
                SessionMention(body=BODY, number=5, date=None, role="mentioned"))
    published = START + timedelta(hours=rnd.randrange(1, 100_000))
    return Article(url=f"https://nbtv.vn/tin-tuc/thoi-su/moi-{n}-{n}.html", portal="nbtv", title=f"Bài mới {n}",
                   author=None, published_at=published, text=TEXT, is_reform=True, sessions=sessions, figures=figures,
                   published_at_source="meta")


def time_per_article(url: str, samples: int) -> float:
    store = open_store(url)
    policy = RevisitPolicy.parse("1d/7d")
    timings = []
    for n in range(samples):
        article = one_article(n)
        # a transaction rolled back afterwards: the store stays the same size
        with Session(store.engine) as session, session.begin():
            start = time.perf_counter()
            recorded = record_page(session, portal=PORTAL, url=article.url, article=article,
                                   fetched_at=datetime.now(timezone.utc), policy=policy)
            observe(session, recorded, article, now=datetime.now(timezone.utc), run_id=None)
            settle_figures(session, now=datetime.now(timezone.utc), run_id=None)  # its figure changes
            session.flush()
            timings.append(time.perf_counter() - start)
            session.rollback()
    store.close()
    return statistics.median(timings) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-dir", type=Path, default=None)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="monitor-scale-"))
    results = {}
    for size in (1_000, 100_000):
        url = f"sqlite:///{folder / f'scale-{size}.db'}"
        started = time.perf_counter()
        fill(url, size)
        print(f"filled {size:>7} articles ({size * 8} figures) in {time.perf_counter() - started:.1f}s")
        results[size] = time_per_article(url, args.samples)
    for size, ms in results.items():
        print(f"store of {size:>7} articles: {ms:6.2f} ms per new article (median of {args.samples})")
    print(f"ratio 100,000 / 1,000: {results[100_000] / results[1_000]:.2f}   (target <= 1.5)")


if __name__ == "__main__":
    main()
