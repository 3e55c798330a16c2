"""Export memory: peak RSS of `reformcrawl export` (JSONL and CSV, to /dev/null) over 10,000 and
100,000 stored articles. Streaming export means the two peaks are close.

    python bench/export_memory.py [--sizes 10000,100000] [--workdir DIR] [--verify]

Each database is filled once (cached in --workdir by size) through the store's own schema
(migrations) with SQLAlchemy core bulk inserts: one article row and one version each, text of
generated articles (~3 KB of UTF-8: 4-8 paragraphs of corpus-derived Vietnamese), titles and
URLs unique. The export runs as `python -m reformcrawl export` in a child process with stdout on
/dev/null; its peak RSS comes from wait4 in a small launcher (bench/_peak.py): a child forked
straight from this process would count this process's memory in its ru_maxrss. `--verify` adds a counted run per database (lines
and bytes of the JSONL output) to show the export is complete.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ behind site-packages.
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH), str(BENCH)]

from sqlalchemy import func, insert, select  # noqa: E402

from _crawlbench import PORTALS, START, STEP  # noqa: E402
from reformcrawl.mirror.synthetic import generate_articles  # noqa: E402
from reformcrawl.portals import get_portal  # noqa: E402
from reformcrawl.store import open_store  # noqa: E402
from reformcrawl.store.models import ArticleRow, PortalRow, Version  # noqa: E402

POOL_PER_PORTAL = 1000  # distinct generated texts per portal, reused with distinct URLs and titles
BATCH = 5000


def fill(db_file: Path, count: int) -> tuple[float, float]:
    """Create and fill the database; returns (seconds, mean text bytes)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    store = open_store(f"sqlite:///{db_file}")
    pool = [a for p in PORTALS for a in generate_articles(p, POOL_PER_PORTAL, start=START, step=STEP)]
    texts = ["\n\n".join(a.body_paragraphs()) for a in pool]
    text_bytes = 0
    articles_t, versions_t = ArticleRow.__table__, Version.__table__
    with store.engine.begin() as conn:
        conn.execute(insert(PortalRow.__table__), [{"name": p, "host": get_portal(p).host, "baseline_at": None} for p in PORTALS])
        for first in range(0, count, BATCH):
            arows, vrows = [], []
            for i in range(first, min(first + BATCH, count)):
                a = pool[i % len(pool)]
                lap = i // len(pool)
                text = texts[i % len(pool)]
                title = a.title if lap == 0 else f"{a.title} (kỳ {lap + 1})"
                url = f"https://{get_portal(a.portal).host}{a.path}" + ("" if lap == 0 else f"?lap={lap}")
                published = a.published_at + timedelta(minutes=lap)
                fetched = published + timedelta(hours=1)
                digest = hashlib.sha256(f"{url}|{title}|{text}".encode()).hexdigest()
                text_bytes += len(text.encode("utf-8"))
                arows.append({
                    "id": i + 1, "portal": a.portal, "url": url, "first_seen_at": fetched, "last_seen_at": fetched,
                    "last_fetched_at": fetched, "last_changed_at": fetched, "next_revisit_at": None, "status": "live",
                    "gone_at": None, "etag": f'"{digest[:20]}"', "last_modified": None, "version_count": 1,
                    "title": title, "published_at": published, "is_reform": a.is_reform, "content_hash": digest,
                })
                vrows.append({
                    "id": i + 1, "article_id": i + 1, "number": 1, "content_hash": digest, "fetched_at": fetched,
                    "run_id": None, "title": title, "author": a.author, "published_at": published, "text": text,
                    "is_reform": a.is_reform, "etag": f'"{digest[:20]}"', "last_modified": None,
                })
            conn.execute(insert(articles_t), arows)
            conn.execute(insert(versions_t), vrows)
    with store.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(articles_t)).scalar_one()
    store.close()
    if stored != count:
        raise SystemExit(f"{db_file}: {stored} articles stored, expected {count}")
    return time.perf_counter() - start, text_bytes / count


PEAK = ROOT / "bench" / "_peak.py"  # reports the command's own peak RSS (see its docstring)


def measured(cmd: list[str], peak_file: Path, **popen: object) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(PEAK), str(peak_file), "--", *cmd], cwd=ROOT, env=env, **popen)


def export(db_file: Path, fmt: str, *, count_output: bool = False) -> tuple[float, float, int, int]:
    """Run the export command; (peak RSS MB, seconds, lines, bytes) - lines/bytes only when counted."""
    cmd = [sys.executable, "-m", "reformcrawl", "export", "--db", f"sqlite:///{db_file}", "--format", fmt]
    peak_file = db_file.with_suffix(f".{fmt}.peak.json")
    start = time.perf_counter()
    lines = size = 0
    if count_output:
        proc = measured(cmd, peak_file, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None
        while chunk := proc.stdout.read(1 << 20):
            lines += chunk.count(b"\n")
            size += len(chunk)
    else:
        proc = measured(cmd, peak_file, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _out, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"export failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    return json.loads(peak_file.read_text())["maxrss_kb"] / 1024, seconds, lines, size


def baseline_rss(workdir: Path) -> float:
    """Peak RSS of the same command doing nothing (--help): interpreter and imports."""
    peak_file = workdir / "help.peak.json"
    proc = measured([sys.executable, "-m", "reformcrawl", "export", "--help"], peak_file, stdout=subprocess.DEVNULL)
    proc.wait()
    return json.loads(peak_file.read_text())["maxrss_kb"] / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "reformcrawl-export-bench")
    parser.add_argument("--refill", action="store_true", help="rebuild the databases even if present")
    parser.add_argument("--verify", action="store_true", help="also count the JSONL lines and bytes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    print("export memory: `reformcrawl export` as a child process, stdout to /dev/null, "
          "peak RSS from wait4 (bench/_peak.py)\n")
    rows = []
    for size in sizes:
        db_file = args.workdir / f"export-{size}.db"
        marker = args.workdir / f"export-{size}.ok"
        if args.refill or not marker.exists():
            seconds, mean_bytes = fill(db_file, size)
            marker.write_text(f"{mean_bytes:.0f}")
            print(f"filled {db_file} with {size} articles in {seconds:.1f}s "
                  f"(text {mean_bytes / 1024:.1f} KB per article on average)")
        else:
            print(f"reusing {db_file} ({size} articles, text {float(marker.read_text()) / 1024:.1f} KB each on average)")
        db_mb = db_file.stat().st_size / 2**20
        for fmt in ("jsonl", "csv"):
            rss, seconds, _l, _b = export(db_file, fmt)
            rows.append((size, fmt, rss, seconds, db_mb))
            print(f"  {size:>7} articles  {fmt:<5}  peak RSS {rss:6.1f} MB  {seconds:6.1f}s  ({size / seconds:,.0f} articles/s)",
                  flush=True)
        if args.verify:
            _rss, _s, lines, size_bytes = export(db_file, "jsonl", count_output=True)
            print(f"  verify: JSONL output has {lines} lines, {size_bytes / 2**20:.0f} MB")
    base = baseline_rss(args.workdir)
    print(f"\nbaseline (`reformcrawl export --help`): peak RSS {base:.1f} MB")
    print(f"{'articles':>9} {'format':<6} {'DB MB':>7} {'peak RSS MB':>12} {'above baseline':>15} {'seconds':>8}")
    for size, fmt, rss, seconds, db_mb in rows:
        print(f"{size:>9} {fmt:<6} {db_mb:7.0f} {rss:12.1f} {rss - base:15.1f} {seconds:8.1f}")
    if len(sizes) >= 2:
        for fmt in ("jsonl", "csv"):
            small = next(r for r in rows if r[0] == sizes[0] and r[1] == fmt)
            large = next(r for r in rows if r[0] == sizes[-1] and r[1] == fmt)
            print(f"{fmt}: {large[2]:.1f} MB at {sizes[-1]} vs {small[2]:.1f} MB at {sizes[0]} articles "
                  f"({large[2] / small[2]:.2f}x for {sizes[-1] / sizes[0]:.0f}x the articles)")


if __name__ == "__main__":
    main()
