"""Đài Phát thanh và Truyền hình Ninh Bình (nbtv.vn).

Habits of the live site (seed 002): a date line `Thứ 6, 26.03.2021 | 14:49:57` and a view
counter "268 lượt xem"; image captions printed inline, glued to the next sentence without any
whitespace (`<em>caption</em>Next sentence`); the signature "Name (nbtv.vn)"; then a comment box
("Ý kiến ()", "0 / 500 ký tự", "Đang tải dữ liệu"). Listings paginate with `?page=N`,
`rel="next"` and "Tiếp".
"""

from __future__ import annotations

from .common import esc, fmt_nbtv, slugify, stable_int
from .table import (
    MAIN_SHELL_PAGE,
    Banner,
    BodyStyle,
    DocumentsBox,
    NewsBox,
    NumberedPager,
    PortalTemplate,
    RelatedBoxes,
    Search,
    TopicsBox,
    boxed_page,
)

SITE_NAME = "Đài Phát thanh và Truyền hình Ninh Bình"
FB_PAGE = "https://www.facebook.com/nbtv.vn"

SCHEDULE = (
    ("05:45", "Chào ngày mới"), ("06:30", "Thời sự sáng"), ("11:30", "Thời sự trưa"),
    ("17:00", "Phim truyện: Miền đất hứa"), ("19:45", "Thời sự Ninh Bình"), ("21:00", "Ninh Bình - Đất và người"),
)

_TOP = ('<div class="{p}-top"><div class="{wrap}"><span>Đường dây nóng: 0229.3898.666</span>'
        '<a href="/quang-cao/">Quảng cáo - Liên hệ</a><a href="/dang-nhap">Đăng nhập</a><a href="/rss/">RSS</a></div></div>')
_LOGO = ('<a class="{p}-logo" href="/"><img src="/images/logo-nbtv.png" alt="NBTV - ' + SITE_NAME
         + '" width="260" height="64"></a>')
_IMG = '<img src="{src}" alt="{caption}" width="700" height="466" style="display:block;margin:0 auto"><br><em>{caption}</em>'

TEMPLATE = PortalTemplate(
    name="nbtv",
    site_name=SITE_NAME,
    og_site_name="NBTV",
    date_precision="second",  # the date line prints seconds
    classes=(
        {"p": "nb", "wrap": "nb-container", "row": "nb-row", "main": "nb-col-md-8", "side": "nb-col-md-4",
         "menu": "nb-menu", "li": "nb-menu-li", "sub": "nb-menu-child", "bc": "nb-bread", "title": "nb-newstitle",
         "info": "nb-newsinfo", "body": "nb-newsdetail", "box": "nb-box", "list": "nb-list", "foot": "nb-footer"},
        {"p": "tv", "wrap": "tv-shell", "row": "tv-cols", "main": "tv-col-lg-8", "side": "tv-col-lg-4",
         "menu": "tv-topnav", "li": "tv-topnav-item", "sub": "tv-topnav-panel", "bc": "tv-trail", "title": "tv-h1",
         "info": "tv-meta", "body": "tv-prose", "box": "tv-card", "list": "tv-rows", "foot": "tv-foot"},
    ),
    menu=(
        ("Tin tức", "/tin-tuc/", (
            ("Thời sự", "/tin-tuc/thoi-su/"),
            ("Chính trị", "/tin-tuc/chinh-tri/"),
            ("Kinh tế", "/tin-tuc/kinh-te/"),
            ("Xã hội", "/tin-tuc/xa-hoi/"),
            ("Văn hóa", "/tin-tuc/van-hoa/"),
            ("Thể thao", "/tin-tuc/the-thao/"),
            ("Quốc phòng - An ninh", "/tin-tuc/quoc-phong-an-ninh/"),
        )),
        ("Truyền hình", "/truyen-hinh/", (
            ("Thời sự NBTV", "/truyen-hinh/thoi-su-nbtv/"),
            ("Phóng sự", "/truyen-hinh/phong-su/"),
            ("Chuyên mục", "/truyen-hinh/chuyen-muc/"),
        )),
        ("Phát thanh", "/phat-thanh/", (("Bản tin phát thanh", "/phat-thanh/ban-tin/"),
                                        ("Podcast", "/phat-thanh/podcast/"))),
        ("Du lịch Ninh Bình", "/du-lich/", ()),
        ("Video", "/video/", ()),
        ("Lịch phát sóng", "/lich-phat-song/", ()),
        ("Xem trực tiếp", "/truc-tiep/", ()),
        ("Quảng cáo", "/quang-cao/", ()),
        ("Liên hệ", "/lien-he/", ()),
    ),
    filler_path=lambda title: f"/tin-tuc/van-hoa/{slugify(title)}-{stable_int(title, lo=40000, hi=49999)}.html",
    listing_url="{path}?page={page}",
    accent="#b30000", accent2="#8b0000", font="Tahoma, Arial, sans-serif",
    analytics=("nbtv", "G-NBTV0326"),
    ad_zones=("sidebar-300x600", "in-article"),
    body_class="{p}-site",
    page=(boxed_page('id="page"'), MAIN_SHELL_PAGE),
    header=(
        _TOP + '<div class="{wrap} {p}-header">' + _LOGO + '{search}</div><div class="{p}-navbar"><div class="{wrap}">'
        '<a href="#" class="{p}-toggle">☰</a>{nav}</div></div>',
        '<header class="{p}-header">' + _TOP + '<div class="{wrap}">' + _LOGO
        + '<button class="{p}-toggle">☰</button>{nav}{search}</div></header>',
    ),
    header_notes=("Đường dây nóng: 0229.3898.666", "Quảng cáo - Liên hệ", "Thời sự NBTV", "Bản tin phát thanh",
                  "Quốc phòng - An ninh", "Du lịch Ninh Bình", "Xem trực tiếp"),
    search=Search("/tim-kiem.html", "keyword", "Nhập nội dung tìm kiếm", "Tìm kiếm"),
    menu_home='<a href="/" title="Trang chủ">Trang chủ</a>',
    footer=('<{tag} class="{foot}"><div class="{wrap}"><ul class="{p}-flinks">{menu_links}</ul>{lines}'
            '<div class="{p}-social"><a href="' + FB_PAGE + '" target="_blank" rel="noopener">Facebook NBTV</a> '
            '<a href="https://www.youtube.com/@nbtvninhbinh" target="_blank" rel="noopener">YouTube NBTV</a> '
            '<a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></div>'
            '</div></{tag}><a href="#" id="back-to-top">▲</a>'),
    footer_lines=(
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH BÌNH",
        "Giấy phép số 07/GP-TTĐT do Sở Thông tin và Truyền thông Ninh Bình cấp",
        "Địa chỉ: Đường Lê Đại Hành, phường Thanh Bình, thành phố Ninh Bình",
        "Điện thoại: 0229.3871.282 - Fax: 0229.3872.480",
        "Email: nbtv@ninhbinh.gov.vn",
        "© Bản quyền thuộc về Đài Phát thanh và Truyền hình Ninh Bình. Ghi rõ nguồn nbtv.vn khi phát hành lại thông tin.",
    ),
    sidebar={
        "most": NewsBox("most_read", "Tin đọc nhiều"),
        "hot": NewsBox("featured", "Tin nổi bật", thumb=(100, 66)),
        "live": ('<div class="{box}"><h3>NBTV trực tuyến</h3><div class="{p}-live" data-stream="nbtv-live">'
                 '<a href="/truc-tiep/">Xem kênh NBTV</a></div></div>'),
        "schedule": ('<div class="{box}"><h3>Lịch phát sóng NBTV</h3><ul class="{p}-sched">'
                     + "".join(f"<li><b>{time}</b><span>{esc(show)}</span></li>" for time, show in SCHEDULE)
                     + "</ul></div>"),
        "topics": TopicsBox(("Tràng An", "Cố đô Hoa Lư", "Chuyển đổi số", "Nông thôn mới", "Festival Ninh Bình")),
        "docs": DocumentsBox(),
        "ad": (Banner("/quang-cao/sidebar/", "/uploads/banner/sidebar-300x600.jpg", "Quảng cáo", 300, 600),),
    },
    sidebar_order=(("live", "hot", "most", "schedule", "topics", "docs", "ad"),
                   ("most", "live", "docs", "hot", "ad", "topics", "schedule")),
    side_notes=("Tin đọc nhiều", "Tin nổi bật", "Lịch phát sóng NBTV", "NBTV trực tuyến", "Chào ngày mới",
                "Ninh Bình - Đất và người"),
    side_box='<div class="{box}"><h3>{heading}</h3>{content}</div>',
    article=(
        ('{crumbs}<div class="{p}-news"><h1 class="{title}">{headline}</h1><div class="{info}"><span class="date">'
         '{dateline}</span><br><span class="views">{views} lượt xem</span></div>{share}<div class="{body}">{text}</div>'
         '{tags}{share}</div>{comments}{related}{same}'),
        ('{crumbs}<article><div class="{info}"><time>{dateline}</time></div><h1 class="{title}">{headline}</h1>'
         '<section class="{body}">{text}</section><footer><span class="views">{views} lượt xem</span>{share}{tags}'
         '</footer></article>{same}{comments}{related}'),
    ),
    article_title="{title} | NBTV",
    body=BodyStyle(
        lead='<p style="{justify}"><strong>{text}</strong></p>',
        figure=('<p style="{center}">' + _IMG + "</p>",) * 2,
        figure_then_paragraph='<p style="{justify}">' + _IMG + "{next}</p>",  # the caption runs into the paragraph
        byline=("{author} (nbtv.vn)", "{author} (nbtv.vn)"),
    ),
    related=RelatedBoxes(related=5, same=5),
    main_box='<div class="{box}"><h2>{heading}</h2>{content}</div>',
    section_path="first_two_dirs",
    crumbs=(("Tin tức", "/tin-tuc/"),),
    crumb_sep="/",
    date_format=fmt_nbtv,
    share=("text", "icon"),
    tag_label="Tags:",
    page_notes=("lượt xem",),
    list_notes=("Tin liên quan", "Tin cùng chuyên mục"),
    comments=True,
    listing=(
        '{crumbs}<h1 class="{p}-cat">{section}</h1><div class="{p}-items">{rows}</div>{pager}',
        '{crumbs}<section><h1 class="{p}-cat">{section}</h1>{rows}</section><nav aria-label="Phân trang">{pager}</nav>',
    ),
    listing_row=(
        ('<div class="{p}-item"><a href="{href}"><img src="{img}" alt="{alt}" width="220" height="146"></a>'
         '<h3>{link}</h3><span class="{info}">{when}</span>{summary}</div>'),
        ('<article class="{p}-item"><figure><a href="{href}"><img src="{img}" alt="{alt}" width="220" height="146" '
         'loading="lazy"></a></figure><h2>{link}</h2>{summary}<span class="{info}">{when}</span></article>'),
    ),
    listing_title="{section} | NBTV{page_suffix}",
    listing_description="Tin tức {section} - NBTV",
    listing_key="{path}|{page}",
    listing_date_format=fmt_nbtv,
    pager=NumberedPager(open='<ul class="pagination">', close="</ul>", page='<li><a href="{url}">{n}</a></li>',
                        current='<li class="active"><span>{n}</span></li>',
                        prev='<li><a rel="prev" href="{url}">Trước</a></li>',
                        next='<li><a rel="next" href="{url}">Tiếp</a></li>', window=2),
    pager_head_links=True,
)
