"""Báo Khánh Hòa (baokhanhhoa.vn).

Habits of the live site (seed 000): a date line `05:02, 03/02/2023`; the lead printed twice
(as the sapo and again as the first body paragraph); every image caption printed twice (in the
figure and again as a caption paragraph); the signature ("N.V") at the end of the body.
Listings paginate as `/chinh-tri/trang-N/` with "Trang sau".
"""

from __future__ import annotations

from .common import fmt_hhmm_ddmmyyyy, slugify, stable_int
from .table import (
    MAIN_COLUMN_PAGE,
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

SITE_NAME = "Báo Khánh Hòa"
FB_PAGE = "https://www.facebook.com/baokhanhhoa.vn"

_TOPBAR = ('<div class="{p}-topbar"><div class="{wrap}"><span>Đường dây nóng: 0905.101.606</span> '
           '<a href="/dat-bao/">Đặt mua báo in</a><a href="/quang-cao/">Liên hệ quảng cáo</a><a href="/rss/">RSS</a>'
           '<a href="/dang-nhap">Đăng nhập</a><span class="{p}-weather">Nha Trang 24°C - 31°C</span></div></div>')
_LOGO = ('<a href="/" class="{p}-logo"><img src="/images/logo-bkh.svg" alt="' + SITE_NAME
         + '" width="300" height="70"></a>')
_DATE = '<div class="{time}">{dateline}</div>'

TEMPLATE = PortalTemplate(
    name="baokhanhhoa",
    site_name=SITE_NAME,
    date_precision="minute",  # the visible date line stops at minutes
    classes=(
        {"p": "bkh", "wrap": "bkh-wrap", "row": "bkh-row", "main": "bkh-col-md-8", "side": "bkh-col-md-4",
         "menu": "bkh-mn", "li": "bkh-mn-it", "sub": "bkh-mn-sub", "bc": "bkh-path", "title": "bkh-ttl",
         "time": "bkh-tm", "sapo": "bkh-smr", "body": "bkh-dtl", "cap": "caption", "box": "bkh-blk", "list": "bkh-lst",
         "foot": "bkh-foot"},
        {"p": "kh", "wrap": "kh-container", "row": "kh-grid", "main": "kh-col-lg-8", "side": "kh-col-lg-4",
         "menu": "kh-primary", "li": "kh-primary-item", "sub": "kh-primary-drop", "bc": "kh-breadcrumbs",
         "title": "kh-headline", "time": "kh-pubtime", "sapo": "kh-lede", "body": "kh-story", "cap": "kh-note-img",
         "box": "kh-panel", "list": "kh-links", "foot": "kh-site-footer"},
    ),
    menu=(
        ("Chính trị", "/chinh-tri/", (
            ("Xây dựng Đảng", "/chinh-tri/xay-dung-dang/"),
            ("Chính quyền", "/chinh-tri/chinh-quyen/"),
            ("Mặt trận - Đoàn thể", "/chinh-tri/mat-tran-doan-the/"),
        )),
        ("Kinh tế", "/kinh-te/", (
            ("Nông - Lâm - Ngư nghiệp", "/kinh-te/nong-lam-ngu-nghiep/"),
            ("Doanh nghiệp - Doanh nhân", "/kinh-te/doanh-nghiep/"),
            ("Đầu tư - Quy hoạch", "/kinh-te/dau-tu/"),
        )),
        ("Xã hội", "/xa-hoi/", (
            ("Giáo dục", "/xa-hoi/giao-duc/"),
            ("Y tế", "/xa-hoi/y-te/"),
            ("Lao động - Việc làm", "/xa-hoi/lao-dong-viec-lam/"),
        )),
        ("Pháp luật", "/phap-luat/", ()),
        ("Văn hóa", "/van-hoa/", (("Văn nghệ", "/van-hoa/van-nghe/"), ("Di sản", "/van-hoa/di-san/"))),
        ("Thể thao", "/the-thao/", ()),
        ("Du lịch", "/du-lich/", ()),
        ("Biển đảo", "/bien-dao/", (("Trường Sa thân yêu", "/bien-dao/truong-sa/"),)),
        ("Quốc tế", "/quoc-te/", ()),
        ("Bạn đọc", "/ban-doc/", ()),
        ("Multimedia", "/multimedia/", (("Video", "/multimedia/video/"), ("E-magazine", "/multimedia/emagazine/"),
                                       ("Infographic", "/multimedia/infographic/"))),
    ),
    filler_path=lambda title: f"/van-hoa/202401/{slugify(title)}-{stable_int(title, lo=8000000, hi=8999999)}/",
    listing_url="{dir}trang-{page}/",
    accent="#00529c", accent2="#e2001a", font="'Roboto', Arial, sans-serif",
    analytics=("baokhanhhoa", "G-BKH2020"),
    ad_zones=("top-970", "phai-1", "phai-2", "phai-3"),
    body_class="{p}-body",
    head_links='<link rel="alternate" type="application/rss+xml" title="Chính trị" href="/rss/chinh-tri.rss">',
    page=(boxed_page('class="{p}-page"'), MAIN_COLUMN_PAGE),
    header=(
        _TOPBAR + '<div class="{wrap}"><div class="{p}-brand">' + _LOGO + '{banner}</div></div><div class="{p}-mbar">'
        '<div class="{wrap}">{nav}{search}<a class="{p}-toggle" href="#">Menu</a></div></div>',
        "<header>" + _TOPBAR + '<div class="{wrap} {p}-brand">' + _LOGO + '{search}</div><div class="{wrap}">'
        '<button type="button" class="{p}-toggle">Menu</button>{nav}</div></header>{banner}',
    ),
    header_notes=("Đường dây nóng: 0905.101.606", "Đặt mua báo in", "Liên hệ quảng cáo", "Nha Trang 24°C - 31°C",
                  "Nông - Lâm - Ngư nghiệp", "Doanh nghiệp - Doanh nhân", "Mặt trận - Đoàn thể", "Trường Sa thân yêu",
                  "Lao động - Việc làm"),
    search=Search("/tim-kiem/", "keywords", "Tìm kiếm tin bài", "Tìm"),
    menu_home='<a href="/" title="Trang chủ">Trang chủ</a>',
    banner=(Banner("/quang-cao/top/", "/dataimages/banner/top-970x90.jpg", "Quảng cáo", 970, 90),),
    footer=('<{tag} class="{foot}"><div class="{wrap}"><div class="{p}-sitemap">{sitemap}</div>{lines}'
            '<p class="{p}-follow">Theo dõi chúng tôi: <a href="' + FB_PAGE + '" rel="noopener" target="_blank">Facebook</a> '
            '<a href="https://www.youtube.com/@baokhanhhoa" rel="noopener" target="_blank">YouTube</a> '
            '<a href="https://chinhphu.vn/" rel="noopener" target="_blank">Cổng TTĐT Chính phủ</a></p>'
            '</div></{tag}><a id="back-to-top" href="#">Lên đầu trang</a>'),
    footer_lines=(
        "BÁO KHÁNH HÒA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH KHÁNH HÒA",
        "Giấy phép số 127/GP-BTTTT của Bộ Thông tin và Truyền thông",
        "Địa chỉ: 3 Lê Thánh Tôn, phường Lộc Thọ, thành phố Nha Trang, tỉnh Khánh Hòa",
        "Điện thoại: 0258.3822.288 - Fax: 0258.3823.588",
        "Email: toasoan@baokhanhhoa.vn",
        "© Bản quyền thuộc về Báo Khánh Hòa. Không được sao chép khi chưa có sự đồng ý bằng văn bản của Báo Khánh Hòa.",
    ),
    footer_notes=("Theo dõi chúng tôi:",),
    sidebar={
        "most": NewsBox("most_read", "Đọc nhiều", count=6, list_tag="ol"),
        "hot": NewsBox("featured", "Tin nổi bật", thumb=(110, 73)),
        "epaper": ('<div class="{box} {p}-epaper"><div class="hd">Báo in hôm nay</div><a href="/bao-in/">'
                   '<img src="/dataimages/baoin/bia-bao-in.jpg" alt="Báo in" width="300" height="420"></a>'
                   '<a href="/bao-in/">Xem báo in</a></div>'),
        "topics": TopicsBox(("Kinh tế biển", "Sân bay Cam Ranh", "Du lịch Nha Trang", "Chuyển đổi số",
                             "Bảo vệ chủ quyền biển đảo")),
        "docs": DocumentsBox(),
        "ads": tuple(Banner(f"/quang-cao/phai-{i}/", f"/dataimages/banner/phai-{i}.jpg", "Quảng cáo", 300, 250)
                     for i in (1, 2, 3)),
    },
    sidebar_order=(("hot", "ads", "most", "epaper", "topics", "docs"), ("most", "docs", "topics", "hot", "epaper", "ads")),
    side_notes=("Đọc nhiều", "Tin nổi bật", "Báo in hôm nay", "Xem báo in"),
    side_box='<div class="{box}"><div class="hd">{heading}</div>{content}</div>',
    heading_tag="div",
    article=(
        '{crumbs}<div class="{p}-detail">' + _DATE + '<h1 class="{title}">{headline}</h1>{share}{lead_box}'
        '<div class="{body}">{text}</div>{tags}{share}</div>{related}{same}',
        '{crumbs}<article class="{p}-post"><header><h1 class="{title}">{headline}</h1>' + _DATE + '{share}</header>'
        '{lead_box}<section class="{body}">{text}</section><footer>{tags}</footer></article>{same}{related}',
    ),
    article_title="{title}",
    body=BodyStyle(
        heading=("<h3><strong>{text}</strong></h3>",) * 2,
        quote='<blockquote class="quote"><p>{text}</p></blockquote>',
        lead='<p style="{justify}">{text}</p>',  # the CMS repeats the sapo as the first paragraph of the body
        figure=(
            ('<figure class="image"><img src="{src}" alt="{caption}" width="760" height="506"><figcaption>{caption}'
             '</figcaption></figure>\n<p class="{cap}">{caption}</p>'),
            ('<figure class="kh-pic"><picture><img src="{src}" alt="{caption}" width="760" height="506" loading="lazy">'
             '</picture><figcaption>{caption}</figcaption></figure>\n<p class="{cap}"><em>{caption}</em></p>'),
        ),
    ),
    related=RelatedBoxes(related=4, same=6),
    main_box='<div class="{box}"><div class="hd">{heading}</div>{content}</div>',
    crumb_sep="»",
    date_format=fmt_hhmm_ddmmyyyy,
    share=("text", "icon"),
    list_notes=("Tin liên quan", "Tin cùng chuyên mục", "Từ khóa:"),
    listing=(
        '{crumbs}<h1 class="{p}-cat">{section}</h1><div class="{p}-list">{rows}</div>{pager}',
        '{crumbs}<section><h1 class="{p}-cat">{section}</h1>{rows}</section><nav>{pager}</nav>',
    ),
    listing_row=(
        ('<div class="{p}-story"><a href="{href}"><img src="{img}" alt="{alt}" width="260" height="173"></a>'
         '<h3>{link}</h3><div class="{time}">{when}</div>{summary}</div>'),
        ('<article class="{p}-story"><h2>{link}</h2><a href="{href}"><img src="{img}" alt="{alt}" width="260" '
         'height="173" loading="lazy"></a>{summary}<div class="{time}">{when}</div></article>'),
    ),
    listing_summary='<div class="{p}-sum">{summary}</div>',
    listing_description="Tin tức {section}",
    listing_key="{path}#{page}",
    listing_date_format=fmt_hhmm_ddmmyyyy,
    pager=NumberedPager(open='<div class="{p}-pages">', close="</div>", page='<a href="{url}">{n}</a>',
                        current="<b>{n}</b>", prev='<a href="{url}">Trang trước</a>',
                        next='<a href="{url}">Trang sau</a>', window=3),
)
