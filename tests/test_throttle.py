"""The AutoThrottle rule of a crawl: one slow page among fast ones backs off a little and briefly.

These look at the delay the extension sets, never at wall-clock time (bench/throttle.py measures
a crawl with one slow listing page)."""

from __future__ import annotations

import pytest
from scrapy.core.downloader import Slot
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from reformcrawl.crawl.throttle import BoundedThrottle, next_delay

SETTINGS = Settings()
SETTINGS.setmodule("reformcrawl.settings", priority="project")
MIN, MAX = SETTINGS.getfloat("DOWNLOAD_DELAY"), SETTINGS.getfloat("AUTOTHROTTLE_MAX_DELAY")
START, TARGET = SETTINGS.getfloat("AUTOTHROTTLE_START_DELAY"), SETTINGS.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY")


@pytest.fixture
def throttle() -> BoundedThrottle:
    crawler = get_crawler(settings_dict={key: SETTINGS[key] for key in (
        "AUTOTHROTTLE_ENABLED", "DOWNLOAD_DELAY", "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_START_DELAY",
        "AUTOTHROTTLE_TARGET_CONCURRENCY")})
    extension = BoundedThrottle.from_crawler(crawler)
    extension.mindelay, extension.maxdelay = extension._min_delay(), extension._max_delay()
    return extension


def answer(throttle: BoundedThrottle, slot: Slot, status: int, latency: float) -> float:
    throttle._adjust_delay(slot, latency, HtmlResponse("https://nbtv.vn/x", status=status))
    return slot.delay


def test_the_project_settings_install_it_in_place_of_scrapys():
    extensions = SETTINGS.getdict("EXTENSIONS")
    assert extensions["scrapy.extensions.throttle.AutoThrottle"] is None
    assert "reformcrawl.crawl.throttle.BoundedThrottle" in extensions
    assert SETTINGS.getbool("AUTOTHROTTLE_ENABLED") and MAX == 10.0


def test_one_slow_page_then_fast_dead_links_and_revisits_bring_the_delay_back(throttle):
    slot = Slot(concurrency=2, delay=START, jitter=0)
    after_slow = answer(throttle, slot, 200, 12.0)  # a listing page that took 12 s
    assert after_slow == pytest.approx((START + 12.0) / 2)  # half-way, not the whole 12 s
    delays = [answer(throttle, slot, status, 0.05) for status in (404, 304, 404, 410)]
    assert delays == sorted(delays, reverse=True) and delays[0] < after_slow  # 404/304/410 lower it too
    assert delays[-1] < START  # four fast answers later the slow page no longer counts
    assert [answer(throttle, slot, 404, 0.05) for _ in range(3)][-1] == MIN  # and down to DOWNLOAD_DELAY


def test_a_slow_server_still_gets_its_latency_as_delay_up_to_the_cap(throttle):
    slot = Slot(concurrency=2, delay=START, jitter=0)
    delays = [answer(throttle, slot, 200, 4.0) for _ in range(6)]
    assert delays[2] > 3.0 and delays[-1] == pytest.approx(4.0, abs=0.1)
    assert [answer(throttle, slot, 200, 60.0) for _ in range(4)][-1] == MAX


def test_error_pages_and_redirects_never_lower_it(throttle):
    slot = Slot(concurrency=2, delay=4.0, jitter=0)
    assert [answer(throttle, slot, status, 0.01) for status in (500, 503, 301, 302)] == [4.0] * 4
    assert answer(throttle, slot, 503, 9.0) == pytest.approx(6.5)  # a slow error still raises it


@pytest.mark.parametrize("status", [200, 304, 404, 410])
def test_next_delay_is_the_mean_of_the_delay_and_the_latency_within_bounds(status):
    assert next_delay(2.0, 1.0, status, target_concurrency=1.0, min_delay=0.5, max_delay=10.0) == 1.5
    assert next_delay(0.6, 0.01, status, target_concurrency=1.0, min_delay=0.5, max_delay=10.0) == 0.5
    assert next_delay(2.0, 1.0, status, target_concurrency=2.0, min_delay=0.5, max_delay=10.0) == 1.25
