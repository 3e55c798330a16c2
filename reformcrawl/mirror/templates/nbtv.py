"""Đài Phát thanh và Truyền hình Ninh Bình (nbtv.vn).

Habits of the live site (seed 002): a date line `Thứ 6, 26.03.2021 | 14:49:57` and a view
counter "268 lượt xem"; image captions printed inline, glued to the next sentence without any
whitespace (`<em>caption</em>Next sentence`); the signature "Name (nbtv.vn)"; then a comment box
("Ý kiến ()", "0 / 500 ký tự", "Đang tải dữ liệu"). Listings paginate with `?page=N`,
`rel="next"` and "Tiếp".
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
    fmt_nbtv,
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

NAME = "nbtv"
SITE_NAME = "Đài Phát thanh và Truyền hình Ninh Bình"
FB_PAGE = "https://www.facebook.com/nbtv.vn"

MENU: list[MenuEntry] = [
    ("Tin tức", "/tin-tuc/", [
        ("Thời sự", "/tin-tuc/thoi-su/"),
        ("Chính trị", "/tin-tuc/chinh-tri/"),
        ("Kinh tế", "/tin-tuc/kinh-te/"),
        ("Xã hội", "/tin-tuc/xa-hoi/"),
        ("Văn hóa", "/tin-tuc/van-hoa/"),
        ("Thể thao", "/tin-tuc/the-thao/"),
        ("Quốc phòng - An ninh", "/tin-tuc/quoc-phong-an-ninh/"),
    ]),
    ("Truyền hình", "/truyen-hinh/", [
        ("Thời sự NBTV", "/truyen-hinh/thoi-su-nbtv/"),
        ("Phóng sự", "/truyen-hinh/phong-su/"),
        ("Chuyên mục", "/truyen-hinh/chuyen-muc/"),
    ]),
    ("Phát thanh", "/phat-thanh/", [("Bản tin phát thanh", "/phat-thanh/ban-tin/"), ("Podcast", "/phat-thanh/podcast/")]),
    ("Du lịch Ninh Bình", "/du-lich/", []),
    ("Video", "/video/", []),
    ("Lịch phát sóng", "/lich-phat-song/", []),
    ("Xem trực tiếp", "/truc-tiep/", []),
    ("Quảng cáo", "/quang-cao/", []),
    ("Liên hệ", "/lien-he/", []),
]

SCHEDULE = (
    ("05:45", "Chào ngày mới"), ("06:30", "Thời sự sáng"), ("11:30", "Thời sự trưa"),
    ("17:00", "Phim truyện: Miền đất hứa"), ("19:45", "Thời sự Ninh Bình"), ("21:00", "Ninh Bình - Đất và người"),
)

TOPICS = ("Tràng An", "Cố đô Hoa Lư", "Chuyển đổi số", "Nông thôn mới", "Festival Ninh Bình")

FOOTER = (
    "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH",
    "Giấy phép số 07/GP-TTĐT do Sở Thông tin và Truyền thông Ninh Bình cấp",
    "Địa chỉ: Đường Lê Đại Hành, phường Thanh Bình, thành phố Ninh Bình",
    "Điện thoại: 0229.3871.282 - Fax: 0229.3872.480",
    "Email: nbtv@ninhbinh.gov.vn",
    "© Bản quyền thuộc về Đài Phát thanh và Truyền hình Ninh Bình. Ghi rõ nguồn nbtv.vn khi phát hành lại thông tin.",
)

# The page gives the publication time to the second (visible text or metadata).
DATE_PRECISION = "second"

CLS = (
    {"p": "nb", "wrap": "nb-container", "row": "nb-row", "main": "nb-col-md-8", "side": "nb-col-md-4",
     "menu": "nb-menu", "li": "nb-menu-li", "sub": "nb-menu-child", "bc": "nb-bread", "title": "nb-newstitle",
     "info": "nb-newsinfo", "body": "nb-newsdetail", "box": "nb-box", "list": "nb-list", "foot": "nb-footer"},
    {"p": "tv", "wrap": "tv-shell", "row": "tv-cols", "main": "tv-col-lg-8", "side": "tv-col-lg-4",
     "menu": "tv-topnav", "li": "tv-topnav-item", "sub": "tv-topnav-panel", "bc": "tv-trail", "title": "tv-h1",
     "info": "tv-meta", "body": "tv-prose", "box": "tv-card", "list": "tv-rows", "foot": "tv-foot"},
)


def filler_path(title: str) -> str:
    return f"/tin-tuc/van-hoa/{slugify(title)}-{stable_int(title, lo=40000, hi=49999)}.html"


def listing_url(section_path: str, page: int) -> str:
    return section_path if page <= 1 else f"{section_path}?page={page}"


def _host() -> str:
    from ...portals import get_portal

    return get_portal(NAME).host


def _css(c: dict[str, str]) -> str:
    p = c["p"]
    comps = (
        f".{p}-top{{background:#8b0000;color:#fff;font-size:12px;padding:4px 0}}.{p}-top a{{color:#fff;margin-left:10px}}"
        f".{p}-logo img{{height:64px}}.{c['menu']}{{background:#b30000;display:flex;flex-wrap:wrap}}.{c['menu']} a"
        f"{{color:#fff;padding:10px 14px;display:block;font-size:14px;font-weight:600}}.{c['li']}{{position:relative}}"
        f".{c['sub']}{{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:200px;z-index:80;"
        f"box-shadow:0 2px 8px rgba(0,0,0,.2)}}.{c['sub']} a{{color:#333;font-weight:400}}.{c['li']}:hover .{c['sub']}"
        f"{{display:block}}.{c['bc']}{{display:flex;gap:6px;font-size:13px;margin:12px 0;color:#b30000}}"
        f".{c['title']}{{font-size:26px;color:#b30000;margin:6px 0 8px}}.{c['info']}{{color:#777;font-size:13px;"
        f"margin-bottom:12px}}.{c['info']} .views{{margin-left:14px}}.{c['body']}{{font-size:16px;line-height:1.7}}"
        f".{c['body']} p{{text-align:justify}}.{c['body']} em{{display:inline;color:#444}}.{c['box']}{{margin-bottom:20px}}"
        f".{c['box']}>h3,.{c['box']}>h2{{background:#b30000;color:#fff;font-size:15px;padding:7px 10px;text-transform:uppercase}}"
        f".{c['list']} li{{padding:8px 0;border-bottom:1px solid #eee;overflow:hidden}}.{c['list']} img{{float:left;"
        f"margin-right:8px}}.{c['foot']}{{background:#2b0000;color:#f1dada;padding:22px 0;font-size:13px;margin-top:24px}}"
        f".{p}-cmt{{margin:24px 0;border-top:2px solid #b30000;padding-top:10px}}.{p}-cmt textarea{{width:100%;min-height:90px;"
        f"border:1px solid #ccc;padding:8px}}.{p}-cmt .count{{font-size:12px;color:#888;text-align:right}}"
        f".{p}-cmt .loading{{color:#999;font-style:italic;padding:10px 0}}.{p}-sched li{{display:flex;gap:10px;padding:5px 0}}"
        f".{p}-sched b{{color:#b30000;min-width:48px}}.{p}-share a{{margin-right:6px}}.{p}-tags a{{margin-right:8px;color:#b30000}}"
        f".pagination{{display:flex;gap:4px;margin:16px 0}}.pagination a,.pagination span{{border:1px solid #ddd;padding:4px 10px}}"
        f".pagination .active span{{background:#b30000;color:#fff}}.{p}-item{{overflow:hidden;padding:12px 0;"
        f"border-bottom:1px solid #eee}}.{p}-item img{{float:left;width:220px;margin-right:12px}}"
        f".{p}-live{{background:#000;color:#fff;padding:10px;text-align:center}}#back-to-top{{position:fixed;right:16px;bottom:16px;display:none}}"
    )
    return stylesheet(p, accent="#b30000", accent2="#8b0000", font="Tahoma, Arial, sans-serif", components=comps)


def _header(ctx: Ctx, c: dict[str, str], active: str | None) -> str:
    p = c["p"]
    ctx.note("Đường dây nóng: 0229.3898.666", "Quảng cáo - Liên hệ", "Thời sự NBTV", "Bản tin phát thanh",
             "Quốc phòng - An ninh", "Du lịch Ninh Bình", "Xem trực tiếp")
    top = (f'<div class="{p}-top"><div class="{c["wrap"]}"><span>Đường dây nóng: 0229.3898.666</span>'
           f'{a("/quang-cao/", "Quảng cáo - Liên hệ")}{a(LOGIN_PATH, "Đăng nhập")}{a("/rss/", "RSS")}</div></div>')
    logo = f'<a class="{p}-logo" href="/"><img src="/images/logo-nbtv.png" alt="NBTV - {SITE_NAME}" width="260" height="64"></a>'
    form = search_form("/tim-kiem.html", param="keyword", placeholder="Nhập nội dung tìm kiếm", button="Tìm kiếm",
                       cls=f"{p}-search")
    if ctx.variant == 0:
        nav = menu_ul(MENU, ul_cls=c["menu"], li_cls=c["li"], sub_cls=c["sub"], active=active,
                      home_html='<a href="/" title="Trang chủ">Trang chủ</a>')
        return (f'{top}<div class="{c["wrap"]} {p}-header">{logo}{form}</div><div class="{p}-navbar">'
                f'<div class="{c["wrap"]}"><a href="#" class="{p}-toggle">☰</a>{nav}</div></div>')
    nav = menu_nav(MENU, nav_cls=c["menu"], item_cls=c["li"], drop_cls=c["sub"], active=active)
    return f'<header class="{p}-header">{top}<div class="{c["wrap"]}">{logo}<button class="{p}-toggle">☰</button>{nav}{form}</div></header>'


def _footer(ctx: Ctx, c: dict[str, str]) -> str:
    ctx.note(*FOOTER)
    links = "".join(f"<li>{a(h, l)}</li>" for l, h, _ in MENU)
    lines = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    social = (f'<div class="{c["p"]}-social"><a href="{FB_PAGE}" target="_blank" rel="noopener">Facebook NBTV</a> '
              '<a href="https://www.youtube.com/@nbtvninhbinh" target="_blank" rel="noopener">YouTube NBTV</a> '
              '<a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></div>')
    tag = "div" if ctx.variant == 0 else "footer"
    return (f'<{tag} class="{c["foot"]}"><div class="{c["wrap"]}"><ul class="{c["p"]}-flinks">{links}</ul>{lines}'
            f'{social}</div></{tag}><a href="#" id="back-to-top">▲</a>')


def _sidebar(ctx: Ctx, c: dict[str, str], featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
             hot_count: int = 5) -> str:
    p = c["p"]
    most = related_entries(ctx, list(related)[::-1], count=5, salt="most", filler_path=filler_path)
    hot = related_entries(ctx, featured, count=hot_count, salt="hot", filler_path=filler_path, with_thumb=True)
    ctx.note("Tin đọc nhiều", "Tin nổi bật", "Lịch phát sóng NBTV", "NBTV trực tuyến", "Chào ngày mới",
             "Ninh Bình - Đất và người")
    live = (f'<div class="{c["box"]}"><h3>NBTV trực tuyến</h3><div class="{p}-live" data-stream="nbtv-live">'
            f'<a href="/truc-tiep/">Xem kênh NBTV</a></div></div>')
    sched = (f'<div class="{c["box"]}"><h3>Lịch phát sóng NBTV</h3><ul class="{p}-sched">'
             + "".join(f"<li><b>{t}</b><span>{esc(n)}</span></li>" for t, n in SCHEDULE) + "</ul></div>")
    box_most = f'<div class="{c["box"]}"><h3>Tin đọc nhiều</h3>' + news_items(most, ul_cls=c["list"]) + "</div>"
    box_hot = (f'<div class="{c["box"]}"><h3>Tin nổi bật</h3>'
               + news_items(hot, ul_cls=c["list"], with_thumb=True, thumb_w=100, thumb_h=66) + "</div>")
    topics = topics_box(ctx, TOPICS, cls=c["box"], heading_tag="h3")
    docs = documents_box(ctx, cls=c["box"])
    ad = banner("/quang-cao/sidebar/", "/uploads/banner/sidebar-300x600.jpg", "Quảng cáo", 300, 600, f"{p}-ad")
    order = [live, box_hot, box_most, sched, topics, docs, ad] if ctx.variant == 0 else [box_most, live, docs, box_hot, ad, topics, sched]
    return "".join(order)


def _page(ctx: Ctx, c: dict[str, str], *, title: str, description: str, canonical: str, og_type: str,
          image: str | None, main: str, side: str, active: str | None, keywords=(), head_extra: str = "") -> str:
    scripts = [site_config_script(ctx, MENU), analytics_script("nbtv", "G-NBTV0326"), ads_script(["sidebar-300x600", "in-article"]), lazyload_script()]
    head_html = head(title=title, description=description, canonical=canonical, site_name="NBTV", og_type=og_type,
                     image=image, keywords=keywords, css=_css(c), scripts=scripts, extra=head_extra)
    if ctx.variant == 0:
        body = (f'<div id="page">{_header(ctx, c, active)}<div class="{c["wrap"]}"><div class="{c["row"]}">'
                f'<div class="{c["main"]}">{main}</div><div class="{c["side"]}">{side}</div></div></div>'
                f'{_footer(ctx, c)}</div>')
    else:
        body = (f'{_header(ctx, c, active)}<main class="{c["wrap"]}"><div class="{c["row"]}"><div class="{c["main"]}">'
                f'{main}</div><aside class="{c["side"]}">{side}</aside></div></main>{_footer(ctx, c)}')
    body = svg_sprite(c["p"]) + body
    body += menu_script(f'{c["p"]}-toggle', c["menu"])
    return document(head_html, body, f'{c["p"]}-site')


def _img(block: Block) -> str:
    return (f'<img src="{esc(block.image or "/images/no-image.jpg")}" alt="{esc(block.text)}" width="700" '
            f'height="466" style="display:block;margin:0 auto">')


def _body(blocks: Sequence[Block]) -> list[str]:
    """Paragraphs; a figure is printed inline and its caption runs straight into the next paragraph."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "figure":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "p":
                out.append(f'<p style="text-align:justify">{_img(b)}<br><em>{esc(b.text)}</em>{esc(nxt.text)}</p>')
                i += 2
                continue
            out.append(f'<p style="text-align:center">{_img(b)}<br><em>{esc(b.text)}</em></p>')
        elif b.kind == "heading":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind == "quote":
            out.append(f"<p><em>{esc(b.text)}</em></p>")
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return out


def _comments(ctx: Ctx, c: dict[str, str], key: str) -> str:
    p = c["p"]
    ctx.note("Ý kiến ()", "0 / 500 ký tự", "Đang tải dữ liệu", "Gửi ý kiến", "Ý kiến của bạn sẽ được biên tập trước khi đăng")
    return (
        f'<div class="{p}-cmt" id="comment-box" data-id="{esc(key)}"><div class="ttl">Ý kiến (<span class="cnt"></span>)</div>'
        f'<form class="{p}-cmt-form" action="/binh-luan/gui" method="post">'
        f'<textarea name="content" maxlength="500" placeholder="Nhập ý kiến của bạn..."></textarea>'
        f'<div class="count"><span class="len">0</span> / 500 ký tự</div>'
        f'<input type="text" name="name" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email">'
        f'<button type="submit">Gửi ý kiến</button><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng</p></form>'
        f'<div class="{p}-cmt-list"><div class="loading">Đang tải dữ liệu</div></div></div>'
        "<script>\n(function () {\n  var box = document.getElementById('comment-box'); if (!box) { return; }\n"
        "  var ta = box.querySelector('textarea'), len = box.querySelector('.len');\n"
        "  ta.addEventListener('input', function () { len.textContent = ta.value.length; });\n"
        "  var api = 'https://comments.example.invalid/list?id=' + encodeURIComponent(box.getAttribute('data-id'));\n"
        "  if (window.fetch) { fetch(api).then(function (r) { return r.json(); }).then(function (d) {\n"
        "    box.querySelector('.cnt').textContent = d.total || ''; }).catch(function () {}); }\n})();\n</script>"
    )


def render_article(article: CorpusArticle, *, state: str, variant: int, related: Sequence[RelatedItem],
                   featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    content = content_of(article, state)
    ctx = Ctx(NAME, _host(), article.key, variant)
    url = ctx.url(article.path)
    parts = article.path.strip("/").split("/")
    section_path = "/" + "/".join(parts[:2]) + "/" if len(parts) >= 3 else "/" + parts[0] + "/"
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (article.section, section_path)]
    views = stable_int(article.key, "views", lo=120, hi=2400)
    ctx.note("lượt xem")
    date = fmt_nbtv(article.published_at)

    body = []
    if content.lead:
        body.append(f'<p style="text-align:justify"><strong>{esc(content.lead)}</strong></p>')
    body.extend(_body(content.blocks))
    if content.author:
        signature = f"{content.author} (nbtv.vn)"
        body.append(f'<p style="text-align:right"><strong>{esc(signature)}</strong></p>')
        ctx.note(signature)
    body_html = "\n".join(body)

    tags = tag_links(tags_for(content, article.section), cls=f"{p}-tags", label="Tags:")
    share = share_buttons(ctx, url, content.title, f"{p}-share", style="text" if variant == 0 else "icon")
    rel = related_entries(ctx, related, count=5, salt="rel", filler_path=filler_path, avoid_path=article.path,
                          with_thumb=True)
    same = related_entries(ctx, list(related)[5:], count=5, salt="same", filler_path=filler_path,
                           avoid_path=article.path)
    ctx.note("Tin liên quan", "Tin cùng chuyên mục")
    rel_html = f'<div class="{c["box"]}"><h2>Tin liên quan</h2>' + news_items(rel, ul_cls=c["list"], with_thumb=True) + "</div>"
    same_html = f'<div class="{c["box"]}"><h2>Tin cùng chuyên mục</h2>' + news_items(same, ul_cls=c["list"]) + "</div>"
    comments = _comments(ctx, c, article.key)
    if variant == 0:
        info = (f'<div class="{c["info"]}"><span class="date">{esc(date)}</span><br>'
                f'<span class="views">{views} lượt xem</span></div>')
        main = (breadcrumb_ul(crumbs, c["bc"], sep="/") + f'<div class="{p}-news"><h1 class="{c["title"]}">'
                f'{esc(content.title)}</h1>{info}{share}<div class="{c["body"]}">{body_html}</div>{tags}{share}'
                f'</div>{comments}{rel_html}{same_html}')
    else:
        main = (breadcrumb_ol(crumbs, c["bc"]) + f'<article><div class="{c["info"]}"><time>{esc(date)}</time></div>'
                f'<h1 class="{c["title"]}">{esc(content.title)}</h1><section class="{c["body"]}">{body_html}</section>'
                f'<footer><span class="views">{views} lượt xem</span>{share}{tags}</footer></article>'
                f'{same_html}{comments}{rel_html}')
    first_image = next((b.image for b in content.figures if b.image), None)
    html = _page(ctx, c, title=f"{content.title} | NBTV", description=content.lead or content.texts[0],
                 canonical=url, og_type="article", image=ctx.url(first_image) if first_image else None, main=main,
                 side=_sidebar(ctx, c, featured, related), active=section_path,
                 keywords=tags_for(content, article.section))
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def _pager(section_path: str, page: int, pages: int) -> str:
    out = ['<ul class="pagination">']
    if page > 1:
        out.append(f'<li><a rel="prev" href="{esc(listing_url(section_path, page - 1))}">Trước</a></li>')
    for n in range(max(1, page - 2), min(pages, page + 2) + 1):
        out.append(f'<li class="active"><span>{n}</span></li>' if n == page
                   else f"<li>{a(listing_url(section_path, n), str(n))}</li>")
    if page < pages:
        out.append(f'<li><a rel="next" href="{esc(listing_url(section_path, page + 1))}">Tiếp</a></li>')
    out.append("</ul>")
    return "".join(out)


def render_listing(*, section_title: str, section_path: str, items: Sequence[ListingItem], page: int, pages: int,
                   variant: int, featured: Sequence[RelatedItem]) -> RenderedPage:
    c = CLS[variant]
    p = c["p"]
    ctx = Ctx(NAME, _host(), f"{section_path}|{page}", variant)
    rows = []
    for it in items:
        img = esc(it.image or "/images/no-thumb.jpg")
        summary = f"<p>{esc(it.summary)}</p>" if it.summary else ""
        when = f'<span class="{c["info"]}">{esc(fmt_nbtv(it.published_at))}</span>'
        if variant == 0:
            rows.append(f'<div class="{p}-item"><a href="{esc(it.path)}"><img src="{img}" alt="{esc(it.title)}" width="220" '
                        f'height="146"></a><h3>{a(it.path, it.title)}</h3>{when}{summary}</div>')
        else:
            rows.append(f'<article class="{p}-item"><figure><a href="{esc(it.path)}"><img src="{img}" alt="{esc(it.title)}" '
                        f'width="220" height="146" loading="lazy"></a></figure><h2>{a(it.path, it.title)}</h2>{summary}{when}</article>')
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (section_title, section_path)]
    pager = _pager(section_path, page, pages)
    heading = f'<h1 class="{p}-cat">{esc(section_title)}</h1>'
    if variant == 0:
        main = breadcrumb_ul(crumbs, c["bc"], sep="/") + heading + f'<div class="{p}-items">{"".join(rows)}</div>{pager}'
    else:
        main = breadcrumb_ol(crumbs, c["bc"]) + f'<section>{heading}{"".join(rows)}</section><nav aria-label="Phân trang">{pager}</nav>'
    head_links = ""
    if page > 1:
        head_links += f'<link rel="prev" href="{esc(ctx.url(listing_url(section_path, page - 1)))}">'
    if page < pages:
        head_links += f'<link rel="next" href="{esc(ctx.url(listing_url(section_path, page + 1)))}">'
    title = f"{section_title} | NBTV" + (f" - Trang {page}" if page > 1 else "")
    html = _page(ctx, c, title=title, description=f"Tin tức {section_title} - NBTV",
                 canonical=ctx.url(listing_url(section_path, page)), og_type="website", image=None, main=main,
                 side=_sidebar(ctx, c, featured, featured, hot_count=3), active=section_path, head_extra=head_links)
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
