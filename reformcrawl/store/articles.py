"""Recording fetched pages: upsert by canonical URL, a new version only when content changed.

All functions take an open `Session` inside a transaction and never commit: the caller's unit of
work (one page, its version and its events) commits or rolls back as one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Iterable

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..core.model import Article
from ..portals import Portal
from .models import ArticleRow, DeadLink, PortalRow, Version
from .revisit import RevisitPolicy


class Outcome(str, Enum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    NOT_MODIFIED = "not_modified"
    GONE = "gone"


@dataclass(frozen=True)
class Recorded:
    outcome: Outcome
    article: ArticleRow
    version: Version | None = None  # the new version (NEW, CHANGED)
    previous: Version | None = None  # the version it replaces (CHANGED)


@dataclass(frozen=True)
class Validators:
    """HTTP cache validators of a response, sent back on the next conditional request."""

    etag: str | None = None
    last_modified: str | None = None


def content_hash(article: Article) -> str:
    """Identity of the article: its title and text. Not its date, author or anything else a page's
    frame can move from one night to the next (a sidebar date read as the publication time, a
    counter): those never make a new version."""
    payload = json.dumps([article.title, article.text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _same_article(version: Version | None, article: Article) -> bool:
    return version is not None and (version.title, version.text) == (article.title, article.text)


def ensure_portal(session: Session, portal: Portal) -> PortalRow:
    row = session.get(PortalRow, portal.name)
    if row is None:
        try:
            with session.begin_nested():
                row = PortalRow(name=portal.name, host=portal.host)
                session.add(row)
        except IntegrityError:  # another worker inserted it first
            row = session.get(PortalRow, portal.name)
            assert row is not None
    elif row.host != portal.host:
        row.host = portal.host
    return row


def get_article(session: Session, url: str) -> ArticleRow | None:
    return session.scalars(select(ArticleRow).where(ArticleRow.url == url)).one_or_none()


def _latest_version(session: Session, article: ArticleRow) -> Version | None:
    return session.scalars(
        select(Version).where(Version.article_id == article.id, Version.number == article.version_count)
    ).one_or_none()


def _schedule(row: ArticleRow, policy: RevisitPolicy, fetched_at: datetime) -> None:
    born = row.published_at or row.first_seen_at
    row.next_revisit_at = policy.next_visit(born=born, last_fetched=fetched_at)


def _add_version(
    session: Session, row: ArticleRow, article: Article, digest: str, fetched_at: datetime,
    validators: Validators, run_id: int | None,
) -> Version:
    row.version_count += 1
    version = Version(
        article=row,
        number=row.version_count,
        content_hash=digest,
        fetched_at=fetched_at,
        run_id=run_id,
        title=article.title,
        author=article.author,
        published_at=article.published_at,
        text=article.text,
        is_reform=article.is_reform,
        etag=validators.etag,
        last_modified=validators.last_modified,
        extraction=article.extraction,
        published_at_source=article.published_at_source,
    )
    session.add(version)
    row.title, row.published_at, row.is_reform, row.content_hash = (
        article.title, article.published_at, article.is_reform, digest,
    )
    row.last_changed_at = fetched_at
    return version


def record_page(
    session: Session,
    *,
    portal: Portal,
    url: str,
    article: Article,
    fetched_at: datetime,
    validators: Validators = Validators(),
    policy: RevisitPolicy,
    run_id: int | None = None,
) -> Recorded:
    """Store a fetched article page under its canonical `url`."""
    ensure_portal(session, portal)
    digest = content_hash(article)
    row = get_article(session, url)
    if row is None:
        try:
            with session.begin_nested():
                row = ArticleRow(
                    portal=portal.name, url=url, first_seen_at=fetched_at, last_seen_at=fetched_at,
                    last_fetched_at=fetched_at, last_changed_at=fetched_at, status="live",
                    etag=validators.etag, last_modified=validators.last_modified, version_count=0,
                )
                version = _add_version(session, row, article, digest, fetched_at, validators, run_id)
                _schedule(row, policy, fetched_at)
                session.add(row)
                session.flush()  # one flush: the article and its first version, each one INSERT
            return Recorded(Outcome.NEW, row, version)
        except IntegrityError:  # a concurrent worker stored it first: fall through to compare
            row = get_article(session, url)
            assert row is not None
    row.last_seen_at = max(row.last_seen_at, fetched_at)
    row.last_fetched_at = max(row.last_fetched_at, fetched_at)
    row.etag, row.last_modified = validators.etag, validators.last_modified
    if row.status != "live":
        row.status, row.gone_at = "live", None
    if row.content_hash == digest:
        _schedule(row, policy, fetched_at)
        return Recorded(Outcome.UNCHANGED, row)
    previous = _latest_version(session, row)
    if _same_article(previous, article):
        # Same title and text under another digest (stored by an older version of the hash):
        # the article did not change; remember the digest for the next time.
        row.content_hash = digest
        if row.published_at is None and article.published_at is not None:
            row.published_at = article.published_at
        _schedule(row, policy, fetched_at)
        return Recorded(Outcome.UNCHANGED, row)
    version = _add_version(session, row, article, digest, fetched_at, validators, run_id)
    _schedule(row, policy, fetched_at)
    session.flush()
    return Recorded(Outcome.CHANGED, row, version, previous)


def record_not_modified(
    session: Session, *, url: str, fetched_at: datetime, validators: Validators, policy: RevisitPolicy
) -> Recorded | None:
    """A 304 answer to a conditional request: the stored version still holds."""
    row = get_article(session, url)
    if row is None:
        return None
    row.last_seen_at = max(row.last_seen_at, fetched_at)
    row.last_fetched_at = max(row.last_fetched_at, fetched_at)
    row.etag = validators.etag or row.etag
    row.last_modified = validators.last_modified or row.last_modified
    if row.status != "live":  # it answers again, as we hold it
        row.status, row.gone_at = "live", None
    _schedule(row, policy, fetched_at)
    return Recorded(Outcome.NOT_MODIFIED, row)


def record_gone(session: Session, *, url: str, fetched_at: datetime) -> Recorded | None:
    """A 404/410 for a stored article: marked gone, never deleted; it keeps its versions."""
    row = get_article(session, url)
    if row is None:
        return None
    row.last_fetched_at = max(row.last_fetched_at, fetched_at)
    if row.status != "gone":
        row.status, row.gone_at = "gone", fetched_at
    row.next_revisit_at = None
    return Recorded(Outcome.GONE, row)


def record_dead_link(session: Session, *, portal: str, url: str, status: int, fetched_at: datetime) -> None:
    """Remember a link that gave nothing to store (a 404/410, or a page without article text,
    status 200) so the next runs do not fetch it again at once."""
    row = session.get(DeadLink, url)
    if row is None:
        try:
            with session.begin_nested():
                session.add(DeadLink(url=url, portal=portal, status=status, first_seen_at=fetched_at, last_checked_at=fetched_at))
            return
        except IntegrityError:
            row = session.get(DeadLink, url)
            assert row is not None
    row.status, row.last_checked_at = status, max(row.last_checked_at, fetched_at)


def record_no_article(session: Session, *, portal: str, url: str, fetched_at: datetime,
                      policy: RevisitPolicy) -> None:
    """A page that answered without article text (a video, a gallery, a page being rebuilt).

    A stored article keeps its versions and validators and waits for its next revisit, as the
    policy says (left as it was, it would stay due and be fetched every night); a link never
    stored is remembered like a broken one, with status 200.
    """
    row = get_article(session, url)
    if row is None:
        record_dead_link(session, portal=portal, url=url, status=200, fetched_at=fetched_at)
        return
    row.last_seen_at = max(row.last_seen_at, fetched_at)
    row.last_fetched_at = max(row.last_fetched_at, fetched_at)
    if row.status == "live":
        _schedule(row, policy, fetched_at)


def dead_links(session: Session, portal: str, *, checked_since: datetime) -> dict[str, datetime]:
    """The portal's remembered dead links checked since then, with when they were last checked."""
    query = select(DeadLink.url, DeadLink.last_checked_at).where(
        DeadLink.portal == portal, DeadLink.last_checked_at >= checked_since)
    return {url: checked for url, checked in session.execute(query)}


def known_urls(session: Session, portal: str) -> set[str]:
    return set(session.scalars(select(ArticleRow.url).where(ArticleRow.portal == portal)))


@dataclass(frozen=True)
class Revisit:
    url: str
    validators: Validators


def revisits(
    session: Session, portal: str, *, mode: str, now: datetime, urls: Iterable[str] = (),
    gone_retry: timedelta | None = None,
) -> list[Revisit]:
    """Stored articles to fetch again: `due` by policy (plus `urls`), `all`, or `none`.

    `all` includes articles marked gone: a page that answered 404 once may be back. With
    `gone_retry`, `due` includes gone articles that answered 404 at least that long ago (like
    broken links); without it, a gone article is never due.
    """
    if mode == "none":
        return []
    query = select(ArticleRow.url, ArticleRow.etag, ArticleRow.last_modified).where(ArticleRow.portal == portal)
    if mode == "due":
        wanted = list(urls)
        due = and_(ArticleRow.status == "live", ArticleRow.next_revisit_at <= now)
        conditions = [due]
        if wanted:
            conditions.append(ArticleRow.url.in_(wanted))
        if gone_retry is not None:
            conditions.append(and_(ArticleRow.status == "gone", ArticleRow.last_fetched_at <= now - gone_retry))
        query = query.where(or_(*conditions))
    elif mode != "all":
        raise ValueError(f"revisit mode must be due, all or none, not {mode!r}")
    rows = session.execute(query.order_by(ArticleRow.id)).all()
    return [Revisit(url, Validators(etag, last_modified)) for url, etag, last_modified in rows]
