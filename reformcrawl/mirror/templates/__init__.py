"""Portal renderers: corpus articles and listings in each portal's own markup.

`render_article` and `render_listing` draw every portal with the one renderer in `render`, from
the portal's table (a `table.PortalTemplate` in `baohagiang`, `angiang`, `hochiminhcity`, `nbtv`,
`baokhanhhoa`), with the shared pieces in `common` and the stylesheets and scripts in `assets/`.
Each returns a `RenderedPage`: the HTML (UTF-8, deterministic: same input, same bytes) and the
chrome snippets the page shows that a clean extraction must not contain.

Variants: 0 is the portal's layout as the seed page shows it; 1 is a plausible redesign of the
same portal (other markup and class names, same habits: date format, boilerplate kinds).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..corpus import CorpusArticle
from . import angiang, baohagiang, baokhanhhoa, hochiminhcity, nbtv, render
from .common import (
    FILLER_HEADLINES,
    ListingItem,
    RelatedItem,
    RenderedPage,
    as_listing_item,
    as_related_item,
    stable_int,
    to_vn,
)
from .table import PortalTemplate

__all__ = [
    "PORTALS",
    "ListingItem",
    "RelatedItem",
    "RenderedPage",
    "elsewhere",
    "listing_url",
    "published_as_shown",
    "render_article",
    "render_listing",
]

_TEMPLATES: dict[str, PortalTemplate] = {
    module.TEMPLATE.name: module.TEMPLATE for module in (baohagiang, angiang, hochiminhcity, nbtv, baokhanhhoa)
}
PORTALS: tuple[str, ...] = tuple(_TEMPLATES)
VARIANTS = (0, 1)


def _template(portal: str) -> PortalTemplate:
    try:
        return _TEMPLATES[portal]
    except KeyError:
        raise ValueError(f"no templates for portal {portal!r}; known: {', '.join(PORTALS)}") from None


def _variant(variant: int) -> int:
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}, not {variant!r}")
    return variant


def render_article(article: CorpusArticle, *, state: str = "before", variant: int = 0,
                   related: Iterable[Any] = (), featured: Iterable[Any] = ()) -> RenderedPage:
    """The article's page on its portal.

    `related`: other articles for the related-news blocks, as (title, path[, published_at]) tuples,
    `RelatedItem`s or corpus articles. `featured`: articles for the "Tin nổi bật" box (optional;
    deterministic filler headlines are used when empty). In the "after" state the article's
    revision replacements are applied to the title and every block.
    """
    if state not in ("before", "after"):
        raise ValueError(f"state must be 'before' or 'after', not {state!r}")
    rel = tuple(as_related_item(r) for r in related)
    rel = tuple(r for r in rel if r.path != article.path)
    feat = tuple(as_related_item(r) for r in featured)
    return render.render_article(_template(article.portal), article, state=state, variant=_variant(variant),
                                 related=rel, featured=feat)


def render_listing(portal: str, *, section_title: str, section_path: str, items: Iterable[Any], page: int,
                   pages: int, variant: int = 0, featured: Iterable[Any] = (),
                   most_read: Iterable[Any] = ()) -> RenderedPage:
    """One page of a section listing, with the portal's pagination.

    `items`: `ListingItem`s, (title, path, published_at[, summary[, image]]) tuples or corpus
    articles. `featured`: three articles of another section for "Tin nổi bật" (filler when empty).
    `most_read`: the "most read" box, where the portal has one (the featured ones when empty).
    """
    if not 1 <= page <= max(pages, 1):
        raise ValueError(f"page {page} is outside 1..{pages}")
    return render.render_listing(_template(portal), section_title=section_title, section_path=section_path,
                                 items=tuple(as_listing_item(i) for i in items), page=page, pages=max(pages, 1),
                                 variant=_variant(variant), featured=tuple(as_related_item(r) for r in featured),
                                 most_read=tuple(as_related_item(r) for r in most_read))


def elsewhere(portal: str, count: int, *, day: str) -> list[RelatedItem]:
    """`count` headlines of the portal's other sections, linked where the mirror serves nothing
    (a 404), and different for every `day`: what a real "most read" box links on a night when
    those pages are gone or never were (the crawler should not be asking for them)."""
    pool = FILLER_HEADLINES
    start = stable_int(portal, day, hi=len(pool) - 1)
    titles = [pool[(start + 7 * i) % len(pool)] for i in range(min(count, len(pool)))]
    filler = _template(portal).filler_path
    return [RelatedItem(title, filler(f"{title} {day}")) for title in titles]


def listing_url(portal: str, section_path: str, page: int) -> str:
    """Path (and query) of page `page` of a section listing; page 1 is the section path itself."""
    if page < 1:
        raise ValueError(f"page must be >= 1, not {page}")
    return render.listing_url(_template(portal), section_path, page)


def published_as_shown(article: CorpusArticle) -> datetime:
    """The publication time as the rendered page states it (+07:00).

    Portals whose date line stops at minutes cannot convey seconds; baohagiang's page carries the
    full time in its metadata only, nbtv prints seconds.
    """
    dt = to_vn(article.published_at)
    if _template(article.portal).date_precision == "minute":
        dt = dt.replace(second=0, microsecond=0)
    return dt
