"""Canonical and fetch URLs: real host vs crawl origin, tracking parameters, file links."""

from __future__ import annotations

import pytest

from reformcrawl.crawl.urls import Site, is_file_url, strip_tracking
from reformcrawl.portals import Portal, all_portals

PORTALS = all_portals()
MIRROR = "http://127.0.0.1:8123"


def site(name: str, origin: str | None = None) -> Site:
    return Site(PORTALS[name], origin)


# -- origin --------------------------------------------------------------------------------


def test_origin_is_normalized_to_scheme_host_port():
    assert site("baokhanhhoa", "HTTP://127.0.0.1:8123/some/path?x=1").origin == MIRROR
    assert site("baokhanhhoa", "https://New.Host.vn:443/").origin == "https://new.host.vn"
    assert site("baokhanhhoa").origin is None


@pytest.mark.parametrize("bad", ["127.0.0.1:8123", "/relative", "ftp://host/", "http://", "http://h:99999/"])
def test_bad_origin_is_refused_with_its_value_in_the_message(bad):
    with pytest.raises(ValueError, match="origin"):
        Site(PORTALS["nbtv"], bad)


# -- is_onsite -----------------------------------------------------------------------------


def test_without_origin_any_listed_host_and_scheme_is_onsite():
    s = site("angiang")
    assert s.is_onsite("https://angiang.gov.vn/cai-cach-hanh-chinh")
    assert s.is_onsite("http://www.angiang.gov.vn/x")
    assert s.is_onsite("https://SONOIVU.angiang.gov.vn/Pages/a.aspx?ItemID=1")
    assert not s.is_onsite("https://soyte.angiang.gov.vn/x")  # not listed
    assert not s.is_onsite("https://chinhphu.vn/")
    assert not s.is_onsite("mailto:a@angiang.gov.vn")
    assert not s.is_onsite("/relative/path")


def test_unlisted_www_variant_is_not_onsite():
    s = site("angiang")
    assert not s.is_onsite("https://www.sonoivu.angiang.gov.vn/x")


def test_with_origin_only_that_exact_scheme_host_and_port_is_onsite():
    s = site("baokhanhhoa", MIRROR)
    assert s.is_onsite("http://127.0.0.1:8123/chinh-tri/")
    assert not s.is_onsite("http://127.0.0.1:8124/chinh-tri/")
    assert not s.is_onsite("https://127.0.0.1:8123/chinh-tri/")
    assert not s.is_onsite("https://baokhanhhoa.vn/chinh-tri/")
    # ...but the portal's own hosts still belong to it (mirrored pages link to the real host).
    assert s.owns("https://baokhanhhoa.vn/chinh-tri/")
    assert s.owns("http://127.0.0.1:8123/chinh-tri/")
    assert not s.owns("https://facebook.com/baokhanhhoa")


def test_default_port_in_a_url_matches_an_origin_without_port():
    s = site("nbtv", "http://mirror.local")
    assert s.is_onsite("http://mirror.local:80/tin-tuc/")
    assert not s.is_onsite("http://mirror.local:8080/tin-tuc/")


# -- canonical -----------------------------------------------------------------------------


def test_mirror_url_maps_to_the_real_host_and_back():
    s = site("baokhanhhoa", MIRROR)
    url = "http://127.0.0.1:8123/chinh-tri/202302/x-y-z-w-8293410/?utm_source=fb#top"
    canonical = s.canonical(url)
    assert canonical == "https://baokhanhhoa.vn/chinh-tri/202302/x-y-z-w-8293410/"
    assert s.fetch_url(canonical) == "http://127.0.0.1:8123/chinh-tri/202302/x-y-z-w-8293410/"


def test_mirror_on_another_port_gives_the_same_canonical_url():
    path = "/thoi-su-chinh-tri/202307/ban-chi-dao-cai-cach-hanh-chinh-hop-phien-thu-nam-81c6907/"
    a = site("baohagiang", "http://127.0.0.1:8123").canonical(f"http://127.0.0.1:8123{path}")
    b = site("baohagiang", "http://127.0.0.1:40111").canonical(f"http://127.0.0.1:40111{path}")
    live = site("baohagiang").canonical(f"http://baohagiang.vn{path}")
    assert a == b == live == f"https://baohagiang.vn{path}"


def test_fetch_url_keeps_query_and_sends_real_host_urls_to_the_origin():
    s = site("angiang", "http://127.0.0.1:9000")
    assert s.fetch_url("https://angiang.gov.vn/Pages/a.aspx?ItemID=83") == "http://127.0.0.1:9000/Pages/a.aspx?ItemID=83"
    assert s.fetch_url("https://sonoivu.angiang.gov.vn/") == "http://127.0.0.1:9000/"
    assert s.fetch_url("https://chinhphu.vn/a") == "https://chinhphu.vn/a"


def test_fetch_url_without_origin_is_the_canonical_url():
    s = site("nbtv")
    assert s.fetch_url("https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html") == "https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html"


def test_alias_host_keeps_its_name_on_the_live_site_but_www_folds_in():
    s = site("angiang")
    assert s.canonical("http://sonoivu.angiang.gov.vn/cai-cach-hanh-chinh") == "https://sonoivu.angiang.gov.vn/cai-cach-hanh-chinh"
    assert s.canonical("http://www.angiang.gov.vn/-/tin-a-b") == "https://angiang.gov.vn/-/tin-a-b"


def test_scheme_host_port_and_fragment_are_normalized():
    s = site("nbtv")
    assert s.canonical("HTTP://NBTV.VN:80/Tin-Tuc/Thoi-Su/A-b-41234.html#comments") == "https://nbtv.vn/Tin-Tuc/Thoi-Su/A-b-41234.html"
    assert s.canonical("https://OTHER.example:8443/a#x") == "https://other.example:8443/a"
    assert s.canonical("http://other.example:80/a") == "http://other.example/a"
    assert s.canonical("https://nbtv.vn") == "https://nbtv.vn/"


def test_path_case_and_trailing_slash_are_kept():
    s = site("hochiminhcity")
    assert s.canonical("https://hochiminhcity.gov.vn/Pages/Tin.aspx") == "https://hochiminhcity.gov.vn/Pages/Tin.aspx"
    assert s.canonical("https://hochiminhcity.gov.vn/cai-cach/") == "https://hochiminhcity.gov.vn/cai-cach/"
    assert s.canonical("https://hochiminhcity.gov.vn/cai-cach") == "https://hochiminhcity.gov.vn/cai-cach"


def test_tracking_parameters_are_removed_and_the_rest_sorted():
    s = site("angiang")
    url = (
        "https://angiang.gov.vn/Pages/a.aspx?utm_source=zalo&ItemID=83&UTM_Campaign=x&fbclid=abc"
        "&gclid=1&zarsrc=30&zalo_share=1&_ga=2.1&mc_cid=1&igshid=9&ref=home&fromurl=x&share=fb&b=2&a=1"
    )
    assert s.canonical(url) == "https://angiang.gov.vn/Pages/a.aspx?ItemID=83&a=1&b=2"


def test_content_parameters_are_kept():
    s = site("angiang")
    assert s.canonical("https://angiang.gov.vn/list?from=20&page=2&print=1") == "https://angiang.gov.vn/list?from=20&page=2&print=1"


def test_empty_query_and_html_escaped_ampersand_are_cleaned():
    s = site("angiang")
    assert s.canonical("https://angiang.gov.vn/a/?") == "https://angiang.gov.vn/a/"
    assert s.canonical("https://angiang.gov.vn/a?utm_source=x") == "https://angiang.gov.vn/a"
    assert s.canonical("https://angiang.gov.vn/a.aspx?ItemID=83&amp;utm_source=x") == "https://angiang.gov.vn/a.aspx?ItemID=83"


def test_percent_encoding_is_normalized():
    s = site("nbtv")
    assert s.canonical("https://nbtv.vn/tin%2dtuc/c%e1%ba%a3i c%C3%A1ch") == "https://nbtv.vn/tin-tuc/c%E1%BA%A3i%20c%C3%A1ch"
    assert s.canonical("https://nbtv.vn/tin-tuc/cải-cách") == "https://nbtv.vn/tin-tuc/c%E1%BA%A3i-c%C3%A1ch"
    assert s.canonical("https://nbtv.vn/a/b/../c/./d") == "https://nbtv.vn/a/c/d"


def test_liferay_navigation_state_is_dropped_from_friendly_urls_only():
    s = site("hochiminhcity")
    url = (
        "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat?p_p_id=101_INSTANCE_ab&p_p_lifecycle=0"
        "&_101_INSTANCE_ab_redirect=%2Fcai-cach-hanh-chinh&redirect=%2F&inheritRedirect=true"
    )
    assert s.canonical(url) == "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat"
    listing = "https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?p_p_id=101_INSTANCE_ab&_101_INSTANCE_ab_cur=2"
    assert s.canonical(listing) == "https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?_101_INSTANCE_ab_cur=2&p_p_id=101_INSTANCE_ab"


def test_canonical_of_a_relative_or_non_http_url_is_an_error():
    s = site("nbtv")
    with pytest.raises(ValueError, match="not an absolute http"):
        s.canonical("/tin-tuc/")
    with pytest.raises(ValueError, match="mailto"):
        s.canonical("mailto:a@nbtv.vn")


def test_portal_with_only_a_host():
    bare = Portal(name="bare", title="bare", host="tinhuy.example.vn", hosts=frozenset({"tinhuy.example.vn"}))
    s = Site(bare)
    assert s.is_onsite("http://tinhuy.example.vn/a")
    assert s.canonical("http://tinhuy.example.vn/a?utm_medium=x") == "https://tinhuy.example.vn/a"
    assert Site(bare, "http://localhost:5000").fetch_url("https://tinhuy.example.vn/a") == "http://localhost:5000/a"


def test_strip_tracking_keeps_order_of_the_rest():
    assert strip_tracking("b=2&utm_source=x&a=1") == "b=2&a=1"
    assert strip_tracking("") == ""
    assert strip_tracking("redirect=1&x=2", liferay=True) == "x=2"
    assert strip_tracking("redirect=1&x=2") == "redirect=1&x=2"


# -- files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://angiang.gov.vn/Documents/Ke-hoach-CCHC-2024.pdf",
        "https://angiang.gov.vn/Documents/bao-cao.DOCX",
        "https://nbtv.vn/files/bang-so-lieu.xlsx",
        "https://nbtv.vn/a/slide.pptx",
        "https://nbtv.vn/a/tai-lieu.zip",
        "https://nbtv.vn/a/tai-lieu.rar",
        "https://nbtv.vn/a/tai-lieu.7z",
        "https://nbtv.vn/images/anh.JPG",
        "https://nbtv.vn/images/anh.webp",
        "https://nbtv.vn/images/logo.svg",
        "https://nbtv.vn/media/ban-tin.mp3",
        "https://nbtv.vn/media/ban-tin.mp4",
        "https://nbtv.vn/app/nbtv.apk",
        "https://angiang.gov.vn/DownloadFile.aspx?file=QD%20422.pdf",
        "https://angiang.gov.vn/Documents/K%E1%BA%BF%20ho%E1%BA%A1ch.pdf",
    ],
)
def test_file_urls(url):
    assert is_file_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html",
        "https://angiang.gov.vn/Pages/tin-tuc.aspx?ItemID=83",
        "https://baohagiang.vn/thoi-su-chinh-tri/202307/a-b-c-81c6907/",
        "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach",
        "https://nbtv.vn/",
    ],
)
def test_page_urls_are_not_files(url):
    assert not is_file_url(url)
