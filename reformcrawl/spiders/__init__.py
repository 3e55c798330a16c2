"""Spiders: one per portal definition, all sharing `PortalSpider`'s crawl logic."""
