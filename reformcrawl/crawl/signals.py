"""Scrapy signals of the crawl's own.

`page_failed(kind, url, message)`: a component could not do its part for a page (a fetch error,
an extraction error, an unexpected status). The spider counts it and keeps it for the run record,
so pipelines and middlewares report failures without knowing the spider.
"""

page_failed = object()
