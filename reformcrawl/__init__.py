"""reformcrawl: a crawler and change monitor for Vietnam's administrative-reform news."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .extract import Article, extract_page

__all__ = ["Article", "__version__", "extract_page"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package (e.g. for its version in Scrapy settings) must not load
    # trafilatura and dateparser.
    if name in ("extract_page", "Article"):
        from . import extract

        return getattr(extract, name)
    raise AttributeError(f"module 'reformcrawl' has no attribute {name!r}")
