"""Incremental crawl cost: what a second crawl requests after a few articles appear and a few change.

    python bench/incremental.py [--articles 500] [--new 5] [--edits 2] [--dead-side-links 6] [--textless 1]
                                [--skip-revisit-all] [--workdir DIR]

Serves a mirror of the five portals with `--articles` generated articles each (published from
2023-01-02 on, 4 hours apart: far in the past), crawls it into a fresh SQLite database, then
*per portal* publishes `--new` newer articles and edits one number in `--edits` older ones
(none of them on the first listing pages), and crawls again. Like the live portals, the listings'
"most read" boxes link `--dead-side-links` articles of other sections that answer 404, new each
day, and the `--textless` newest articles of each portal are pages without article text (a video
page): neither is worth asking for again. For that second run it prints the requests the mirror
logged, by kind, next to what the run cannot avoid:

    floor  = robots.txt + sitemaps/feeds + listing pages up to each listing's first page whose
             articles were all stored before the run + the new articles
    target = floor + revisits the revisit policy says are due (read from the database before the
             run) + revisits a sitemap asks for (lastmod newer than the article's last fetch)

Then: which edits the second run found and why the others were missed; what the same second run
costs with `--revisit all` (on a copy of the database after the first run; `--skip-revisit-all`
leaves it out); and a third run with nothing changed. Crawls run in this process (the reactor runs once; the runs are chained), with
throttling off; the mirror's threads share the process, so times are indicative.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ behind site-packages.
sys.path = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != BENCH), str(BENCH)]

from sqlalchemy import select  # noqa: E402
from twisted.internet import defer  # noqa: E402
from twisted.internet.task import deferLater  # noqa: E402

from _crawlbench import (  # noqa: E402
    FAST, PORTALS, articles_for, copy_sqlite, discovery_paths, listing_floor, listing_paths, tally,
)
from reformcrawl.crawl.links import discover  # noqa: E402
from reformcrawl.store.revisit import DEFAULT_POLICY, RevisitPolicy  # noqa: E402
from reformcrawl.crawl.urls import Site  # noqa: E402
from reformcrawl.launch.crawl_process import CrawlJob, base_settings, crawl_job, run_jobs  # noqa: E402
from reformcrawl.launch.summary import RunSummary  # noqa: E402
from reformcrawl.mirror.server import LoggedRequest, MirrorServer  # noqa: E402
from reformcrawl.mirror.site import MirrorSite  # noqa: E402
from reformcrawl.mirror.synthetic import add_new, edit  # noqa: E402
from reformcrawl.portals import get_portal  # noqa: E402
from reformcrawl.store import shared_store  # noqa: E402
from reformcrawl.store.articles import revisits  # noqa: E402
from reformcrawl.store.models import ArticleRow, DeadLink  # noqa: E402


@dataclass
class Run:
    name: str
    summary: RunSummary
    seconds: float
    requests: list[LoggedRequest]


@dataclass
class Known:
    """What the database held for a portal just before a run."""

    fetched: dict[str, datetime]  # path -> last fetched (stored articles and remembered dead links)
    due: int  # revisits the policy says are due now


def path_of(url: str) -> str:
    rest = url.split("://", 1)[1]
    return "/" + rest.split("/", 1)[1] if "/" in rest else "/"


def snapshot(db_url: str) -> dict[str, Known]:
    now = datetime.now(timezone.utc)
    out = {}
    with shared_store(db_url).session() as session:
        for portal in PORTALS:
            rows = session.execute(
                select(ArticleRow.url, ArticleRow.last_fetched_at).where(ArticleRow.portal == portal)
            ).all()
            # Links that gave nothing to store are known to the crawler too: a listing page showing
            # only those and stored articles is all-known.
            dead = session.execute(select(DeadLink.url, DeadLink.last_checked_at).where(DeadLink.portal == portal)).all()
            due = len(revisits(session, portal, mode="due", now=now))
            out[portal] = Known(fetched={path_of(u): f for u, f in [*dead, *rows]}, due=due)
    return out


def lastmod_revisits(site: MirrorSite, known: Known) -> list[str]:
    """Stored articles whose sitemap lastmod is newer than their last fetch (sitemap portals only)."""
    if not site.has_sitemap:
        return []
    return sorted(
        path for path in site.article_paths
        if path in known.fetched and site.pages[path].last_modified > known.fetched[path]
    )


def fmt_row(cells: list[Any], widths: list[int]) -> str:
    return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def print_table(header: list[str], rows: list[list[Any]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(fmt_row(header, widths))
    for row in rows:
        print(fmt_row(row, widths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="generated articles per portal (default 500)")
    parser.add_argument("--new", type=int, default=5, help="new articles per portal before the second crawl")
    parser.add_argument("--edits", type=int, default=2, help="edited articles per portal before the second crawl")
    parser.add_argument("--dead-side-links", type=int, default=6,
                        help="404 links of other sections in the listings' 'most read' boxes, new each day (default 6)")
    parser.add_argument("--textless", type=int, default=1,
                        help="newest articles per portal served as pages without article text (default 1)")
    parser.add_argument("--skip-revisit-all", action="store_true", help="leave out the --revisit all runs")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the databases here (default: a temp dir)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="reformcrawl-incremental-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db_file, db_all_file = workdir / "incremental.db", workdir / "incremental-revisit-all.db"
    for f in workdir.glob("incremental*.db*"):
        f.unlink()
    db_url, db_all_url = f"sqlite:///{db_file}", f"sqlite:///{db_all_file}"

    t0 = time.perf_counter()
    articles = edit(add_new(articles_for(PORTALS, args.articles), args.new), args.edits)
    edited = {a.path: a for a in articles if a.revision}
    textless = textless_paths(articles, args.textless)
    t_gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    mirror = MirrorServer(PORTALS, articles=articles, most_read_elsewhere=args.dead_side_links).start()
    for portal, paths in textless.items():
        for path in paths:
            mirror.add_route(portal, path, video_page)
    before = {p: mirror.site(p) for p in PORTALS}
    t_before = time.perf_counter() - t0
    print(f"incremental crawl: {len(PORTALS)} portals x {args.articles} generated articles "
          f"(published {articles[0].published_at:%Y-%m-%d} on, 4 h apart); then, per portal, "
          f"{args.new} new articles and {args.edits} edited ones; {args.dead_side_links} dead links of other sections "
          f"in the 'most read' boxes, new each day; {args.textless} newest article(s) per portal without text")
    print(f"generated in {t_gen:.1f}s; mirror rendered in {t_before:.1f}s (before)", end="")

    runs: dict[str, Run] = {}
    known: dict[str, dict[str, Known]] = {}
    after: dict[str, MirrorSite] = {}
    timing: dict[str, float] = {}

    def pause(seconds: float) -> Any:
        from twisted.internet import reactor  # the one run_jobs installed

        return deferLater(reactor, seconds, lambda: None)

    @defer.inlineCallbacks
    def crawl(process: Any, name: str, db: str, revisit: str) -> Any:
        job = CrawlJob(portals=PORTALS, db_url=db, origins=mirror.origins(), revisit=revisit,
                       trigger=f"bench:{name}", settings=FAST)
        start = time.perf_counter()
        summary = yield crawl_job(process, job, progress=False)
        seconds = time.perf_counter() - start
        yield pause(0.3)  # the server logs a request after answering it
        runs[name] = Run(name, summary, seconds, mirror.take_requests())

    @defer.inlineCallbacks
    def chain(process: Any) -> Any:
        yield crawl(process, "first", db_url, "due")
        known["second"] = snapshot(db_url)
        copy_sqlite(str(db_file), str(db_all_file))
        # Last-Modified and sitemap lastmod have whole seconds: let the clock pass the last fetch.
        yield pause(1.1)
        start = time.perf_counter()
        mirror.set_state("after")
        after.update({p: mirror.site(p) for p in PORTALS})
        timing["after"] = time.perf_counter() - start
        yield crawl(process, "second", db_url, "due")
        known["all"] = known["second"]
        if not args.skip_revisit_all:
            yield crawl(process, "second-all", db_all_url, "all")
        known["third"] = snapshot(db_url)
        yield crawl(process, "third", db_url, "due")
        if not args.skip_revisit_all:
            known["third-all"] = snapshot(db_all_url)
            yield crawl(process, "third-all", db_all_url, "all")  # validators now match the pages: 304s

    try:
        run_jobs(chain, base_settings(FAST))
    finally:
        mirror.stop()
    print(f" + {timing['after']:.1f}s (after)")
    print(f"databases: {workdir}\n")

    # -- run 1 --------------------------------------------------------------------------------
    first = runs["first"]
    t1 = {p: tally(first.requests, p, before[p], set(), textless[p]) for p in PORTALS}
    k2 = known["second"]
    print(f"run 1, first crawl into an empty database: {first.summary.total.get('new', 0)} articles stored, "
          f"{len(first.requests)} requests ({sum(t.listing for t in t1.values())} listing pages, "
          f"{sum(t.new for t in t1.values())} article pages, {sum(t.textless for t in t1.values())} without text, "
          f"{sum(t.dead for t in t1.values())} dead links, {sum(t.other for t in t1.values())} other), "
          f"{first.seconds:.1f}s, {first.summary.total.get('new', 0) / first.seconds:.0f} articles/s")
    for p in PORTALS:
        served = before[p].article_paths
        missed = served - set(k2[p].fetched) - textless[p]
        others = sorted({(r.path, r.status) for r in first.requests if r.portal == p} - {
            (r.path, r.status) for r in first.requests
            if r.portal == p and (r.path in served or r.path in listing_paths(before[p])
                                  or r.path in discovery_paths(p, before[p]) or r.path == "/robots.txt"
                                  or r.status == 404)})
        line = f"  {p:<14} stored {len(served) - len(missed) - len(textless[p])} of {len(served)}"
        if textless[p]:
            line += f" ({len(textless[p])} without text)"
        if missed:
            pages = sorted({n for pages in before[p].listings.values()
                            for n, (_u, arts) in enumerate(pages, start=1) if missed & set(arts)})
            fetched = {r.path for r in first.requests if r.portal == p}
            unfetched = [u for pages in before[p].listings.values() for u, _a in pages if u not in fetched]
            line += (f"; missed {len(missed)}, listed on page(s) {pages} of the listings, "
                     f"listing pages never fetched: {unfetched[:4]}")
        if others:
            line += f"; other requests: {', '.join(f'{path} ({status})' for path, status in others[:4])}"
        print(line)
    print()

    # -- run 2 --------------------------------------------------------------------------------
    second = runs["second"]
    policy = RevisitPolicy.parse(DEFAULT_POLICY)
    print(f"run 2, after {args.new} new + {args.edits} edited articles per portal "
          f"(requests from the mirror's log; revisit policy {DEFAULT_POLICY!r}):")
    header = ["portal", "robots", "sitemaps+feeds", "listing", "new", "revisits", "textless", "dead", "other", "total",
              "|", "floor", "policy due", "lastmod", "target", "over"]
    rows, sums = [], [0] * 13
    for p in PORTALS:
        t = tally(second.requests, p, after[p], set(k2[p].fetched), textless[p])
        floor_listing = listing_floor(after[p], set(k2[p].fetched))
        floor_new = len(after[p].article_paths - before[p].article_paths)  # published between the runs
        floor = 1 + len(discovery_paths(p, after[p])) + floor_listing + floor_new
        lastmod = len(lastmod_revisits(after[p], k2[p]))
        target = floor + k2[p].due + lastmod
        cells = [t.robots, t.discovery, t.listing, t.new, t.revisit, t.textless, t.dead, t.other, t.total,
                 floor, k2[p].due, lastmod, target]
        sums = [s + c for s, c in zip(sums, cells)]
        rows.append([p, *cells[:-4], "|", *cells[-4:], f"{t.total - target:+d}"])
    total, floor, due, lastmod, target = sums[8], sums[9], sums[10], sums[11], sums[12]
    rows.append(["total", *sums[:-4], "|", *sums[-4:], f"{total - target:+d}"])
    print_table(header, rows)
    print("floor = robots + sitemaps/feeds + listing pages up to the first all-known page of each listing"
          " + articles published since run 1")
    print("target = floor + revisits due by policy (from the DB before the run) + sitemap lastmod newer than last fetch")
    print(f"run 2: {total} requests; floor {floor}; target {target} = floor + {due} due by policy + {lastmod} by "
          f"sitemap lastmod; {total - floor:+d} over the floor, {total - target:+d} over the target; "
          f"{sums[6]} dead links and {sums[5]} textless pages asked for")
    floor_detail = ", ".join(f"{p} {listing_floor(after[p], set(k2[p].fetched))}/{len(after[p].listings)}"
                             for p in PORTALS)
    print(f"listing floor (pages/listings): {floor_detail}")
    print(f"run 2 took {second.seconds:.1f}s")
    explain_extra_listings(second.requests, after, k2, before)
    print()

    # -- edits --------------------------------------------------------------------------------
    found = _edits_found(db_url, edited)
    print(f"edits ({args.edits} per portal, one number changed in a body paragraph, article not on listing page 1-2):")
    for path, article in sorted(edited.items(), key=lambda kv: (PORTALS.index(kv[1].portal), kv[0])):
        p = article.portal
        (old, new), = article.revision.replacements
        fetched = k2[p].fetched.get(path)
        published = article.published_at
        if fetched is None:
            why = "MISSED: run 1 never stored it (its listing page was not reached)"
        elif path in found:
            lm = after[p].pages[path].last_modified
            why = f"found: sitemap lastmod {lm:%Y-%m-%d %H:%M:%S}Z > last fetch {fetched:%H:%M:%S}Z"
        else:
            nxt = policy.next_visit(born=published, last_fetched=fetched)
            reasons = ["no sitemap" if not after[p].has_sitemap else "sitemap lastmod not newer",
                       f"policy: published {published:%Y-%m-%d}, {'next visit ' + format(nxt, '%Y-%m-%d') if nxt else 'older than 30 days, never revisited'}",
                       "listings and feeds show no edits"]
            why = "MISSED: " + "; ".join(reasons)
        print(f"  {p:<14} {_short(path)}  {old!r} -> {new!r}  {why}")
    print(f"edits found by run 2: {len(found)} of {len(edited)}\n")

    if not args.skip_revisit_all:
        revisit_all_report(runs, known, before, after, edited, db_all_url, textless)
    third_report(runs, known, after, textless)


def revisit_all_report(runs: dict[str, Run], known: dict[str, dict[str, Known]], before: dict[str, MirrorSite],
                       after: dict[str, MirrorSite], edited: dict[str, Any], db_all_url: str,
                       textless: dict[str, set[str]]) -> None:
    k2, second = known["second"], runs["second"]
    run_all = runs["second-all"]
    found_all = _edits_found(db_all_url, edited)
    print("the same run 2 with --revisit all (on a copy of the database after run 1):")
    rows, sums = [], [0] * 7
    for p in PORTALS:
        t = tally(run_all.requests, p, after[p], set(k2[p].fetched), textless[p])
        changed_bytes = sum(
            1 for path in before[p].article_paths
            if path not in edited and before[p].pages[path].etag != after[p].pages[path].etag
        )
        cells = [t.revisit, t.revisit_conditional, t.revisit_304, t.revisit - t.revisit_304, changed_bytes, t.total,
                 sum(1 for path in found_all if edited[path].portal == p)]
        sums = [s + c for s, c in zip(sums, cells)]
        rows.append([p, *cells])
    rows.append(["total", *sums])
    print_table(["portal", "revisits", "conditional", "304", "200", "unedited pages with new bytes", "requests",
                 "edits found"], rows)
    base = len(second.requests)
    print(f"requests {len(run_all.requests)} vs {base} with --revisit due (x{len(run_all.requests) / max(base, 1):.0f}); "
          f"took {run_all.seconds:.1f}s vs {second.seconds:.1f}s; edits found {len(found_all)} of {len(edited)}")
    print("(a 304 needs the page bytes unchanged: the mirror's ETag covers the whole page, and the related/"
          "featured boxes of unedited articles list the new ones)\n")
    third_all = runs["third-all"]
    ts = [tally(third_all.requests, p, after[p], set(known["third-all"][p].fetched), textless[p]) for p in PORTALS]
    revisited = sum(t.revisit for t in ts)
    print(f"run 3 with --revisit all (on the --revisit all copy, whose validators match the pages now): "
          f"{len(third_all.requests)} requests, {revisited} revisits, {sum(t.revisit_conditional for t in ts)} "
          f"conditional, {sum(t.revisit_304 for t in ts)} answered 304, {third_all.summary.total.get('not_modified', 0)} "
          f"recorded not_modified; took {third_all.seconds:.1f}s ({third_all.seconds / max(revisited, 1) * 1000:.1f} ms "
          f"per revisit)\n")


def third_report(runs: dict[str, Run], known: dict[str, dict[str, Known]], after: dict[str, MirrorSite],
                 textless: dict[str, set[str]]) -> None:
    third = runs["third"]
    k3 = known["third"]
    rows = []
    for p in PORTALS:
        t = tally(third.requests, p, after[p], set(k3[p].fetched), textless[p])
        floor = 1 + len(discovery_paths(p, after[p])) + listing_floor(after[p], set(k3[p].fetched))
        rows.append([p, t.robots, t.discovery, t.listing, t.new, t.revisit, t.textless, t.dead, t.other, t.total,
                     floor + k3[p].due])
    rows.append(["total", *(sum(r[i] for r in rows) for i in range(1, 11))])
    print("run 3, nothing changed since run 2:")
    print_table(["portal", "robots", "sitemaps+feeds", "listing", "new", "revisits", "textless", "dead", "other",
                 "total", "target"], rows)
    print(f"run 3 took {third.seconds:.1f}s")


def textless_paths(articles: list[Any], per_portal: int) -> dict[str, set[str]]:
    """The `per_portal` newest articles of run 1 of each portal: on the first listing page and in
    the feed on both nights."""
    out: dict[str, set[str]] = {p: set() for p in PORTALS}
    for p in PORTALS:
        ordered = sorted((a for a in articles if a.portal == p and a.state == "before"),
                         key=lambda a: (a.published_at, a.key), reverse=True)
        out[p] = {a.path for a in ordered[:per_portal]}
    return out


def video_page(handler: Any) -> None:
    """A page with a headline and a player and no article text (extraction finds none)."""
    body = ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Video: Hội nghị cải cách hành chính'
            '</title></head><body><h1>Video: Hội nghị cải cách hành chính</h1><div class="video">'
            '<video src="/media/hoi-nghi.mp4" controls></video></div></body></html>').encode()
    handler.send_plain(200, body, "text/html; charset=utf-8")


def floor_pages(site: MirrorSite, known_paths: set[str]) -> set[str]:
    pages_needed = set()
    for pages in site.listings.values():
        for page, articles in pages:
            pages_needed.add(page)
            if set(articles) <= known_paths:
                break
    return pages_needed


def explain_extra_listings(requests: list[LoggedRequest], after: dict[str, MirrorSite], known: dict[str, Known],
                           before: dict[str, MirrorSite]) -> None:
    """Listing pages fetched beyond each listing's first all-known page, and what else they link."""
    lines = []
    for p in PORTALS:
        known_paths = set(known[p].fetched)
        needed = floor_pages(after[p], known_paths)
        listed = {page: set(arts) for pages in after[p].listings.values() for page, arts in pages}
        site = Site(get_portal(p), origin="http://127.0.0.1:1/")
        for r in requests:
            if r.portal != p or r.path not in listed or r.path in needed:
                continue
            links = discover(f"http://127.0.0.1:1{r.path}", after[p].pages[r.path].body, site)
            linked = {path_of(u) for u in links.canonical_articles}
            outside = sorted((linked - listed[r.path]) & (after[p].article_paths - before[p].article_paths))
            own = "none found" if links.own is None else (
                "= the page's list" if {path_of(u) for u in links.own} == listed[r.path] else "differs from the page's list")
            own_known = listed[r.path] <= known_paths
            lines.append(f"  {p:<14} {r.path:<30} list all known: {'yes' if own_known else 'no'}; "
                         f"links {len(outside)} new article(s) outside its list; own list by structure: {own}")
    if lines:
        print(f"listing pages beyond the floor ({len(lines)}): the pages below list only stored articles; parse_listing "
              f"follows the next page while the listing's own list (crawl.focus) shows unknown articles:")
        print("\n".join(lines))


def _short(path: str, width: int = 48) -> str:
    return path if len(path) <= width else path[: width - 12] + "…" + path[-11:]


def _edits_found(db: str, edited: dict[str, Any]) -> set[str]:
    """Edited articles whose latest stored version has the edit."""
    out = set()
    with shared_store(db).session() as session:
        rows = session.execute(select(ArticleRow.url, ArticleRow.version_count).where(ArticleRow.version_count > 1))
        for url, _count in rows:
            if path_of(url) in edited:
                out.add(path_of(url))
    return out


if __name__ == "__main__":
    main()
