"""Link discovery on hand-written listing pages in the styles of the five portals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import lxml.html
import pytest

from reformcrawl.crawl.links import PageLinks, discover, is_article_url, page_number
from reformcrawl.crawl.urls import Site
from reformcrawl.portals import Portal, all_portals

FIXTURES = Path(__file__).parent / "fixtures" / "links"
PORTALS = all_portals()
BARE = Portal(name="tinhuy", title="Tỉnh ủy", host="tinhuy.example.vn", hosts=frozenset({"tinhuy.example.vn"}))


def site(name: str, origin: str | None = None) -> Site:
    return Site(PORTALS[name], origin)


def without_hints(name: str) -> Site:
    """The portal's hosts only, no article or listing hints."""
    portal = PORTALS[name]
    return Site(Portal(name=name, title=name, host=portal.host, aliases=portal.aliases, hosts=portal.hosts))


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def page(body: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


# -- the five portal styles ----------------------------------------------------------------

BAOHAGIANG_ARTICLES = (
    "https://baohagiang.vn/thoi-su-chinh-tri/202307/ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-hop-phien-thu-nam-81c6907/",
    "https://baohagiang.vn/thoi-su-chinh-tri/202307/ha-giang-day-manh-chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh-81c5f21/",
    "https://baohagiang.vn/thoi-su-chinh-tri/202307/hdnd-tinh-khoa-xviii-to-chuc-ky-hop-thu-muoi-81c5e0b/",
    "https://baohagiang.vn/thoi-su-chinh-tri/202307/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022-cua-cac-so-nganh-81c57d4/",
    "https://baohagiang.vn/kinh-te/202307/nang-cao-chi-so-nang-luc-canh-tranh-cap-tinh-pci-81c5a93/",
)


def test_baohagiang_page_query_with_arrow_and_numbers():
    links = discover("https://baohagiang.vn/thoi-su-chinh-tri/", fixture("baohagiang_page1.html"), site("baohagiang"))
    assert links.canonical_articles == BAOHAGIANG_ARTICLES
    assert links.next_pages == ("https://baohagiang.vn/thoi-su-chinh-tri/?page=2",)
    assert links.offsite == 3  # facebook.com, chinhphu.vn, zalo.me; mailto/tel/javascript/#top are not links
    # home x2, login, register, 5 menu sections, 3 tags/topics, PDF, another section's "»",
    # RSS, sitemap, "Giới thiệu"
    assert links.ignored == 17


def test_image_and_title_links_give_one_article_titled_by_the_longest_text():
    links = discover("https://baohagiang.vn/thoi-su-chinh-tri/", fixture("baohagiang_page1.html"), site("baohagiang"))
    first = BAOHAGIANG_ARTICLES[0]
    assert links.canonical_articles.count(first) == 1
    assert links.article_titles[first] == "Ban Chỉ đạo Cải cách hành chính của Chính phủ họp phiên thứ năm"
    assert links.article_titles[BAOHAGIANG_ARTICLES[2]] == "HĐND tỉnh khóa XVIII tổ chức Kỳ họp thứ mười"
    assert len(links.article_titles) == 5


def test_baohagiang_last_page_has_no_next_page():
    html = page(
        """
        <a href="/thoi-su-chinh-tri/202301/bai-viet-cu-nhat-trong-chuyen-muc-81a0001/">Bài viết cũ nhất trong chuyên mục thời sự</a>
        <div class="pagination">
          <a href="/thoi-su-chinh-tri/?page=11">«</a>
          <a href="/thoi-su-chinh-tri/">1</a> <span>...</span>
          <a href="/thoi-su-chinh-tri/?page=10">10</a>
          <a href="/thoi-su-chinh-tri/?page=11">11</a>
          <span class="active">12</span>
        </div>"""
    )
    links = discover("https://baohagiang.vn/thoi-su-chinh-tri/?page=12", html, site("baohagiang"))
    assert links.next_pages == ()
    assert links.canonical_articles == ("https://baohagiang.vn/thoi-su-chinh-tri/202301/bai-viet-cu-nhat-trong-chuyen-muc-81a0001/",)
    assert links.ignored == 0


BAOKHANHHOA_ARTICLES = (
    "https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-8293410/",
    "https://baokhanhhoa.vn/chinh-tri/202302/khanh-hoa-tang-4-bac-chi-so-cai-cach-hanh-chinh-8291187/",
    "https://baokhanhhoa.vn/chinh-tri/202302/ky-hop-chuyen-de-hdnd-tinh-khoa-vii-8290542/",
    "https://baokhanhhoa.vn/chinh-tri/202302/so-hoa-ho-so-thu-tuc-hanh-chinh-dat-67-32-8289901/",
    "https://baokhanhhoa.vn/xa-hoi/202302/cap-doi-giay-phep-lai-xe-truc-tuyen-toan-trinh-8293377/",
)


def test_baokhanhhoa_trang_n_path_with_trang_sau():
    links = discover("https://baokhanhhoa.vn/chinh-tri/trang-2/", fixture("baokhanhhoa_page2.html"), site("baokhanhhoa"))
    assert links.canonical_articles == BAOKHANHHOA_ARTICLES
    assert links.next_pages == ("https://baokhanhhoa.vn/chinh-tri/trang-3/",)
    assert links.offsite == 3  # facebook, zalo.me, protocol-relative youtube
    # home, menu "Chính trị" (not a pager link), 3 other sections, login, "Xem thêm", contact, ads
    assert links.ignored == 9
    # &nbsp; and a line break inside the title collapse to single spaces
    assert links.article_titles[BAOKHANHHOA_ARTICLES[0]] == "Phiên họp thứ ba Ban Chỉ đạo cải cách hành chính của Chính phủ"


def test_baokhanhhoa_last_page_has_no_next_page():
    html = page(
        """<DIV CLASS="paging"><A HREF="/chinh-tri/trang-6/">Trang trước</A> <A HREF="/chinh-tri/">1</A>
        <A HREF="/chinh-tri/trang-6/">6</A> <SPAN>7</SPAN></DIV>"""
    )
    links = discover("https://baokhanhhoa.vn/chinh-tri/trang-7/", html, site("baokhanhhoa"))
    assert links == PageLinks(offsite=0, ignored=0)


NBTV_ARTICLES = (
    "https://nbtv.vn/tin-tuc/thoi-su/trien-khai-cac-giai-phap-nang-cao-chat-luong-hieu-qua-cai-cach-thu-tuc-hanh-chinh-41234.html",
    "https://nbtv.vn/tin-tuc/thoi-su/ninh-binh-cong-bo-chi-so-par-index-nam-2020-41219.html",
    "https://nbtv.vn/tin-tuc/chinh-tri/ky-hop-thu-15-hdnd-tinh-khoa-xiv-41207.html",
    "https://nbtv.vn/video/ban-tin-thoi-su-toi-26-3-2021-41250.html",
)


def test_nbtv_rel_next_with_tiep_nested_tables_and_base_href():
    links = discover("https://nbtv.vn/tin-tuc/thoi-su/", fixture("nbtv_thoisu.html"), site("nbtv"))
    assert links.canonical_articles == NBTV_ARTICLES
    assert links.next_pages == ("https://nbtv.vn/tin-tuc/thoi-su/trang-2.html",)
    assert links.offsite == 2
    assert links.ignored == 9  # the page itself, 5 sections, RSS, search, login
    assert links.article_titles[NBTV_ARTICLES[3]] == "Bản tin thời sự tối 26/3/2021"


def test_nbtv_last_page_without_rel_next():
    html = page(
        """<table><tr><td class="title"><a href="/tin-tuc/thoi-su/hop-bao-cong-bo-ket-qua-cai-cach-hanh-chinh-40001.html">Họp báo công bố kết quả cải cách hành chính</a></td></tr></table>
        <div class="paging"><a rel="prev" href="/tin-tuc/thoi-su/trang-7.html">Trước</a><span class="current">8</span></div>"""
    )
    links = discover("https://nbtv.vn/tin-tuc/thoi-su/trang-8.html", html, site("nbtv"))
    assert links.next_pages == ()
    assert links.canonical_articles == ("https://nbtv.vn/tin-tuc/thoi-su/hop-bao-cong-bo-ket-qua-cai-cach-hanh-chinh-40001.html",)


HCM_ARTICLES = (
    "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat-don-gian-hoa-thu-tuc-hanh-chinh-noi-bo-giai-doan-2022-2025",
    "https://hochiminhcity.gov.vn/cai-cach-hanh-chinh/-/asset_publisher/Kq3dPmV7dRuX/content/tphcm-cong-bo-chi-so-hai-long-cua-nguoi-dan-nam-2022",
    "https://hochiminhcity.gov.vn/-/3-chuong-trinh-dot-pha-va-1-chuong-trinh-trong-diem",
    "https://hochiminhcity.gov.vn/-/so-noi-vu-huong-dan-danh-gia-chi-so-cai-cach-hanh-chinh-2023",
    "https://hochiminhcity.gov.vn/-/ubnd-thanh-pho-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2023",
)
HCM_PAGER = (
    "https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?p_p_id=101_INSTANCE_Kq3dPmV7dRuX&p_p_lifecycle=0"
    "&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2&p_p_col_count=1&_101_INSTANCE_Kq3dPmV7dRuX_delta=10"
    "&_101_INSTANCE_Kq3dPmV7dRuX_keywords=&_101_INSTANCE_Kq3dPmV7dRuX_advancedSearch=false"
    "&_101_INSTANCE_Kq3dPmV7dRuX_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_Kq3dPmV7dRuX_cur="
)


def test_hochiminhcity_liferay_cur_with_trang_sau():
    links = discover("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh", fixture("hochiminhcity_cchc.html"), site("hochiminhcity"))
    assert links.canonical_articles == HCM_ARTICLES
    assert links.next_pages == (HCM_PAGER + "2",)
    assert links.offsite == 3  # chinhphu.vn, an unlisted subdomain, facebook
    # home, "Giới thiệu", the page itself, "Tin tức", login, search, Liferay category and tag
    assert links.ignored == 8


def test_liferay_second_page_with_plain_cur_parameter():
    html = page(
        """<h3><a href="/-/so-noi-vu-tong-ket-cong-tac-cai-cach-hanh-chinh">Sở Nội vụ tổng kết công tác cải cách hành chính</a></h3>
        <div class="taglib-page-iterator">
          <a href="/cai-cach-hanh-chinh?_cur=1">Đầu</a> <a href="/cai-cach-hanh-chinh?_cur=1">Trước</a>
          <a href="/cai-cach-hanh-chinh?_cur=3">Trang sau</a> <a href="/cai-cach-hanh-chinh?_cur=9">Cuối</a>
        </div>"""
    )
    links = discover("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?_cur=2", html, site("hochiminhcity"))
    assert links.next_pages == ("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?_cur=3",)
    assert links.canonical_articles == ("https://hochiminhcity.gov.vn/-/so-noi-vu-tong-ket-cong-tac-cai-cach-hanh-chinh",)
    assert links.ignored == 0


def test_liferay_last_page_has_no_next_page():
    html = page(
        """<div class="taglib-page-iterator"><a href="/cai-cach-hanh-chinh?_cur=1">Đầu</a>
        <a href="/cai-cach-hanh-chinh?_cur=8">Trước</a> <span>Trang sau</span> <span>Cuối</span></div>"""
    )
    assert discover("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?_cur=9", html, site("hochiminhcity")).next_pages == ()


ANGIANG_ARTICLES = (
    "https://sonoivu.angiang.gov.vn/Pages/thu-tuong-chinh-phu-chu-tri-phien-hop-thu-bay-ban-chi-dao-cai-cach-hanh-chinh.aspx?ItemID=1893",
    "https://sonoivu.angiang.gov.vn/Pages/so-noi-vu-kiem-tra-cong-tac-cai-cach-hanh-chinh-nam-2024.aspx?ItemID=1887",
    "https://sonoivu.angiang.gov.vn/tin-tuc/ket-qua-chi-so-hai-long-nam-2023-1875.html",
    "https://angiang.gov.vn/-/ubnd-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024",
    "https://sonoivu.angiang.gov.vn/Pages/Chi-thi-ve-tang-cuong-ky-luat-ky-cuong-hanh-chinh.aspx?ItemID=1870",
)


def test_angiang_alias_host_numbered_links_only_uppercase_tables_and_dotdot():
    url = "https://sonoivu.angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&pageindex=2"
    links = discover(url, fixture("angiang_sonoivu.html"), site("angiang"))
    assert links.canonical_articles == ANGIANG_ARTICLES
    assert links.next_pages == ("https://sonoivu.angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&pageindex=3",)
    assert links.offsite == 2  # dichvucong. and soyte. are not listed hosts of the portal
    # alias root, main host root, category page 1 and another category, documents page, .docx, login
    assert links.ignored == 7
    # an image-only link is titled by its title attribute
    assert links.article_titles[ANGIANG_ARTICLES[4]] == "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính"


def test_numbered_links_on_the_last_page_give_no_next_page():
    html = page(
        '<div class="pager"><A HREF="?CatID=12&amp;pageindex=3">3</A> <A HREF="?CatID=12&amp;pageindex=4">4</A> <SPAN>5</SPAN></div>'
    )
    url = "https://sonoivu.angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&pageindex=5"
    assert discover(url, html, site("angiang")).next_pages == ()


NOHINTS_ARTICLES = (
    "https://tinhuy.example.vn/tin-tuc/2024/02/06/thu-tuong-chu-tri-phien-hop-thu-bay",
    "https://tinhuy.example.vn/tin-tuc/chinh-quyen/hoi-nghi-trien-khai-nhiem-vu-cai-cach-hanh-chinh-nam-2024-5123.html",
    "https://tinhuy.example.vn/tin-tuc/chinh-quyen/so-noi-vu-kiem-tra-cai-cach-hanh-chinh-tai-huyen-chau-thanh",
    "https://tinhuy.example.vn/tin-tuc/chinh-quyen/ra-mat-bo-phan-mot-cua-hien-dai",
    "https://tinhuy.example.vn/tin-tuc/chinh-quyen/cai-cach-hanh-chinh-cap-xa/xa-vinh-thanh-trien-khai-mot-cua-dien-tu-234.html",
)


def test_portal_without_hints_finds_articles_by_shape_text_and_structure():
    links = discover("https://tinhuy.example.vn/tin-tuc/chinh-quyen/", fixture("generic_nohints.html"), Site(BARE))
    assert links.canonical_articles == NOHINTS_ARTICLES
    # icon-only "next" link named by aria-label, and the numbered "2", both lead to page 2
    assert links.next_pages == ("https://tinhuy.example.vn/tin-tuc/chinh-quyen/page/2/",)
    assert links.offsite == 1
    # home, a one-level section, the page itself, "Đảng - Đoàn thể", a long label in the
    # "sub-menu", and a sub-section whose own articles are linked below it
    assert links.ignored == 6


# -- origins -------------------------------------------------------------------------------


def test_mirror_origin_gives_canonical_articles_and_next_page_on_the_mirror():
    mirror = site("baokhanhhoa", "http://127.0.0.1:8123")
    links = discover("http://127.0.0.1:8123/chinh-tri/trang-2/", fixture("baokhanhhoa_page2.html"), mirror)
    assert links.canonical_articles == BAOKHANHHOA_ARTICLES  # on https://baokhanhhoa.vn, not the mirror
    assert links.next_pages == ("http://127.0.0.1:8123/chinh-tri/trang-3/",)
    assert links.offsite == 3


def test_mirrored_page_with_absolute_real_host_links_is_fetched_from_the_mirror():
    html = page(
        """<h3><a href="https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-8293410/?utm_source=fb#top">Phiên họp thứ ba Ban Chỉ đạo cải cách hành chính</a></h3>
        <a href="https://baokhanhhoa.vn/chinh-tri/trang-2/">Trang sau</a>
        <a href="http://127.0.0.1:9999/chinh-tri/">another mirror</a>"""
    )
    links = discover("http://127.0.0.1:8123/chinh-tri/", html, site("baokhanhhoa", "http://127.0.0.1:8123/"))
    assert links.canonical_articles == ("https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-8293410/",)
    assert links.next_pages == ("http://127.0.0.1:8123/chinh-tri/trang-2/",)
    assert links.offsite == 1


# -- pagination rules ----------------------------------------------------------------------


def test_arrow_to_another_section_is_not_pagination():
    html = page('<div class="box"><a href="/kinh-te/">»</a> <a href="/xa-hoi/?page=2">Trang sau</a></div>')
    links = discover("https://baokhanhhoa.vn/chinh-tri/", html, site("baokhanhhoa"))
    assert links.next_pages == ()
    assert links.ignored == 2


def test_rel_next_to_another_section_is_not_pagination():
    html = "<html><head><link rel='next' href='/xa-hoi/trang-2/'></head><body></body></html>"
    assert discover("https://baokhanhhoa.vn/chinh-tri/", html, site("baokhanhhoa")).next_pages == ()


def test_link_rel_next_in_head_alone_is_enough():
    html = "<html><head><link rel='next' href='/tin-tuc/thoi-su/trang-3.html'></head><body><p>x</p></body></html>"
    links = discover("https://nbtv.vn/tin-tuc/thoi-su/trang-2.html", html, site("nbtv"))
    assert links.next_pages == ("https://nbtv.vn/tin-tuc/thoi-su/trang-3.html",)
    assert links.ignored == 0


@pytest.mark.parametrize(
    "anchor",
    [
        '<a href="/chinh-tri/?p=2">Trang sau</a>',
        '<a href="/chinh-tri/?p=2">trang   TIẾP</a>',
        '<a href="/chinh-tri/?p=2">Tiếp theo »</a>',
        '<a href="/chinh-tri/?p=2">Sau</a>',
        '<a href="/chinh-tri/?p=2">›</a>',
        '<a href="/chinh-tri/?p=2">&gt;</a>',
        '<a href="/chinh-tri/?p=2">&gt;&gt;</a>',
        '<a href="/chinh-tri/?p=2"> Next </a>',
        '<a href="/chinh-tri/?p=2" title="Trang sau"><i class="fa fa-angle-right"></i></a>',
        '<a href="/chinh-tri/?p=2" aria-label="Tiếp"><svg></svg></a>',
        '<a href="/chinh-tri/?p=2"><img src="/img/next.png" alt="Trang sau"></a>',
        '<a href="/chinh-tri/?p=2" class="page-next"></a>',
        '<a href="/chinh-tri/?p=2">2</a>',
        '<a href="/chinh-tri/?p=2">[2]</a>',
        '<a href="/chinh-tri/?p=2" rel="nofollow next">x</a>',
    ],
)
def test_next_page_labels(anchor):
    links = discover("https://baokhanhhoa.vn/chinh-tri/", page(anchor), site("baokhanhhoa"))
    assert links.next_pages == ("https://baokhanhhoa.vn/chinh-tri/?p=2",)


def test_numbered_link_beats_an_arrow_to_the_last_page():
    html = page(
        """<a href="/chinh-tri/?page=9">»</a><a href="/chinh-tri/?page=3">3</a><a href="/chinh-tri/?page=4">4</a>"""
    )
    links = discover("https://baokhanhhoa.vn/chinh-tri/?page=2", html, site("baokhanhhoa"))
    assert links.next_pages == ("https://baokhanhhoa.vn/chinh-tri/?page=3",)


def test_lowest_of_several_next_labels_wins():
    html = page('<a href="/chinh-tri/?page=9">&gt;&gt;</a><a href="/chinh-tri/?page=3">&gt;</a>')
    links = discover("https://baokhanhhoa.vn/chinh-tri/?page=2", html, site("baokhanhhoa"))
    assert links.next_pages == ("https://baokhanhhoa.vn/chinh-tri/?page=3",)


def test_arrow_titled_last_page_is_not_next():
    html = page('<a href="/chinh-tri/?page=9" title="Trang cuối">»</a>')
    assert discover("https://baokhanhhoa.vn/chinh-tri/?page=2", html, site("baokhanhhoa")).next_pages == ()


def test_next_that_points_back_is_not_followed():
    html = page('<a href="/chinh-tri/">Trang sau</a><a href="/chinh-tri/?page=1">»</a>')
    assert discover("https://baokhanhhoa.vn/chinh-tri/?page=3", html, site("baokhanhhoa")).next_pages == ()


def test_unknown_page_parameter_is_followed_when_labelled_next():
    html = page('<a href="/chinh-tri/?start=20">Trang sau</a>')
    links = discover("https://baokhanhhoa.vn/chinh-tri/", html, site("baokhanhhoa"))
    assert links.next_pages == ("https://baokhanhhoa.vn/chinh-tri/?start=20",)


def test_pager_keeps_the_other_query_parameters_of_the_listing():
    html = page('<a href="?CatID=15&amp;pageindex=2">2</a><a href="?CatID=12&amp;pageindex=2">2</a>')
    links = discover("https://angiang.gov.vn/Pages/TinTuc.aspx?CatID=12", html, site("angiang"))
    assert links.next_pages == ("https://angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&pageindex=2",)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://baohagiang.vn/thoi-su-chinh-tri/", 1),
        ("https://baohagiang.vn/thoi-su-chinh-tri/?page=3", 3),
        ("https://baohagiang.vn/thoi-su-chinh-tri/?Page=4&sort=new", 4),
        ("https://baohagiang.vn/thoi-su-chinh-tri/?p=5", 5),
        ("https://baohagiang.vn/thoi-su-chinh-tri/?trang=6", 6),
        ("https://angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&PageIndex=7", 7),
        ("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?_cur=8", 8),
        ("https://hochiminhcity.gov.vn/cai-cach-hanh-chinh?p_p_id=x&_101_INSTANCE_ab_cur=9&p_r_p_1_resetCur=false", 9),
        ("https://baokhanhhoa.vn/chinh-tri/trang-10/", 10),
        ("https://nbtv.vn/tin-tuc/thoi-su/trang-11.html", 11),
        ("https://tinhuy.example.vn/tin-tuc/page/12/", 12),
        ("https://tinhuy.example.vn/tin-tuc/p/13", 13),
        ("https://baohagiang.vn/thoi-su-chinh-tri/?page=abc", 1),
        ("not a url", 1),
    ],
)
def test_page_number(url, number):
    assert page_number(url) == number


# -- article URL shapes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("baohagiang", "https://baohagiang.vn/thoi-su-chinh-tri/202307/ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-hop-phien-thu-nam-81c6907/"),
        ("baokhanhhoa", "https://baokhanhhoa.vn/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-8293410/"),
        ("nbtv", "https://nbtv.vn/tin-tuc/thoi-su/trien-khai-giai-phap-cai-cach-41234.html"),
        ("nbtv", "https://nbtv.vn/thoi-su/trien-khai-giai-phap-cai-cach-41234.htm"),
        ("angiang", "https://angiang.gov.vn/tin-tuc/trien-khai-giai-phap-cai-cach-41234.aspx"),
        ("hochiminhcity", "https://hochiminhcity.gov.vn/-/trien-khai-ke-hoach-ra-soat"),
        ("hochiminhcity", "https://hochiminhcity.gov.vn/tin-tuc/-/asset_publisher/Ab12/content/trien-khai-ke-hoach"),
        ("angiang", "https://angiang.gov.vn/Pages/tin-tuc.aspx?id=123"),
        ("angiang", "https://sonoivu.angiang.gov.vn/Pages/thu-tuong-chu-tri.aspx?ItemID=83"),
        ("angiang", "https://angiang.gov.vn/news.php?newsid=5"),
        ("angiang", "https://angiang.gov.vn/?newsid=5"),
        # one-segment slug with an id: the broad listing hint does not hide it
        ("baohagiang", "https://baohagiang.vn/thu-tuong-chu-tri-phien-hop-thu-bay-12345"),
    ],
)
def test_article_urls(name, url):
    assert is_article_url(url, site(name))
    assert is_article_url(url, without_hints(name))  # the generic rules alone find it too


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("baohagiang", "https://baohagiang.vn/"),
        ("baohagiang", "https://baohagiang.vn/index.html"),
        ("baohagiang", "https://baohagiang.vn/chinh-tri/"),
        ("nbtv", "https://nbtv.vn/tin-tuc/thoi-su/"),
        ("baohagiang", "https://baohagiang.vn/cai-cach-hanh-chinh/"),
        ("baohagiang", "https://baohagiang.vn/thoi-su-chinh-tri/202307/"),
        ("baohagiang", "https://baohagiang.vn/tag/cai-cach-hanh-chinh-nam-2023-12345"),
        ("baohagiang", "https://baohagiang.vn/tags/cai-cach/"),
        ("baohagiang", "https://baohagiang.vn/chu-de/phien-hop-chinh-phu-12/"),
        ("baohagiang", "https://baohagiang.vn/tu-khoa/so-hoa.html"),
        ("baohagiang", "https://baohagiang.vn/tim-kiem?q=cai+cach"),
        ("baohagiang", "https://baohagiang.vn/tin-tuc?keyword=cai+cach"),
        ("baohagiang", "https://baohagiang.vn/dang-nhap"),
        ("baohagiang", "https://baohagiang.vn/dang-ky.html"),
        ("baohagiang", "https://baohagiang.vn/login"),
        ("baohagiang", "https://baohagiang.vn/user/profile"),
        ("hochiminhcity", "https://hochiminhcity.gov.vn/c/portal/login?p_l_id=1"),
        ("baohagiang", "https://baohagiang.vn/rss/thoi-su-chinh-tri.rss"),
        ("baohagiang", "https://baohagiang.vn/sitemap.xml"),
        ("baohagiang", "https://baohagiang.vn/feed/"),
        ("baohagiang", "https://baohagiang.vn/uploads/ke-hoach-cai-cach-hanh-chinh-2023-81c6907.pdf"),
        ("baohagiang", "https://baohagiang.vn/print/thoi-su-chinh-tri/202307/a-b-c-d-81c6907/"),
        ("baohagiang", "https://baohagiang.vn/thoi-su-chinh-tri/202307/a-b-c-d-81c6907/?print=1"),
        ("baohagiang", "https://baohagiang.vn/thoi-su-chinh-tri/?page=2"),
        ("baokhanhhoa", "https://baokhanhhoa.vn/chinh-tri/trang-2/"),
        ("hochiminhcity", "https://hochiminhcity.gov.vn/-/categories/1234567"),
        ("angiang", "https://angiang.gov.vn/Pages/ChuyenMuc.aspx?CatID=12"),
        ("baohagiang", "https://facebook.com/thoi-su-chinh-tri/202307/a-b-c-d-81c6907/"),
    ],
)
def test_not_article_urls(name, url):
    assert not is_article_url(url, site(name))


def test_id_parameter_on_a_category_page_is_not_an_article_without_hints():
    assert not is_article_url("https://tinhuy.example.vn/category.aspx?id=3", Site(BARE))
    assert not is_article_url("https://tinhuy.example.vn/Pages/DanhMuc.aspx?id=3", Site(BARE))
    assert is_article_url("https://tinhuy.example.vn/Pages/ChiTiet.aspx?id=3", Site(BARE))


@pytest.mark.parametrize(
    ("name", "fixture_name", "url", "articles"),
    [
        ("baohagiang", "baohagiang_page1.html", "https://baohagiang.vn/thoi-su-chinh-tri/", BAOHAGIANG_ARTICLES),
        ("baokhanhhoa", "baokhanhhoa_page2.html", "https://baokhanhhoa.vn/chinh-tri/trang-2/", BAOKHANHHOA_ARTICLES),
        ("nbtv", "nbtv_thoisu.html", "https://nbtv.vn/tin-tuc/thoi-su/", NBTV_ARTICLES),
        ("hochiminhcity", "hochiminhcity_cchc.html", "https://hochiminhcity.gov.vn/cai-cach-hanh-chinh", HCM_ARTICLES),
        ("angiang", "angiang_sonoivu.html", "https://sonoivu.angiang.gov.vn/Pages/TinTuc.aspx?CatID=12&pageindex=2", ANGIANG_ARTICLES),
    ],
)
def test_hints_are_help_not_requirements(name, fixture_name, url, articles):
    # Every portal page gives the same result with its hints and with its hosts alone.
    html = fixture(fixture_name)
    configured = discover(url, html, site(name))
    generic = discover(url, html, without_hints(name))
    assert generic == configured
    assert generic.canonical_articles == articles


# -- robustness ----------------------------------------------------------------------------


def test_input_as_bytes_str_or_tree_gives_the_same_result():
    html = fixture("nbtv_thoisu.html")
    as_str = discover("https://nbtv.vn/tin-tuc/thoi-su/", html, site("nbtv"))
    as_bytes = discover("https://nbtv.vn/tin-tuc/thoi-su/", html.encode("utf-8"), site("nbtv"))
    as_tree = discover("https://nbtv.vn/tin-tuc/thoi-su/", lxml.html.fromstring(html), site("nbtv"))
    assert as_str == as_bytes == as_tree
    assert as_str.canonical_articles == NBTV_ARTICLES


def _cp1258(text: str) -> bytes:
    """windows-1258 bytes: letters it lacks are written as base letter + combining tone mark."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return out


TONES = "\u0300\u0301\u0303\u0309\u0323"


def test_windows_1258_bytes_with_a_charset_declaration():
    title = "Hội nghị cải cách hành chính"
    html = _cp1258(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>'
        f'<a href="/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html">{title}</a></body></html>'
    )
    assert title.encode("utf-8") not in html
    links = discover("https://nbtv.vn/tin-tuc/thoi-su/", html, site("nbtv"))
    url = "https://nbtv.vn/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html"
    assert links.canonical_articles == (url,)
    assert links.article_titles[url] == title  # NFC, as everywhere in the project


@pytest.mark.parametrize("empty", ["", "   ", b"", "<!-- only a comment -->"])
def test_empty_pages_have_no_links(empty):
    assert discover("https://nbtv.vn/", empty, site("nbtv")) == PageLinks()


def test_wrong_input_type_is_an_error():
    with pytest.raises(TypeError, match="str, bytes or an lxml tree"):
        discover("https://nbtv.vn/", 42, site("nbtv"))  # type: ignore[arg-type]


def test_xml_declaration_in_a_str_page_is_accepted():
    html = '<?xml version="1.0" encoding="utf-8"?>' + page(
        '<a href="/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html">Hội nghị cải cách hành chính</a>'
    )
    assert discover("https://nbtv.vn/", html, site("nbtv")).canonical_articles == (
        "https://nbtv.vn/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html",
    )


def test_relative_links_with_dot_segments_and_odd_whitespace():
    html = page(
        """<a href="  ../../chinh-tri/202302/ky-hop-thu-muoi-hdnd-tinh-8290001/
        ">Kỳ&nbsp;họp thứ mười HĐND tỉnh</a>
        <a href="./202302/so-hoa-ho-so-thu-tuc-8290002/">Số hóa hồ sơ thủ tục</a>
        <a href="">empty</a><a>no href</a><a href="#">top</a><a href="javascript:;">js</a>
        <a href="data:text/html,x">data</a><a href="http://[broken/">broken</a>"""
    )
    links = discover("https://baokhanhhoa.vn/chinh-tri/", html, site("baokhanhhoa"))
    assert links.canonical_articles == (
        "https://baokhanhhoa.vn/chinh-tri/202302/ky-hop-thu-muoi-hdnd-tinh-8290001/",
        "https://baokhanhhoa.vn/chinh-tri/202302/so-hoa-ho-so-thu-tuc-8290002/",
    )
    assert links.article_titles["https://baokhanhhoa.vn/chinh-tri/202302/ky-hop-thu-muoi-hdnd-tinh-8290001/"] == "Kỳ họp thứ mười HĐND tỉnh"
    assert (links.offsite, links.ignored) == (0, 0)


def test_maybe_article_in_a_menu_is_not_an_article():
    html = page(
        """<nav><a href="/tin-tuc/chinh-quyen/thong-tin-bao-chi-hang-tuan">Thông tin báo chí hằng tuần</a></nav>
        <div><h3><a href="/tin-tuc/chinh-quyen/ubnd-tinh-hop-bao-quy-mot">UBND tỉnh họp báo quý một</a></h3></div>
        <div><a href="/tin-tuc/chinh-quyen/ubnd-tinh-hop-bao-quy-hai">Xem</a></div>"""
    )
    links = discover("https://tinhuy.example.vn/tin-tuc/", html, Site(BARE))
    assert links.canonical_articles == ("https://tinhuy.example.vn/tin-tuc/chinh-quyen/ubnd-tinh-hop-bao-quy-mot",)
    assert links.ignored == 2


def _big_listing(articles: int = 800) -> str:
    parts = ['<html><body><nav class="menu"><ul>']
    parts += [f'<li><a href="/chuyen-muc-{i}/">Chuyên mục {i}</a></li>' for i in range(150)]
    parts.append('</ul></nav><div class="list">')
    for i in range(articles):
        url = f"/thoi-su-chinh-tri/202307/tin-cai-cach-hanh-chinh-so-{i}-trong-thang-bay-8{i:06x}/"
        parts.append(
            f'<div class="item"><a href="{url}"><img src="/a/{i}.jpg" alt=""></a>'
            f'<h3><a href="{url}">Tin cải cách hành chính số {i} trong tháng bảy</a></h3></div>'
        )
    parts += [f'<a href="/tag/tu-khoa-{i}">từ khóa {i}</a>' for i in range(150)]
    parts += [f'<a href="https://site{i}.example.com/">ngoài {i}</a>' for i in range(96)]
    parts.append('<a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">»</a><a href="?page=40">Cuối</a>')
    parts.append("</div></body></html>")
    return "".join(parts)


def test_two_thousand_link_page_is_complete():
    # Its speed is measured in bench/detector_speed.py.
    html = _big_listing()
    assert html.count("<a ") == 2000
    links = discover("https://baohagiang.vn/thoi-su-chinh-tri/", html, site("baohagiang"))
    assert len(links.canonical_articles) == 800
    assert links.canonical_articles[0] == "https://baohagiang.vn/thoi-su-chinh-tri/202307/tin-cai-cach-hanh-chinh-so-0-trong-thang-bay-8000000/"
    assert links.next_pages == ("https://baohagiang.vn/thoi-su-chinh-tri/?page=2",)
    assert (links.offsite, links.ignored) == (96, 300)


def test_is_article_url_on_a_mirror_origin():
    mirror = site("baokhanhhoa", "http://127.0.0.1:8123")
    path = "/chinh-tri/202302/phien-hop-thu-ba-ban-chi-dao-8293410/"
    assert is_article_url(f"http://127.0.0.1:8123{path}", mirror)
    assert is_article_url(f"https://baokhanhhoa.vn{path}", mirror)
    assert not is_article_url(f"http://127.0.0.1:9999{path}", mirror)
    assert not is_article_url("http://127.0.0.1:8123/chinh-tri/", mirror)


def test_area_links_count_like_anchors():
    html = page(
        """<map name="m"><area href="/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html" alt="Hội nghị cải cách hành chính">
        <area href="https://chinhphu.vn/" alt="Chính phủ"></map>"""
    )
    links = discover("https://nbtv.vn/", html, site("nbtv"))
    url = "https://nbtv.vn/tin-tuc/thoi-su/hoi-nghi-cai-cach-hanh-chinh-41000.html"
    assert links.canonical_articles == (url,)
    assert links.article_titles == {url: "Hội nghị cải cách hành chính"}
    assert links.offsite == 1
