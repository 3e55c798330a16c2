"""robots.txt, sitemaps (index, urlset, gzip, broken, hostile) and RSS/Atom feeds."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from reformcrawl.config import VIETNAM_TZ
from reformcrawl.crawl import feeds
from reformcrawl.crawl.feeds import FeedItem, Sitemap, parse_feed, parse_sitemap, sitemaps_from_robots

FIXTURES = Path(__file__).parent / "fixtures" / "links"
VN = timezone(timedelta(hours=7))


def data(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# -- robots.txt ----------------------------------------------------------------------------


def test_sitemaps_from_robots():
    robots = (
        "\ufeffUser-agent: *\r\n"
        "Disallow: /tim-kiem\r\n"
        "Sitemap: https://baohagiang.vn/sitemap.xml\r\n"
        "sitemap:/sitemaps/news.xml   # tin tức\n"
        "  SITEMAP :  https://baohagiang.vn/sitemap.xml\n"
        "# Sitemap: https://baohagiang.vn/commented-out.xml\n"
        "Sitemap: ftp://baohagiang.vn/x.xml\n"
        "Allow: /sitemap-not-a-directive.xml\n"
    )
    assert sitemaps_from_robots(robots, "http://127.0.0.1:8123/robots.txt") == [
        "https://baohagiang.vn/sitemap.xml",
        "http://127.0.0.1:8123/sitemaps/news.xml",
    ]


def test_robots_without_sitemaps():
    assert sitemaps_from_robots("User-agent: *\nDisallow:\n", "https://nbtv.vn/") == []
    assert sitemaps_from_robots("", "https://nbtv.vn/") == []


# -- sitemaps ------------------------------------------------------------------------------

URLSET = Sitemap(
    urls=(
        (
            "https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-8293410/",
            datetime(2023, 2, 3, 5, 2, tzinfo=VN),
        ),
        (
            "https://baokhanhhoa.vn/chinh-tri/202302/khanh-hoa-tang-4-bac-chi-so-cai-cach-hanh-chinh-8291187/",
            datetime(2023, 2, 1, tzinfo=VIETNAM_TZ),
        ),
        (
            "https://baokhanhhoa.vn/chinh-tri/202302/so-hoa-ho-so-thu-tuc-hanh-chinh-dat-67-32-8289901/",
            datetime(2023, 1, 31, 1, 15, 30, tzinfo=timezone.utc),
        ),
        (
            "https://baokhanhhoa.vn/xa-hoi/202302/cap-doi-giay-phep-lai-xe-truc-tuyen-toan-trinh-8293377/",
            datetime(2023, 2, 2, 16, 40, tzinfo=VN),
        ),
        ("https://baokhanhhoa.vn/chinh-tri/", None),
    )
)


def test_sitemap_urlset_with_image_and_news_extensions():
    sitemap = parse_sitemap(data("sitemap_urlset.xml"))
    assert sitemap == URLSET
    assert sitemap.children == ()
    assert all(lastmod is None or lastmod.tzinfo is not None for _, lastmod in sitemap.urls)


def test_sitemap_index():
    sitemap = parse_sitemap(data("sitemap_index.xml"))
    assert sitemap.children == (
        "https://baokhanhhoa.vn/sitemaps/news-2023-02.xml",
        "https://baokhanhhoa.vn/sitemaps/news-2023-01.xml.gz",
    )
    assert sitemap.urls == ()


def test_gzip_sitemap_is_decompressed():
    assert parse_sitemap(gzip.compress(data("sitemap_urlset.xml"))) == URLSET


def test_sitemap_without_namespace_and_with_partial_dates():
    xml = b"""<urlset><url><loc>https://nbtv.vn/a-b-c-1.html</loc><lastmod>2021-03</lastmod></url>
              <url><loc>https://nbtv.vn/a-b-c-2.html</loc><lastmod>2021</lastmod></url></urlset>"""
    assert parse_sitemap(xml).urls == (
        ("https://nbtv.vn/a-b-c-1.html", datetime(2021, 3, 1, tzinfo=VIETNAM_TZ)),
        ("https://nbtv.vn/a-b-c-2.html", datetime(2021, 1, 1, tzinfo=VIETNAM_TZ)),
    )


def test_gzip_over_the_size_cap_is_refused(monkeypatch):
    monkeypatch.setattr(feeds, "MAX_DECOMPRESSED_BYTES", 1000)
    bomb = gzip.compress(b"<urlset>" + b" " * 5000 + b"</urlset>")
    assert len(bomb) < 1000
    with pytest.raises(ValueError, match="over the 0 MB limit once decompressed"):
        parse_sitemap(bomb)


def test_real_cap_is_fifty_megabytes():
    assert feeds.MAX_DECOMPRESSED_BYTES == 50 * 1024 * 1024
    bomb = gzip.compress(b"<urlset>" + b" " * (50 * 1024 * 1024 + 10) + b"</urlset>")
    with pytest.raises(ValueError, match="over the 50 MB limit once decompressed"):
        parse_sitemap(bomb)


def test_corrupt_gzip_is_an_error():
    broken = gzip.compress(data("sitemap_urlset.xml"))[:20] + b"\x00" * 40
    with pytest.raises(ValueError, match="gzip-compressed but corrupt"):
        parse_sitemap(broken)


def test_truncated_sitemap_gives_what_can_be_recovered():
    xml = data("sitemap_urlset.xml")
    cut = xml[: xml.index(b"so-hoa-ho-so")]
    sitemap = parse_sitemap(cut)
    assert [loc for loc, _ in sitemap.urls] == [
        "https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-8293410/",
        "https://baokhanhhoa.vn/chinh-tri/202302/khanh-hoa-tang-4-bac-chi-so-cai-cach-hanh-chinh-8291187/",
    ]


def test_unclosed_tags_are_recovered():
    xml = b"<urlset><url><loc>https://nbtv.vn/x-y-z-1.html</loc><url><loc>https://nbtv.vn/x-y-z-2.html</loc></urlset>"
    assert [loc for loc, _ in parse_sitemap(xml).urls] == ["https://nbtv.vn/x-y-z-1.html", "https://nbtv.vn/x-y-z-2.html"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "sitemap is empty"),
        (b"  \n ", "sitemap is empty"),
        (b"<html><body><h1>404 Not Found</h1></body></html>", r"not a sitemap: the root element is <html>"),
        ("Trang bạn tìm không tồn tại".encode(), "neither XML nor a plain list"),
        (b"<<<>>>", "not XML|not readable XML"),
    ],
)
def test_bad_sitemaps_are_refused_with_a_clear_message(body, message):
    with pytest.raises(ValueError, match=message):
        parse_sitemap(body)


def test_plain_text_sitemap():
    body = b"https://nbtv.vn/a-b-c-1.html\r\n\r\nhttps://nbtv.vn/a-b-c-2.html\nhttps://nbtv.vn/a-b-c-1.html\n"
    assert parse_sitemap(body).urls == (("https://nbtv.vn/a-b-c-1.html", None), ("https://nbtv.vn/a-b-c-2.html", None))


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE urlset [
  <!ENTITY xxe SYSTEM "file://{secret}">
  <!ENTITY host "attacker.example">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>&xxe;</loc></url>
  <url><loc>https://&host;/x</loc></url>
  <url><loc>https://nbtv.vn/tin-tuc/thoi-su/that-la-bai-viet-41234.html</loc><lastmod>&xxe;</lastmod></url>
</urlset>""".encode()
    sitemap = parse_sitemap(xml)
    assert sitemap.urls == (("https://nbtv.vn/tin-tuc/thoi-su/that-la-bai-viet-41234.html", None),)
    assert "TOP-SECRET" not in repr(sitemap)


def test_entity_expansion_bomb_is_not_expanded():
    lol = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY l0 "lol">{lol}]><urlset><url><loc>&l9;</loc></url></urlset>'
    assert parse_sitemap(xml.encode()) == Sitemap()


# -- feeds ---------------------------------------------------------------------------------


def test_rss_feed():
    items = parse_feed(data("rss_baohagiang.xml"))
    assert items == [
        FeedItem(
            link="https://baohagiang.vn/thoi-su-chinh-tri/202307/ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-hop-phien-thu-nam-81c6907/",
            title="Ban Chỉ đạo Cải cách hành chính của Chính phủ họp phiên thứ năm",
            published=datetime(2023, 7, 19, 15, 20, tzinfo=VN),
        ),
        FeedItem(
            link="https://baohagiang.vn/thoi-su-chinh-tri/202307/hdnd-tinh-khoa-xviii-to-chuc-ky-hop-thu-muoi-81c5e0b/",
            title="HĐND tỉnh khóa XVIII tổ chức Kỳ họp thứ mười & bế mạc",
            published=datetime(2023, 7, 18, 2, 0, tzinfo=timezone.utc),
        ),
        FeedItem(
            link="https://baohagiang.vn/thoi-su-chinh-tri/202307/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022-cua-cac-so-nganh-81c57d4/",
            title="Công bố Chỉ số cải cách hành chính năm 2022",
            published=datetime(2023, 7, 17, 8, 30, tzinfo=VIETNAM_TZ),
        ),
        FeedItem(
            link="https://baohagiang.vn/thoi-su-chinh-tri/202307/ha-giang-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh-81c5f21/",
            title="Hà Giang đẩy mạnh chuyển đổi số",
            published=datetime(2023, 7, 16, 10, 0, tzinfo=VN),
        ),
        FeedItem(
            link="https://baohagiang.vn/xa-hoi/202307/tin-khong-co-ngay-dang-81c5000/",
            title="Tin không có ngày",
            published=None,
        ),
    ]
    assert items[0].published.utcoffset() == timedelta(hours=7)


def test_atom_feed_resolves_relative_links_against_the_base_url():
    items = parse_feed(data("atom_hochiminhcity.xml"), base_url="https://hochiminhcity.gov.vn/cai-cach-hanh-chinh")
    assert items == [
        FeedItem(
            link="https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh-noi-bo-giai-doan-2022-2025",
            title="Triển khai Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022-2025",
            published=datetime(2022, 11, 11, 16, 45, tzinfo=VN),
        ),
        FeedItem(
            link="https://hochiminhcity.gov.vn/-/3-chuong-trinh-dot-pha-va-1-chuong-trinh-trong-diem",
            title="3 Chương trình đột phá và 1 chương trình trọng điểm",
            published=datetime(2022, 11, 10, 9, 30, tzinfo=timezone.utc),
        ),
        FeedItem(
            link="https://hochiminhcity.gov.vn/-/so-noi-vu-huong-dan-danh-gia-chi-so-cai-cach-hanh-chinh-2023",
            title="Sở Nội vụ hướng dẫn đánh giá Chỉ số cải cách hành chính",
            published=None,
        ),
    ]


def test_atom_relative_links_are_dropped_without_a_base_url():
    links = [item.link for item in parse_feed(data("atom_hochiminhcity.xml"))]
    assert links == [
        "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh-noi-bo-giai-doan-2022-2025",
        "https://hochiminhcity.gov.vn/-/so-noi-vu-huong-dan-danh-gia-chi-so-cai-cach-hanh-chinh-2023",
    ]


def test_gzip_feed():
    assert len(parse_feed(gzip.compress(data("rss_baohagiang.xml")))) == 5


def test_rss_1_0_feed():
    xml = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://nbtv.vn/"><title>NBTV</title></channel>
  <item rdf:about="https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html">
    <title>Tin A</title><link>https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html</link>
    <dc:date>2021-03-26T14:49:57+07:00</dc:date>
  </item>
</rdf:RDF>"""
    assert parse_feed(xml) == [
        FeedItem("https://nbtv.vn/tin-tuc/thoi-su/a-b-c-41234.html", "Tin A", datetime(2021, 3, 26, 14, 49, 57, tzinfo=VN))
    ]


def test_truncated_feed_gives_the_complete_items():
    xml = data("rss_baohagiang.xml")
    cut = xml[: xml.index("<title>Công bố".encode())]
    assert [item.title for item in parse_feed(cut)] == [
        "Ban Chỉ đạo Cải cách hành chính của Chính phủ họp phiên thứ năm",
        "HĐND tỉnh khóa XVIII tổ chức Kỳ họp thứ mười & bế mạc",
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "feed is empty"),
        ("<html><head><title>Lỗi</title></head></html>".encode(), "not a feed: the root element is <html>"),
        (data("sitemap_urlset.xml"), "not a feed: the root element is <urlset>"),
        (b"plain text", "feed is not XML"),
    ],
)
def test_bad_feeds_are_refused_with_a_clear_message(body, message):
    with pytest.raises(ValueError, match=message):
        parse_feed(body)


def test_feed_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    xml = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><item><title>&xxe;</title><link>https://nbtv.vn/a-b-c-1.html</link></item>
<item><title>ok</title><link>&xxe;</link></item></channel></rss>""".encode()
    assert parse_feed(xml) == [FeedItem("https://nbtv.vn/a-b-c-1.html", "", None)]
