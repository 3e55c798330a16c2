"""Báo Hà Giang (baohagiang.vn).

Habits of the live site (seed 001): the article shows no date in its text (only the page
metadata carries it), ends with the byline "Tin, ảnh: <NAME>" and then the source line
"Nguồn Hà Giang: http://baohagiang.vn/<path>". Listings paginate with `?page=N`, numbered
links and "»".
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
    head,
    json_ld,
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
    to_vn,
)

NAME = "baohagiang"
SITE_NAME = "Báo Hà Giang"
FB_PAGE = "https://www.facebook.com/baohagiang.vn"

MENU: list[MenuEntry] = [
    ("Thời sự - Chính trị", "/thoi-su-chinh-tri/", [
        ("Hoạt động lãnh đạo", "/hoat-dong-lanh-dao/"),
        ("Xây dựng Đảng", "/xay-dung-dang/"),
        ("Cải cách hành chính", "/cai-cach-hanh-chinh/"),
        ("Quốc phòng - An ninh", "/quoc-phong-an-ninh/"),
    ]),
    ("Kinh tế", "/kinh-te/", [
        ("Nông nghiệp - Nông thôn", "/nong-nghiep-nong-thon/"),
        ("Công nghiệp - Xây dựng", "/cong-nghiep-xay-dung/"),
        ("Du lịch", "/du-lich/"),
    ]),
    ("Xã hội", "/xa-hoi/", [
        ("Giáo dục", "/giao-duc/"),
        ("Y tế - Sức khỏe", "/y-te/"),
        ("Dân tộc - Tôn giáo", "/dan-toc-ton-giao/"),
    ]),
    ("Văn hóa - Thể thao", "/van-hoa/", [
        ("Văn hóa - Văn nghệ", "/van-hoa-van-nghe/"),
        ("Thể thao", "/the-thao/"),
    ]),
    ("Pháp luật", "/phap-luat/", []),
    ("Biên giới", "/bien-gioi/", []),
    ("Quốc tế", "/quoc-te/", []),
    ("Bạn đọc", "/ban-doc/", []),
    ("Media", "/media/", [("Video", "/video/"), ("Phóng sự ảnh", "/phong-su-anh/"), ("Podcast", "/podcast/")]),
    ("Báo in", "/bao-in/", []),
]

HOT_TAGS = ("Chuyển đổi số", "Xây dựng nông thôn mới", "Cao nguyên đá Đồng Văn", "Phòng chống thiên tai",
            "Học tập và làm theo Bác")

FOOTER = (
    "BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG",
    "Giấy phép số 478/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
    "Chịu trách nhiệm nội dung: Tổng Biên tập Báo Hà Giang",
    "Địa chỉ: Số 02, đường Hai Bà Trưng, phường Nguyễn Trãi, thành phố Hà Giang",
    "Điện thoại: 0219.3867.212 - Fax: 0219.3866.188",
    "Email: toasoan@baohagiang.vn",
    "© Bản quyền thuộc về Báo Hà Giang. Ghi rõ nguồn “Báo Hà Giang” khi phát hành lại thông tin từ website này.",
)

# Class names per variant: the 2016 CMS (0) and the 2023 redesign (1).
# The page gives the publication time to the second (visible text or metadata).
DATE_PRECISION = "second"

CLS = (
    {"p": "hg", "wrap": "hg-wrap", "row": "hg-row", "main": "hg-col-lg-8", "side": "hg-col-lg-4",
     "menu": "hg-nav", "li": "hg-nav__i", "sub": "hg-nav__sub", "bc": "hg-bc", "title": "hg-dtl-tt",
     "sapo": "hg-dtl-sp", "body": "hg-dtl-ct", "box": "hg-bx", "list": "hg-ls", "foot": "hg-ft"},
    {"p": "bhg", "wrap": "bhg-wrap", "row": "bhg-row", "main": "bhg-col-lg-9", "side": "bhg-col-lg-3",
     "menu": "bhg-menubar", "li": "bhg-mi", "sub": "bhg-dd", "bc": "bhg-crumbs", "title": "bhg-hl",
     "sapo": "bhg-desc", "body": "bhg-txt", "box": "bhg-widget", "list": "bhg-feed", "foot": "bhg-bottom"},
)


def filler_path(title: str) -> str:
    return f"/van-hoa/202401/{slugify(title)}-{stable_hex(title, length=6)}/"


def listing_url(section_path: str, page: int) -> str:
    if page <= 1:
        return section_path
    return f"{section_path}?page={page}"


# --------------------------------------------------------------------------------------------
# Chrome shared by article and listing pages


def _css(c: dict[str, str]) -> str:
    p = c["p"]
    comps = (
        f".{p}-top{{background:#0b5394;color:#fff;font-size:13px}}.{p}-top a{{color:#fff;margin-left:12px}}"
        f".{p}-top .w{{float:right}}.{p}-logo img{{height:72px}}.{p}-head{{padding:12px 0;background:#fff}}"
        f".{c['menu']}{{background:#0a4a86;display:flex;flex-wrap:wrap}}.{c['menu']} a{{color:#fff;padding:10px 12px;"
        f"display:block;font-weight:600;text-transform:uppercase;font-size:13px}}.{c['sub']}{{display:none;position:absolute;"
        f"background:#fff;min-width:220px;box-shadow:0 4px 12px rgba(0,0,0,.15);z-index:50}}.{c['sub']} a{{color:#222;"
        f"text-transform:none;font-weight:400}}.{c['li']}:hover .{c['sub']}{{display:block}}.{c['li']}{{position:relative}}"
        f".{c['bc']}{{display:flex;gap:8px;font-size:13px;color:#0b5394;margin:14px 0}}.{c['bc']} li+li::before{{content:'›';"
        f"margin-right:8px;color:#999}}.{c['title']}{{font-size:30px;color:#111;margin:8px 0 14px}}"
        f".{c['sapo']}{{font-weight:700;font-size:17px;margin-bottom:14px;color:#333}}.{c['body']}{{font-size:17px;"
        f"line-height:1.6;text-align:justify}}.{c['body']} table{{margin:0 auto 14px;width:auto}}.{c['body']} .image_desc"
        f"{{font-style:italic;font-size:14px;text-align:center;color:#555}}.{c['box']}{{margin-bottom:20px;border-top:3px solid "
        f"#0b5394}}.{c['box']}>h3,.{c['box']}>h2{{font-size:16px;text-transform:uppercase;padding:8px 0;color:#0b5394}}"
        f".{c['list']} li{{padding:8px 0;border-bottom:1px dotted #ccc;overflow:hidden}}.{c['list']} .th{{float:left;"
        f"margin-right:10px}}.{c['foot']}{{background:#0a3d6e;color:#dfe8f2;padding:24px 0;font-size:13px;margin-top:30px}}"
        f".{p}-share a{{display:inline-block;padding:3px 10px;margin-right:6px;border-radius:3px;background:#eef3f9}}"
        f".{p}-tags a{{display:inline-block;padding:2px 8px;margin:0 6px 6px 0;background:#f1f1f1;border-radius:2px}}"
        f".{p}-pager a,.{p}-pager span{{display:inline-block;min-width:32px;padding:4px 8px;margin:0 3px;border:1px solid #ddd;"
        f"text-align:center}}.{p}-pager .cur{{background:#0b5394;color:#fff}}.{p}-item{{overflow:hidden;padding:12px 0;"
        f"border-bottom:1px solid #eee}}.{p}-item img{{float:left;width:240px;margin-right:14px}}"
        f".{p}-hot a{{color:#c00;margin-right:14px;font-size:13px}}.{p}-srch input{{border:1px solid #ccc;padding:5px 8px}}"
        f".{p}-ad{{text-align:center;margin:12px 0}}#back-to-top{{position:fixed;right:20px;bottom:20px;display:none}}"
    )
    return stylesheet(p, accent="#0b5394", accent2="#c00", font="Arial, Helvetica, sans-serif", components=comps)


def _topbar(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note("Đường dây nóng: 0912.345.218", "Liên hệ quảng cáo")
    return (
        f'<div class="{c["p"]}-top"><div class="{c["wrap"]}">'
        '<span>Đường dây nóng: 0912.345.218</span>'
        f'{a("/lien-he-quang-cao/", "Liên hệ quảng cáo")}{a("/rss/", "RSS")}{a(LOGIN_PATH, "Đăng nhập")}'
        f'<span class="w">Hà Giang 18°C - 26°C, có mây</span></div></div>'
    )


def _header(ctx: Ctx, c: dict[str, str], active: str | None) -> str:
    form = search_form("/tim-kiem/", param="q", placeholder="Nhập từ khóa tìm kiếm...", button="Tìm kiếm",
                       cls=f'{c["p"]}-srch')
    ctx.note("Hà Giang 18°C - 26°C")
    logo = f'<a class="{c["p"]}-logo" href="/"><img src="/images/logo-baohagiang.png" alt="{SITE_NAME}" width="320" height="72"></a>'
    top_banner = banner("/quang-cao/", "/Uploads/banner/top-banner-728x90.jpg", "Quảng cáo", 728, 90, f'{c["p"]}-ad')
    if ctx.variant == 0:
        menu = menu_ul(MENU, ul_cls=c["menu"], li_cls=c["li"], sub_cls=c["sub"], active=active,
                       home_html='<a href="/" title="Trang chủ"><i class="ic-home"></i></a>')
        nav = f'<div class="{c["p"]}-mnu"><a class="{c["p"]}-toggle" href="#">☰</a>{menu}</div>'
        head_html = (f'<div class="{c["p"]}-head"><div class="{c["wrap"]}"><div class="{c["row"]}">'
                     f'<div class="{c["p"]}-col-md-4">{logo}</div><div class="{c["p"]}-col-md-8">{top_banner}{form}</div>'
                     f'</div></div></div>')
    else:
        nav = (f'<div class="{c["p"]}-navwrap"><button class="{c["p"]}-toggle" type="button">Chuyên mục</button>'
               + menu_nav(MENU, nav_cls=c["menu"], item_cls=c["li"], drop_cls=c["sub"], active=active) + "</div>")
        head_html = f'<header class="{c["p"]}-head"><div class="{c["wrap"]}">{logo}{form}</div></header>{top_banner}'
    ctx.note("Nông nghiệp - Nông thôn", "Công nghiệp - Xây dựng", "Dân tộc - Tôn giáo", "Quốc phòng - An ninh",
             "Phóng sự ảnh")
    hot = "".join(a(f"/tag/{slugify(t)}", t) for t in HOT_TAGS)
    ctx.note("Tiêu điểm:", *HOT_TAGS[2:])
    return _topbar(ctx, c) + head_html + nav + f'<div class="{c["wrap"]} {c["p"]}-hot"><b>Tiêu điểm:</b> {hot}</div>'


def _footer(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note(*FOOTER)
    cats = "".join(f"<li>{a(h, l)}</li>" for l, h, _ in MENU)
    lines = "".join(f"<p>{esc(line)}</p>" for line in FOOTER)
    social = (f'<div class="{c["p"]}-social"><a href="{FB_PAGE}" target="_blank" rel="noopener">Facebook</a>'
              '<a href="https://www.youtube.com/@baohagiang" target="_blank" rel="noopener">YouTube</a>'
              '<a href="https://zalo.me/baohagiang" target="_blank" rel="noopener">Zalo</a></div>')
    tag = "div" if ctx.variant == 0 else "footer"
    return (f'<{tag} class="{c["foot"]}"><div class="{c["wrap"]}"><ul class="{c["p"]}-fcats">{cats}</ul>'
            f'{lines}{social}</div></{tag}><a id="back-to-top" href="#">▲</a>')


def _sidebar(ctx: Ctx, c: dict[str, str], featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
             hot_count: int = 5) -> str:
    most = related_entries(ctx, list(related)[::-1], count=5, salt="most", filler_path=filler_path)
    hot = related_entries(ctx, featured, count=hot_count, salt="hot", filler_path=filler_path, with_thumb=True)
    ctx.note("Tin đọc nhiều", "Tin nổi bật", "Fanpage Báo Hà Giang")
    box_most = (f'<div class="{c["box"]}"><h3>Tin đọc nhiều</h3>'
                + news_items(most, ul_cls=c["list"]) + "</div>")
    box_hot = (f'<div class="{c["box"]}"><h3>Tin nổi bật</h3>'
               + news_items(hot, ul_cls=c["list"], with_thumb=True, thumb_w=100, thumb_h=66) + "</div>")
    docs = documents_box(ctx, cls=c["box"])
    fb = (f'<div class="{c["box"]}"><h3>Fanpage Báo Hà Giang</h3><div class="fb-page" data-href="{FB_PAGE}">'
          f'<a href="{FB_PAGE}" target="_blank" rel="noopener">Theo dõi Báo Hà Giang trên Facebook</a></div></div>')
    ads = "".join(banner(f"/quang-cao/{i}/", f"/Uploads/banner/right-{i}.jpg", "Quảng cáo", 300, 250, f'{c["p"]}-ad')
                  for i in (1, 2))
    boxes = [box_most, ads, box_hot, docs, fb] if ctx.variant == 0 else [box_hot, docs, box_most, fb, ads]
    return "".join(boxes)


def _page(ctx: Ctx, c: dict[str, str], *, title: str, description: str, canonical: str, og_type: str,
          image: str | None, head_extra: str, main: str, side: str, active: str | None, keywords=()) -> str:
    scripts = [site_config_script(ctx, MENU), analytics_script("baohagiang", "G-HG0000001"), ads_script(["top-728", "right-300-1", "right-300-2"]),
               lazyload_script()]
    head_html = head(title=title, description=description, canonical=canonical, site_name=SITE_NAME,
                     og_type=og_type, image=image, keywords=keywords, css=_css(c), extra=head_extra, scripts=scripts)
    if ctx.variant == 0:
        body = (f'<div id="wrapper">{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><div class="{c["side"]}">{side}</div></div></div>'
                f'{_footer(ctx, c)}</div>')
    else:
        body = (f'{_header(ctx, c, active)}<main class="{c["wrap"]}"><div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><aside class="{c["side"]}">{side}</aside></div></main>'
                f'{_footer(ctx, c)}')
    body = svg_sprite(c["p"]) + body
    body += menu_script(f'{c["p"]}-toggle', c["menu"])
    return document(head_html, body, f'{c["p"]}-site {c["p"]}-{og_type}')


# --------------------------------------------------------------------------------------------
# Article


def _block(c: dict[str, str], variant: int, block: Block) -> str:
    text = esc(block.text)
    if block.kind == "p":
        return f'<p style="text-align: justify;">{text}</p>'
    if block.kind == "heading":
        return f"<p><strong>{text}</strong></p>" if variant == 0 else f"<h2>{text}</h2>"
    if block.kind == "quote":
        return f"<blockquote><p><em>{text}</em></p></blockquote>"
    src = esc(block.image or "/images/no-image.jpg")
    if variant == 0:
        return (f'<table class="image center"><tbody><tr><td><img src="{src}" alt="{text}" width="800" height="533">'
                f'</td></tr><tr><td class="image_desc">{text}</td></tr></tbody></table>')
    return f'<figure class="img-c"><img src="{src}" alt="{text}" width="800" height="533" loading="lazy"><figcaption>{text}</figcaption></figure>'


def render_article(article: CorpusArticle, *, state: str, variant: int, related: Sequence[RelatedItem],
                   featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    content = content_of(article, state)
    ctx = Ctx(NAME, _host(), article.key, variant)
    url = ctx.url(article.path)
    published = to_vn(article.published_at).isoformat()
    section_path = _section_path(article)
    crumbs = [("Trang chủ", "/"), (article.section, section_path)]

    parts = []
    for block in content.blocks:
        parts.append(_block(c, variant, block))
    if content.author:
        prefix = "Tin, ảnh" if content.figures else "Tin"
        byline = f"{prefix}: {content.author}"
        parts.append(f'<p style="text-align: right;"><strong>{esc(byline)}</strong></p>')
        ctx.note(byline)
    source_url = f"http://{ctx.host}{article.path}"
    source = f'<p class="{c["p"]}-src"><em>Nguồn Hà Giang: {esc(source_url)}</em></p>'
    ctx.note("Nguồn Hà Giang:")
    sapo = f'<div class="{c["sapo"]}"><strong>{esc(content.lead)}</strong></div>' if content.lead else ""

    rel = related_entries(ctx, related, count=4, salt="rel", filler_path=filler_path, avoid_path=article.path,
                          with_thumb=True)
    same = related_entries(ctx, list(related)[4:], count=6, salt="same", filler_path=filler_path,
                           avoid_path=article.path)
    ctx.note("Tin liên quan", "Tin cùng chuyên mục", "Từ khóa:")
    tags = tag_links(tags_for(content, article.section), cls=f'{c["p"]}-tags')
    share = share_buttons(ctx, url, content.title, f'{c["p"]}-share')
    rel_html = f'<div class="{c["box"]}"><h2>Tin liên quan</h2>{news_items(rel, ul_cls=c["list"], with_thumb=True)}</div>'
    same_html = f'<div class="{c["box"]}"><h2>Tin cùng chuyên mục</h2>{news_items(same, ul_cls=c["list"])}</div>'
    body_html = "".join(parts)
    if variant == 0:
        main = (breadcrumb_ul(crumbs, c["bc"]) + f'<div class="{c["p"]}-dtl"><h1 class="{c["title"]}">{esc(content.title)}</h1>'
                f'{share}{sapo}<div class="{c["body"]}" id="abody">{body_html}{source}</div>{tags}{share}'
                f'{rel_html}{same_html}</div>')
    else:
        main = (breadcrumb_ol(crumbs, c["bc"]) + f'<article class="{c["p"]}-story"><header><h1 class="{c["title"]}">'
                f'{esc(content.title)}</h1>{sapo}</header><section class="{c["body"]}">{body_html}</section>{source}'
                f'<footer>{tags}{share}</footer></article>{same_html}{rel_html}')

    first_image = next((b.image for b in content.figures if b.image), None)
    ld = json_ld({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": content.title,
        "description": content.lead or (content.texts[0] if content.texts else ""),
        "image": [ctx.url(first_image)] if first_image else [],
        "datePublished": published,
        "dateModified": published,
        "author": {"@type": "Person", "name": content.author or SITE_NAME},
        "publisher": {"@type": "Organization", "name": SITE_NAME,
                      "logo": {"@type": "ImageObject", "url": ctx.url("/images/logo-baohagiang.png")}},
    })
    head_extra = (f'<meta property="article:published_time" content="{published}">'
                  f'\n<meta property="article:section" content="{esc(article.section)}">\n{ld}')
    html = _page(ctx, c, title=f"{content.title} - {SITE_NAME}", description=content.lead or content.texts[0],
                 canonical=url, og_type="article", image=ctx.url(first_image) if first_image else None,
                 head_extra=head_extra, main=main, side=_sidebar(ctx, c, featured, related), active=section_path,
                 keywords=tags_for(content, article.section))
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def _section_path(article: CorpusArticle) -> str:
    first = article.path.strip("/").split("/")[0]
    return f"/{first}/" if first else "/"


def _host() -> str:
    from ...portals import get_portal

    return get_portal(NAME).host


# --------------------------------------------------------------------------------------------
# Listing


def _pager(c: dict[str, str], section_path: str, page: int, pages: int) -> str:
    out = [f'<div class="{c["p"]}-pager">']
    if page > 1:
        out.append(a(listing_url(section_path, page - 1), "«", title="Trang trước"))
    lo, hi = max(1, page - 2), min(pages, page + 2)
    for n in range(lo, hi + 1):
        out.append(f'<span class="cur">{n}</span>' if n == page else a(listing_url(section_path, n), str(n)))
    if page < pages:
        out.append(a(listing_url(section_path, page + 1), "»", title="Trang sau"))
    out.append("</div>")
    return "".join(out)


def render_listing(*, section_title: str, section_path: str, items: Sequence[ListingItem], page: int, pages: int,
                   variant: int, featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    ctx = Ctx(NAME, _host(), f"{section_path}?{page}", variant)
    rows = []
    for it in items:
        thumb = esc(it.image or "/images/no-thumb.jpg")
        summary = f"<p>{esc(it.summary)}</p>" if it.summary else ""
        date = f'<span class="{c["p"]}-date">{fmt_ddmmyyyy(it.published_at)}</span>'
        if variant == 0:
            rows.append(f'<div class="{c["p"]}-item"><a href="{esc(it.path)}"><img src="{thumb}" alt="{esc(it.title)}" '
                        f'width="240" height="160"></a><h3>{a(it.path, it.title)}</h3>{date}{summary}</div>')
        else:
            rows.append(f'<article class="{c["p"]}-card"><a class="th" href="{esc(it.path)}"><img src="{thumb}" '
                        f'alt="{esc(it.title)}" width="240" height="160" loading="lazy"></a><div><h2>{a(it.path, it.title)}'
                        f'</h2>{summary}{date}</div></article>')
    crumbs = [("Trang chủ", "/"), (section_title, section_path)]
    heading = f'<h1 class="{c["p"]}-cat">{esc(section_title)}</h1>'
    pager = _pager(c, section_path, page, pages)
    if variant == 0:
        main = breadcrumb_ul(crumbs, c["bc"]) + heading + f'<div class="{c["list"]}-cat">{"".join(rows)}</div>' + pager
    else:
        main = breadcrumb_ol(crumbs, c["bc"]) + f'<section class="{c["p"]}-catlist">{heading}{"".join(rows)}</section>' + pager
    canonical = ctx.url(listing_url(section_path, page))
    title = f"{section_title} - {SITE_NAME}" + (f" - Trang {page}" if page > 1 else "")
    html = _page(ctx, c, title=title, description=f"Tin tức {section_title} - {SITE_NAME}", canonical=canonical,
                 og_type="website", image=None, head_extra="", main=main, side=_sidebar(ctx, c, featured, featured, hot_count=3),
                 active=section_path)
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
