"""The baseline for bench/crawl_speed.py: plain Scrapy and `trafilatura.extract`, in its own process.

    python bench/_plain_child.py --urls FILE --result FILE

Fetches the URLs listed in FILE (a JSON list: the requests reformcrawl's own crawl of the same
mirror made, robots.txt left to Scrapy's robots middleware) with the same per-host concurrency and
no throttling, and runs `trafilatura.extract` on every HTML page: the work a user would do with
the two libraries alone, without discovery, relevance, detectors or a store. Writes {"seconds",
"pages", "extracted"} as JSON to --result; `seconds` runs from the spider's opening to its closing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

# bench/incremental.py is named like Twisted's `incremental` dependency: keep bench/ off the path.
BENCH = Path(__file__).resolve().parent
sys.path = [p for p in sys.path if Path(p or ".").resolve() != BENCH]

import scrapy  # noqa: E402
import trafilatura  # noqa: E402
from scrapy import signals  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402

SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,  # reformcrawl's setting, so both wait on the mirror alike
    "ROBOTSTXT_OBEY": True,
    "LOG_LEVEL": "WARNING",
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,
    "HTTPERROR_ALLOW_ALL": True,  # a 404 is a response here as it is for reformcrawl's crawl
}


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, urls: list[str], tally: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = urls
        self.tally = tally

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PlainSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.opened, signal=signals.spider_opened)
        crawler.signals.connect(spider.closed_signal, signal=signals.spider_closed)
        return spider

    def opened(self, spider: scrapy.Spider) -> None:
        self.tally["start"] = time.perf_counter()

    def closed_signal(self, spider: scrapy.Spider) -> None:
        self.tally["end"] = time.perf_counter()

    async def start(self):  # type: ignore[override]
        for url in self.urls:
            yield scrapy.Request(url, dont_filter=True)

    def parse(self, response: Any, **kwargs: Any) -> None:
        if response.status != 200 or not isinstance(response, scrapy.http.HtmlResponse):
            return
        self.tally["pages"] += 1
        if trafilatura.extract(response.text, url=response.url):
            self.tally["extracted"] += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--urls", required=True, type=Path)
    parser.add_argument("--result", required=True, type=Path)
    args = parser.parse_args()
    urls = json.loads(args.urls.read_text())
    tally: dict[str, Any] = {"pages": 0, "extracted": 0}
    process = CrawlerProcess(SETTINGS)
    process.crawl(PlainSpider, urls=urls, tally=tally)
    process.start()
    args.result.write_text(json.dumps({"seconds": tally["end"] - tally["start"], "pages": tally["pages"],
                                       "extracted": tally["extracted"]}))


if __name__ == "__main__":
    main()
