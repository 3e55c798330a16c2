"""Write the saved test pages: every corpus article rendered in its portal's markup.

    python -m reformcrawl.mirror.fixtures OUT_DIR [--clean]

For each corpus article (whatever articles exist when it runs) this writes
`OUT_DIR/<portal>/<slug>[-v1]/` with

- `input.html`: the rendered page (UTF-8 bytes);
- `meta.json`: `{"url", "portal", "variant", "held_out", "fetched_at"}`: `fetched_at` is the clock a
  test passes to `extract_page` (a day after publication), so no result depends on today's date;
- `expected.json`: `{"title", "author", "published_at", "is_reform", "paragraphs", "must_not_contain"}`,
  where `paragraphs` are the article's body paragraphs in order (each once) and
  `must_not_contain` the page's boilerplate snippets.

Held-out articles are rendered in both variants (0 and 1), the others in variant 0. Pages are
rendered in the "before" state. Related-news blocks use the portal's other corpus articles
(nearest in time first), so the output depends only on the corpus.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from ..portals import get_portal
from .corpus import CorpusArticle, featured, load_corpus, nearest
from .templates import PORTALS, published_as_shown, render_article

RELATED_COUNT = 8
FEATURED_COUNT = 5


def _dump(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def fetched_at(article: CorpusArticle) -> datetime:
    """When the saved page is taken to have been fetched: the next day at the same hour."""
    return (article.published_at + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)


def write_article(out_dir: Path, article: CorpusArticle, corpus: Sequence[CorpusArticle], variant: int) -> Path:
    page = render_article(article, state="before", variant=variant, related=nearest(article, corpus, RELATED_COUNT),
                          featured=featured(article, corpus, article.portal, FEATURED_COUNT))
    slug = article.key.split("/", 1)[1]
    target = out_dir / article.portal / (slug + ("-v1" if variant == 1 else ""))
    target.mkdir(parents=True, exist_ok=True)
    (target / "input.html").write_bytes(page.html.encode("utf-8"))
    portal = get_portal(article.portal)
    _dump(target / "meta.json", {
        "url": f"{portal.scheme}://{portal.host}{article.path}",
        "portal": article.portal,
        "variant": variant,
        "held_out": article.held_out,
        "fetched_at": fetched_at(article).isoformat(),
    })
    _dump(target / "expected.json", {
        "title": article.title,
        "author": article.author,
        "published_at": published_as_shown(article).isoformat(),
        "is_reform": article.is_reform,
        "paragraphs": article.body_paragraphs("before"),
        "must_not_contain": list(page.boilerplate),
    })
    return target


def write_all(out_dir: Path, *, clean: bool = False) -> list[Path]:
    corpus = load_corpus()
    unknown = sorted({a.portal for a in corpus} - set(PORTALS))
    if unknown:
        raise SystemExit(f"corpus has articles of portals without templates: {', '.join(unknown)}")
    if clean:
        for portal in PORTALS:
            shutil.rmtree(out_dir / portal, ignore_errors=True)
    written = []
    for article in corpus:
        for variant in ((0, 1) if article.held_out else (0,)):
            written.append(write_article(out_dir, article, corpus, variant))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reformcrawl.mirror.fixtures",
                                     description="Render every corpus article into saved test pages.")
    parser.add_argument("out_dir", type=Path, help="directory to write <portal>/<slug>[-v1]/ into")
    parser.add_argument("--clean", action="store_true", help="remove existing <portal>/ folders under OUT_DIR first")
    args = parser.parse_args(argv)
    written = write_all(args.out_dir, clean=args.clean)
    print(f"wrote {len(written)} page(s) under {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
