"""Cổng thông tin điện tử Thành phố Hồ Chí Minh (hochiminhcity.gov.vn), a Liferay portal.

Habits of the live site (seed 003): portlets before the article, one of them titled
"title 3 Chương trình đột phá và 1 chương trình trọng điểm" (a Liferay leftover: the literal word
"title" before the real title); a date line `Thứ sáu, 11/11/2022, 16:45 CH` (weekday in words,
24-hour time followed by SA/CH); a toolbar "Cỡ chữ Màu chữ" with an image whose alt is "image";
the signature as a plain paragraph; then "Tin mới hơn" and "Tin đã đưa" lists with dates.
Listings paginate Liferay-style with `?_cur=N` and "Trang sau".
"""

from __future__ import annotations

from .common import fmt_liferay, slugify, stable_hex
from .table import (
    Banner,
    BodyStyle,
    DocumentsBox,
    LiferayPager,
    NewerOlderLists,
    NewsBox,
    PortalTemplate,
    Search,
    TopicsBox,
)

SITE_NAME = "Cổng thông tin điện tử Thành phố Hồ Chí Minh"

PROGRAMS = (
    ("Chương trình giảm ngập nước", "/chuong-trinh/giam-ngap"),
    ("Chương trình giảm ùn tắc giao thông", "/chuong-trinh/giam-un-tac"),
    ("Chương trình giảm ô nhiễm môi trường", "/chuong-trinh/giam-o-nhiem"),
    ("Chương trình cải cách hành chính trọng điểm", "/chuong-trinh/cai-cach-hanh-chinh"),
)


def _portlet(portlet_id: str, heading: str, content: str) -> str:
    """A Liferay portlet: the frame of a box, its parts frames (or pieces) too."""
    return ('<section class="{box}" id="portlet_' + portlet_id + '"><div class="portlet-decorate">'
            '<h2 class="portlet-title">' + heading + '</h2><div class="portlet-content">' + content
            + "</div></div></section>")


_TOPNAV = ('<div class="{p}-topnav"><div class="{wrap}"><span>Đường dây nóng 1022</span><a href="/en">English</a>'
           '<a href="/so-do-cong">Sơ đồ cổng</a><a href="/dang-nhap">Đăng nhập</a></div></div>')
_BRAND = ('<div class="{p}-banner"><div class="{wrap}"><a href="/"><img src="/o/hcm-theme/images/logo.png" '
          'alt="Logo TP.HCM" width="80" height="80"></a><h1>' + SITE_NAME + "</h1>{search}</div></div>")
_TOOLS = ('<div class="{tools}"><span>Cỡ chữ</span> <a href="javascript:hcmFont(-1)">A-</a>'
          '<a href="javascript:hcmFont(1)">A+</a> <span>Màu chữ</span> '
          + "".join(f'<a class="clr" href="javascript:hcmColor(\'{c}\')" style="background:{c}" title="{c}"></a>'
                    for c in ("#000000", "#003f7d", "#7a0000"))
          + ' <a href="javascript:window.print()"><img src="/o/hcm-theme/images/print.png" alt="image" width="16" '
          'height="16"></a></div>')
_DATE = '<div class="{date}">{dateline}</div>'

TEMPLATE = PortalTemplate(
    name="hochiminhcity",
    site_name=SITE_NAME,
    date_precision="minute",  # the visible date line stops at minutes
    classes=(
        {"p": "hcm", "wrap": "hcm-container", "row": "hcm-row", "main": "hcm-col-md-9", "side": "hcm-col-md-3",
         "menu": "nav-menu", "li": "lfr-nav-item", "sub": "child-menu", "bc": "breadcrumb", "title": "header-title",
         "date": "time-publish", "body": "journal-content-article", "box": "portlet-boundary", "list": "hcm-news",
         "foot": "hcm-ft", "tools": "taglib-tools"},
        {"p": "tp", "wrap": "tp-container", "row": "tp-row", "main": "tp-col-lg-8", "side": "tp-col-lg-4",
         "menu": "tp-navigation", "li": "tp-nav-entry", "sub": "tp-nav-sub", "bc": "tp-breadcrumb",
         "title": "tp-asset-title", "date": "tp-asset-date", "body": "tp-asset-body", "box": "tp-portlet",
         "list": "tp-asset-list", "foot": "tp-footer", "tools": "tp-reading-tools"},
    ),
    menu=(
        ("Giới thiệu", "/gioi-thieu", (
            ("Tổng quan Thành phố", "/gioi-thieu/tong-quan"),
            ("Lịch sử hình thành", "/gioi-thieu/lich-su"),
            ("Bản đồ hành chính", "/gioi-thieu/ban-do-hanh-chinh"),
        )),
        ("Tin tức - Sự kiện", "/tin-tuc-su-kien", (
            ("Chính trị", "/chinh-tri"),
            ("Kinh tế", "/kinh-te"),
            ("Văn hóa - Xã hội", "/van-hoa-xa-hoi"),
            ("Cải cách hành chính", "/cai-cach-hanh-chinh"),
        )),
        ("Chính quyền", "/chinh-quyen", (
            ("Hội đồng nhân dân Thành phố", "/hdnd"),
            ("Ủy ban nhân dân Thành phố", "/ubnd"),
            ("Sở, ban, ngành", "/so-ban-nganh"),
            ("Quận, huyện, TP Thủ Đức", "/quan-huyen"),
        )),
        ("Văn bản", "/van-ban", (
            ("Văn bản quy phạm pháp luật", "/van-ban/qppl"),
            ("Văn bản chỉ đạo điều hành", "/van-ban/chi-dao-dieu-hanh"),
        )),
        ("Dịch vụ công", "/dich-vu-cong", (
            ("Dịch vụ công trực tuyến", "/dich-vu-cong/truc-tuyen"),
            ("Tra cứu hồ sơ", "/dich-vu-cong/tra-cuu"),
        )),
        ("Quy hoạch", "/quy-hoach", ()),
        ("Thống kê", "/thong-ke", ()),
        ("Hỏi đáp", "/hoi-dap", ()),
        ("Liên hệ", "/lien-he", ()),
    ),
    filler_path=lambda title: f"/-/{slugify(title)}-{stable_hex(title, length=4)}",
    listing_url="{path}?_cur={page}",
    accent="#003f7d", accent2="#c8102e", font="'Segoe UI', Arial, sans-serif", container=1200,
    analytics=("hochiminhcity", "G-HCMCITY01"),
    ad_zones=("banner-dvc", "banner-hoi-dap"),
    scripts=("font_tools.js", "liferay.js"),
    body_class="controls-visible guest-site signed-out public-page site",
    # Liferay's classic layout has the portlet column first, the box before the content at its top.
    page=(
        ('<div id="wrapper">{header}<div id="content" class="{wrap}"><div class="{row}"><div class="{side}">{pre}{sidebar}'
         '</div><div class="{main}">{content}</div></div></div>{footer}</div>'),
        ('{header}<main id="content" class="{wrap}">{pre}<div class="{row}"><div class="{main}">{content}</div>'
         '<aside class="{side}">{sidebar}</aside></div></main>{footer}'),
    ),
    header=(
        '<div id="heading">' + _TOPNAV + _BRAND + '</div><div class="{wrap}"><a href="#" class="{p}-toggle">Menu</a>'
        "{nav}</div>",
        '<header id="banner" role="banner">' + _TOPNAV + _BRAND
        + '<div class="{wrap}"><button class="{p}-toggle">Menu</button>{nav}</div></header>',
    ),
    header_notes=("Đường dây nóng 1022", "Sở, ban, ngành", "Quận, huyện, TP Thủ Đức", "Văn bản chỉ đạo điều hành",
                  "Tra cứu hồ sơ"),
    search=Search("/tim-kiem", "q", "Nhập từ khóa cần tìm", "Tìm kiếm",
                  hidden=(("p_p_id", "search_portlet"), ("p_p_lifecycle", "0"))),
    menu_home='<a href="/" title="Trang chủ"><span class="icon-home"></span> Trang chủ</a>',
    footer=('<{tag} class="{foot}" id="footer"><div class="{wrap}">{lines}<ul class="links">'
            '<li><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li>'
            '<li><a href="https://www.facebook.com/thanhpho.hochiminh" target="_blank" rel="noopener">Facebook TP.HCM</a></li>'
            '<li><a href="https://dichvucong.hochiminhcity.gov.vn/" target="_blank" rel="noopener">Cổng dịch vụ công '
            'TP.HCM</a></li></ul></div></{tag}><a href="#" id="back-to-top">Lên đầu trang</a>'),
    footer_lines=(
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH",
        "Cơ quan chủ quản: Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "Giấy phép số 61/GP-TTĐT do Bộ Thông tin và Truyền thông cấp",
        "Địa chỉ: 86 Lê Thánh Tôn, phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh",
        "Điện thoại: (028) 3829 6052 - Đường dây nóng: 1022",
        "Email: cttdt@tphcm.gov.vn",
        "© Bản quyền thuộc Cổng thông tin điện tử Thành phố Hồ Chí Minh. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.",
    ),
    sidebar={
        "hot": NewsBox("featured", "Tin nổi bật", thumb=(90, 60), portlet_id="tin_noi_bat"),
        "most": NewsBox("most_read", "Tin đọc nhiều", portlet_id="tin_doc_nhieu"),
        "links": _portlet("lien_ket", "Liên kết website",
                          # Braces of the script doubled: the box is a frame.
                          '<select onchange="if(this.value){{window.open(this.value)}}"><option value="">Chọn website '
                          'liên kết</option><option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option>'
                          '<option value="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</option>'
                          '<option value="https://www.hcmcpv.org.vn/">Đảng bộ TP.HCM</option></select>'),
        "topics": TopicsBox(("Thành phố Thủ Đức", "Chuyển đổi số", "Đô thị thông minh", "Metro số 1", "Giảm ngập nước")),
        "docs": DocumentsBox(),
        "ads": tuple(Banner(f"/banner/{key}", f"/documents/10180/banner-{key}.jpg", "Banner", 280, 120, "{p}-bn")
                     for key in ("dvc", "hoi-dap", "bao-cao")),
    },
    sidebar_order=(("hot", "ads", "docs", "most", "topics", "links"), ("docs", "topics", "most", "hot", "links", "ads")),
    side_notes=("Tin nổi bật", "Tin đọc nhiều", "Liên kết website", "Chọn website liên kết"),
    side_box=_portlet("{id}", "{heading}", "{content}"),
    heading_tag="h2",
    pre=_portlet("chuong_trinh_dot_pha",
                 '<span class="portlet-title-text">title</span> 3 Chương trình đột phá và 1 chương trình trọng điểm',
                 '<ul class="{list}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in PROGRAMS) + "</ul>"),
    pre_notes=("3 Chương trình đột phá và 1 chương trình trọng điểm", *(t for t, _ in PROGRAMS)),
    article=(
        "{crumbs}" + _portlet("asset_publisher_WAR_detail", "{section}", '<div class="asset-full-content">'
                              '<h3 class="{title}">{headline}</h3>' + _DATE + _TOOLS + '<div class="{body}" '
                              'data-readable="1">{text}</div>{tags}{share}</div>{newer}{older}'),
        '{crumbs}<article class="{p}-asset-full"><header>' + _TOOLS + '<h1 class="{title}">{headline}</h1>' + _DATE
        + '</header><div class="{body}" data-readable="1">{text}</div><footer>{share}{tags}</footer></article>'
        '<section class="{p}-more">{older}{newer}</section>',
    ),
    body=BodyStyle(
        align="text-align: {};",
        lead="<p><strong>{text}</strong></p>",
        figure=(('<p style="{center}"><img src="{src}" alt="{caption}" width="640" height="426"></p>\n'
                 '<p style="{center}"><em>{caption}</em></p>'),) * 2,
        no_image="/o/hcm-theme/images/no-image.png",
    ),
    related=NewerOlderLists(),
    section_path="slug",
    crumbs=(("Tin tức - Sự kiện", "/tin-tuc-su-kien"),),
    date_format=fmt_liferay,
    share=("icon", "icon"),
    page_notes=("Cỡ chữ", "Màu chữ"),
    list_notes=("Tin mới hơn", "Tin đã đưa", "Từ khóa:"),
    listing=(
        "{crumbs}" + _portlet("asset_publisher_WAR_list", "{section}", "{rows}{pager}"),
        "{crumbs}<section><h1>{section}</h1>{rows}</section>{pager}",
    ),
    listing_row=(
        ('<div class="{p}-asset"><a href="{href}"><img src="{img}" alt="{alt}" width="200" height="133"></a>'
         '<h3 class="asset-title">{link}</h3><span class="{date}">{when}</span>{summary}</div>'),
        ('<article class="{p}-asset"><h2>{link}</h2><span class="{date}">{when}</span><a href="{href}">'
         '<img src="{img}" alt="{alt}" width="200" height="133" loading="lazy"></a>{summary}</article>'),
    ),
    listing_summary='<div class="asset-summary">{summary}</div>',
    listing_title="{section} - {site}",
    listing_key="{path}?_cur={page}",
    listing_date_format=fmt_liferay,
    listing_no_image="/o/hcm-theme/images/no-image.png",
    pager=LiferayPager(),
)
