"""Real pages from many sites (tests/fixtures/realworld/, the development half of the Article
Extraction Benchmark): `extract_page` never crashes and never comes back empty where plain
trafilatura finds the article. Scores are printed by bench/extract_realworld.py."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import trafilatura

from reformcrawl.extract import extract_page

ROOT = Path(__file__).resolve().parent / "fixtures" / "realworld"
GOLD = json.loads((ROOT / "ground-truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page_id", sorted(GOLD), ids=lambda page_id: page_id[:12])
def test_real_page_is_never_empty_where_trafilatura_finds_text(page_id: str) -> None:
    html = gzip.decompress((ROOT / "html" / f"{page_id}.html.gz").read_bytes())
    article = extract_page(html, GOLD[page_id]["url"])
    if trafilatura.extract(html.decode("utf-8")):
        assert article.text, "empty where plain trafilatura returns the article"
    assert article.extraction in ("region", "page")
    assert article.title
