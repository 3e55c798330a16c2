"""Running crawls in this process: Scrapy's CrawlerProcess, one run record, progress, summary.

The layer above the spiders and pipelines: `reformcrawl crawl`, the demo, distributed workers and
the benchmarks start crawls through it.
"""
