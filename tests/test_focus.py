"""Focused discovery: a listing page's own articles, found by structure (`crawl.focus` through
`links.discover`), on the mirror's templates and on hand-written listings of other shapes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reformcrawl.crawl.links import discover
from reformcrawl.crawl.urls import Site
from reformcrawl.mirror.site import build_site
from reformcrawl.mirror.templates import VARIANTS
from reformcrawl.portals import FOLLOW_LISTING, FOLLOW_SITE, Portal, PortalConfigError, all_portals, load_portals

PORTALS = all_portals()
TINHUY = Portal(name="tinhuy", title="Tỉnh ủy", host="tinhuy.example.vn", hosts=frozenset({"tinhuy.example.vn"}))
SITE = Site(TINHUY)
HOST = "https://tinhuy.example.vn"


def page(body: str) -> str:
    return f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Tin tức</title></head><body>{body}</body></html>"


def paths(urls) -> set[str]:
    return {url.removeprefix(HOST) for url in urls}


# -- the mirror's templates ----------------------------------------------------------------


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("portal", sorted(PORTALS))
def test_mirror_listings_give_their_own_list_and_not_the_side_boxes(portal, variant):
    """Every portal's listing pages, both layouts, both states, with "most read" boxes linking
    dead articles of other sections: the own articles are exactly the page's list."""
    site = Site(PORTALS[portal])
    side_links = 0
    for state in ("before", "after"):
        mirror = build_site(portal, state, variant=variant, most_read_elsewhere=6)
        for pages in mirror.listings.values():
            for path, listed in pages:
                links = discover(f"https://{PORTALS[portal].host}{path}", mirror.pages[path].body, site)
                own = {url.split("/", 3)[3] for url in links.own or ()}
                assert own == {p.lstrip("/") for p in listed}, (state, path)
                assert links.listed == links.followed(FOLLOW_LISTING)
                dead = [link for link in links.articles if link.canonical.split("/", 3)[3] not in {
                    p.lstrip("/") for p in mirror.article_paths}]
                assert not {link.canonical for link in dead} & links.own
                side_links += len(dead)
    # angiang's layout has no "most read" box; every other portal's listings link dead articles
    assert side_links > 0 or portal == "angiang"


# -- hand-written listings -----------------------------------------------------------------

LEGACY_TABLE = page("""
<table width="100%"><tr><td colspan="2"><a href="/">Trang chủ</a> | <a href="/Pages/TinTuc.aspx?CatID=3">Tin tức</a></td></tr>
<tr>
 <td width="70%" valign="top">
  <table class="tbl" cellpadding="4">
   <tr><td colspan="2"><b>Cải cách hành chính</b></td></tr>
   {rows}
   <tr><td colspan="2"><a href="/Pages/TinTuc.aspx?CatID=3&pageindex=1">1</a> <b>2</b>
       <a href="/Pages/TinTuc.aspx?CatID=3&pageindex=3">3</a>
       <a href="/Pages/TinTuc.aspx?CatID=3&pageindex=3">Trang sau</a></td></tr>
  </table>
 </td>
 <td width="30%" valign="top">
  <table><tr><td><b>Tin đọc nhiều</b></td></tr>{most}</table>
  <div class="title">Tin liên quan</div>
  <ul>{related}</ul>
 </td>
</tr></table>""".format(
    rows="".join(
        f'<tr><td><a href="/Pages/Tin.aspx?ItemID={n}"><img src="/img/{n}.jpg" alt=""></a></td>'
        f'<td><a href="/Pages/Tin.aspx?ItemID={n}">Hội nghị triển khai nhiệm vụ cải cách hành chính số {n}</a>'
        f'<br>08:37 06/02/2024</td></tr>' for n in range(101, 106)),
    most="".join(f'<tr><td><a href="/Pages/Tin.aspx?ItemID={n}">Giải bóng đá thiếu niên nhi đồng vòng {n}</a></td></tr>'
                 for n in range(901, 906)),
    related="".join(f'<li><a href="/Pages/Tin.aspx?ItemID={n}">Lễ hội mùa xuân thu hút du khách lần {n}</a></li>'
                    for n in range(951, 954)),
))


def test_legacy_table_listing_rows_not_the_most_read_table_or_the_related_list():
    url = f"{HOST}/Pages/TinTuc.aspx?CatID=3&pageindex=2"
    links = discover(url, LEGACY_TABLE, SITE)
    assert len(links.articles) == 13  # every link is article-shaped
    assert paths(links.own) == {f"/Pages/Tin.aspx?ItemID={n}" for n in range(101, 106)}
    assert links.next_pages == (f"{HOST}/Pages/TinTuc.aspx?CatID=3&pageindex=3",)


UL_LIST = page("""
<div class="container"><div class="row">
 <div class="col-8">
  <h1>Thời sự</h1>
  <ul class="list">{items}</ul>
  <div class="pages"><b>1</b> <a href="/thoi-su/trang-2.html">2</a> <a href="/thoi-su/trang-2.html">Trang sau</a></div>
 </div>
 <div class="col-4">
  <div class="box"><h3>{most_read}</h3><ul class="list">{most}</ul></div>
  <div class="box"><h3>Tin liên quan</h3><ul class="list">{related}</ul></div>
 </div>
</div></div>""".format(
    items="".join(f'<li><a href="/thoi-su/2024/05/{n:02d}/hop-bao-thuong-ky-thang-nam-cua-tinh-lan-{n}">Họp báo thường kỳ '
                  f'tháng Năm của tỉnh lần {n}</a> <span>{n:02d}/05/2024</span></li>' for n in range(1, 7)),
    most_read=unicodedata.normalize("NFD", "Tin đọc nhiều"),  # old CMSs send decomposed accents
    most="".join(f'<li><a href="/van-hoa/2024/05/{n:02d}/khai-mac-tuan-van-hoa-du-lich-lan-{n}">Khai mạc Tuần Văn hóa '
                 f'lần {n}</a></li>' for n in range(1, 6)),
    related="".join(f'<li><a href="/thoi-su/2024/04/{n:02d}/ky-hop-chuyen-de-hdnd-tinh-lan-{n}">Kỳ họp chuyên đề '
                    f'HĐND tỉnh lần {n}</a></li>' for n in range(1, 4)),
))


def test_ul_list_beside_boxes_drawn_alike_named_tin_doc_nhieu_and_tin_lien_quan():
    """The side column's lists have the main list's very classes; their headings tell them apart,
    and "Tin liên quan" is left out even where it links the listing's own section."""
    links = discover(f"{HOST}/thoi-su/", UL_LIST, SITE)
    assert len(links.articles) == 14
    assert paths(links.own) == {f"/thoi-su/2024/05/{n:02d}/hop-bao-thuong-ky-thang-nam-cua-tinh-lan-{n}" for n in range(1, 7)}
    assert links.next_pages == (f"{HOST}/thoi-su/trang-2.html",)
    # page 2 of the same listing: its path carries the page, its section is still /thoi-su/
    assert links.own == discover(f"{HOST}/thoi-su/trang-2.html", UL_LIST, SITE).own


def card(path: str, title: str, cls: str = "card") -> str:
    return (f'<article class="{cls}"><header><h3><a href="{path}">{title}</a></h3></header><p>Tóm tắt bài viết.</p>'
            f'<footer><a href="{path}">Đọc tiếp</a></footer></article>')


ARTICLE_CARDS = page("""
<header class="site"><nav><a href="/">Trang chủ</a> <a href="/chinh-tri/">Chính trị</a></nav></header>
<main>
 <section class="lead">{lead}</section>
 <div class="grid">{rows}</div>
 <div class="box-related"><h4>Tin liên quan</h4><div class="row">{related}</div></div>
 <nav class="pagination"><a rel="next" href="/chinh-tri/?page=2">Sau</a></nav>
</main>
<aside><h3>Tin nổi bật</h3>{featured}</aside>
<footer class="site"><a href="/gioi-thieu/">Giới thiệu</a> {footer_article}</footer>""".format(
    lead=card("/chinh-tri/ban-chi-dao-cai-cach-hanh-chinh-hop-phien-thu-tam-123456.html",
              "Ban Chỉ đạo cải cách hành chính họp phiên thứ tám", "card big"),
    rows="".join('<div class="row">' + "".join(
        f'<div class="col">{card(f"/chinh-tri/tin-chinh-tri-so-{r}{c}-tai-tinh-nha-{r}{c}0001.html", f"Tin chính trị số {r}{c} tại tỉnh nhà")}</div>'
        for c in range(3)) + "</div>" for r in range(2)),
    related="".join(f'<div class="col">{card(f"/xa-hoi/tin-xa-hoi-lien-quan-so-{n}-2220{n}.html", f"Tin xã hội liên quan số {n} của tỉnh")}</div>'
                    for n in range(3)),
    featured="".join(card(f"/kinh-te/tin-kinh-te-noi-bat-so-{n}-3330{n}.html", f"Tin kinh tế nổi bật số {n} của tỉnh")
                     for n in range(3)),
    footer_article='<a href="/chinh-tri/gioi-thieu-chuyen-muc-chinh-tri-cua-bao-4440001.html">Giới thiệu chuyên mục chính trị của báo</a>',
))


def test_article_cards_grid_and_lead_story_not_aside_footer_or_related_box():
    """Cards in rows are one list (an <article>'s own <header> and <footer> are not page chrome);
    the lead story above the grid is in the listing's section and belongs."""
    links = discover(f"{HOST}/chinh-tri/", ARTICLE_CARDS, SITE)
    assert len(links.articles) == 14
    grid = {f"/chinh-tri/tin-chinh-tri-so-{r}{c}-tai-tinh-nha-{r}{c}0001.html" for r in range(2) for c in range(3)}
    assert paths(links.own) == grid | {"/chinh-tri/ban-chi-dao-cai-cach-hanh-chinh-hop-phien-thu-tam-123456.html"}
    assert links.next_pages == (f"{HOST}/chinh-tri/?page=2",)


LIFERAY_LAST_PAGE = page("""
<div class="columns">
 <div class="portlet-column">
  <div class="portlet"><div class="portlet-title">Cải cách hành chính</div><div class="portlet-body">
   {items}
   <div class="pager"><a href="/cai-cach-hanh-chinh?_cur=1">Đầu</a> <a href="/cai-cach-hanh-chinh?_cur=4">Trang trước</a>
   <span>Trang 5 / 5</span></div>
  </div></div>
 </div>
 <div class="portlet-column">
  <div class="portlet"><div class="portlet-body"><ul>{others}</ul></div></div>
 </div>
</div>""".format(
    items="".join(f'<div class="asset"><h3><a href="/-/so-noi-vu-huong-dan-cai-cach-hanh-chinh-dot-{n}">Sở Nội vụ hướng dẫn '
                  f'cải cách hành chính đợt {n}</a></h3></div>' for n in (1, 2)),
    others="".join(f'<li><a href="/-/giai-bong-da-thieu-nien-nhi-dong-khep-lai-lan-{n}">Giải bóng đá thiếu niên nhi đồng '
                   f'lần {n}</a></li>' for n in range(1, 6)),
))


def test_last_page_of_two_items_beside_a_longer_unnamed_box_is_told_by_its_pager():
    """`/-/<slug>` URLs do not name a section and the side box has no heading: the list next to
    the pager is the listing's, though shorter."""
    links = discover(f"{HOST}/cai-cach-hanh-chinh?_cur=5", LIFERAY_LAST_PAGE, SITE)
    assert len(links.articles) == 7
    assert paths(links.own) == {f"/-/so-noi-vu-huong-dan-cai-cach-hanh-chinh-dot-{n}" for n in (1, 2)}
    assert links.next_pages == ()


def test_a_page_without_an_article_list_keeps_every_article_link():
    """Markup never seen, no repeated structure: fall back to following what discover found."""
    html = page('<div id="content"><p>Thông báo mới: <a href="/thong-bao/lich-tiep-cong-dan-thang-sau-nam-2024-5001.html">'
                'Lịch tiếp công dân tháng Sáu năm 2024</a></p></div>'
                '<div class="menu"><a href="/thong-bao/">Thông báo</a></div>')
    links = discover(f"{HOST}/thong-bao/", html, SITE)
    assert links.own is None
    assert links.listed == links.articles == links.followed(FOLLOW_LISTING)
    assert paths(link.canonical for link in links.articles) == {"/thong-bao/lich-tiep-cong-dan-thang-sau-nam-2024-5001.html"}


def test_follow_site_keeps_every_article_link():
    links = discover(f"{HOST}/thoi-su/", UL_LIST, SITE)
    assert links.followed(FOLLOW_SITE) == links.articles
    assert len(links.followed(FOLLOW_LISTING)) == 6 < len(links.articles)


# -- the portal setting --------------------------------------------------------------------


def test_follow_defaults_to_the_listing_and_an_override_file_widens_it(tmp_path: Path):
    assert {p.follow for p in PORTALS.values()} == {FOLLOW_LISTING}
    override = tmp_path / "portals.toml"
    override.write_text('[nbtv]\nfollow = "site"\n', encoding="utf-8")
    portals = load_portals(override)
    assert portals["nbtv"].follow == FOLLOW_SITE and portals["baohagiang"].follow == FOLLOW_LISTING
    override.write_text('[nbtv]\nfollow = "everything"\n', encoding="utf-8")
    with pytest.raises(PortalConfigError, match="'follow' must be one of listing, site"):
        load_portals(override)
