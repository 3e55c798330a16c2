"""The saved test pages, for the benchmark scripts (run them from the repository root)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: bytes
    held_out: bool
    body: str  # the article body, paragraphs separated by blank lines


def load_pages() -> list[Page]:
    pages = []
    for case in sorted(PAGES.glob("*/*")):
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        expected = json.loads((case / "expected.json").read_text("utf-8"))
        pages.append(Page(
            id=f"{case.parent.name}/{case.name}", url=meta["url"], html=(case / "input.html").read_bytes(),
            held_out=bool(meta.get("held_out")), body="\n\n".join(expected["paragraphs"]),
        ))
    return pages
