"""Cổng thông tin điện tử Thành phố Hồ Chí Minh (hochiminhcity.gov.vn), a Liferay portal.

Habits of the live site (seed 003): portlets before the article, one of them titled
"title 3 Chương trình đột phá và 1 chương trình trọng điểm" (a Liferay leftover: the literal word
"title" before the real title); a date line `Thứ sáu, 11/11/2022, 16:45 CH` (weekday in words,
24-hour time followed by SA/CH); a toolbar "Cỡ chữ Màu chữ" with an image whose alt is "image";
the signature as a plain paragraph; then "Tin mới hơn" and "Tin đã đưa" lists with dates.
Listings paginate Liferay-style with `?_cur=N` and "Trang sau".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

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
    filler_titles,
    finish,
    fmt_ddmmyyyy,
    fmt_liferay,
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
)

NAME = "hochiminhcity"
SITE_NAME = "Cổng thông tin điện tử Thành phố Hồ Chí Minh"

MENU: list[MenuEntry] = [
    ("Giới thiệu", "/gioi-thieu", [
        ("Tổng quan Thành phố", "/gioi-thieu/tong-quan"),
        ("Lịch sử hình thành", "/gioi-thieu/lich-su"),
        ("Bản đồ hành chính", "/gioi-thieu/ban-do-hanh-chinh"),
    ]),
    ("Tin tức - Sự kiện", "/tin-tuc-su-kien", [
        ("Chính trị", "/chinh-tri"),
        ("Kinh tế", "/kinh-te"),
        ("Văn hóa - Xã hội", "/van-hoa-xa-hoi"),
        ("Cải cách hành chính", "/cai-cach-hanh-chinh"),
    ]),
    ("Chính quyền", "/chinh-quyen", [
        ("Hội đồng nhân dân Thành phố", "/hdnd"),
        ("Ủy ban nhân dân Thành phố", "/ubnd"),
        ("Sở, ban, ngành", "/so-ban-nganh"),
        ("Quận, huyện, TP Thủ Đức", "/quan-huyen"),
    ]),
    ("Văn bản", "/van-ban", [
        ("Văn bản quy phạm pháp luật", "/van-ban/qppl"),
        ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh"),
    ]),
    ("Dịch vụ công", "/dich-vu-cong", [
        ("Dịch vụ công trực tuyến", "/dich-vu-cong/truc-tuyen"),
        ("Tra cứu hồ sơ", "/dich-vu-cong/tra-cuu"),
    ]),
    ("Quy hoạch", "/quy-hoach", []),
    ("Thống kê", "/thong-ke", []),
    ("Hỏi đáp", "/hoi-dap", []),
    ("Liên hệ", "/lien-he", []),
]

PROGRAMS = (
    ("Chương trình giảm ngập nước", "/chuong-trinh/giam-ngap"),
    ("Chương trình giảm ùn tắc giao thông", "/chuong-trinh/giam-un-tac"),
    ("Chương trình giảm ô nhiễm môi trường", "/chuong-trinh/giam-o-nhiem"),
    ("Chương trình cải cách hành chính trọng điểm", "/chuong-trinh/cai-cach-hanh-chinh"),
)

TOPICS = ("Thành phố Thủ Đức", "Chuyển đổi số", "Đô thị thông minh", "Metro số 1", "Giảm ngập nước")

FOOTER = (
    "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH",
    "Cơ quan chủ quản: Ủy ban nhân dân Thành phố Hồ Chí Minh",
    "Giấy phép số 61/GP-TTĐT do Bộ Thông tin và Truyền thông cấp",
    "Địa chỉ: 86 Lê Thánh Tôn, phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
    "Điện thoại: (028) 3829 6052 - Đường dây nóng: 1022",
    "Email: cttdt@tphcm.gov.vn",
    "© Bản quyền thuộc Cổng thông tin điện tử Thành phố Hồ Chí Minh. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
)

# The visible date line gives the publication time to the minute.
DATE_PRECISION = "minute"

CLS = (
    {"p": "hcm", "wrap": "hcm-container", "row": "hcm-row", "main": "hcm-col-md-9", "side": "hcm-col-md-3",
     "menu": "nav-menu", "li": "lfr-nav-item", "sub": "child-menu", "bc": "breadcrumb", "title": "header-title",
     "date": "time-publish", "body": "journal-content-article", "box": "portlet-boundary", "list": "hcm-news",
     "foot": "hcm-ft", "tools": "taglib-tools"},
    {"p": "tp", "wrap": "tp-container", "row": "tp-row", "main": "tp-col-lg-8", "side": "tp-col-lg-4",
     "menu": "tp-navigation", "li": "tp-nav-entry", "sub": "tp-nav-sub", "bc": "tp-breadcrumb", "title": "tp-asset-title",
     "date": "tp-asset-date", "body": "tp-asset-body", "box": "tp-portlet", "list": "tp-asset-list", "foot": "tp-footer",
     "tools": "tp-reading-tools"},
)


def filler_path(title: str) -> str:
    return f"/-/{slugify(title)}-{stable_hex(title, length=4)}"


def listing_url(section_path: str, page: int) -> str:
    return section_path if page <= 1 else f"{section_path}?_cur={page}"


def _host() -> str:
    from ...portals import get_portal

    return get_portal(NAME).host


def _css(c: dict[str, str]) -> str:
    p = c["p"]
    comps = (
        f".{p}-banner{{background:linear-gradient(90deg,#003f7d,#0067b8);color:#fff;padding:14px 0}}.{p}-banner h1"
        f"{{font-size:22px;margin:0;text-transform:uppercase}}.{p}-topnav{{background:#00305f;font-size:12px;color:#cfe2f7}}"
        f".{p}-topnav a{{color:#fff;margin-left:12px}}.{c['menu']}{{background:#fff;border-bottom:3px solid #c8102e;display:flex;"
        f"flex-wrap:wrap}}.{c['menu']} a{{color:#003f7d;font-weight:700;padding:11px 14px;display:block;font-size:14px}}"
        f".{c['li']}{{position:relative}}.{c['sub']}{{display:none;position:absolute;z-index:1000;background:#fff;min-width:240px;"
        f"border:1px solid #d9d9d9}}.{c['sub']} a{{font-weight:400;color:#222}}.{c['li']}:hover .{c['sub']}{{display:block}}"
        f".{c['bc']}{{display:flex;gap:6px;font-size:13px;padding:10px 0;color:#666}}.{c['bc']} li+li::before{{content:'/';"
        f"margin-right:6px}}.{c['box']}{{margin-bottom:18px;border:1px solid #e3e3e3;background:#fff}}.{c['box']} .portlet-title"
        f"{{background:#003f7d;color:#fff;font-size:14px;padding:8px 10px;margin:0;text-transform:uppercase}}"
        f".{c['box']} .portlet-content{{padding:10px}}.{c['title']}{{font-size:24px;color:#003f7d;margin:10px 0}}"
        f".{c['date']}{{font-size:13px;color:#777;font-style:italic}}.{c['tools']}{{display:flex;gap:10px;align-items:center;"
        f"font-size:13px;margin:8px 0 14px;padding:6px 0;border-top:1px dashed #ccc;border-bottom:1px dashed #ccc}}"
        f".{c['tools']} a{{padding:0 4px;border:1px solid #ccc}}.{c['tools']} .clr{{display:inline-block;width:14px;height:14px;"
        f"border-radius:50%;vertical-align:middle}}.{c['body']}{{font-size:16px;line-height:1.65;text-align:justify}}"
        f".{c['list']} li{{padding:6px 0 6px 14px;position:relative;border-bottom:1px dotted #ddd}}.{c['list']} li::before"
        f"{{content:'›';position:absolute;left:0;color:#c8102e}}.{c['list']} .d{{color:#888;font-size:12px}}"
        f".{c['foot']}{{background:#00305f;color:#d6e4f3;padding:24px 0;margin-top:28px;font-size:13px}}"
        f".lfr-pagination{{display:flex;justify-content:space-between;align-items:center;margin:14px 0}}"
        f".lfr-pagination-buttons{{display:flex;gap:6px}}.lfr-pagination-buttons a,.lfr-pagination-buttons span{{border:1px solid #ccc;"
        f"padding:4px 10px}}.lfr-pagination-buttons .disabled{{color:#aaa}}.{p}-asset{{overflow:hidden;padding:12px 0;"
        f"border-bottom:1px solid #eee}}.{p}-asset img{{float:left;width:200px;margin-right:12px}}"
        f".{p}-share a{{margin-right:6px}}.{p}-tags a{{margin-right:8px;color:#003f7d}}#back-to-top{{position:fixed;right:14px;"
        f"bottom:14px;display:none}}"
    )
    return stylesheet(p, accent="#003f7d", accent2="#c8102e", font="'Segoe UI', Arial, sans-serif", components=comps,
                      container=1200)


def _portlet(c: dict[str, str], pid: str, title_html: str, content_html: str) -> str:
    return (f'<section class="{c["box"]}" id="portlet_{pid}"><div class="portlet-decorate">'
            f'<h2 class="portlet-title">{title_html}</h2><div class="portlet-content">{content_html}</div></div></section>')


def _programs(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note("3 Chương trình đột phá và 1 chương trình trọng điểm", *(t for t, _ in PROGRAMS))
    items = "".join(f"<li>{a(h, t)}</li>" for t, h in PROGRAMS)
    return _portlet(c, "chuong_trinh_dot_pha",
                    '<span class="portlet-title-text">title</span> 3 Chương trình đột phá và 1 chương trình trọng điểm',
                    f'<ul class="{c["list"]}">{items}</ul>')


def _header(ctx: Ctx, c: dict[str, str], active: str | None) -> str:
    p = c["p"]
    ctx.note("Đường dây nóng 1022", "Sở, ban, ngành", "Quận, huyện, TP Thủ Đức", "Văn bản chỉ đạo điều hành",
             "Tra cứu hồ sơ")
    top = (f'<div class="{p}-topnav"><div class="{c["wrap"]}"><span>Đường dây nóng 1022</span>'
           f'{a("/en", "English")}{a("/so-do-cong", "Sơ đồ cổng")}{a(LOGIN_PATH, "Đăng nhập")}</div></div>')
    form = search_form("/tim-kiem", param="q", placeholder="Nhập từ khóa cần tìm", button="Tìm kiếm", cls=f"{p}-search",
                       hidden={"p_p_id": "search_portlet", "p_p_lifecycle": "0"})
    brand = (f'<div class="{p}-banner"><div class="{c["wrap"]}"><a href="/"><img src="/o/hcm-theme/images/logo.png" '
             f'alt="Logo TP.HCM" width="80" height="80"></a><h1>{SITE_NAME}</h1>{form}</div></div>')
    if ctx.variant == 0:
        nav = menu_ul(MENU, ul_cls=c["menu"], li_cls=c["li"], sub_cls=c["sub"], active=active,
                      home_html='<a href="/" title="Trang chủ"><span class="icon-home"></span> Trang chủ</a>')
        return f'<div id="heading">{top}{brand}</div><div class="{c["wrap"]}"><a href="#" class="{p}-toggle">Menu</a>{nav}</div>'
    nav = menu_nav(MENU, nav_cls=c["menu"], item_cls=c["li"], drop_cls=c["sub"], active=active)
    return f'<header id="banner" role="banner">{top}{brand}<div class="{c["wrap"]}"><button class="{p}-toggle">Menu</button>{nav}</div></header>'


def _footer(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note(*FOOTER)
    links = ('<ul class="links"><li><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li>'
             '<li><a href="https://www.facebook.com/thanhpho.hochiminh" target="_blank" rel="noopener">Facebook TP.HCM</a></li>'
             '<li><a href="https://dichvucong.hochiminhcity.gov.vn/" target="_blank" rel="noopener">Cổng dịch vụ công TP.HCM</a></li></ul>')
    lines = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    tag = "div" if ctx.variant == 0 else "footer"
    return f'<{tag} class="{c["foot"]}" id="footer"><div class="{c["wrap"]}">{lines}{links}</div></{tag}><a href="#" id="back-to-top">Lên đầu trang</a>'


def _sidebar(ctx: Ctx, c: dict[str, str], featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
             hot_count: int = 5) -> str:
    p = c["p"]
    hot = related_entries(ctx, featured, count=hot_count, salt="hot", filler_path=filler_path, with_thumb=True)
    most = related_entries(ctx, list(related)[::-1], count=5, salt="most", filler_path=filler_path)
    ctx.note("Tin nổi bật", "Tin đọc nhiều", "Liên kết website", "Chọn website liên kết")
    hot_html = _portlet(c, "tin_noi_bat", "Tin nổi bật", news_items(hot, ul_cls=c["list"], with_thumb=True, thumb_w=90, thumb_h=60))
    most_html = _portlet(c, "tin_doc_nhieu", "Tin đọc nhiều", news_items(most, ul_cls=c["list"]))
    links = _portlet(c, "lien_ket", "Liên kết website",
                     '<select onchange="if(this.value){window.open(this.value)}"><option value="">Chọn website liên kết</option>'
                     '<option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option>'
                     '<option value="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</option>'
                     '<option value="https://www.hcmcpv.org.vn/">Đảng bộ TP.HCM</option></select>')
    topics = topics_box(ctx, TOPICS, cls=c["box"], heading_tag="h2")
    docs = documents_box(ctx, cls=c["box"], heading_tag="h2")
    ads = "".join(banner(f"/banner/{i}", f"/documents/10180/banner-{i}.jpg", "Banner", 280, 120, f"{p}-bn")
                  for i in ("dvc", "hoi-dap", "bao-cao"))
    return "".join([hot_html, ads, docs, most_html, topics, links] if ctx.variant == 0
                   else [docs, topics, most_html, hot_html, links, ads])


def _font_tool_script() -> str:
    return (
        "<script>\n(function () {\n  var size = 16;\n"
        "  window.hcmFont = function (d) { size = Math.max(12, Math.min(24, size + d));\n"
        "    var el = document.querySelector('[data-readable]'); if (el) { el.style.fontSize = size + 'px'; } };\n"
        "  window.hcmColor = function (c) { var el = document.querySelector('[data-readable]'); if (el) { el.style.color = c; } };\n"
        "})();\n</script>"
    )


def _page(ctx: Ctx, c: dict[str, str], *, title: str, description: str, canonical: str, og_type: str,
          image: str | None, pre: str, main: str, side: str, active: str | None, keywords=()) -> str:
    scripts = [site_config_script(ctx, MENU), analytics_script("hochiminhcity", "G-HCMCITY01"), ads_script(["banner-dvc", "banner-hoi-dap"]),
               lazyload_script(), _font_tool_script(),
               "<script>var Liferay = window.Liferay || {}; Liferay.ThemeDisplay = {getLanguageId: function () "
               "{ return 'vi_VN'; }, getPathThemeImages: function () { return '/o/hcm-theme/images'; }};</script>"]
    head_html = head(title=title, description=description, canonical=canonical, site_name=SITE_NAME, og_type=og_type,
                     image=image, keywords=keywords, css=_css(c), scripts=scripts)
    if ctx.variant == 0:
        body = (f'<div id="wrapper">{_header(ctx, c, active)}<div id="content" class="{c["wrap"]}">'
                f'<div class="{c["row"]}"><div class="{c["side"]}">{pre}{side}</div><div class="{c["main"]}">{main}</div>'
                f'</div></div>{_footer(ctx, c)}</div>')
    else:
        body = (f'{_header(ctx, c, active)}<main id="content" class="{c["wrap"]}">{pre}<div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><aside class="{c["side"]}">{side}</aside></div></main>{_footer(ctx, c)}')
    body = svg_sprite(c["p"]) + body
    body += menu_script(f'{c["p"]}-toggle', c["menu"])
    return document(head_html, body, "controls-visible guest-site signed-out public-page site")


def _block(block: Block) -> str:
    text = esc(block.text)
    if block.kind == "figure":
        return (f'<p style="text-align: center;"><img src="{esc(block.image or "/o/hcm-theme/images/no-image.png")}" '
                f'alt="{text}" width="640" height="426"></p>\n<p style="text-align: center;"><em>{text}</em></p>')
    if block.kind == "heading":
        return f"<p><strong>{text}</strong></p>"
    if block.kind == "quote":
        return f"<p><em>{text}</em></p>"
    return f'<p style="text-align: justify;">{text}</p>'


def _tools(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note("Cỡ chữ", "Màu chữ")
    colors = "".join(f'<a class="clr" href="javascript:hcmColor(\'{col}\')" style="background:{col}" title="{col}"></a>'
                     for col in ("#000000", "#003f7d", "#7a0000"))
    return (f'<div class="{c["tools"]}"><span>Cỡ chữ</span> <a href="javascript:hcmFont(-1)">A-</a>'
            f'<a href="javascript:hcmFont(1)">A+</a> <span>Màu chữ</span> {colors} '
            f'<a href="javascript:window.print()"><img src="/o/hcm-theme/images/print.png" alt="image" width="16" height="16"></a></div>')


def _newer_older(ctx: Ctx, article: CorpusArticle, related: Sequence[RelatedItem]):
    """Split related articles into newer and older ones, with dates (filler when none given)."""
    pub = article.published_at
    if related:
        dated = [r for r in related if r.published_at is not None]
        if dated:
            def latest_first(items):
                return sorted(items, key=lambda r: (r.published_at is not None, r.published_at or pub), reverse=True)

            newer = latest_first([r for r in related if r.published_at is not None and r.published_at > pub])[-5:]
            older = latest_first([r for r in related if r not in newer])[:8]
        else:
            half = (len(related) + 1) // 2
            newer, older = list(related[:half]), list(related[half:])
        entries_new = related_entries(ctx, newer, count=5, salt="newer", filler_path=filler_path,
                                      date_fmt=fmt_ddmmyyyy, fallback_date=pub + timedelta(days=25)) if newer else []
        entries_old = related_entries(ctx, older, count=8, salt="older", filler_path=filler_path,
                                      date_fmt=fmt_ddmmyyyy, fallback_date=pub) if older else []
        return entries_new, entries_old
    titles_new = filler_titles(ctx, "newer", 3)
    titles_old = filler_titles(ctx, "older", 6, avoid=titles_new)
    when_new = {t: pub + timedelta(days=ctx.n("n" + t, 1, 6)) for t in titles_new}
    when_old = {t: pub - timedelta(days=ctx.n("o" + t, 1, 30)) for t in titles_old}
    entries_new = [(t, filler_path(t), fmt_ddmmyyyy(when_new[t]), None)
                   for t in sorted(titles_new, key=lambda t: (when_new[t], t), reverse=True)]
    entries_old = [(t, filler_path(t), fmt_ddmmyyyy(when_old[t]), None)
                   for t in sorted(titles_old, key=lambda t: (when_old[t], t), reverse=True)]
    ctx.note(*titles_new, *titles_old)
    return entries_new, entries_old


def _dated_list(c: dict[str, str], entries) -> str:
    return f'<ul class="{c["list"]}">' + "".join(
        f'<li>{a(h, t)} <span class="d">({esc(d)})</span></li>' if d else f"<li>{a(h, t)}</li>" for t, h, d, _ in entries
    ) + "</ul>"


def render_article(article: CorpusArticle, *, state: str, variant: int, related: Sequence[RelatedItem],
                   featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    content = content_of(article, state)
    ctx = Ctx(NAME, _host(), article.key, variant)
    url = ctx.url(article.path)
    section_path = "/" + slugify(article.section)
    crumbs = [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), (article.section, section_path)]

    body = []
    if content.lead:
        body.append(f"<p><strong>{esc(content.lead)}</strong></p>")
    body.extend(_block(b) for b in content.blocks)
    if content.author:
        body.append(f'<p style="text-align: right;"><strong>{esc(content.author)}</strong></p>')
    body_html = "\n".join(body)

    date_html = f'<div class="{c["date"]}">{esc(fmt_liferay(article.published_at))}</div>'
    tools = _tools(ctx, c)
    share = share_buttons(ctx, url, content.title, f"{p}-share", style="icon")
    tags = tag_links(tags_for(content, article.section), cls=f"{p}-tags", label="Từ khóa:")
    newer, older = _newer_older(ctx, article, related)
    ctx.note("Tin mới hơn", "Tin đã đưa", "Từ khóa:")
    newer_html = f'<div class="{p}-newer"><h3>Tin mới hơn</h3>{_dated_list(c, newer)}</div>'
    older_html = f'<div class="{p}-older"><h3>Tin đã đưa</h3>{_dated_list(c, older)}</div>'
    if variant == 0:
        asset = (f'<div class="asset-full-content"><h3 class="{c["title"]}">{esc(content.title)}</h3>{date_html}{tools}'
                 f'<div class="{c["body"]}" data-readable="1">{body_html}</div>{tags}{share}</div>{newer_html}{older_html}')
        main = breadcrumb_ul(crumbs, c["bc"]) + _portlet(c, "asset_publisher_WAR_detail", esc(article.section), asset)
    else:
        asset = (f'<article class="{p}-asset-full"><header>{tools}<h1 class="{c["title"]}">{esc(content.title)}</h1>'
                 f'{date_html}</header><div class="{c["body"]}" data-readable="1">{body_html}</div><footer>{share}{tags}'
                 f'</footer></article><section class="{p}-more">{older_html}{newer_html}</section>')
        main = breadcrumb_ol(crumbs, c["bc"]) + asset
    first_image = next((b.image for b in content.figures if b.image), None)
    html = _page(ctx, c, title=f"{content.title} - {SITE_NAME}", description=content.lead or content.texts[0],
                 canonical=url, og_type="article", image=ctx.url(first_image) if first_image else None,
                 pre=_programs(ctx, c), main=main, side=_sidebar(ctx, c, featured, related), active=section_path,
                 keywords=tags_for(content, article.section))
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def _pager(section_path: str, page: int, pages: int) -> str:
    def btn(label: str, target: int, enabled: bool) -> str:
        if not enabled:
            return f'<li><span class="disabled">{esc(label)}</span></li>'
        return f"<li>{a(listing_url(section_path, target), label)}</li>"

    return (f'<div class="lfr-pagination"><div class="lfr-pagination-page-selector">Trang {page} / {pages}</div>'
            f'<ul class="lfr-pagination-buttons pager">{btn("Đầu", 1, page > 1)}{btn("Trang trước", page - 1, page > 1)}'
            f'{btn("Trang sau", page + 1, page < pages)}{btn("Cuối", pages, page < pages)}</ul></div>')


def render_listing(*, section_title: str, section_path: str, items: Sequence[ListingItem], page: int, pages: int,
                   variant: int, featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    ctx = Ctx(NAME, _host(), f"{section_path}?_cur={page}", variant)
    rows = []
    for it in items:
        img = esc(it.image or "/o/hcm-theme/images/no-image.png")
        summary = f'<div class="asset-summary">{esc(it.summary)}</div>' if it.summary else ""
        when = f'<span class="{c["date"]}">{esc(fmt_liferay(it.published_at))}</span>'
        if variant == 0:
            rows.append(f'<div class="{p}-asset"><a href="{esc(it.path)}"><img src="{img}" alt="{esc(it.title)}" '
                        f'width="200" height="133"></a><h3 class="asset-title">{a(it.path, it.title)}</h3>{when}{summary}</div>')
        else:
            rows.append(f'<article class="{p}-asset"><h2>{a(it.path, it.title)}</h2>{when}<a href="{esc(it.path)}">'
                        f'<img src="{img}" alt="{esc(it.title)}" width="200" height="133" loading="lazy"></a>{summary}</article>')
    crumbs = [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), (section_title, section_path)]
    pager = _pager(section_path, page, pages)
    if variant == 0:
        main = breadcrumb_ul(crumbs, c["bc"]) + _portlet(c, "asset_publisher_WAR_list", esc(section_title), "".join(rows) + pager)
    else:
        main = breadcrumb_ol(crumbs, c["bc"]) + f'<section><h1>{esc(section_title)}</h1>{"".join(rows)}</section>{pager}'
    title = f"{section_title} - {SITE_NAME}"
    html = _page(ctx, c, title=title, description=f"{section_title} - {SITE_NAME}",
                 canonical=ctx.url(listing_url(section_path, page)), og_type="website", image=None,
                 pre=_programs(ctx, c), main=main, side=_sidebar(ctx, c, featured, featured, hot_count=3), active=section_path)
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
