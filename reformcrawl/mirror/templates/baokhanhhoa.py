"""Báo Khánh Hòa (baokhanhhoa.vn).

Habits of the live site (seed 000): a date line `05:02, 03/02/2023`; the lead printed twice
(as the sapo and again as the first body paragraph); every image caption printed twice (in the
figure and again as a caption paragraph); the signature ("N.V") at the end of the body.
Listings paginate as `/chinh-tri/trang-N/` with "Trang sau".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..corpus import Block, CorpusArticle
from .common import (
    LOGIN_PATH,
    Ctx,
    ListingItem,
    MenuEntry,
    RelatedItem,
    RenderedPage,
    a,
    ads_script,
    analytics_script,
    banner,
    breadcrumb_ol,
    breadcrumb_ul,
    content_of,
    document,
    documents_box,
    esc,
    finish,
    fmt_hhmm_ddmmyyyy,
    head,
    lazyload_script,
    menu_nav,
    menu_script,
    menu_ul,
    news_items,
    related_entries,
    search_form,
    share_buttons,
    site_config_script,
    slugify,
    stable_int,
    stylesheet,
    svg_sprite,
    tag_links,
    tags_for,
    topics_box,
)

NAME = "baokhanhhoa"
SITE_NAME = "Báo Khánh Hòa"
FB_PAGE = "https://www.facebook.com/baokhanhhoa.vn"

MENU: list[MenuEntry] = [
    ("Chính trị", "/chinh-tri/", [
        ("Xây dựng Đảng", "/chinh-tri/xay-dung-dang/"),
        ("Chính quyền", "/chinh-tri/chinh-quyen/"),
        ("Mặt trận - Đoàn thể", "/chinh-tri/mat-tran-doan-the/"),
    ]),
    ("Kinh tế", "/kinh-te/", [
        ("Nông - Lâm - Ngư nghiệp", "/kinh-te/nong-lam-ngu-nghiep/"),
        ("Doanh nghiệp - Doanh nhân", "/kinh-te/doanh-nghiep/"),
        ("Đầu tư - Quy hoạch", "/kinh-te/dau-tu/"),
    ]),
    ("Xã hội", "/xa-hoi/", [
        ("Giáo dục", "/xa-hoi/giao-duc/"),
        ("Y tế", "/xa-hoi/y-te/"),
        ("Lao động - Việc làm", "/xa-hoi/lao-dong-viec-lam/"),
    ]),
    ("Pháp luật", "/phap-luat/", []),
    ("Văn hóa", "/van-hoa/", [("Văn nghệ", "/van-hoa/van-nghe/"), ("Di sản", "/van-hoa/di-san/")]),
    ("Thể thao", "/the-thao/", []),
    ("Du lịch", "/du-lich/", []),
    ("Biển đảo", "/bien-dao/", [("Trường Sa thân yêu", "/bien-dao/truong-sa/")]),
    ("Quốc tế", "/quoc-te/", []),
    ("Bạn đọc", "/ban-doc/", []),
    ("Multimedia", "/multimedia/", [("Video", "/multimedia/video/"), ("E-magazine", "/multimedia/emagazine/"),
                                   ("Infographic", "/multimedia/infographic/")]),
]

TOPICS = ("Kinh tế biển", "Sân bay Cam Ranh", "Du lịch Nha Trang", "Chuyển đổi số", "Bảo vệ chủ quyền biển đảo")

FOOTER = (
    "BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA",
    "Giấy phép số 127/GP-BTTTT của Bộ Thông tin và Truyền thông",
    "Địa chỉ: 3 Lê Thánh Tôn, phường Lộc Thọ, thành phố Nha Trang, tỉnh Khánh Hòa",
    "Điện thoại: 0258.3822.288 - Fax: 0258.3823.588",
    "Email: toasoan@baokhanhhoa.vn",
    "© Bản quyền thuộc về Báo Khánh Hòa. Không được sao chép khi chưa có sự đồng ý bằng văn bản của Báo Khánh Hòa.",
)

# The visible date line gives the publication time to the minute.
DATE_PRECISION = "minute"

CLS = (
    {"p": "bkh", "wrap": "bkh-wrap", "row": "bkh-row", "main": "bkh-col-md-8", "side": "bkh-col-md-4",
     "menu": "bkh-mn", "li": "bkh-mn-it", "sub": "bkh-mn-sub", "bc": "bkh-path", "title": "bkh-ttl",
     "time": "bkh-tm", "sapo": "bkh-smr", "body": "bkh-dtl", "cap": "caption", "box": "bkh-blk", "list": "bkh-lst",
     "foot": "bkh-foot"},
    {"p": "kh", "wrap": "kh-container", "row": "kh-grid", "main": "kh-col-lg-8", "side": "kh-col-lg-4",
     "menu": "kh-primary", "li": "kh-primary-item", "sub": "kh-primary-drop", "bc": "kh-breadcrumbs",
     "title": "kh-headline", "time": "kh-pubtime", "sapo": "kh-lede", "body": "kh-story", "cap": "kh-note-img",
     "box": "kh-panel", "list": "kh-links", "foot": "kh-site-footer"},
)


def filler_path(title: str) -> str:
    return f"/van-hoa/202401/{slugify(title)}-{stable_int(title, lo=8000000, hi=8999999)}/"


def listing_url(section_path: str, page: int) -> str:
    base = section_path if section_path.endswith("/") else section_path + "/"
    return section_path if page <= 1 else f"{base}trang-{page}/"


def _host() -> str:
    from ...portals import get_portal

    return get_portal(NAME).host


def _css(c: dict[str, str]) -> str:
    p = c["p"]
    comps = (
        f".{p}-topbar{{background:#f3f3f3;font-size:12px;border-bottom:1px solid #e1e1e1}}.{p}-topbar a{{margin-right:14px}}"
        f".{p}-brand{{padding:16px 0;display:flex;align-items:center;justify-content:space-between}}"
        f".{c['menu']}{{background:#00529c;display:flex;flex-wrap:wrap}}.{c['menu']} a{{display:block;padding:11px 13px;"
        f"color:#fff;font-weight:700;font-size:14px}}.{c['li']}{{position:relative}}.{c['sub']}{{display:none;"
        f"position:absolute;left:0;top:100%;background:#fff;min-width:230px;z-index:99;border:1px solid #ddd}}"
        f".{c['sub']} a{{color:#333;font-weight:400}}.{c['li']}:hover>.{c['sub']}{{display:block}}"
        f".{c['bc']}{{display:flex;gap:6px;padding:12px 0;font-size:13px;text-transform:uppercase;color:#00529c}}"
        f".{c['time']}{{color:#888;font-size:13px;margin:6px 0}}.{c['title']}{{font-size:28px;line-height:1.3;"
        f"font-family:Merriweather,Georgia,serif;color:#0d0d0d}}.{c['sapo']}{{font-weight:700;font-size:17px;"
        f"margin:14px 0;line-height:1.55}}.{c['body']}{{font-size:18px;line-height:1.65;font-family:Georgia,serif}}"
        f".{c['body']} figure{{text-align:center}}.{c['body']} .{c['cap']}{{font-size:14px;font-style:italic;"
        f"text-align:center;color:#555}}.{c['box']}{{margin:0 0 22px}}.{c['box']}>.hd{{border-bottom:2px solid #00529c;"
        f"font-size:16px;font-weight:700;text-transform:uppercase;padding:6px 0;color:#00529c}}"
        f".{c['list']} li{{padding:9px 0;border-bottom:1px solid #eee;overflow:hidden}}.{c['list']} img{{float:left;"
        f"margin-right:10px}}.{c['foot']}{{background:#00335f;color:#cfe0f1;font-size:13px;padding:26px 0;margin-top:30px}}"
        f".{p}-share a{{margin-right:8px;padding:3px 9px;background:#eef2f6;border-radius:12px;font-size:12px}}"
        f".{p}-tags a{{border:1px solid #ddd;padding:2px 8px;margin:0 6px 6px 0;display:inline-block;font-size:13px}}"
        f".{p}-pages a,.{p}-pages b{{padding:5px 10px;margin:0 2px;border:1px solid #dcdcdc;display:inline-block}}"
        f".{p}-pages b{{background:#00529c;color:#fff}}.{p}-story{{overflow:hidden;padding:14px 0;border-bottom:1px solid #eee}}"
        f".{p}-story img{{float:left;width:260px;margin-right:16px}}.{p}-epaper img{{width:100%}}"
        f".{p}-weather{{font-size:12px;color:#555}}#back-to-top{{position:fixed;right:18px;bottom:18px;display:none}}"
    )
    return stylesheet(p, accent="#00529c", accent2="#e2001a", font="'Roboto', Arial, sans-serif", components=comps)


def _header(ctx: Ctx, c: dict[str, str], active: str | None) -> str:
    p = c["p"]
    ctx.note("Đường dây nóng: 0905.101.606", "Đặt mua báo in", "Liên hệ quảng cáo", "Nha Trang 24°C - 31°C")
    topbar = (f'<div class="{p}-topbar"><div class="{c["wrap"]}"><span>Đường dây nóng: 0905.101.606</span> '
              f'{a("/dat-bao/", "Đặt mua báo in")}{a("/quang-cao/", "Liên hệ quảng cáo")}{a("/rss/", "RSS")}'
              f'{a(LOGIN_PATH, "Đăng nhập")}<span class="{p}-weather">Nha Trang 24°C - 31°C</span></div></div>')
    form = search_form("/tim-kiem/", param="keywords", placeholder="Tìm kiếm tin bài", button="Tìm",
                       cls=f"{p}-search")
    logo = f'<a href="/" class="{p}-logo"><img src="/images/logo-bkh.svg" alt="{SITE_NAME}" width="300" height="70"></a>'
    ad = banner("/quang-cao/top/", "/dataimages/banner/top-970x90.jpg", "Quảng cáo", 970, 90, f"{p}-ad")
    ctx.note("Nông - Lâm - Ngư nghiệp", "Doanh nghiệp - Doanh nhân", "Mặt trận - Đoàn thể", "Trường Sa thân yêu",
             "Lao động - Việc làm")
    if ctx.variant == 0:
        nav = menu_ul(MENU, ul_cls=c["menu"], li_cls=c["li"], sub_cls=c["sub"], active=active,
                      home_html='<a href="/" title="Trang chủ">Trang chủ</a>')
        return (f'{topbar}<div class="{c["wrap"]}"><div class="{p}-brand">{logo}{ad}</div></div>'
                f'<div class="{p}-mbar"><div class="{c["wrap"]}">{nav}{form}<a class="{p}-toggle" href="#">Menu</a></div></div>')
    nav = menu_nav(MENU, nav_cls=c["menu"], item_cls=c["li"], drop_cls=c["sub"], active=active)
    return (f'<header>{topbar}<div class="{c["wrap"]} {p}-brand">{logo}{form}</div>'
            f'<div class="{c["wrap"]}"><button type="button" class="{p}-toggle">Menu</button>{nav}</div></header>{ad}')


def _footer(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note(*FOOTER)
    cols = "".join(f'<ul><li><b>{a(h, l)}</b></li>{"".join(f"<li>{a(h2, l2)}</li>" for l2, h2 in sub)}</ul>'
                   for l, h, sub in MENU)
    lines = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    social = (f'<p class="{c["p"]}-follow">Theo dõi chúng tôi: <a href="{FB_PAGE}" rel="noopener" target="_blank">Facebook</a> '
              '<a href="https://www.youtube.com/@baokhanhhoa" rel="noopener" target="_blank">YouTube</a> '
              f'<a href="https://chinhphu.vn/" rel="noopener" target="_blank">Cổng TTĐT Chính phủ</a></p>')
    ctx.note("Theo dõi chúng tôi:")
    tag = "div" if ctx.variant == 0 else "footer"
    return (f'<{tag} class="{c["foot"]}"><div class="{c["wrap"]}"><div class="{c["p"]}-sitemap">{cols}</div>'
            f'{lines}{social}</div></{tag}><a id="back-to-top" href="#">Lên đầu trang</a>')


def _sidebar(ctx: Ctx, c: dict[str, str], featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
             hot_count: int = 5) -> str:
    p = c["p"]
    most = related_entries(ctx, list(related)[::-1], count=6, salt="most", filler_path=filler_path)
    hot = related_entries(ctx, featured, count=hot_count, salt="hot", filler_path=filler_path, with_thumb=True)
    ctx.note("Đọc nhiều", "Tin nổi bật", "Báo in hôm nay", "Xem báo in")
    box_most = f'<div class="{c["box"]}"><div class="hd">Đọc nhiều</div><ol class="{c["list"]}">' + "".join(
        f"<li>{a(h, t)}</li>" for t, h, _, _ in most) + "</ol></div>"
    box_hot = (f'<div class="{c["box"]}"><div class="hd">Tin nổi bật</div>'
               + news_items(hot, ul_cls=c["list"], with_thumb=True, thumb_w=110, thumb_h=73) + "</div>")
    epaper = (f'<div class="{c["box"]} {p}-epaper"><div class="hd">Báo in hôm nay</div>'
              f'<a href="/bao-in/"><img src="/dataimages/baoin/bia-bao-in.jpg" alt="Báo in" width="300" height="420"></a>'
              f'<a href="/bao-in/">Xem báo in</a></div>')
    topics = topics_box(ctx, TOPICS, cls=c["box"], heading_tag="div")
    docs = documents_box(ctx, cls=c["box"], heading_tag="div")
    ads = "".join(banner(f"/quang-cao/phai-{i}/", f"/dataimages/banner/phai-{i}.jpg", "Quảng cáo", 300, 250, f"{p}-ad")
                  for i in (1, 2, 3))
    order = [box_hot, ads, box_most, epaper, topics, docs] if ctx.variant == 0 else [box_most, docs, topics, box_hot, epaper, ads]
    return "".join(order)


def _page(ctx: Ctx, c: dict[str, str], *, title: str, description: str, canonical: str, og_type: str,
          image: str | None, main: str, side: str, active: str | None, keywords=(), head_extra: str = "") -> str:
    scripts = [site_config_script(ctx, MENU), analytics_script("baokhanhhoa", "G-BKH2020"), ads_script(["top-970", "phai-1", "phai-2", "phai-3"]),
               lazyload_script()]
    head_html = head(title=title, description=description, canonical=canonical, site_name=SITE_NAME, og_type=og_type,
                     image=image, keywords=keywords, css=_css(c), scripts=scripts,
                     extra='<link rel="alternate" type="application/rss+xml" title="Chính trị" href="/rss/chinh-tri.rss">'
                     + head_extra)
    if ctx.variant == 0:
        body = (f'<div class="{c["p"]}-page">{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><div class="{c["side"]}">{side}</div></div></div>'
                f'{_footer(ctx, c)}</div>')
    else:
        body = (f'{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}"><main class="{c["main"]}">'
                f'{main}</main><aside class="{c["side"]}">{side}</aside></div></div>{_footer(ctx, c)}')
    body = svg_sprite(c["p"]) + body
    body += menu_script(f'{c["p"]}-toggle', c["menu"])
    return document(head_html, body, f'{c["p"]}-body')


def _figure(c: dict[str, str], variant: int, block: Block) -> str:
    cap = esc(block.text)
    src = esc(block.image or "/images/no-image.jpg")
    if variant == 0:
        return (f'<figure class="image"><img src="{src}" alt="{cap}" width="760" height="506">'
                f"<figcaption>{cap}</figcaption></figure>\n<p class=\"{c['cap']}\">{cap}</p>")
    return (f'<figure class="kh-pic"><picture><img src="{src}" alt="{cap}" width="760" height="506" loading="lazy">'
            f"</picture><figcaption>{cap}</figcaption></figure>\n<p class=\"{c['cap']}\"><em>{cap}</em></p>")


def _block(c: dict[str, str], variant: int, block: Block) -> str:
    if block.kind == "figure":
        return _figure(c, variant, block)
    if block.kind == "heading":
        return f"<h3><strong>{esc(block.text)}</strong></h3>"
    if block.kind == "quote":
        return f'<blockquote class="quote"><p>{esc(block.text)}</p></blockquote>'
    return f'<p style="text-align:justify">{esc(block.text)}</p>'


def render_article(article: CorpusArticle, *, state: str, variant: int, related: Sequence[RelatedItem],
                   featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    content = content_of(article, state)
    ctx = Ctx(NAME, _host(), article.key, variant)
    url = ctx.url(article.path)
    section_path = "/" + article.path.strip("/").split("/")[0] + "/"
    crumbs = [("Trang chủ", "/"), (article.section, section_path)]
    date_line = f'<div class="{c["time"]}">{fmt_hhmm_ddmmyyyy(article.published_at)}</div>'

    body = []
    if content.lead:  # the CMS repeats the sapo as the first paragraph of the body
        body.append(f'<p style="text-align:justify">{esc(content.lead)}</p>')
    body.extend(_block(c, variant, b) for b in content.blocks)
    if content.author:
        body.append(f'<p style="text-align:right"><strong>{esc(content.author)}</strong></p>')
    body_html = "\n".join(body)
    sapo = f'<div class="{c["sapo"]}"><strong>{esc(content.lead)}</strong></div>' if content.lead else ""

    tags = tag_links(tags_for(content, article.section), cls=f"{p}-tags", label="Từ khóa:")
    share = share_buttons(ctx, url, content.title, f"{p}-share", style="text" if variant == 0 else "icon")
    rel = related_entries(ctx, related, count=4, salt="rel", filler_path=filler_path, avoid_path=article.path,
                          with_thumb=True)
    same = related_entries(ctx, list(related)[4:], count=6, salt="same", filler_path=filler_path,
                           avoid_path=article.path)
    ctx.note("Tin liên quan", "Tin cùng chuyên mục", "Từ khóa:")
    rel_html = (f'<div class="{c["box"]}"><div class="hd">Tin liên quan</div>'
                + news_items(rel, ul_cls=c["list"], with_thumb=True) + "</div>")
    same_html = f'<div class="{c["box"]}"><div class="hd">Tin cùng chuyên mục</div>' + news_items(same, ul_cls=c["list"]) + "</div>"
    if variant == 0:
        main = (breadcrumb_ul(crumbs, c["bc"], sep="»") + f'<div class="{p}-detail">{date_line}'
                f'<h1 class="{c["title"]}">{esc(content.title)}</h1>{share}{sapo}'
                f'<div class="{c["body"]}">{body_html}</div>{tags}{share}</div>{rel_html}{same_html}')
    else:
        main = (breadcrumb_ol(crumbs, c["bc"]) + f'<article class="{p}-post"><header><h1 class="{c["title"]}">'
                f'{esc(content.title)}</h1>{date_line}{share}</header>{sapo}<section class="{c["body"]}">{body_html}'
                f'</section><footer>{tags}</footer></article>{same_html}{rel_html}')
    first_image = next((b.image for b in content.figures if b.image), None)
    html = _page(ctx, c, title=content.title, description=content.lead or content.texts[0], canonical=url,
                 og_type="article", image=ctx.url(first_image) if first_image else None, main=main,
                 side=_sidebar(ctx, c, featured, related), active=section_path,
                 keywords=tags_for(content, article.section))
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def _pager(c: dict[str, str], section_path: str, page: int, pages: int) -> str:
    out = [f'<div class="{c["p"]}-pages">']
    if page > 1:
        out.append(a(listing_url(section_path, page - 1), "Trang trước"))
    for n in range(max(1, page - 3), min(pages, page + 3) + 1):
        out.append(f"<b>{n}</b>" if n == page else a(listing_url(section_path, n), str(n)))
    if page < pages:
        out.append(a(listing_url(section_path, page + 1), "Trang sau"))
    out.append("</div>")
    return "".join(out)


def render_listing(*, section_title: str, section_path: str, items: Sequence[ListingItem], page: int, pages: int,
                   variant: int, featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    ctx = Ctx(NAME, _host(), f"{section_path}#{page}", variant)
    rows = []
    for it in items:
        img = esc(it.image or "/images/no-thumb.jpg")
        summary = f'<div class="{p}-sum">{esc(it.summary)}</div>' if it.summary else ""
        when = f'<div class="{c["time"]}">{fmt_hhmm_ddmmyyyy(it.published_at)}</div>'
        if variant == 0:
            rows.append(f'<div class="{p}-story"><a href="{esc(it.path)}"><img src="{img}" alt="{esc(it.title)}" '
                        f'width="260" height="173"></a><h3>{a(it.path, it.title)}</h3>{when}{summary}</div>')
        else:
            rows.append(f'<article class="{p}-story"><h2>{a(it.path, it.title)}</h2><a href="{esc(it.path)}">'
                        f'<img src="{img}" alt="{esc(it.title)}" width="260" height="173" loading="lazy"></a>'
                        f'{summary}{when}</article>')
    crumbs = [("Trang chủ", "/"), (section_title, section_path)]
    pager = _pager(c, section_path, page, pages)
    heading = f'<h1 class="{p}-cat">{esc(section_title)}</h1>'
    if variant == 0:
        main = breadcrumb_ul(crumbs, c["bc"], sep="»") + heading + f'<div class="{p}-list">{"".join(rows)}</div>{pager}'
    else:
        main = breadcrumb_ol(crumbs, c["bc"]) + f'<section>{heading}{"".join(rows)}</section><nav>{pager}</nav>'
    title = f"{section_title} - {SITE_NAME}" + (f" - Trang {page}" if page > 1 else "")
    html = _page(ctx, c, title=title, description=f"Tin tức {section_title}", canonical=ctx.url(listing_url(section_path, page)),
                 og_type="website", image=None, main=main, side=_sidebar(ctx, c, featured, featured, hot_count=3),
                 active=section_path)
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
