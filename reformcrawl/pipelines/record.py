"""Record pipeline, the last: the page becomes the plain record Scrapy's feed exports write.

What reaches `scrapy crawl PORTAL -O items.jsonl` (or .csv) is then one usable line per page, the
article's fields as `reformcrawl extract` gives them plus the store's outcome, instead of a
`PageItem` whose raw bytes no exporter can serialize.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider

from ..crawl.items import PageItem, article_record


class RecordPipeline:
    def process_item(self, item: PageItem, spider: Spider | None = None) -> dict[str, Any]:
        return article_record(item)
