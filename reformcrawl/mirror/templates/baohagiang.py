"""Báo Hà Giang (baohagiang.vn).

Habits of the live site (seed 001): the article shows no date in its text (only the page
metadata carries it), ends with the byline "Tin, ảnh: <NAME>" and then the source line
"Nguồn Hà Giang: http://baohagiang.vn/<path>". Listings paginate with `?page=N`, numbered
links and "»".
"""

from __future__ import annotations

from .common import fmt_ddmmyyyy, slugify, stable_hex
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
    boxed_page,
)

SITE_NAME = "Báo Hà Giang"
FB_PAGE = "https://www.facebook.com/baohagiang.vn"

_TOPBAR = ('<div class="{p}-top"><div class="{wrap}"><span>Đường dây nóng: 0912.345.218</span>'
           '<a href="/lien-he-quang-cao/">Liên hệ quảng cáo</a><a href="/rss/">RSS</a><a href="/dang-nhap">Đăng nhập</a>'
           '<span class="w">Hà Giang 18°C - 26°C, có mây</span></div></div>')
_LOGO = ('<a class="{p}-logo" href="/"><img src="/images/logo-baohagiang.png" alt="Báo Hà Giang" width="320" '
         'height="72"></a>')
_HOT = '<div class="{wrap} {p}-hot"><b>Tiêu điểm:</b> {hot_tags}</div>'
_IMG = '<img src="{src}" alt="{caption}" width="800" height="533"'

TEMPLATE = PortalTemplate(
    name="baohagiang",
    site_name=SITE_NAME,
    date_precision="second",  # the page metadata gives the publication time to the second
    # The 2016 CMS (0) and the 2023 redesign (1).
    classes=(
        {"p": "hg", "wrap": "hg-wrap", "row": "hg-row", "main": "hg-col-lg-8", "side": "hg-col-lg-4",
         "menu": "hg-nav", "li": "hg-nav__i", "sub": "hg-nav__sub", "bc": "hg-bc", "title": "hg-dtl-tt",
         "sapo": "hg-dtl-sp", "body": "hg-dtl-ct", "box": "hg-bx", "list": "hg-ls", "foot": "hg-ft"},
        {"p": "bhg", "wrap": "bhg-wrap", "row": "bhg-row", "main": "bhg-col-lg-9", "side": "bhg-col-lg-3",
         "menu": "bhg-menubar", "li": "bhg-mi", "sub": "bhg-dd", "bc": "bhg-crumbs", "title": "bhg-hl",
         "sapo": "bhg-desc", "body": "bhg-txt", "box": "bhg-widget", "list": "bhg-feed", "foot": "bhg-bottom"},
    ),
    menu=(
        ("Thời sự - Chính trị", "/thoi-su-chinh-tri/", (
            ("Hoạt động lãnh đạo", "/hoat-dong-lanh-dao/"),
            ("Xây dựng Đảng", "/xay-dung-dang/"),
            ("Cải cách hành chính", "/cai-cach-hanh-chinh/"),
            ("Quốc phòng - An ninh", "/quoc-phong-an-ninh/"),
        )),
        ("Kinh tế", "/kinh-te/", (
            ("Nông nghiệp - Nông thôn", "/nong-nghiep-nong-thon/"),
            ("Công nghiệp - Xây dựng", "/cong-nghiep-xay-dung/"),
            ("Du lịch", "/du-lich/"),
        )),
        ("Xã hội", "/xa-hoi/", (
            ("Giáo dục", "/giao-duc/"),
            ("Y tế - Sức khỏe", "/y-te/"),
            ("Dân tộc - Tôn giáo", "/dan-toc-ton-giao/"),
        )),
        ("Văn hóa - Thể thao", "/van-hoa/", (
            ("Văn hóa - Văn nghệ", "/van-hoa-van-nghe/"),
            ("Thể thao", "/the-thao/"),
        )),
        ("Pháp luật", "/phap-luat/", ()),
        ("Biên giới", "/bien-gioi/", ()),
        ("Quốc tế", "/quoc-te/", ()),
        ("Bạn đọc", "/ban-doc/", ()),
        ("Media", "/media/", (("Video", "/video/"), ("Phóng sự ảnh", "/phong-su-anh/"), ("Podcast", "/podcast/"))),
        ("Báo in", "/bao-in/", ()),
    ),
    filler_path=lambda title: f"/van-hoa/202401/{slugify(title)}-{stable_hex(title, length=6)}/",
    listing_url="{path}?page={page}",
    accent="#0b5394", accent2="#c00", font="Arial, Helvetica, sans-serif",
    analytics=("baohagiang", "G-HG0000001"),
    ad_zones=("top-728", "right-300-1", "right-300-2"),
    body_class="{p}-site {p}-{og_type}",
    page=(boxed_page('id="wrapper"'), MAIN_SHELL_PAGE),
    header=(
        _TOPBAR + '<div class="{p}-head"><div class="{wrap}"><div class="{row}"><div class="{p}-col-md-4">' + _LOGO
        + '</div><div class="{p}-col-md-8">{banner}{search}</div></div></div></div>'
        '<div class="{p}-mnu"><a class="{p}-toggle" href="#">☰</a>{nav}</div>' + _HOT,
        _TOPBAR + '<header class="{p}-head"><div class="{wrap}">' + _LOGO + '{search}</div></header>{banner}'
        '<div class="{p}-navwrap"><button class="{p}-toggle" type="button">Chuyên mục</button>{nav}</div>' + _HOT,
    ),
    header_notes=("Hà Giang 18°C - 26°C", "Nông nghiệp - Nông thôn", "Công nghiệp - Xây dựng", "Dân tộc - Tôn giáo",
                  "Quốc phòng - An ninh", "Phóng sự ảnh", "Tiêu điểm:", "Cao nguyên đá Đồng Văn",
                  "Phòng chống thiên tai", "Học tập và làm theo Bác", "Đường dây nóng: 0912.345.218",
                  "Liên hệ quảng cáo"),
    search=Search("/tim-kiem/", "q", "Nhập từ khóa tìm kiếm...", "Tìm kiếm", cls="{p}-srch"),
    menu_home='<a href="/" title="Trang chủ"><i class="ic-home"></i></a>',
    banner=(Banner("/quang-cao/", "/Uploads/banner/top-banner-728x90.jpg", "Quảng cáo", 728, 90),),
    hot_tags=("Chuyển đổi số", "Xây dựng nông thôn mới", "Cao nguyên đá Đồng Văn", "Phòng chống thiên tai",
              "Học tập và làm theo Bác"),
    footer=('<{tag} class="{foot}"><div class="{wrap}"><ul class="{p}-fcats">{menu_links}</ul>{lines}'
            '<div class="{p}-social"><a href="' + FB_PAGE + '" target="_blank" rel="noopener">Facebook</a>'
            '<a href="https://www.youtube.com/@baohagiang" target="_blank" rel="noopener">YouTube</a>'
            '<a href="https://zalo.me/baohagiang" target="_blank" rel="noopener">Zalo</a></div>'
            '</div></{tag}><a id="back-to-top" href="#">▲</a>'),
    footer_lines=(
        "BÁO HÀ GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ GIANG",
        "Giấy phép số 478/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
        "Chịu trách nhiệm nội dung: Tổng Biên tập Báo Hà Giang",
        "Địa chỉ: Số 02, đường Hai Bà Trưng, phường Nguyễn Trãi, thành phố Hà Giang",
        "Điện thoại: 0219.3867.212 - Fax: 0219.3866.188",
        "Email: toasoan@baohagiang.vn",
        "© Bản quyền thuộc về Báo Hà Giang. Ghi rõ nguồn “Báo Hà Giang” khi phát hành lại thông tin từ website này.",
    ),
    sidebar={
        "most": NewsBox("most_read", "Tin đọc nhiều"),
        "hot": NewsBox("featured", "Tin nổi bật", thumb=(100, 66)),
        "docs": DocumentsBox(),
        "fb": ('<div class="{box}"><h3>Fanpage Báo Hà Giang</h3>'
               '<div class="fb-page" data-href="' + FB_PAGE + '"><a href="' + FB_PAGE + '" target="_blank" rel="noopener">'
               'Theo dõi Báo Hà Giang trên Facebook</a></div></div>'),
        "ads": tuple(Banner(f"/quang-cao/{i}/", f"/Uploads/banner/right-{i}.jpg", "Quảng cáo", 300, 250) for i in (1, 2)),
    },
    sidebar_order=(("most", "ads", "hot", "docs", "fb"), ("hot", "docs", "most", "fb", "ads")),
    side_notes=("Tin đọc nhiều", "Tin nổi bật", "Fanpage Báo Hà Giang"),
    side_box='<div class="{box}"><h3>{heading}</h3>{content}</div>',
    article=(
        ('{crumbs}<div class="{p}-dtl"><h1 class="{title}">{headline}</h1>{share}{lead_box}'
         '<div class="{body}" id="abody">{text}{source}</div>{tags}{share}{related}{same}</div>'),
        ('{crumbs}<article class="{p}-story"><header><h1 class="{title}">{headline}</h1>{lead_box}</header>'
         '<section class="{body}">{text}</section>{source}<footer>{tags}{share}</footer></article>{same}{related}'),
    ),
    body=BodyStyle(
        align="text-align: {};",
        heading=("<p><strong>{text}</strong></p>", "<h2>{text}</h2>"),
        quote="<blockquote><p><em>{text}</em></p></blockquote>",
        figure=(
            '<table class="image center"><tbody><tr><td>' + _IMG + '></td></tr><tr><td class="image_desc">{caption}'
            '</td></tr></tbody></table>',
            '<figure class="img-c">' + _IMG + ' loading="lazy"><figcaption>{caption}</figcaption></figure>',
        ),
        byline=("Tin: {author}", "Tin, ảnh: {author}"),
        separator="",
    ),
    related=RelatedBoxes(related=4, same=6),
    main_box='<div class="{box}"><h2>{heading}</h2>{content}</div>',
    list_notes=("Tin liên quan", "Tin cùng chuyên mục", "Từ khóa:"),
    share_noted_last=True,
    source_label="Nguồn Hà Giang:",
    news_article_ld="/images/logo-baohagiang.png",
    listing=(
        '{crumbs}<h1 class="{p}-cat">{section}</h1><div class="{list}-cat">{rows}</div>{pager}',
        '{crumbs}<section class="{p}-catlist"><h1 class="{p}-cat">{section}</h1>{rows}</section>{pager}',
    ),
    listing_row=(
        ('<div class="{p}-item"><a href="{href}"><img src="{img}" alt="{alt}" width="240" height="160"></a>'
         '<h3>{link}</h3><span class="{p}-date">{when}</span>{summary}</div>'),
        ('<article class="{p}-card"><a class="th" href="{href}"><img src="{img}" alt="{alt}" width="240" height="160" '
         'loading="lazy"></a><div><h2>{link}</h2>{summary}<span class="{p}-date">{when}</span></div></article>'),
    ),
    listing_description="Tin tức {section} - {site}",
    listing_date_format=fmt_ddmmyyyy,
    pager=NumberedPager(open='<div class="{p}-pager">', close="</div>", page='<a href="{url}">{n}</a>',
                        current='<span class="cur">{n}</span>', prev='<a href="{url}" title="Trang trước">«</a>',
                        next='<a href="{url}" title="Trang sau">»</a>', window=2),
)
