"""Cổng thông tin điện tử tỉnh An Giang (angiang.gov.vn; the seed came from sonoivu.angiang.gov.vn).

Habits of the live site (seed 004): the category label ("Cải cách hành chính") and the title
printed twice (page header and article title); a date line `08:37 06/02/2024`; images whose alt is
"Responsive image", with that text also shown where the image does not load; the signature as a
plain paragraph; then, in the side column, the hotline tables of the Department of Home Affairs
(names, phones, emails) and a visit counter ("Thống kê truy cập", "Lượt truy cập", "Hôm nay",
"Đang online"). Listings paginate with `?page=N`, numbered links and "»".
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
    fmt_ddmmyyyy,
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
    stable_hex,
    stylesheet,
    svg_sprite,
    tag_links,
    tags_for,
    topics_box,
    vn_int,
)

NAME = "angiang"
SITE_NAME = "Sở Nội vụ tỉnh An Giang"
PORTAL_NAME = "Cổng thông tin điện tử tỉnh An Giang"

MENU: list[MenuEntry] = [
    ("Giới thiệu", "/gioi-thieu", [
        ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
    ]),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien", [
        ("Tin hoạt động", "/tin-hoat-dong"),
        ("Tin địa phương", "/tin-dia-phuong"),
        ("Tin trong nước", "/tin-trong-nuoc"),
    ]),
    ("Cải cách hành chính", "/cai-cach-hanh-chinh", []),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", [
        ("Bộ thủ tục hành chính", "/thu-tuc-hanh-chinh/bo-thu-tuc"),
        ("Dịch vụ công trực tuyến", "/thu-tuc-hanh-chinh/dich-vu-cong"),
    ]),
    ("Văn bản", "/van-ban", [("Văn bản pháp quy", "/van-ban/phap-quy"), ("Văn bản chỉ đạo", "/van-ban/chi-dao")]),
    ("Thi đua - Khen thưởng", "/thi-dua-khen-thuong", []),
    ("Tôn giáo", "/ton-giao", []),
    ("Văn thư - Lưu trữ", "/van-thu-luu-tru", []),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]

# The two hotline tables, verbatim from the live page (seed 004).
HOTLINE_TTHC = (
    ("Ông Trương Long Hồ (Phó Giám Đốc Sở)", "Điện thoại: 0983.570.009", "Email: tlho@angiang.gov.vn"),
    ("Phòng Tổng hợp - UBND tỉnh", "Điện thoại: 02963.957.006", "Email: thutuchanhchinh@angiang.gov.vn"),
    ("Tổ kiểm tra công vụ", "Điện thoại: 02963.957.049 - 0378.247.247", "Email: kiemtracongvu@angiang.gov.vn"),
)
HOTLINE_NOIVU = (
    ("Ông Ngô Hồng Yến (Giám Đốc Sở)", "Điện thoại: 0913.658.627"),
    ("Bà Ngô Thị Ngọc Hạnh (Chánh Văn phòng Sở)", "Điện thoại: 0968.078.529"),
    ("Thanh tra Sở", "Điện thoại: 02963.981.818"),
)

TOPICS = ("Chỉ số PAR INDEX", "Chuyển đổi số", "Tinh gọn bộ máy", "Công tác tôn giáo", "Thi đua yêu nước")

FOOTER = (
    "SỞ NỘI VỤ TỈNH AN GIANG",
    "Địa chỉ: Số 8/18 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang",
    "Điện thoại: 0296.3852.254 - Fax: 0296.3857.143",
    "Email: sonoivu@angiang.gov.vn",
    "Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông tỉnh An Giang cấp",
    "Chịu trách nhiệm chính: Giám đốc Sở Nội vụ tỉnh An Giang",
    "© Bản quyền thuộc Sở Nội vụ tỉnh An Giang. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
)

# The visible date line gives the publication time to the minute.
DATE_PRECISION = "minute"

CLS = (
    {"p": "ag", "wrap": "ag-container", "row": "ag-row", "main": "ag-col-md-9", "side": "ag-col-md-3",
     "menu": "ag-nav", "li": "ag-nav-li", "sub": "ag-nav-sub", "bc": "ag-bc", "cat": "ag-cat", "ptitle": "ag-page-h",
     "title": "ag-news-h", "date": "ag-news-d", "body": "ag-news-c", "box": "ag-box", "list": "ag-ul", "foot": "ag-ft",
     "hot": "ag-hotline", "stat": "ag-stat"},
    {"p": "sn", "wrap": "sn-wrap", "row": "sn-row", "main": "sn-col-lg-8", "side": "sn-col-lg-4",
     "menu": "sn-mainmenu", "li": "sn-mm-item", "sub": "sn-mm-drop", "bc": "sn-crumb", "cat": "sn-kicker",
     "ptitle": "sn-banner-title", "title": "sn-entry-title", "date": "sn-entry-time", "body": "sn-entry", "box": "sn-block",
     "list": "sn-linklist", "foot": "sn-footer", "hot": "sn-phones", "stat": "sn-counter"},
)


def filler_path(title: str) -> str:
    return f"/-/{slugify(title)}-{stable_hex(title, length=4)}"


def listing_url(section_path: str, page: int) -> str:
    return section_path if page <= 1 else f"{section_path}?page={page}"


def _host() -> str:
    from ...portals import get_portal

    return get_portal(NAME).host


def _css(c: dict[str, str]) -> str:
    p = c["p"]
    comps = (
        f".{p}-head{{background:url(/images/header-bg.jpg) #006b3c;color:#fff;padding:12px 0}}.{p}-head .t1{{font-size:14px;"
        f"text-transform:uppercase}}.{p}-head .t2{{font-size:26px;font-weight:700;text-transform:uppercase;color:#ffe600}}"
        f".{c['menu']}{{background:#00843d;display:flex;flex-wrap:wrap}}.{c['menu']} a{{color:#fff;padding:10px 12px;"
        f"display:block;font-size:13px;font-weight:700;text-transform:uppercase}}.{c['li']}{{position:relative}}"
        f".{c['sub']}{{display:none;position:absolute;background:#fff;min-width:220px;z-index:90;box-shadow:0 3px 10px "
        f"rgba(0,0,0,.2)}}.{c['sub']} a{{color:#00843d;text-transform:none}}.{c['li']}:hover .{c['sub']}{{display:block}}"
        f".{c['bc']}{{display:flex;gap:6px;font-size:13px;margin:10px 0}}.{c['cat']}{{color:#00843d;font-weight:700;"
        f"text-transform:uppercase;border-bottom:2px solid #00843d;padding-bottom:4px;margin:10px 0}}"
        f".{c['ptitle']}{{font-size:18px;color:#555;margin:8px 0}}.{c['title']}{{font-size:24px;color:#00843d}}"
        f".{c['date']}{{font-size:12px;color:#888;margin:4px 0 12px}}.{c['body']}{{font-size:15px;line-height:1.7;"
        f"text-align:justify}}.{c['body']} .img-responsive{{display:block;margin:0 auto}}.{c['body']} .alt{{display:block;"
        f"text-align:center;font-size:12px;color:#aaa}}.{c['box']}{{margin-bottom:18px;border:1px solid #dde8df}}"
        f".{c['box']}>.h,.{c['box']}>h3{{background:#00843d;color:#fff;padding:7px 10px;font-size:14px;text-transform:uppercase;margin:0}}"
        f".{c['hot']}{{width:100%;font-size:13px}}.{c['hot']} th{{background:#e7f3ea;color:#00843d;text-transform:uppercase;"
        f"text-align:center;padding:8px}}.{c['hot']} td{{border-bottom:1px solid #e4e4e4}}.{c['hot']} td.stt{{width:28px;"
        f"text-align:center;font-weight:700;color:#00843d}}.{c['hot']} p{{margin:0 0 2px}}.{c['stat']} td{{padding:5px 10px}}"
        f".{c['stat']} td.n{{text-align:right;font-weight:700;color:#c00}}.{c['list']} li{{padding:7px 10px;"
        f"border-bottom:1px dashed #ddd}}.{c['foot']}{{background:#005a2b;color:#e6f2ea;padding:22px 0;margin-top:24px;font-size:13px}}"
        f".{p}-pg a,.{p}-pg span{{display:inline-block;padding:4px 10px;border:1px solid #ccc;margin:0 2px}}"
        f".{p}-pg span{{background:#00843d;color:#fff}}.{p}-news-item{{overflow:hidden;padding:10px 0;border-bottom:1px solid #eee}}"
        f".{p}-news-item img{{float:left;width:180px;margin-right:12px}}.{p}-share a{{margin-right:6px}}"
        f".{p}-tags a{{margin-right:8px}}#back-to-top{{position:fixed;right:12px;bottom:12px;display:none}}"
    )
    return stylesheet(p, accent="#00843d", accent2="#ffe600", font="Arial, sans-serif", components=comps)


def _header(ctx: Ctx, c: dict[str, str], active: str | None) -> str:
    p = c["p"]
    ctx.note("Chức năng, nhiệm vụ", "Văn thư - Lưu trữ", "Thi đua - Khen thưởng", "Lãnh đạo Sở")
    form = search_form("/tim-kiem", param="keyword", placeholder="Nhập từ khóa...", button="Tìm", cls=f"{p}-search")
    brand = (f'<div class="{p}-head"><div class="{c["wrap"]}"><a href="/"><img src="/images/quoc-huy.png" alt="Quốc huy" '
             f'width="70" height="70"></a><div class="t1">{esc(PORTAL_NAME)}</div><div class="t2">{esc(SITE_NAME)}</div>'
             f'<div class="{p}-util">{a(LOGIN_PATH, "Đăng nhập")} | {a("/so-do-site", "Sơ đồ site")} | '
             f'<span>Đường dây nóng: 0296.3852.254</span></div>{form}</div></div>')
    ctx.note("Sơ đồ site", "Đường dây nóng: 0296.3852.254")
    if ctx.variant == 0:
        nav = menu_ul(MENU, ul_cls=c["menu"], li_cls=c["li"], sub_cls=c["sub"], active=active,
                      home_html='<a href="/" title="Trang chủ">Trang chủ</a>')
        return f"{brand}<div class=\"{c['wrap']}\"><a href=\"#\" class=\"{p}-toggle\">☰</a>{nav}</div>"
    nav = menu_nav(MENU, nav_cls=c["menu"], item_cls=c["li"], drop_cls=c["sub"], active=active)
    return f'<header>{brand}<div class="{c["wrap"]}"><button class="{p}-toggle" type="button">☰</button>{nav}</div></header>'


def _footer(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note(*FOOTER)
    lines = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    links = ('<p class="links"><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a> | '
             '<a href="https://www.facebook.com/sonoivuangiang" target="_blank" rel="noopener">Facebook Sở Nội vụ</a> | '
             '<a href="https://dichvucong.angiang.gov.vn/" target="_blank" rel="noopener">Dịch vụ công An Giang</a></p>')
    tag = "div" if ctx.variant == 0 else "footer"
    return f'<{tag} class="{c["foot"]}"><div class="{c["wrap"]}">{lines}{links}</div></{tag}><a href="#" id="back-to-top">▲</a>'


def _hotlines(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note("số điện thoại tiếp nhận", "phản ánh kiến nghị về tthc", "đường dây nóng ngành nội vụ an giang")
    rows1 = []
    for i, (name, phone, email) in enumerate(HOTLINE_TTHC, 1):
        rows1.append(f'<tr><td class="stt">{i}</td><td><p><strong>{esc(name)}</strong></p><p>{esc(phone)}</p>'
                     f"<p>{esc(email)}</p></td></tr>")
        ctx.note(name, phone, email)
    rows2 = []
    for i, (name, phone) in enumerate(HOTLINE_NOIVU, 1):
        rows2.append(f'<tr><td class="stt">{i}</td><td><p><strong>{esc(name)}</strong></p><p>{esc(phone)}</p></td></tr>')
        ctx.note(name, phone)
    t1 = (f'<table class="{c["hot"]}"><thead><tr><th colspan="2">số điện thoại tiếp nhận<br>phản ánh kiến nghị về tthc</th>'
          f'</tr></thead><tbody>{"".join(rows1)}</tbody></table>')
    t2 = (f'<table class="{c["hot"]}"><thead><tr><th colspan="2">đường dây nóng ngành nội vụ an giang</th></tr></thead>'
          f'<tbody>{"".join(rows2)}</tbody></table>')
    return f'<div class="{c["box"]}">{t1}</div><div class="{c["box"]}">{t2}</div>'


def _counter(ctx: Ctx, c: dict[str, str]) -> str:
    total = ctx.n("total", 2_400_000, 3_900_000)
    today = ctx.n("today", 800, 4_800)
    online = ctx.n("online", 12, 180)
    ctx.note("Thống kê truy cập", "Lượt truy cập", "Hôm nay", "Đang online")
    return (f'<div class="{c["box"]}"><div class="h">Thống kê truy cập</div><table class="{c["stat"]}"><tbody>'
            f'<tr><td>Lượt truy cập</td><td class="n">{vn_int(total)}</td></tr>'
            f'<tr><td>Hôm nay</td><td class="n">{vn_int(today)}</td></tr>'
            f'<tr><td>Đang online</td><td class="n">{online}</td></tr></tbody></table></div>')


def _sidebar(ctx: Ctx, c: dict[str, str], featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
             hot_count: int = 5) -> str:
    p = c["p"]
    hot = related_entries(ctx, featured, count=hot_count, salt="hot", filler_path=filler_path, with_thumb=True)
    ctx.note("Tin nổi bật", "Liên kết website")
    hot_html = f'<div class="{c["box"]}"><div class="h">Tin nổi bật</div>' + news_items(hot, ul_cls=c["list"]) + "</div>"
    links = (f'<div class="{c["box"]}"><div class="h">Liên kết website</div><ul class="{c["list"]}">'
             '<li><a href="https://www.angiang.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh An Giang</a></li>'
             '<li><a href="https://moha.gov.vn/" target="_blank" rel="noopener">Bộ Nội vụ</a></li>'
             '<li><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li></ul></div>')
    topics = topics_box(ctx, TOPICS, cls=c["box"], heading_tag="h3")
    docs = documents_box(ctx, cls=c["box"])
    ads = "".join(banner(f"/banner/{k}", f"/images/banner/{k}.jpg", t, 270, 90, f"{p}-bn") for k, t in (
        ("dvc", "Dịch vụ công trực tuyến"), ("hoi-dap", "Hỏi đáp trực tuyến"), ("cchc", "Chỉ số cải cách hành chính")))
    hot_tables, counter = _hotlines(ctx, c), _counter(ctx, c)
    if ctx.variant == 0:
        return "".join([hot_tables, hot_html, ads, docs, topics, links, counter])
    return "".join([counter, ads, hot_tables, docs, topics, hot_html, links])


def _page(ctx: Ctx, c: dict[str, str], *, title: str, description: str, canonical: str, og_type: str,
          image: str | None, main: str, side: str, active: str | None, keywords=()) -> str:
    scripts = [site_config_script(ctx, MENU), analytics_script("sonoivu-angiang", "G-AGSNV2024"), ads_script(["dvc", "hoi-dap", "cchc"]), lazyload_script()]
    head_html = head(title=title, description=description, canonical=canonical, site_name=SITE_NAME, og_type=og_type,
                     image=image, keywords=keywords, css=_css(c), scripts=scripts)
    if ctx.variant == 0:
        body = (f'<div id="main-wrapper">{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><div class="{c["side"]}">{side}</div></div></div>'
                f'{_footer(ctx, c)}</div>')
    else:
        body = (f'{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}"><main class="{c["main"]}">'
                f'{main}</main><aside class="{c["side"]}">{side}</aside></div></div>{_footer(ctx, c)}')
    body = svg_sprite(c["p"]) + body
    body += menu_script(f'{c["p"]}-toggle', c["menu"])
    return document(head_html, body, f'{c["p"]}-portal')


def _block(variant: int, block: Block) -> str:
    text = esc(block.text)
    if block.kind == "figure":
        src = esc(block.image or "/images/no-image.jpg")
        img = f'<img class="img-responsive" src="{src}" alt="Responsive image" width="700" height="466">'
        fallback = '<span class="alt">Responsive image</span>'
        if variant == 0:
            return f'<div class="img-box">{img}{fallback}</div>\n<p style="text-align:center"><em>{text}</em></p>'
        return f'<figure>{img}{fallback}<figcaption><em>{text}</em></figcaption></figure>'
    if block.kind == "heading":
        return f"<p><strong>{text}</strong></p>"
    if block.kind == "quote":
        return f"<p><em>{text}</em></p>"
    return f'<p style="text-align:justify">{text}</p>'


def render_article(article: CorpusArticle, *, state: str, variant: int, related: Sequence[RelatedItem],
                   featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    content = content_of(article, state)
    ctx = Ctx(NAME, _host(), article.key, variant)
    url = ctx.url(article.path)
    section_path = "/" + slugify(article.section)
    crumbs = [("Trang chủ", "/"), (article.section, section_path)]
    ctx.note("Responsive image", article.section)

    body = []
    if content.lead:
        body.append(f"<p><strong>{esc(content.lead)}</strong></p>")
    body.extend(_block(variant, b) for b in content.blocks)
    if content.author:
        body.append(f'<p style="text-align:right"><strong>{esc(content.author)}</strong></p>')
    body_html = "\n".join(body)

    date_html = f'<div class="{c["date"]}">{fmt_hhmm_ddmmyyyy(article.published_at, sep=" ")}</div>'
    share = share_buttons(ctx, url, content.title, f"{p}-share", style="text" if variant == 0 else "icon")
    tags = tag_links(tags_for(content, article.section), cls=f"{p}-tags", label="Từ khóa:")
    others = related_entries(ctx, related, count=6, salt="others", filler_path=filler_path, avoid_path=article.path,
                             date_fmt=fmt_ddmmyyyy, fallback_date=article.published_at)
    ctx.note("Tin cùng chuyên mục", "Từ khóa:")
    others_html = f'<div class="{p}-others"><h3>Tin cùng chuyên mục</h3><ul class="{c["list"]}">' + "".join(
        f'<li>{a(h, t)} <i>({esc(d)})</i></li>' for t, h, d, _ in others) + "</ul></div>"
    page_header = (f'<div class="{c["cat"]}">{esc(article.section)}</div>'
                   f'<h2 class="{c["ptitle"]}">{esc(content.title)}</h2>')
    if variant == 0:
        main = (breadcrumb_ul(crumbs, c["bc"], sep=">") + page_header + f'<div class="{p}-news">'
                f'<h1 class="{c["title"]}">{esc(content.title)}</h1>{date_html}<div class="{c["body"]}">{body_html}</div>'
                f'{share}{tags}</div>{others_html}')
    else:
        main = (f'<div class="{p}-pagehead">{page_header}{breadcrumb_ol(crumbs, c["bc"])}</div><article>'
                f'<header><h1 class="{c["title"]}">{esc(content.title)}</h1>{date_html}{share}</header>'
                f'<section class="{c["body"]}">{body_html}</section><footer>{tags}</footer></article>{others_html}')
    first_image = next((b.image for b in content.figures if b.image), None)
    html = _page(ctx, c, title=f"{content.title} - {SITE_NAME}", description=content.texts[0], canonical=url,
                 og_type="article", image=ctx.url(first_image) if first_image else None, main=main,
                 side=_sidebar(ctx, c, featured, related), active=section_path,
                 keywords=tags_for(content, article.section))
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def _pager(c: dict[str, str], section_path: str, page: int, pages: int) -> str:
    out = [f'<div class="{c["p"]}-pg">']
    if page > 1:
        out.append(a(listing_url(section_path, page - 1), "«"))
    for n in range(max(1, page - 4), min(pages, page + 4) + 1):
        out.append(f"<span>{n}</span>" if n == page else a(listing_url(section_path, n), str(n)))
    if page < pages:
        out.append(a(listing_url(section_path, page + 1), "»"))
    out.append("</div>")
    return "".join(out)


def render_listing(*, section_title: str, section_path: str, items: Sequence[ListingItem], page: int, pages: int,
                   variant: int, featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    ctx = Ctx(NAME, _host(), f"{section_path}?page={page}", variant)
    ctx.note(section_title)
    rows = []
    for it in items:
        img = esc(it.image or "/images/no-image.jpg")
        summary = f"<p>{esc(it.summary)}</p>" if it.summary else ""
        when = f'<div class="{c["date"]}">{fmt_hhmm_ddmmyyyy(it.published_at, sep=" ")}</div>'
        if variant == 0:
            rows.append(f'<div class="{p}-news-item"><a href="{esc(it.path)}"><img class="img-responsive" src="{img}" '
                        f'alt="Responsive image" width="180" height="120"></a><h4>{a(it.path, it.title)}</h4>{when}{summary}</div>')
        else:
            rows.append(f'<article class="{p}-news-item"><h3>{a(it.path, it.title)}</h3>{when}<a href="{esc(it.path)}">'
                        f'<img src="{img}" alt="Responsive image" width="180" height="120" loading="lazy"></a>{summary}</article>')
    crumbs = [("Trang chủ", "/"), (section_title, section_path)]
    pager = _pager(c, section_path, page, pages)
    heading = f'<div class="{c["cat"]}">{esc(section_title)}</div>'
    if variant == 0:
        main = breadcrumb_ul(crumbs, c["bc"], sep=">") + heading + f'<div class="{p}-list">{"".join(rows)}</div>{pager}'
    else:
        main = heading + breadcrumb_ol(crumbs, c["bc"]) + f'<section>{"".join(rows)}</section>{pager}'
    html = _page(ctx, c, title=f"{section_title} - {SITE_NAME}", description=f"{section_title} - {SITE_NAME}",
                 canonical=ctx.url(listing_url(section_path, page)), og_type="website", image=None, main=main,
                 side=_sidebar(ctx, c, featured, featured, hot_count=3), active=section_path)
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
