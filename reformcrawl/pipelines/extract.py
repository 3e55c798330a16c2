"""Extract pipeline: page bytes -> `Article`, through the pure `extract_page`."""

from __future__ import annotations

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from ..crawl.items import PageItem
from ..crawl.signals import page_failed
from ..crawl.stats import count
from ..extract import ExtractError, extract_page


class ExtractPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: PageItem, spider: Spider | None = None) -> PageItem:
        if item.status != 200:
            return item  # 304 / 404 / 410: nothing to extract; the store records them
        try:
            article = extract_page(
                item.body, item.url, item.portal, encoding=item.declared_charset, fetched_at=item.fetched_at,
                listed_at=item.listed_at,
            )
        except ExtractError as exc:
            count(self.crawler.stats, "extract_errors")
            self.crawler.signals.send_catch_log(page_failed, kind="extract", url=item.url, message=str(exc))
            raise DropItem(f"{item.url}: {exc}") from None
        if not article.text:
            count(self.crawler.stats, "no_article")
            return item  # no article: the store pipeline remembers the page, then drops it
        if not article.confident:
            count(self.crawler.stats, "low_confidence")
        item.article = article
        return item
