"""Scrapy settings for reformcrawl (`scrapy crawl PORTAL` reads these through scrapy.cfg).

Polite by default: robots.txt obeyed, an identifying User-Agent, AutoThrottle, at most two
requests at a time per portal, retries with backoff, and a size cap on every download.
"""

from reformcrawl import __version__
from reformcrawl.config import CONTACT_URL
from reformcrawl.crawl.items import RECORD_FIELDS
from reformcrawl.extract.decode import MAX_PAGE_BYTES

BOT_NAME = "reformcrawl"
SPIDER_MODULES = ["reformcrawl.spiders"]
NEWSPIDER_MODULE = "reformcrawl.spiders"

USER_AGENT = f"reformcrawl/{__version__} (+{CONTACT_URL})"
ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
# No consoles listening on ports during a crawl.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Politeness. Requests carry download_slot=<portal>, so these limits hold per portal even when
# several portals are served from one host (the offline mirror).
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
# A portal slow for a while still gets one request every 10 s at most (two at a time); one slow
# page must not cost the rest of the night: the back-off is bounded and wears off
# (`crawl.throttle.BoundedThrottle`, installed below in place of Scrapy's AutoThrottle).
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "reformcrawl.crawl.throttle.BoundedThrottle": 0,
}

# Faults: timeouts, retries with backoff on 5xx and timeouts, size caps (gzip bombs included).
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

DOWNLOADER_MIDDLEWARES = {
    "reformcrawl.crawl.middlewares.SiteBoundary": 50,
    "reformcrawl.crawl.middlewares.SitemapsFromRobots": 120,
    "reformcrawl.crawl.middlewares.RetryBackoff": 560,
    # Holds each portal to CONCURRENT_REQUESTS_PER_DOMAIN even with no download delay (the spider
    # installs it under any settings module too).
    "reformcrawl.crawl.middlewares.SlotConcurrency": 950,
}
ITEM_PIPELINES = {
    "reformcrawl.pipelines.extract.ExtractPipeline": 100,
    "reformcrawl.pipelines.store.StorePipeline": 300,
    # Last: the plain record `scrapy crawl PORTAL -O items.jsonl` writes (not the raw page).
    "reformcrawl.pipelines.record.RecordPipeline": 900,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = list(RECORD_FIELDS)  # the same columns whatever the first item holds
FEED_EXPORTERS = {"csv": "reformcrawl.crawl.exporters.SpreadsheetCsvExporter"}
