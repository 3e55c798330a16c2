"""Generate the layouts_blind5 blind set: pages/<layout>/<slug>.html and gold.json.

Stdlib only, deterministic (every choice is a SHA-256 hash of fixed strings). Reads only
reformcrawl/mirror/corpus/*/*.json. Never imports reformcrawl.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
TODAY = datetime(2025, 4, 10, 8, 45)  # Thứ Năm, later than every article
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WDL = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
E = html.escape


def h(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def load():
    arts = []
    for f in sorted(CORPUS.glob("*/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["dt"] = datetime.fromisoformat(d["published_at"])
        arts.append(d)
    return arts


ARTS = load()
BYKEY = {a["key"]: a for a in ARTS}


def slug_of(a):
    seg = a["path"].rstrip("/").split("/")[-1].split("?")[0]
    seg = re.sub(r"\.html?$", "", seg)
    seg = re.sub(r"-(?:[0-9]{3,}|[0-9a-f]{6,})$", "", seg)
    return seg[:80].rstrip("-")


def first_sentence_split(text):
    m = re.search(r"[.;:] ", text[40:])
    if not m:
        return text, ""
    i = 40 + m.end()
    return text[:i], text[i:]


# ---------------------------------------------------------------- synthetic extras (documented)
# Subheadings inserted before the given block index, for the three long pages.
SUBHEADS = {
    "angiang/seed": {4: "Kết quả toàn diện trên 6 lĩnh vực cải cách hành chính",
                     7: "Chỉ đạo của Thủ tướng Chính phủ"},
    "hochiminhcity/seed": {2: "Kết nối 22 bộ ngành và 63 tỉnh, thành",
                           4: "Đưa thủ tục hành chính lên môi trường điện tử",
                           6: "Các nội dung triển khai"},
    "nbtv/seed": {2: "Kiểm tra bộ phận một cửa cấp huyện, cấp xã",
                  5: "Công khai, minh bạch nền hành chính phục vụ nhân dân"},
}
TABLE_PAGES = {"angiang/seed", "baohagiang/ha-giang-cong-khai-danh-muc-thu-tuc-hanh-chinh"}


def items(a, extras):
    """Article items in reading order: (kind, text, image). kinds: lead p figure heading table."""
    out = []
    if a.get("lead"):
        out.append(("lead", a["lead"], None))
    sub = SUBHEADS.get(a["key"], {}) if extras else {}
    for i, b in enumerate(a["blocks"]):
        if i in sub:
            out.append(("heading", sub[i], None))
        out.append((b["kind"], b["text"], b.get("image")))
    if extras and a["key"] in TABLE_PAGES:
        rows, seen = [("Nội dung", "Số liệu")], set()
        for f in a.get("figures", []):
            if f["subject"] not in seen and len(rows) < 9:
                seen.add(f["subject"])
                rows.append((f["subject"][:1].upper() + f["subject"][1:], f["raw"]))
        # place the table before the last paragraph
        out.insert(len(out) - 1, ("table", rows, None))
    return out


def gold_text(its):
    parts = []
    for k, t, _ in its:
        parts.append("\n".join(" | ".join(r) for r in t) if k == "table" else t)
    return "\n\n".join(parts)


def quote_index(its):
    for i, (k, t, _) in enumerate(its):
        if k == "p" and t.startswith("“") or (k == "p" and t.count("“") and len(t) < 420 and "”" in t[-3:]):
            return i
    return -1


# ---------------------------------------------------------------- dates
def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


def others(a, n, salt):
    pool = [x for x in ARTS if x["key"] != a["key"]]
    pool.sort(key=lambda x: h(salt, a["key"], x["key"]))
    return pool[:n]


def img_name(im):
    return (im or "anh.jpg").split("/")[-1]


# ---------------------------------------------------------------- layouts
PROV = ["Hải Dương", "Hà Nam", "Đồng Tháp", "Tiền Giang", "Vĩnh Long", "Bình Phước", "Bến Tre",
        "Bình Định", "Kiên Giang", "Lai Châu", "Phú Yên", "Quảng Trị", "Hậu Giang", "Thái Bình"]


def ascii_slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def table_html(rows, cls="", attrs=""):
    head, *body = rows
    out = [f'<table class="{cls}" {attrs}><tbody>']
    out.append("<tr>" + "".join(f"<td><strong>{E(c)}</strong></td>" for c in head) + "</tr>")
    for r in body:
        out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def footer_contact(org, prov, lic_date):
    return (f'<p>Cơ quan chủ quản: {E(org)} tỉnh {E(prov)}</p>'
            f'<p>Địa chỉ: Số 15 đường Trần Hưng Đạo, TP. {E(prov)} - Điện thoại: 0220.3852.146 - Fax: 0220.3852.147</p>'
            f'<p>Email: banbientap@{ascii_slug(prov)}.gov.vn - Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày {lic_date}</p>'
            f'<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Hùng - Giám đốc</p>')


def hotline(prov):
    return ('<table class="hotline" border="1" cellpadding="3"><tr><th colspan="3">ĐƯỜNG DÂY NÓNG</th></tr>'
            '<tr><td>Ông Trần Minh Đức</td><td>Giám đốc</td><td>0913.456.789</td></tr>'
            '<tr><td>Bà Lê Thị Hoa</td><td>Phó Giám đốc</td><td>0982.112.334</td></tr>'
            '<tr><td>Văn phòng</td><td>Tiếp nhận phản ánh</td><td>0220.3855.100</td></tr></table>')


# 1 ------------------------------------------------------------ WebSphere Portal 8 WCM
def websphere(a, its, n, ctx):
    prov = ctx["prov"]
    ps = ascii_slug(prov)
    d = a["dt"]
    printed = f"{dmy(d)} {hm(d)}"
    host = f"https://sonoivu.{ps}.gov.vn"
    url = (f"{host}/wps/portal/sonoivu/tin-tuc-su-kien/chi-tiet/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8ziDRxNPd2{h(a['key'])%99999:05d}/"
           f"?WCM_GLOBAL_CONTEXT=/wps/wcm/connect/sonoivu/tin-tuc/{slug_of(a)}")
    br_mode = n % 2 == 1
    body = []
    if br_mode:
        chunks = []
        for k, t, im in its:
            if k == "lead":
                chunks.append(f"<b>{E(t)}</b>")
            elif k == "figure":
                chunks.append(f'<img src="/wps/wcm/connect/{h(im)%10**8:08x}/{img_name(im)}?MOD=AJPERES" border="0" width="500"><br><i>{E(t)}</i>')
            elif k == "heading":
                chunks.append(f"<b>{E(t)}</b>")
            else:
                chunks.append(E(t))
        body.append('<div class="noi-dung" style="text-align:justify">' + "<br><br>\n".join(chunks) + "<br><br></div>")
    else:
        for k, t, im in its:
            if k == "lead":
                body.append(f'<p class="sapo"><strong>{E(t)}</strong></p>')
            elif k == "figure":
                body.append(f'<table class="image" align="center" width="500"><tr><td><img src="/wps/wcm/connect/{h(im)%10**8:08x}/{img_name(im)}?MOD=AJPERES" width="500"></td></tr>'
                            f'<tr><td class="caption" style="font-style:italic;text-align:center">{E(t)}</td></tr></table>')
            elif k == "heading":
                body.append(f"<p><strong>{E(t)}</strong></p>")
            else:
                body.append(f'<p style="text-align:justify">{E(t)}</p>')
    side = "".join(f'<tr><td class="news-other"><a href="?WCM_GLOBAL_CONTEXT=/wps/wcm/connect/sonoivu/tin-tuc/{slug_of(o)}">{E(o["title"])}</a> <span class="date">({dmy(o["dt"])})</span></td></tr>'
                   for o in others(a, 6, "ws"))
    title_bar = lambda name: f'<div class="wpthemeControlHeader"><div class="wpthemeInner"><h2><span class="asa.portlet.title a11yRegionLabel">{E(name)}</span></h2></div></div>'
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<base href="{host}/wps/portal/">
<title>Sở Nội vụ tỉnh {E(prov)} - Tin tức sự kiện</title>
<link rel="stylesheet" href="/wps/themeModules/themes/html/dynamicSpots/modules.css">
<script>var ibmCfg = {{portalConfig: {{contentHandlerURI: "?uri=mm:oid:sonoivu"}}}};</script>
</head><body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="layoutTable"><tr><td>
<div class="wpthemeBanner"><img src="/wps/contenthandler/dav/fs-type1/themes/sonoivu/images/banner.jpg" alt="Sở Nội vụ tỉnh {E(prov)}"></div>
<div class="top-date">{WD[TODAY.weekday()]}, ngày {dmy(TODAY)}</div>
<ul class="wpthemeNavList"><li><a href="Home">Trang chủ</a></li><li><a href="gioi-thieu">Giới thiệu</a></li><li><a href="tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="cai-cach-hanh-chinh">Cải cách hành chính</a></li><li><a href="van-ban">Văn bản</a></li><li><a href="lien-he">Liên hệ</a></li></ul>
</td></tr><tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="230" valign="top" class="component-container wpthemeCol">
<div class="component-control id-Z7_LEFTMENU" id="portletMenu">{title_bar("Chuyên mục")}
<div class="wpthemeControlBody wpsPortletBody"><ul><li><a href="tin-tuc-su-kien/tin-trong-tinh">Tin trong tỉnh</a></li><li><a href="tin-tuc-su-kien/tin-trong-nuoc">Tin trong nước</a></li><li><a href="cai-cach-hanh-chinh">Cải cách hành chính</a></li><li><a href="thi-dua-khen-thuong">Thi đua - Khen thưởng</a></li></ul></div></div>
<div class="component-control">{title_bar("Thống kê truy cập")}<div class="wpsPortletBody">Đang truy cập: 37<br>Tổng lượt truy cập: 2.418.{h(a['key'])%900+100}</div></div>
</td>
<td valign="top" class="component-container wpthemeCol wpthemeLeft">
<div class="wpthemeBreadcrumb"><a href="Home">Trang chủ</a> &gt; <a href="tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
<section class="component-control id-Z7_N1H8H4C0K8{h(a['key'],'p')%9999:04d}" id="portlet_wcm">
{title_bar("Tin tức - Sự kiện")}
<div class="wpthemeControlBody wpsPortletBody"><div class="ibmPortalWebContent" id="Z7_WCMViewer">
<table width="100%" cellpadding="4"><tr><td class="title-news"><h1 class="tieu-de">{E(a['title'])}</h1></td></tr>
<tr><td class="date-news">Ngày đăng: {printed} <span class="luot-xem">| Lượt xem: {h(a['key'],'v')%3000+100}</span></td></tr>
<tr><td class="content-news">
{chr(10).join(body)}
<p style="text-align:right"><b>{E(a.get('author') or 'Ban Biên tập')}</b></p>
</td></tr></table>
<div class="tool"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=tin">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div></div></section>
<div class="component-control">{title_bar("Các tin khác")}<div class="wpsPortletBody"><table>{side}</table></div></div>
</td></tr></table>
</td></tr><tr><td class="wpthemeFooter">{footer_contact("Sở Nội vụ", prov, "12/08/2019")}</td></tr></table>
</div></body></html>"""
    return page, url, printed, d.replace(second=0), "minute", True, []


# 2 ------------------------------------------------------------ Liferay 6.2 asset publisher
def liferay62(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = f"{dmy(d)} - {hm(d)}"
    host = f"https://soyte.{ps}.gov.vn"
    apid = "".join("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"[(h(a['key'], i) % 36)] for i in range(12))
    url = f"{host}/web/guest/tin-tuc/-/asset_publisher/{apid}/content/{slug_of(a)}"
    body = []
    split_done = False
    for k, t, im in its:
        if k == "lead":
            body.append(f'<p style="text-align: justify;"><strong>{E(t)}</strong></p>')
        elif k == "figure":
            body.append(f'<p style="text-align: center;"><img alt="" src="/documents/{10180+h(im)%90}/0/{img_name(im)}" style="width: 600px; height: 400px;" /></p>'
                        f'<p style="text-align: center;"><em>{E(t)}</em></p>')
        elif k == "p" and not split_done and len(t) > 200:
            x, y = first_sentence_split(t)
            body.append(f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">{E(x)}</span></span><span style="font-size:14px;">{E(y)}</span></p>')
            split_done = True
        else:
            body.append(f'<p style="text-align: justify;"><span style="font-size:14px;">{E(t)}</span></p>')
    related = "".join(f'<li class="title-list"><a href="/web/guest/tin-tuc/-/asset_publisher/{apid}/content/{slug_of(o)}">{E(o["title"])}</a> <span class="date">({dmy(o["dt"])})</span></li>' for o in others(a, 5, "lr62"))
    page = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head>
<title>Tin tức - Sở Y tế {E(prov)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{E(a['title'])}" />
<link href="/o/soyte-theme/images/favicon.ico" rel="Shortcut Icon" />
<script>var themeDisplay = Liferay.ThemeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getPlid: function() {{return "{h(a['key'])%99999}";}}}};</script>
</head><body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="top-bar"><span class="ngay-hien-tai">{WDL[TODAY.weekday()]}, {dmy(TODAY)}</span> | <a href="/c/portal/login">Đăng nhập</a></div>
<div id="heading"><h2 class="site-title"><a href="/web/guest">SỞ Y TẾ TỈNH {E(prov.upper())}</a></h2></div>
<nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li><li class="selected"><a href="/web/guest/tin-tuc">Tin tức</a></li><li><a href="/web/guest/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span8" id="column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_{apid}_">
<span id="p_{apid}"></span><div class="portlet-borderless-container"><div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/tin-tuc" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{E(a['title'])}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{printed}</span> <span class="metadata-entry metadata-view-count">{h(a['key'],'vc')%4000+50} Lượt xem</span></div>
<div class="asset-content" id="_101_INSTANCE_{apid}_{h(a['key'])%99999}"><div class="journal-content-article">
{chr(10).join(body)}
<p style="text-align: right;"><strong>{E(a.get('author') or 'BBT')}</strong></p>
</div></div>
<div class="asset-links"><div class="taglib-social-bookmarks"><ul class="unstyled"><li><a href="https://www.facebook.com/sharer.php?u={E(url)}">Facebook</a></li><li><a href="https://twitter.com/intent/tweet">Twitter</a></li></ul></div>
<div class="taglib-ratings"><span>Đánh giá: 0 (0 Bình chọn)</span></div></div>
</div>
<div class="asset-publisher-related"><h4>Tin cùng chuyên mục</h4><ul>{related}</ul></div>
</div></div></div></div>
<div class="portlet-column span4" id="column-2"><div class="portlet-boundary portlet-journal-content"><div class="portlet-body"><div class="journal-content-article">{hotline(prov)}</div></div></div>
<div class="portlet-boundary"><div class="portlet-body"><p>Thống kê truy cập</p><p>Hôm nay: 1.{h(a['key'],'t')%900+100}</p><p>Tổng số: 5.{h(a['key'],'s')%900+100}.210</p></div></div></div></div></div>
<footer id="footer" role="contentinfo">{footer_contact("Sở Y tế", prov, "05/03/2018")}</footer>
</div></body></html>"""
    return page, url, printed, d.replace(second=0), "minute", True, []


# 3 ------------------------------------------------------------ Liferay 7 journal content + comments
def liferay7(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = f"{hm(d)} {dmy(d)}"
    if a["portal"] == "angiang" and n == 0:
        url = "https://www.angiang.gov.vn" + a["path"]
    else:
        url = f"https://sokhcn.{ps}.gov.vn/-/{slug_of(a)}"
    qi = quote_index(its)
    body = []
    for i, (k, t, im) in enumerate(its):
        if k == "lead":
            body.append(f'<div class="sapo" style="font-weight:bold;text-align:justify">{E(t)}</div>')
        elif k == "figure":
            body.append(f'<div style="text-align:center"><img alt="" data-fileentryid="{h(im)%99999}" src="/documents/{36000+h(im)%900}/0/{img_name(im)}/{h(im,"u"):x}"/></div>'
                        f'<div class="caption" style="text-align:center"><span style="color:#0000ff;"><em>{E(t)}</em></span></div>')
        elif i == qi:
            body.append(f"<blockquote><div>{E(t)}</div></blockquote>")
        else:
            body.append(f'<div style="text-align:justify">{E(t)}</div>')
    # reader comments, later than the article
    names = ["Nguyễn Văn Bình", "Trần Thị Thu", "Lê Hoàng"]
    coms = []
    for j, nm in enumerate(names[: 2 + n % 2]):
        cd = d + timedelta(days=j, hours=3 + 2 * j, minutes=17 * (j + 1))
        coms.append(f'<div class="lfr-discussion"><div class="lfr-discussion-details"><span class="user-name">{E(nm)}</span> <span class="small text-secondary">{hm(cd)} {dmy(cd)}</span></div>'
                    f'<div class="lfr-discussion-message">Bài viết rất thiết thực, mong các cơ quan tiếp tục đẩy mạnh, tạo thuận lợi cho người dân.</div></div>')
    hot = "".join(f'<li><a href="/-/{slug_of(o)}">{E(o["title"])}</a><span class="date"> {hm(o["dt"])} {dmy(o["dt"])}</span></li>' for o in others(a, 5, "lr7"))
    page = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{E(a['title'])} - Sở Khoa học và Công nghệ tỉnh {E(prov)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{E(a['title'])} - Sở Khoa học và Công nghệ tỉnh {E(prov)}">
<script data-senna-track="permanent" src="/o/frontend-js-web/liferay/global.bundle.js"></script>
</head><body class="controls-visible chrome has-control-menu">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner"><div class="topbar container">{WD[TODAY.weekday()]}, {TODAY.day} tháng {TODAY.month} năm {TODAY.year}</div>
<div class="navbar navbar-classic"><a class="logo" href="/"><img alt="Sở KH&amp;CN" src="/o/skhcn-theme/images/logo.png"></a><ul class="navbar-nav"><li class="lfr-nav-item"><a href="/trang-chu"><span>Trang chủ</span></a></li><li class="lfr-nav-item"><a href="/tin-tuc"><span>Tin tức sự kiện</span></a></li><li class="lfr-nav-item"><a href="/cai-cach-hanh-chinh"><span>Cải cách hành chính</span></a></li></ul></div></header>
<section class="container-fluid flex-fill" id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column" id="column-1"><div class="portlet-dropzone portlet-column-content">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-decorate portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vXk2{n}_">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức sự kiện</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">{E(a['title'])}</span></p></div>
<div class="asset-content mb-3"><div class="clearfix journal-content-article" data-analytics-asset-id="{h(a['key'])%999999}" data-analytics-asset-title="{E(a['title'])}" data-analytics-asset-type="web-content">
{chr(10).join(body)}
<div style="text-align:right"><strong>{E(a.get('author') or 'Phòng QLKH')}</strong></div>
</div></div>
<div class="asset-metadata"><span class="metadata-author">Người đăng: quantri</span> <span class="metadata-publish-date">{printed}</span> <span class="metadata-view-count">Lượt xem: {h(a['key'],'v')%2000+9}</span></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Bình chọn: 5 sao</div></div>
<div class="asset-discussion"><h4>Bình luận ({len(coms)})</h4>{''.join(coms)}</div>
</div></div></div></div></div>
</div></div>
<div class="col-md-4 portlet-column" id="column-2"><div class="portlet-boundary"><h2 class="portlet-title-text">Tin nổi bật</h2><ul>{hot}</ul></div></div>
</div></div></section>
<footer id="footer" role="contentinfo">{footer_contact("Sở Khoa học và Công nghệ", prov, "20/10/2021")}</footer>
</div></div></body></html>"""
    return page, url, printed, d.replace(second=0), "minute", True, ["comments"]


# 4 ------------------------------------------------------------ DotNetNuke 7, windows-1258, date only
def dnn7(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    district = ["hongngu", "caolanh", "thapmuoi", "lapvo", "chauthanh", "tanhong", "tamnong", "lailung"][n]
    printed = f"{dmy(d)}"
    item = 1000 + h(a["key"]) % 9000
    url = f"http://{district}.{ps}.gov.vn/Tin-tuc-su-kien/tabid/91/ItemID/{item}/Default.aspx"
    parts = []
    lead = None
    for k, t, im in its:
        if k == "lead":
            lead = t
        elif k == "figure":
            parts.append(f'<div align="center"><img src="/Portals/0/TinTuc/{d:%Y}/{img_name(im)}" width="480" border="0"></div>'
                         f'<div align="center" class="Normal"><font color="#003399"><i>{E(t)}</i></font></div>')
        else:
            parts.append(f'<div style="text-align: justify;">&nbsp;&nbsp;&nbsp; {E(t)}</div>')
    cid = 400 + n
    lead_html = f'<span id="dnn_ctr{cid}_ViewTinTuc_lblTomTat" class="SubHead" style="font-weight:bold">{E(lead)}</span>' if lead else ""
    other = "".join(f'<tr><td class="Normal">» <a href="/Tin-tuc-su-kien/tabid/91/ItemID/{1000+h(o["key"])%9000}/Default.aspx">{E(o["title"])}</a> <span class="ngay">({dmy(o["dt"])})</span></td></tr>' for o in others(a, 6, "dnn7"))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head id="Head">
<meta content="text/html; charset=windows-1258" http-equiv="Content-Type" />
<title>Cổng thông tin điện tử huyện - Tin tức sự kiện</title>
<meta content="Tin tức, sự kiện, huyện {district}" name="KEYWORDS" />
<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />
</head><body id="Body">
<form method="post" action="/Tin-tuc-su-kien/tabid/91/ItemID/{item}/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTA{h(a['key']):x}ZGRkY3lz" />
<table width="990" cellpadding="0" cellspacing="0" align="center" class="skin"><tr><td id="dnn_BannerPane" class="BannerPane">
<div class="ngayhientai">{WDL[TODAY.weekday()]}, ngày {TODAY.day:02d} tháng {TODAY.month:02d} năm {TODAY.year}</div>
<div class="menu"><a href="/Default.aspx" class="SkinObject">Trang chủ</a> | <a href="/Gioi-thieu/tabid/55/Default.aspx" class="SkinObject">Giới thiệu</a> | <a href="/Tin-tuc-su-kien/tabid/91/Default.aspx" class="SkinObject">Tin tức sự kiện</a> | <a href="/Van-ban/tabid/60/Default.aspx" class="SkinObject">Văn bản</a></div>
</td></tr><tr><td><table width="100%"><tr>
<td id="dnn_LeftPane" width="220" valign="top" class="LeftPane"><div class="DnnModule DnnModule-Links"><div class="Head">LIÊN KẾT</div><a href="http://{ps}.gov.vn">Cổng TTĐT tỉnh</a><br><a href="http://dichvucong.gov.vn">Dịch vụ công</a></div>
<div class="DnnModule"><div class="Head">THỐNG KÊ TRUY CẬP</div><span class="Normal">Trực tuyến: 12<br>Lượt truy cập: 318.{h(a['key'],'c')%900+100}</span></div></td>
<td id="dnn_ContentPane" valign="top" class="ContentPane">
<div class="DnnModule DnnModule-TinTuc DnnModule-{cid}"><a name="{cid}"></a>
<div id="dnn_ctr{cid}_ContentPane" class="contentpane"><div id="dnn_ctr{cid}_ModuleContent" class="DNNModuleContent ModTinTucC">
<table width="100%" cellpadding="3"><tr><td><span id="dnn_ctr{cid}_ViewTinTuc_lblTieuDe" class="Head" style="font-size:16px;color:#a00">{E(a['title'])}</span></td></tr>
<tr><td><span id="dnn_ctr{cid}_ViewTinTuc_lblNgayDang" class="Normal" style="color:#777">Cập nhật ngày: {printed}</span></td></tr>
<tr><td>{lead_html}</td></tr>
<tr><td><span id="dnn_ctr{cid}_ViewTinTuc_lblContent" class="Normal">
{chr(10).join(parts)}
<div style="text-align: right;"><b>{E(a.get('author') or 'BBT')}</b></div>
</span></td></tr></table>
<div class="Normal"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.go(-1)">[Trở về]</a></div>
<div class="Head">CÁC TIN KHÁC</div><table>{other}</table>
</div></div></div></td></tr></table></td></tr>
<tr><td id="dnn_FooterPane" class="FooterPane">{footer_contact("Ủy ban nhân dân huyện", prov, "14/07/2016")}</td></tr></table>
</form></body></html>"""
    return page, url, printed, d.replace(hour=0, minute=0, second=0), "day", False, ["date_only", "cp1258_decomposed"]


# 5 ------------------------------------------------------------ DNN 9 EasyDNNnews, title not in a heading
def dnn9(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = f"{d.day} tháng {d.month} năm {d.year} | {hm(d)}"
    aid = 2000 + h(a["key"]) % 8000
    url = f"https://sotttt.{ps}.gov.vn/tin-tuc/ArticleID/{aid}/{slug_of(a)}"
    mid = 1380 + n
    lead = [t for k, t, _ in its if k == "lead"]
    body = []
    for k, t, im in its:
        if k == "lead":
            continue
        if k == "figure":
            body.append(f'<p style="text-align:center"><img alt="{E(t)}" src="/Portals/0/EasyDNNNews/{aid}/images/{img_name(im)}" /><br />'
                        f'<span style="font-size:12px"><em>{E(t)}</em></span></p>')
        else:
            body.append(f'<p style="text-align:justify">{E(t)}</p>')
    coms = []
    for j in range(2):
        cd = d + timedelta(hours=5 + 20 * j, minutes=11 + 13 * j)
        coms.append(f'<div class="edn_comment"><p class="edn_commentAuthor">{["Phạm Thị Lan", "Hoàng Văn Nam"][j]} <span class="edn_commentDate">{dmy(cd)} {hm(cd)}</span></p>'
                    f'<p class="edn_commentText">Cảm ơn thông tin hữu ích của Sở.</p></div>')
    recent = "".join(f'<li><a href="/tin-tuc/ArticleID/{2000+h(o["key"])%8000}/{slug_of(o)}">{E(o["title"])}</a><time>{dmy(o["dt"])}</time></li>' for o in others(a, 5, "dnn9"))
    page = f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Sở Thông tin và Truyền thông tỉnh {E(prov)} &gt; Tin tức</title>
<meta property="og:title" content="{E(a['title'])}" />
<meta property="og:type" content="article" />
<link href="/Portals/_default/skins/xcillion/skin.css?cdv=120" type="text/css" rel="stylesheet"/>
</head><body id="Body">
<form method="post" action="/tin-tuc/ArticleID/{aid}/{slug_of(a)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{h(a['key'],'vs'):x}" /></div>
<div id="siteWrapper"><div id="userControls" class="container"><span class="today">{WDL[TODAY.weekday()]}, {dmy(TODAY)}</span><a id="dnn_dnnLOGIN_loginLink" href="/dang-nhap">Đăng nhập</a></div>
<div id="mainHeader-inner" class="container"><div class="navbar"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div></div>
<div id="dnn_ContentPane" class="contentPane container"><div class="row"><div class="col-md-9">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_noTitle"><div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_styleSwitchCriteria_module-{mid}">
<div class="edn_article edn_clearFix">
<div class="edn_articleNavigation"><a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/category/cai-cach-hanh-chinh">{E(a['section'])}</a></div>
<span class="edn_articleTitle" itemprop="headline">{E(a['title'])}</span>
<div class="edn_metaDetails"><span class="edn_articleDate">{printed}</span> <span class="edn_numberOfViews">{h(a['key'],'nv')%800+20} lượt xem</span></div>
{"<div class='edn_articleSummary'><p><strong>" + E(lead[0]) + "</strong></p></div>" if lead else ""}
<div class="edn_articleContent"><div class="edn_article_content">
{chr(10).join(body)}
</div></div>
<p class="edn_articleAuthor">Tác giả: {E(a.get('author') or 'Phòng TTBCXB')}</p>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="#">In</a> <a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div>
<div class="edn_articleTags"><span>Thẻ:</span> <a href="/tin-tuc/tag/cai-cach-hanh-chinh">cải cách hành chính</a>, <a href="/tin-tuc/tag/{ps}">{E(prov)}</a></div>
<div class="edn_commentsWrapper"><h3>Ý kiến bạn đọc</h3>{''.join(coms)}</div>
</div></div></div></div></div></div></div>
<div class="col-md-3"><div class="DnnModule"><h2>Tin mới</h2><ul class="edn_recent">{recent}</ul></div></div>
</div></div>
<footer class="container">{footer_contact("Sở Thông tin và Truyền thông", prov, "09/11/2022")}</footer></div>
</form></body></html>"""
    return page, url, printed, d.replace(second=0), "minute", True, ["comments", "headline_span_og_title"]


# 6 ------------------------------------------------------------ SharePoint 2010 publishing page
def sp2010(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = f"{dmy(d)} {hm(d)}:{d.second:02d}"
    url = f"https://sonoivu.{ps}.gov.vn/tin-tuc/Pages/{slug_of(a)}.aspx"
    body = []
    for k, t, im in its:
        if k == "lead":
            continue
        if k == "figure":
            body.append(f'<table class="ms-rteTable-default" width="100%" align="center"><tbody><tr class="ms-rteTableOddRow-default"><td class="ms-rteTableOddCol-default" style="text-align:center"><img alt="" src="/tin-tuc/PublishingImages/{d:%Y}/{img_name(im)}" style="margin:5px;width:550px" /></td></tr>'
                        f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableOddCol-default" style="text-align:center"><span class="ms-rteFontSize-1"><em>{E(t)}</em></span></td></tr></tbody></table>')
        elif k == "table":
            body.append('<p class="ms-rteElement-P"><strong>Bảng số liệu:</strong></p>' if False else "")
            body.append(table_html(t, "ms-rteTable-4", 'width="100%" cellspacing="0"'))
        else:
            body.append(f'<p class="ms-rteElement-P" style="text-align:justify">{E(t)}</p>')
    lead = [t for k, t, _ in its if k == "lead"]
    news = "".join(f'<tr><td class="ms-vb"><a href="/tin-tuc/Pages/{slug_of(o)}.aspx">{E(o["title"])}</a></td><td class="ms-vb2" nowrap>{dmy(o["dt"])}</td></tr>' for o in others(a, 6, "sp"))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr"><head><meta http-equiv="X-UA-Compatible" content="IE=8"/>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>
	{E(a['title'])}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=ZJOfbGPCGu%2BjRl3OE%2B%2BYHw%3D%3D"/>
<script type="text/javascript">var _fV4UI = true; var L_Menu_BaseUrl="/tin-tuc"; var L_Menu_LCID="1066";</script>
</head><body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="{slug_of(a)}.aspx" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{h(a['key']):X},{dmy(TODAY)} 01:45:12 -0000" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<table class="header" width="100%"><tr><td><img src="/Style Library/Images/banner.png" alt="SỞ NỘI VỤ TỈNH {E(prov.upper())}"></td><td class="ngay" align="right">{WD[TODAY.weekday()]}, {dmy(TODAY)}</td></tr></table>
<div class="s4-tn"><ul class="root static"><li class="static"><a class="static menu-item" href="/"><span class="menu-item-text">Trang chủ</span></a></li><li class="static selected"><a class="static menu-item" href="/tin-tuc"><span class="menu-item-text">Tin tức - Sự kiện</span></a></li><li class="static"><a class="static menu-item" href="/cchc"><span class="menu-item-text">Cải cách hành chính</span></a></li></ul></div>
<table width="100%" cellpadding="0" cellspacing="0" id="MSO_ContentTable"><tr>
<td valign="top" width="75%">
<div class="breadcrumb"><span><a href="/">Sở Nội vụ</a></span> &gt; <span><a href="/tin-tuc">Tin tức</a></span> &gt; <span>Pages</span></div>
<table width="100%" class="ms-WPBody"><tr><td id="MSOZoneCell_WebPartWPQ1" valign="top">
<div class="ArticleHeader"><div class="ms-rtestate-field"><h1 class="tieu-de">{E(a['title'])}</h1></div>
<div class="ArticleDate"><span class="ms-formfieldlabel">Ngày đăng:</span> {printed}</div>
<div class="ArticleAuthor">Tác giả: <b>{E(a.get('author') or 'Văn phòng Sở')}</b></div></div>
{"<div class='ms-rtestate-field ArticleSummary' style='font-weight:bold'>" + E(lead[0]) + "</div>" if lead else ""}
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
{chr(10).join(b for b in body if b)}
</div>
</td></tr></table>
<table class="s4-wpTopTable" width="100%"><tr><td id="MSOZoneCell_WebPartWPQ3"><div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle">Tin khác</h3></div>
<table class="ms-listviewtable" width="100%">{news}</table></td></tr></table>
</td>
<td valign="top" width="25%" class="WebPartZone"><div class="ms-WPHeader"><h3 class="ms-WPTitle">Liên kết website</h3></div><select><option>-- Chọn liên kết --</option><option>Bộ Nội vụ</option></select>
<div class="counter">Lượt truy cập: 1.{h(a['key'],'x')%900+100}.455</div>{hotline(prov)}</td>
</tr></table>
<div class="footer">{footer_contact("Sở Nội vụ", prov, "22/04/2014")}</div>
</div></div></form></body></html>"""
    return page, url, printed, d, "second", True, []


# 7 ------------------------------------------------------------ WordPress Gutenberg, Newspaper theme
def wordpress(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = dmy(d)
    district = ["anlao", "phumy", "tayson", "hoaian", "vinhthanh", "tuyphuoc", "vancanh", "phucat"][n]
    url = f"https://{district}.{ps}.gov.vn/{d:%Y}/{d:%m}/{d:%d}/{slug_of(a)}/"
    qi = quote_index(its)
    body = []
    lead = [t for k, t, _ in its if k == "lead"]
    for i, (k, t, im) in enumerate(its):
        if k == "lead":
            continue
        if k == "figure":
            body.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{d:%Y/%m}/{img_name(im)}" alt="" class="wp-image-{h(im)%9999}"/><figcaption class="wp-element-caption">{E(t)}</figcaption></figure>')
        elif k == "heading":
            body.append(f'<h3 class="wp-block-heading">{E(t)}</h3>')
        elif i == qi:
            body.append(f'<blockquote class="wp-block-quote"><p>{E(t)}</p></blockquote>')
        else:
            body.append(f'<p>{E(t)}</p>')
    rel = "".join(f'<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/{o["dt"]:%Y/%m/%d}/{slug_of(o)}/">{E(o["title"])}</a></h3><time class="entry-date">{dmy(o["dt"])}</time></div>' for o in others(a, 3, "wp"))
    page = f"""<!doctype html >
<html lang="vi"><head><meta charset="UTF-8" />
<title>{E(a['title'])} &#8211; UBND huyện</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{E(a['title'])}" />
<meta property="article:published_time" content="{d.isoformat()}" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","headline":{json.dumps(a['title'], ensure_ascii=False)},"datePublished":"{d.isoformat()}"}}]}}</script>
</head><body class="post-template-default single single-post postid-{h(a['key'])%9999} single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{WDL[TODAY.weekday()]}, {TODAY.day} Tháng {TODAY.month}, {TODAY.year}</div></div></div></div></div></div>
<div class="td-header-menu-wrap-full"><ul id="menu-main" class="sf-menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="menu-item"><a href="/category/cai-cach-hanh-chinh/">Cải cách hành chính</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/tin-tuc/">Tin tức</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{h(a['key'])%9999}" class="post-{h(a['key'])%9999} post type-post status-publish format-standard has-post-thumbnail category-tin-tuc">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/tin-tuc/">{E(a['section'])}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{E(a['title'])}</h1>
{"<p class='td-post-sub-title'>" + E(lead[0]) + "</p>" if lead else ""}
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/{ascii_slug(a.get('author') or 'admin')}/">{E(a.get('author') or 'admin')}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}" >{printed}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{h(a['key'])%9999}">{h(a['key'],'w')%900+12}</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={E(url)}"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-zalo" href="#"><div class="td-social-but-text">Zalo</div></a></div></div>
<div class="td-post-content tagdiv-type">
{chr(10).join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-print"><a class="share-print sd-button share-icon" href="#print"><span>In</span></a></li></ul></div></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>Thẻ</span></li><li><a href="/tag/cai-cach-hanh-chinh/">cải cách hành chính</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="/">{E(others(a,1,'prev')[0]['title'])}</a></div></div></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">Bài viết liên quan</a></h4>{rel}</div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="widget widget_search"><input type="text" placeholder="Tìm kiếm"></div><div class="widget"><h4>Lượt truy cập</h4><p>Hôm nay: 256 — Tổng: 91.{h(a['key'],'z')%900+100}</p></div></div></div></div></div>
<div class="td-footer-wrapper">{footer_contact("Ủy ban nhân dân huyện", prov, "03/06/2020")}</div></div></body></html>"""
    return page, url, printed, d.replace(hour=0, minute=0, second=0), "day", False, ["date_only_visible_datetime_attr"]


# 8 ------------------------------------------------------------ Vietnamese newspaper CMS (baohagiang / baokhanhhoa style)
def newspaper(a, its, n, ctx):
    prov = ctx["prov"]; ps = ascii_slug(prov); d = a["dt"]
    printed = f"{WD[d.weekday()]}, {dmy(d)} - {hm(d)}"
    if a["portal"] in ("baohagiang", "baokhanhhoa") and n < 2:
        url = f"https://{a['portal']}.vn" + a["path"]
    else:
        sect = {"Chính trị": "chinh-tri", "Thời sự - Chính trị": "thoi-su-chinh-tri"}.get(a["section"], "thoi-su")
        url = f"https://bao{ps}.vn/{sect}/{d:%Y%m}/{slug_of(a)}-{8000000 + h(a['key']) % 999999}/"
    lead = [t for k, t, _ in its if k == "lead"]
    body = []
    rel_after = 2 if len(its) > 4 else 1
    cnt = 0
    for k, t, im in its:
        if k == "lead":
            continue
        cnt += 1
        if k == "figure":
            fh = hashlib.md5(im.encode()).hexdigest()[:20] if im else "0"
            body.append(f'<table class="image center"><tbody><tr><td><img src="/file/{fh}/{d:%m%Y}/{img_name(im)}" alt="{E(t)}" width="800"></td></tr>'
                        f'<tr><td class="image_desc">{E(t)}</td></tr></tbody></table>')
        elif k == "heading":
            body.append(f"<h3>{E(t)}</h3>")
        elif k == "table":
            body.append(table_html(t, "table table-bordered", 'border="1" cellpadding="4"'))
        else:
            body.append(f'<p style="text-align: justify;">{E(t)}</p>')
        if cnt == rel_after:
            rl = "".join(f'<li><a href="/{"chinh-tri"}/{o["dt"]:%Y%m}/{slug_of(o)}-{8000000 + h(o["key"]) % 999999}/">{E(o["title"])}</a></li>' for o in others(a, 3, "np"))
            body.append(f'<div class="box-related inside"><p class="title-related">Tin liên quan</p><ul>{rl}</ul></div>')
    coms = "".join(f'<div class="comment-item"><b>{nm}</b> <span class="time">{hm(d + timedelta(hours=hh))} {dmy(d + timedelta(hours=hh))}</span><p>Đồng tình với chủ trương này, mong thủ tục ngày càng đơn giản hơn.</p></div>'
                   for nm, hh in (("Bạn đọc Thanh Sơn", 4), ("Vũ Minh Tuấn", 28)))
    most = "".join(f'<li><a href="/{o["dt"]:%Y%m}/{slug_of(o)}/">{E(o["title"])}</a><span class="time">{hm(o["dt"])} {dmy(o["dt"])}</span></li>' for o in others(a, 5, "mr"))
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Báo {E(prov)} điện tử</title>
<meta name="description" content="Báo {E(prov)} điện tử - Cơ quan của Đảng bộ tỉnh {E(prov)}">
<link href="/Content/css/style.css" rel="stylesheet">
</head><body>
<div class="header-top"><div class="container"><span class="date-now">{WD[TODAY.weekday()]}, {dmy(TODAY)}</span> <a href="/rss">RSS</a> <span class="hotline-top">Đường dây nóng: 0219.3866.999</span></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="Báo {E(prov)}"></a></div></div>
<nav class="navbar main-menu"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su-chinh-tri/">Thời sự - Chính trị</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/van-hoa/">Văn hóa</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-8 detail">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su-chinh-tri/">{E(a['section'])}</a></li></ol>
<h1 class="detail-title">{E(a['title'])}</h1>
<div class="detail-time"><span class="fa fa-clock-o"></span> {printed}</div>
<div class="toolbar"><a href="#" class="font-minus">A-</a> <a href="#" class="font-plus">A+</a> <a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a></div>
{"<h2 class='sapo'>" + E(lead[0]) + "</h2>" if lead else ""}
<div class="detail-content">
{chr(10).join(body)}
</div>
<p class="author" style="text-align:right"><strong>{E(a.get('author') or '')}</strong></p>
<div class="tags"><span>Từ khóa:</span> <a href="/tag/cai-cach-hanh-chinh">#cải cách hành chính</a> <a href="/tag/{ps}">#{E(prov)}</a></div>
<div class="comments"><h4>Bình luận (2)</h4>{coms}<form><textarea placeholder="Ý kiến của bạn"></textarea></form></div>
</div><div class="col-md-4 sidebar"><div class="box"><h3 class="box-title">Đọc nhiều</h3><ul>{most}</ul></div>{hotline(prov)}</div></div></div>
<footer class="footer"><div class="container">{footer_contact("Báo " + prov + " - Cơ quan của Đảng bộ", prov, "28/12/2021")}</div></footer>
</body></html>"""
    return page, url, printed, d.replace(second=0), "minute", True, ["related_in_body", "comments", "headline_h1_only"]


LAYOUTS = [
    ("websphere8_wcm", "IBM WebSphere Portal 8 WCM", websphere, "Hải Dương", "utf-8"),
    ("liferay62_asset", "Liferay 6.2 asset publisher", liferay62, "Đồng Tháp", "utf-8"),
    ("liferay7_journal", "Liferay 7 journal content", liferay7, "Tiền Giang", "utf-8"),
    ("dnn7_lblcontent", "DotNetNuke 7 custom news module", dnn7, "Đồng Tháp", "windows-1258"),
    ("dnn9_easydnn", "DotNetNuke 9 EasyDNNnews", dnn9, "Bình Phước", "utf-8"),
    ("sharepoint2010", "SharePoint 2010 publishing page", sp2010, "Bến Tre", "utf-8"),
    ("wp_newspaper", "WordPress Gutenberg, Newspaper theme", wordpress, "Bình Định", "utf-8"),
    ("newspaper_cms", "Vietnamese newspaper CMS (baohagiang/baokhanhhoa style)", newspaper, "Lai Châu", "utf-8"),
]
PINNED = {"newspaper_cms": "angiang/seed", "wp_newspaper": "hochiminhcity/seed", "websphere8_wcm": "nbtv/seed",
          "sharepoint2010": "baohagiang/ha-giang-cong-khai-danh-muc-thu-tuc-hanh-chinh"}
EXTRAS_LAYOUTS = {"newspaper_cms", "wp_newspaper", "websphere8_wcm", "sharepoint2010"}


def cp1258_decomposed(s: str) -> bytes:
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in s:
        nfd = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in nfd if c not in tones)
        tone = "".join(c for c in nfd if c in tones)
        out.append(unicodedata.normalize("NFC", base) + tone)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def main():
    reform = sorted([a for a in ARTS if a["is_reform"]], key=lambda a: h("r", a["key"]))
    nonref = sorted([a for a in ARTS if not a["is_reform"]], key=lambda a: h("n", a["key"]))
    pages = HERE / "pages"
    if pages.exists():
        shutil.rmtree(pages)
    gold = []
    for li, (name, family, fn, prov, enc) in enumerate(LAYOUTS):
        sel = [reform[(5 * li + k) % len(reform)] for k in range(5)] + [nonref[(3 * li + k) % len(nonref)] for k in range(3)]
        if name in PINNED:
            pin = BYKEY[PINNED[name]]
            if pin not in sel:
                sel[0] = pin
        (pages / name).mkdir(parents=True)
        for n, a in enumerate(sel):
            extras = name in EXTRAS_LAYOUTS and a["key"] == PINNED.get(name)
            its = items(a, extras)
            page, url, printed, pub, prec, has_time, traps = fn(a, its, n, {"prov": prov})
            fname = f"pages/{name}/{slug_of(a)}.html"
            data = cp1258_decomposed(page) if enc == "windows-1258" else page.encode("utf-8")
            (HERE / fname).write_bytes(data)
            tr = list(traps) + ["today_date_header", "sidebar_dated", "footer_contact"]
            if any(k == "heading" for k, _, _ in its):
                tr.append("subheadings")
            if any(k == "table" for k, _, _ in its):
                tr.append("data_table")
            if name in ("liferay7_journal", "wp_newspaper") and quote_index(its) >= 0:
                tr.append("quote_block")
            if name == "websphere8_wcm" and n % 2 == 1:
                tr.append("br_only_paragraphs")
            gold.append({
                "file": fname, "layout": name, "family": family, "url": url, "encoding": enc,
                "title": a["title"], "published_at": pub.isoformat(), "date_precision": prec,
                "date_source": "printed", "time_printed": printed if has_time else None,
                "date_printed": printed, "text": gold_text(its), "is_reform": a["is_reform"],
                "traps": sorted(set(tr)), "corpus_key": a["key"],
                "extras": [t if k != "table" else "\n".join(" | ".join(r) for r in t)
                           for k, t, _ in its if k in ("heading", "table")],
            })
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} pages in {len(LAYOUTS)} layouts")


if __name__ == "__main__":
    main()
