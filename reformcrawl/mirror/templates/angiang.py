"""Cổng thông tin điện tử tỉnh An Giang (angiang.gov.vn; the seed came from sonoivu.angiang.gov.vn).

Habits of the live site (seed 004): the category label ("Cải cách hành chính") and the title
printed twice (page header and article title); a date line `08:37 06/02/2024`; images whose alt is
"Responsive image", with that text also shown where the image does not load; the signature as a
plain paragraph; then, in the side column, the hotline tables of the Department of Home Affairs
(names, phones, emails) and a visit counter ("Thống kê truy cập", "Lượt truy cập", "Hôm nay",
"Đang online"). Listings paginate with `?page=N`, numbered links and "»".
"""

from __future__ import annotations

from datetime import datetime

from .common import fmt_hhmm_ddmmyyyy, slugify, stable_hex
from .table import (
    MAIN_COLUMN_PAGE,
    Banner,
    BodyStyle,
    DocumentsBox,
    HotlinesBox,
    HotlineTable,
    NewsBox,
    NumberedPager,
    PortalTemplate,
    SameSectionList,
    Search,
    TopicsBox,
    VisitCounterBox,
    boxed_page,
)


def _date_line(dt: datetime) -> str:
    return fmt_hhmm_ddmmyyyy(dt, sep=" ")


_IMG = '<img class="img-responsive" src="{src}" alt="Responsive image" width="700" height="466">'
_IMG_FALLBACK = '<span class="alt">Responsive image</span>'
_BRAND = ('<div class="{p}-head"><div class="{wrap}"><a href="/"><img src="/images/quoc-huy.png" alt="Quốc huy" '
          'width="70" height="70"></a><div class="t1">Cổng thông tin điện tử tỉnh An Giang</div>'
          '<div class="t2">Sở Nội vụ tỉnh An Giang</div><div class="{p}-util"><a href="/dang-nhap">Đăng nhập</a> | '
          '<a href="/so-do-site">Sơ đồ site</a> | <span>Đường dây nóng: 0296.3852.254</span></div>{search}</div></div>')
_PAGE_HEADER = '<div class="{cat}">{section}</div><h2 class="{ptitle}">{headline}</h2>'

TEMPLATE = PortalTemplate(
    name="angiang",
    site_name="Sở Nội vụ tỉnh An Giang",
    date_precision="minute",  # the visible date line stops at minutes
    classes=(
        {"p": "ag", "wrap": "ag-container", "row": "ag-row", "main": "ag-col-md-9", "side": "ag-col-md-3",
         "menu": "ag-nav", "li": "ag-nav-li", "sub": "ag-nav-sub", "bc": "ag-bc", "cat": "ag-cat", "ptitle": "ag-page-h",
         "title": "ag-news-h", "date": "ag-news-d", "body": "ag-news-c", "box": "ag-box", "list": "ag-ul",
         "foot": "ag-ft", "hot": "ag-hotline", "stat": "ag-stat"},
        {"p": "sn", "wrap": "sn-wrap", "row": "sn-row", "main": "sn-col-lg-8", "side": "sn-col-lg-4",
         "menu": "sn-mainmenu", "li": "sn-mm-item", "sub": "sn-mm-drop", "bc": "sn-crumb", "cat": "sn-kicker",
         "ptitle": "sn-banner-title", "title": "sn-entry-title", "date": "sn-entry-time", "body": "sn-entry",
         "box": "sn-block", "list": "sn-linklist", "foot": "sn-footer", "hot": "sn-phones", "stat": "sn-counter"},
    ),
    menu=(
        ("Giới thiệu", "/gioi-thieu", (
            ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
            ("Lãnh đạo Sở", "/gioi-thieu/lanh-dao-so"),
        )),
        ("Tin tức - Sự kiện", "/tin-tuc-su-kien", (
            ("Tin hoạt động", "/tin-hoat-dong"),
            ("Tin địa phương", "/tin-dia-phuong"),
            ("Tin trong nước", "/tin-trong-nuoc"),
        )),
        ("Cải cách hành chính", "/cai-cach-hanh-chinh", ()),
        ("Thủ tục hành chính", "/thu-tuc-hanh-chinh", (
            ("Bộ thủ tục hành chính", "/thu-tuc-hanh-chinh/bo-thu-tuc"),
            ("Dịch vụ công trực tuyến", "/thu-tuc-hanh-chinh/dich-vu-cong"),
        )),
        ("Văn bản", "/van-ban", (("Văn bản pháp quy", "/van-ban/phap-quy"), ("Văn bản chỉ đạo", "/van-ban/chi-dao"))),
        ("Thi đua - Khen thưởng", "/thi-dua-khen-thuong", ()),
        ("Tôn giáo", "/ton-giao", ()),
        ("Văn thư - Lưu trữ", "/van-thu-luu-tru", ()),
        ("Hỏi đáp", "/hoi-dap", ()),
        ("Liên hệ", "/lien-he", ()),
    ),
    filler_path=lambda title: f"/-/{slugify(title)}-{stable_hex(title, length=4)}",
    listing_url="{path}?page={page}",
    accent="#00843d", accent2="#ffe600", font="Arial, sans-serif",
    analytics=("sonoivu-angiang", "G-AGSNV2024"),
    ad_zones=("dvc", "hoi-dap", "cchc"),
    body_class="{p}-portal",
    page=(boxed_page('id="main-wrapper"'), MAIN_COLUMN_PAGE),
    header=(
        _BRAND + '<div class="{wrap}"><a href="#" class="{p}-toggle">☰</a>{nav}</div>',
        "<header>" + _BRAND + '<div class="{wrap}"><button class="{p}-toggle" type="button">☰</button>{nav}</div>'
        "</header>",
    ),
    header_notes=("Chức năng, nhiệm vụ", "Văn thư - Lưu trữ", "Thi đua - Khen thưởng", "Lãnh đạo Sở", "Sơ đồ site",
                  "Đường dây nóng: 0296.3852.254"),
    search=Search("/tim-kiem", "keyword", "Nhập từ khóa...", "Tìm"),
    menu_home='<a href="/" title="Trang chủ">Trang chủ</a>',
    footer=('<{tag} class="{foot}"><div class="{wrap}">{lines}<p class="links">'
            '<a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a> | '
            '<a href="https://www.facebook.com/sonoivuangiang" target="_blank" rel="noopener">Facebook Sở Nội vụ</a> | '
            '<a href="https://dichvucong.angiang.gov.vn/" target="_blank" rel="noopener">Dịch vụ công An Giang</a></p>'
            '</div></{tag}><a href="#" id="back-to-top">▲</a>'),
    footer_lines=(
        "SỞ NỘI VỤ TỈNH AN GIANG",
        "Địa chỉ: Số 8/18 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang",
        "Điện thoại: 0296.3852.254 - Fax: 0296.3857.143",
        "Email: sonoivu@angiang.gov.vn",
        "Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông tỉnh An Giang cấp",
        "Chịu trách nhiệm chính: Giám đốc Sở Nội vụ tỉnh An Giang",
        "© Bản quyền thuộc Sở Nội vụ tỉnh An Giang. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    ),
    sidebar={
        "hot": NewsBox("featured", "Tin nổi bật"),
        "links": ('<div class="{box}"><div class="h">Liên kết website</div><ul class="{list}">'
                  '<li><a href="https://www.angiang.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh An Giang</a></li>'
                  '<li><a href="https://moha.gov.vn/" target="_blank" rel="noopener">Bộ Nội vụ</a></li>'
                  '<li><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li></ul></div>'),
        "topics": TopicsBox(("Chỉ số PAR INDEX", "Chuyển đổi số", "Tinh gọn bộ máy", "Công tác tôn giáo",
                             "Thi đua yêu nước")),
        "docs": DocumentsBox(),
        "ads": tuple(Banner(f"/banner/{key}", f"/images/banner/{key}.jpg", alt, 270, 90, "{p}-bn") for key, alt in (
            ("dvc", "Dịch vụ công trực tuyến"), ("hoi-dap", "Hỏi đáp trực tuyến"),
            ("cchc", "Chỉ số cải cách hành chính"))),
        # The two hotline tables, verbatim from the live page (seed 004).
        "hotlines": HotlinesBox((
            HotlineTable(("số điện thoại tiếp nhận", "phản ánh kiến nghị về tthc"), (
                ("Ông Trương Long Hồ (Phó Giám Đốc Sở)", "Điện thoại: 0983.570.009", "Email: tlho@angiang.gov.vn"),
                ("Phòng Tổng hợp - UBND tỉnh", "Điện thoại: 02963.957.006", "Email: thutuchanhchinh@angiang.gov.vn"),
                ("Tổ kiểm tra công vụ", "Điện thoại: 02963.957.049 - 0378.247.247",
                 "Email: kiemtracongvu@angiang.gov.vn"),
            )),
            HotlineTable(("đường dây nóng ngành nội vụ an giang",), (
                ("Ông Ngô Hồng Yến (Giám Đốc Sở)", "Điện thoại: 0913.658.627"),
                ("Bà Ngô Thị Ngọc Hạnh (Chánh Văn phòng Sở)", "Điện thoại: 0968.078.529"),
                ("Thanh tra Sở", "Điện thoại: 02963.981.818"),
            )),
        )),
        "counter": VisitCounterBox(),
    },
    sidebar_order=(("hotlines", "hot", "ads", "docs", "topics", "links", "counter"),
                   ("counter", "ads", "hotlines", "docs", "topics", "hot", "links")),
    side_notes=("Tin nổi bật", "Liên kết website"),
    side_box='<div class="{box}"><div class="h">{heading}</div>{content}</div>',
    article=(
        '{crumbs}' + _PAGE_HEADER + '<div class="{p}-news"><h1 class="{title}">{headline}</h1>'
        '<div class="{date}">{dateline}</div><div class="{body}">{text}</div>{share}{tags}</div>{others}',
        '<div class="{p}-pagehead">' + _PAGE_HEADER + '{crumbs}</div><article><header><h1 class="{title}">{headline}'
        '</h1><div class="{date}">{dateline}</div>{share}</header><section class="{body}">{text}</section>'
        '<footer>{tags}</footer></article>{others}',
    ),
    body=BodyStyle(
        lead="<p><strong>{text}</strong></p>",
        figure=(
            '<div class="img-box">' + _IMG + _IMG_FALLBACK + '</div>\n<p style="{center}"><em>{caption}</em></p>',
            "<figure>" + _IMG + _IMG_FALLBACK + "<figcaption><em>{caption}</em></figcaption></figure>",
        ),
    ),
    related=SameSectionList(6),
    section_path="slug",
    crumb_sep=">",
    date_format=_date_line,
    share=("text", "icon"),
    page_notes=("Responsive image",),
    list_notes=("Tin cùng chuyên mục", "Từ khóa:"),
    section_is_chrome=True,
    listing=(
        '{crumbs}<div class="{cat}">{section}</div><div class="{p}-list">{rows}</div>{pager}',
        '<div class="{cat}">{section}</div>{crumbs}<section>{rows}</section>{pager}',
    ),
    listing_row=(
        ('<div class="{p}-news-item"><a href="{href}"><img class="img-responsive" src="{img}" alt="Responsive image" '
         'width="180" height="120"></a><h4>{link}</h4><div class="{date}">{when}</div>{summary}</div>'),
        ('<article class="{p}-news-item"><h3>{link}</h3><div class="{date}">{when}</div><a href="{href}">'
         '<img src="{img}" alt="Responsive image" width="180" height="120" loading="lazy"></a>{summary}</article>'),
    ),
    listing_title="{section} - {site}",
    listing_key="{path}?page={page}",
    listing_date_format=_date_line,
    listing_no_image="/images/no-image.jpg",
    pager=NumberedPager(open='<div class="{p}-pg">', close="</div>", page='<a href="{url}">{n}</a>',
                        current="<span>{n}</span>", prev='<a href="{url}">«</a>', next='<a href="{url}">»</a>', window=4),
)
