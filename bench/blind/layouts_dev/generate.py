#!/usr/bin/env python3
"""Blind layout test set: corpus articles rendered in CMS markup the extractor has never seen.

Self-contained and deterministic (stdlib only, no import of reformcrawl): reads the article
corpus under reformcrawl/mirror/corpus/, writes pages/<layout>/<slug>.html (bytes in the declared
encoding) and gold.json next to this file. Running it twice gives identical bytes.

    python3 bench/blind/layouts_dev/generate.py

See README.md for the layouts, their date formats and traps, and how the gold is defined.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
PAGES = HERE / "pages"
ICT = timezone(timedelta(hours=7))
UTC = timezone.utc

# --------------------------------------------------------------------------------------------
# corpus
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Art:
    key: str
    portal: str
    path: str
    section: str
    title: str
    published: datetime
    author: str | None
    lead: str | None
    blocks: tuple  # ((kind, text, image), ...)
    is_reform: bool
    slug: str

    def parts(self) -> list[str]:
        return ([self.lead] if self.lead else []) + [b[1] for b in self.blocks]


def _slug_from_path(portal: str, path: str) -> str:
    seg = [s for s in path.split("?")[0].split("/") if s][-1]
    seg = re.sub(r"\.html?$", "", seg)
    if portal in ("baohagiang", "baokhanhhoa", "nbtv"):
        seg = re.sub(r"-[0-9a-f]{5,8}$|-\d{3,}$", "", seg)
    return seg


def load_corpus() -> list[Art]:
    arts = []
    for pdir in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for f in sorted(pdir.glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            pub = datetime.fromisoformat(d["published_at"]).astimezone(ICT)
            blocks = tuple((b["kind"], b["text"], b.get("image")) for b in d["blocks"])
            arts.append(Art(
                key=d["key"], portal=d["portal"], path=d["path"], section=d["section"],
                title=d["title"], published=pub, author=d.get("author"), lead=d.get("lead"),
                blocks=blocks, is_reform=bool(d["is_reform"]),
                slug=_slug_from_path(d["portal"], d["path"]),
            ))
    return arts


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def h(s: str) -> str:
    return html.escape(s, quote=False)


def ha(s: str) -> str:
    return html.escape(s, quote=True)


def md5(*parts: str) -> str:
    return hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()


def num(salt: str, lo: int, hi: int) -> int:
    return lo + int(md5(salt), 16) % (hi - lo + 1)


def vn_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def slugify(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def basename(img: str | None, art: Art, i: int) -> str:
    if not img:
        return f"{art.slug[:40]}-{i}.jpg"
    return img.rsplit("/", 1)[-1]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258_text(s: str) -> str:
    """Vietnamese text as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + tones)
    return "".join(out)


def encode_page(page: str, encoding: str) -> bytes:
    if encoding == "windows-1258":
        return to_cp1258_text(page).encode("cp1258")  # strict: chrome must be cp1258-safe
    return page.encode("utf-8")


WD_WORD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_NUM = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
MONTH_WORD = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
              "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def dmy(t: date | datetime, sep: str = "/") -> str:
    return f"{t.day:02d}{sep}{t.month:02d}{sep}{t.year}"


def hm(t: datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def iso(t: datetime) -> str:
    return t.astimezone(ICT).isoformat(timespec="seconds")


def iso_utc(t: datetime, z: bool = False, millis: bool = False) -> str:
    u = t.astimezone(UTC)
    s = u.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if millis else "")
    return s + ("Z" if z else "+00:00")


def gold_time(t: datetime, precision: str) -> str:
    """The gold published_at: the corpus time cut to what the page prints."""
    if precision == "second":
        g = t
    elif precision == "minute":
        g = t.replace(second=0, microsecond=0)
    elif precision == "day":
        g = t.replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        raise ValueError(precision)
    return iso(g)


# --------------------------------------------------------------------------------------------
# shared chrome content
# --------------------------------------------------------------------------------------------

NAMES = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thị Hoa", "Huỳnh Văn Phúc",
         "Võ Thị Thu Trang", "Đặng Quốc Bảo", "Bùi Thanh Tâm", "Ngô Thị Lan", "Dương Văn Khải"]
COMMENTS = [
    "Thủ tục bây giờ nhanh gọn hơn trước rất nhiều, cảm ơn các cán bộ đã tận tình hướng dẫn.",
    "Mong tỉnh tiếp tục đẩy mạnh dịch vụ công trực tuyến để người dân ở xa đỡ phải đi lại.",
    "Bài viết rất hay và thiết thực. Đề nghị công khai thêm số điện thoại đường dây nóng ở cấp xã.",
    "Tôi vừa làm hồ sơ hôm qua, được hẹn trả kết quả đúng hạn. Rất hài lòng!",
    "Cần kiểm tra thêm ở một số xã vùng sâu, cán bộ còn chưa nắm rõ quy trình mới.",
    "Thông tin bổ ích, cảm ơn phóng viên.",
    "Hy vọng những kết quả này được duy trì lâu dài chứ không chỉ là phong trào.",
    "Ở địa phương tôi mạng internet còn yếu, nộp hồ sơ trực tuyến vẫn gặp khó khăn.",
]
FILLER_NEWS = [
    "Thông báo kết quả xét tuyển viên chức năm 2024",
    "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024",
    "Triển khai kế hoạch chuyển đổi số năm 2025",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ cho cán bộ cấp xã",
    "Kiểm tra công tác cải cách hành chính tại các huyện, thị xã",
    "Lấy ý kiến góp ý dự thảo quy chế làm việc của cơ quan",
    "Công bố danh mục thủ tục hành chính mới ban hành",
    "Ra mắt mô hình Tổ công nghệ số cộng đồng",
    "Hội thi tìm hiểu pháp luật về phòng, chống tham nhũng",
    "Gặp mặt đầu năm cán bộ, công chức, viên chức và người lao động",
    "Sơ kết 6 tháng thực hiện Đề án 06 trên địa bàn",
    "Trao quyết định bổ nhiệm cán bộ lãnh đạo cấp phòng",
]


def comments_for(art: Art, layout: str, count: int) -> list[tuple[str, datetime, str]]:
    out = []
    t = art.published
    for i in range(count):
        t = t + timedelta(hours=num(f"{layout}{art.key}c{i}h", 1, 30), minutes=num(f"{layout}{art.key}c{i}m", 1, 59))
        name = NAMES[num(f"{layout}{art.key}n{i}", 0, len(NAMES) - 1)]
        text = COMMENTS[num(f"{layout}{art.key}t{i}", 0, len(COMMENTS) - 1)]
        out.append((name, t.replace(second=0), text))
    return out


def filler_news(layout: str, today: date, count: int, key: str = "") -> list[tuple[str, datetime]]:
    out = []
    for i in range(count):
        title = FILLER_NEWS[(num(layout + key, 0, 99) + i * 5) % len(FILLER_NEWS)]
        d = datetime(today.year, today.month, today.day, tzinfo=ICT) - timedelta(days=i * 2 + num(f"{layout}{i}", 0, 1))
        t = d.replace(hour=num(f"{layout}{i}hh", 7, 17), minute=num(f"{layout}{i}mm", 0, 59))
        out.append((title, t))
    return out


class Ctx:
    """Per-page context: the pool, the layout's URL function, picks of other articles."""

    def __init__(self, layout: "Layout", art: Art, pool: list[Art], idx: int):
        self.layout = layout
        self.art = art
        self.pool = pool
        self.idx = idx

    def url(self, a: Art | None = None) -> str:
        return self.layout.url(a or self.art)

    def nearest(self, n: int) -> list[Art]:
        """Related articles: same portal first, closest in time, never the same day."""
        others = [a for a in self.pool if a.key != self.art.key and a.published.date() != self.art.published.date()]
        others.sort(key=lambda a: (a.portal != self.art.portal,
                                   abs((a.published - self.art.published).total_seconds()), a.key))
        return others[:n]

    def picks(self, n: int, salt: str) -> list[Art]:
        others = [a for a in self.pool if a.key != self.art.key and a.published.date() != self.art.published.date()]
        others.sort(key=lambda a: md5(salt, self.layout.name, self.art.key, a.key))
        return others[:n]

    def newest(self, n: int) -> list[Art]:
        others = [a for a in self.pool if a.key != self.art.key and a.published.date() != self.art.published.date()]
        others.sort(key=lambda a: (a.published, a.key), reverse=True)
        return others[:n]


# --------------------------------------------------------------------------------------------
# layout 1: WebSphere Portal (sonoivu.angiang.gov.vn)
# --------------------------------------------------------------------------------------------

WS_TODAY = date(2025, 3, 7)
WS_NS = "Z7_8P8E1J42L8E030QA4QVKO620G5"


def ws_url(a: Art) -> str:
    return f"https://sonoivu.angiang.gov.vn/wps/portal/Home/tin-tuc/{slugify(a.section)}/{a.slug}"


def render_websphere(c: Ctx) -> dict:
    a = c.art
    uid = md5("ws", a.key)
    wcm = f"!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi{uid[:18]}A/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    printed = f"{hm(a.published)} {dmy(a.published)}"
    body = []
    if a.lead:
        body.append(f'<p style="text-align: justify;"><strong>{h(a.lead)}</strong></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            src = f"/wps/wcm/connect/{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}/{i}/{basename(img, a, i)}?MOD=AJPERES&amp;CVID=o{uid[:6]}"
            body.append(
                '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" style="width: 500px;">\n'
                f'<tbody><tr><td><img alt="Responsive image" class="img-responsive" src="{src}" style="width: 500px;" /></td></tr>\n'
                f'<tr><td class="image_desc" style="text-align: center;"><em>{h(text)}</em></td></tr></tbody></table>')
        elif kind == "heading":
            body.append(f'<p style="text-align: justify;"><strong>{h(text)}</strong></p>')
        elif kind == "quote":
            body.append(f'<p style="text-align: justify;"><em>{h(text)}</em></p>')
        else:
            body.append(f'<p style="text-align: justify;">{h(text)}</p>')
        if i == 0:
            body.append('<p style="text-align: justify;">&nbsp;</p>')
    body.append('<p>&nbsp;</p>')
    if a.author:
        body.append(f'<p style="text-align: right;"><strong>{h(a.author)}</strong></p>')
    body_html = "\n".join(body)

    news = c.newest(4)
    fill = filler_news("ws", WS_TODAY, 3, a.key)
    tinmoi = "\n".join(
        f'<tr><td class="tinmoi-item"><img src="/wps/themes/html/AnGiangTheme/images/bullet.gif" alt="">&nbsp;'
        f'<a href="Home/tin-tuc/tin-hoat-dong/{slugify(t)}">{h(t)}</a> <span class="ngay">({dmy(d)})</span></td></tr>'
        for t, d in fill) + "\n" + "\n".join(
        f'<tr><td class="tinmoi-item"><img src="/wps/themes/html/AnGiangTheme/images/bullet.gif" alt="">&nbsp;'
        f'<a href="Home/tin-tuc/{slugify(o.section)}/{o.slug}">{h(o.title)}</a> <span class="ngay">({dmy(o.published)})</span></td></tr>'
        for o in news)
    tinkhac = "\n".join(
        f'<li><a href="Home/tin-tuc/{slugify(o.section)}/{o.slug}">{h(o.title)}</a>&nbsp;<span class="ngaydang">- {hm(o.published)} {dmy(o.published)}</span></li>'
        for o in c.nearest(5))
    visits = num("wsv" + a.key, 1_200_000, 1_900_000)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="vi" dir="ltr">
<head>
<base href="https://sonoivu.angiang.gov.vn/wps/portal/">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sở Nội vụ tỉnh An Giang</title>
<link rel="shortcut icon" href="/wps/themes/html/AnGiangTheme/images/favicon.ico" type="image/x-icon">
<link href="/wps/themes/html/AnGiangTheme/css/bootstrap.min.css" rel="stylesheet" type="text/css">
<link href="/wps/themes/html/AnGiangTheme/css/styles.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/wps/themes/html/AnGiangTheme/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript">
// <![CDATA[
var wpsFLY_isIE = document.all?1:0;
var wpsFLY_fromTop = 50;
var wpsFLY_state_Z7 = "{uid[:10]}";
function wpsFLY_toggleFlyout(){{ return false; }}
// ]]>
</script>
</head>
<body class="portal" onload="wpsFLY_initFlyout(false)">
<a href="#wpsMainContent" class="skip-link">Bỏ qua để tới nội dung chính</a>
<table id="wpsBanner" width="100%" cellpadding="0" cellspacing="0" border="0" summary="">
<tr><td class="banner" colspan="2"><a href="Home"><img src="/wps/wcm/connect/0f2e1c2a-banner/banner-snv.jpg?MOD=AJPERES" alt="SỞ NỘI VỤ TỈNH AN GIANG" width="1000" height="150" border="0"></a></td></tr>
<tr>
<td class="toolbar-left" nowrap="nowrap">&nbsp;{WD_WORD[WS_TODAY.weekday()]}, ngày {dmy(WS_TODAY)}</td>
<td class="toolbar-right" align="right" nowrap="nowrap"><a href="Home/lien-he">Liên hệ</a> | <a href="Home/so-do-cong">Sơ đồ cổng</a> | <a href="Home/hoi-dap">Hỏi đáp</a> | <a href="/wps/portal/Home/!ut/p/z1/04_Sj9_en/">English</a>&nbsp;</td>
</tr>
</table>
<table class="wpsTopNav" width="100%" cellpadding="0" cellspacing="0" border="0" summary="">
<tr>
<td class="wpsSelectedPage"><a href="Home">Trang chủ</a></td>
<td class="wpsUnSelectedPage"><a href="Home/gioi-thieu">Giới thiệu</a></td>
<td class="wpsUnSelectedPage"><a href="Home/tin-tuc">Tin tức - Sự kiện</a></td>
<td class="wpsUnSelectedPage"><a href="Home/tin-tuc/cai-cach-hanh-chinh">Cải cách hành chính</a></td>
<td class="wpsUnSelectedPage"><a href="Home/van-ban">Văn bản chỉ đạo điều hành</a></td>
<td class="wpsUnSelectedPage"><a href="Home/thu-tuc-hanh-chinh">Thủ tục hành chính</a></td>
<td class="wpsUnSelectedPage"><a href="Home/thi-dua-khen-thuong">Thi đua - Khen thưởng</a></td>
<td class="wpsUnSelectedPage"><a href="Home/ton-giao">Tôn giáo</a></td>
</tr>
</table>
<table id="wpsMain" width="100%" cellpadding="0" cellspacing="0" border="0" summary="">
<tr valign="top">
<td class="wpsLeftCol" width="23%">
<div id="ns_Z7_8P8E1J42L8E030QA4QVKO62005_" class="wpsPortletWrapper">
<table class="wpsPortletBody" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="wpsPortletTitle"><span class="wpsPortletTitleText">Tin mới</span></td></tr>
<tr><td>
<table width="100%" cellpadding="2" cellspacing="0" border="0" class="tinmoi">
{tinmoi}
</table>
</td></tr>
</table>
</div>
<div id="ns_Z7_8P8E1J42L8E030QA4QVKO620K3_" class="wpsPortletWrapper">
<table class="wpsPortletBody" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="wpsPortletTitle"><span class="wpsPortletTitleText">Liên kết website</span></td></tr>
<tr><td><select onchange="window.open(this.value)" style="width:95%"><option value="">-- Chọn liên kết --</option><option value="https://www.angiang.gov.vn">Cổng TTĐT tỉnh An Giang</option><option value="https://moha.gov.vn">Bộ Nội vụ</option><option value="https://dichvucong.angiang.gov.vn">Cổng dịch vụ công tỉnh</option></select></td></tr>
</table>
</div>
</td>
<td class="wpsMainCol" width="52%">
<a name="wpsMainContent"></a>
<div id="ns_{WS_NS}_" class="wpsPortletWrapper">
<table class="wpsPortletBody" width="100%" cellpadding="0" cellspacing="0" border="0" summary="">
<tr>
<td class="wpsPortletTitle" width="100%"><img src="/wps/themes/html/AnGiangTheme/images/title_icon.gif" alt="">&nbsp;<span class="wpsPortletTitleText">{h(a.title)}</span></td>
<td class="wpsPortletTitleControls" nowrap="nowrap"><a href="{wcm}#Z7_{uid[:12]}" title="Thu nhỏ"><img src="/wps/themes/html/AnGiangTheme/images/minimize.gif" alt="Thu nhỏ" border="0"></a></td>
</tr>
<tr><td colspan="2" class="wpsPortletArea">
<!-- WCM Content: {uid} -->
<div class="duongdan"><a href="Home">Trang chủ</a> &gt; <a href="Home/tin-tuc">Tin tức</a> &gt; <a href="Home/tin-tuc/{slugify(a.section)}">{h(a.section)}</a></div>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="chuyenmuc">{h(a.section)}</td></tr>
<tr><td><h1 class="tieudetin">{h(a.title)}</h1></td></tr>
<tr><td class="ngaydang">{printed}</td></tr>
<tr><td class="tienich" align="right">
<a href="javascript:void(0)" onclick="zoomText(-1)" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" onclick="zoomText(0)">A</a> <a href="javascript:void(0)" onclick="zoomText(1)" title="Tăng cỡ chữ">A+</a> |
<a href="javascript:window.print()"><img src="/wps/themes/html/AnGiangTheme/images/print.gif" alt="In trang" border="0"> In trang</a> |
<a href="mailto:?subject=Sở Nội vụ An Giang"><img src="/wps/themes/html/AnGiangTheme/images/email.gif" alt="Gửi email" border="0"> Gửi email</a>
</td></tr>
<tr><td>
<div class="noidungtin" id="ns_{WS_NS}_content">
{body_html}
</div>
</td></tr>
</table>
<div class="tinkhac">
<div class="tinkhac-title">Các tin khác</div>
<ul>
{tinkhac}
</ul>
</div>
</td></tr>
</table>
</div>
</td>
<td class="wpsRightCol" width="25%">
<div id="ns_Z7_8P8E1J42L8E030QA4QVKO620O1_" class="wpsPortletWrapper">
<table class="wpsPortletBody hotline" width="100%" cellpadding="3" cellspacing="0" border="1" bordercolor="#dddddd">
<tr><td colspan="2" class="wpsPortletTitle"><span class="wpsPortletTitleText">số điện thoại tiếp nhận<br>phản ánh kiến nghị về tthc</span></td></tr>
<tr><td class="stt">1</td><td><b>Ông Trương Long Hồ (Phó Giám Đốc Sở)</b><br>Điện thoại: 0983.570.009<br>Email: tlho@angiang.gov.vn</td></tr>
<tr><td class="stt">2</td><td><b>Phòng Tổng hợp - UBND tỉnh</b><br>Điện thoại: 02963.957.006<br>Email: thutuchanhchinh@angiang.gov.vn</td></tr>
<tr><td class="stt">3</td><td><b>Tổ kiểm tra công vụ</b><br>Điện thoại: 02963.957.049 - 0378.247.247<br>Email: kiemtracongvu@angiang.gov.vn</td></tr>
</table>
</div>
<div id="ns_Z7_8P8E1J42L8E030QA4QVKO620O3_" class="wpsPortletWrapper">
<table class="wpsPortletBody hotline" width="100%" cellpadding="3" cellspacing="0" border="1" bordercolor="#dddddd">
<tr><td colspan="2" class="wpsPortletTitle"><span class="wpsPortletTitleText">đường dây nóng ngành nội vụ an giang</span></td></tr>
<tr><td class="stt">1</td><td><b>Ông Ngô Hồng Yến (Giám Đốc Sở)</b><br>Điện thoại: 0913.658.627</td></tr>
<tr><td class="stt">2</td><td><b>Bà Ngô Thị Ngọc Hạnh (Chánh Văn phòng Sở)</b><br>Điện thoại: 0968.078.529</td></tr>
<tr><td class="stt">3</td><td><b>Thanh tra Sở</b><br>Điện thoại: 02963.981.818</td></tr>
</table>
</div>
<div id="ns_Z7_8P8E1J42L8E030QA4QVKO620Q7_" class="wpsPortletWrapper">
<table class="wpsPortletBody thongke" width="100%" cellpadding="2" cellspacing="0" border="0">
<tr><td colspan="2" class="wpsPortletTitle"><span class="wpsPortletTitleText">Thống kê truy cập</span></td></tr>
<tr><td>Đang online</td><td align="right">{num("wso" + a.key, 12, 95)}</td></tr>
<tr><td>Hôm nay</td><td align="right">{vn_int(num("wsh" + a.key, 800, 2400))}</td></tr>
<tr><td>Tổng lượt truy cập</td><td align="right">{vn_int(visits)}</td></tr>
</table>
</div>
</td>
</tr>
</table>
<table id="wpsFooter" width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td align="center" class="footer">
<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH AN GIANG</b><br>
Chịu trách nhiệm chính: Ông Ngô Hồng Yến - Giám đốc Sở Nội vụ<br>
Địa chỉ: Số 13 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang<br>
Điện thoại: 0296.3852.614 - Fax: 0296.3852.660 - Email: sonoivu@angiang.gov.vn<br>
Giấy phép số 25/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày 14/8/2018<br>
Ghi rõ nguồn "Sở Nội vụ tỉnh An Giang" khi phát hành lại thông tin từ website này.
</td></tr>
</table>
<script type="text/javascript">function zoomText(d){{var e=document.getElementById("ns_{WS_NS}_content");}}</script>
</body>
</html>
"""
    return dict(page=page, printed=printed, precision="minute",
                traps=["header_today", "sidebar_dates", "title_h1_only", "title_twice", "generic_title",
                       "base_href_relative", "hotline_contacts", "visit_counter", "font_size", "share_print",
                       "breadcrumb", "menu", "footer_contacts", "captions", "signature", "no_date_metadata",
                       "nested_tables", "empty_paragraphs"])


# --------------------------------------------------------------------------------------------
# layout 2: Liferay 6.2 (sotttt.dongnai.gov.vn)
# --------------------------------------------------------------------------------------------

LR_TODAY = date(2024, 12, 16)
LR_INST = "Xk3pQ9aB1cDe"


def lr_url(a: Art) -> str:
    return f"https://sotttt.dongnai.gov.vn/web/guest/tin-tuc/-/asset_publisher/{LR_INST}/content/{a.slug}"


def lr_time(t: datetime) -> str:
    h12 = t.hour % 12 or 12
    return f"{WD_LOWER[t.weekday()]}, {dmy(t)}, {h12:02d}:{t.minute:02d} {'SA' if t.hour < 12 else 'CH'}"


def render_liferay(c: Ctx) -> dict:
    a = c.art
    printed = lr_time(a.published)
    uid = md5("lr", a.key)
    body = []
    if a.lead:
        body.append(f'<p style="text-align: justify;"><span style="font-size:14px;"><strong>{h(a.lead)}</strong></span></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            src = f"/documents/10180/0/{basename(img, a, i)}/{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}?t={num(uid + str(i), 1500000000000, 1700000000000)}"
            body.append(f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>\n'
                        f'<p style="text-align: center;"><span style="font-size:12px;"><em>{h(text)}</em></span></p>')
        elif kind == "heading":
            body.append(f'<h4 style="text-align: justify;">{h(text)}</h4>')
        elif kind == "quote":
            body.append(f'<blockquote><p>{h(text)}</p></blockquote>')
        else:
            body.append(f'<p style="text-align: justify;"><span style="font-size:14px;">{h(text)}</span></p>')
    if a.author:
        body.append(f'<p style="text-align: right;"><span style="font-size:14px;"><strong>{h(a.author)}</strong></span></p>')
    body_html = "\n".join(body)
    newer = [o for o in c.nearest(8) if o.published > a.published][:3]
    older = [o for o in c.nearest(8) if o.published < a.published][:4]

    def lst(items):
        return "\n".join(f'<li><a href="{ha(lr_url(o))}">{h(o.title)}</a> <span class="date">({dmy(o.published)})</span></li>' for o in items)

    noibat = "\n".join(
        f'<div class="item"><a href="{ha(lr_url(o))}"><img src="/documents/10180/0/{basename(o.blocks[0][2] if o.blocks else None, o, 0)}" alt=""/></a>'
        f'<h4><a href="{ha(lr_url(o))}">{h(o.title)}</a></h4><span class="time">{dmy(o.published)} {hm(o.published)}</span></div>'
        for o in c.picks(4, "lrnb"))
    og_desc = (a.lead or a.blocks[0][1])[:160]
    page = f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{h(a.title)} - Sở Thông tin và Truyền thông tỉnh Đồng Nai</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{ha(og_desc)}" lang="vi-VN" name="description" />
<meta property="og:title" content="{ha(a.title)}" />
<meta property="og:description" content="{ha(og_desc)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{ha(lr_url(a))}" />
<link href="https://sotttt.dongnai.gov.vn/dongnai-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="https://sotttt.dongnai.gov.vn/dongnai-theme/css/aui.css?browserId=other&amp;themeId=dongnaitheme_WAR_dongnaitheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1697011200000" rel="stylesheet" type="text/css" />
<link href="{ha(lr_url(a))}" rel="canonical" />
<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{}},
			ThemeDisplay: {{
				getLayoutId: function() {{ return "47"; }},
				getPlid: function() {{ return "{num('plid', 100000, 999999)}"; }},
				getLanguageId: function() {{ return "vi_VN"; }},
				isSignedIn: function() {{ return false; }}
			}},
			PropsValues: {{ NTLM_AUTH_ENABLED: false }}
		}};
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.Portlet.list = ["101_INSTANCE_{LR_INST}", "56_INSTANCE_TinNoiBat01", "73"];
	// ]]>
</script>
<script src="https://sotttt.dongnai.gov.vn/html/js/barebone.jsp?browserId=other&amp;themeId=dongnaitheme_WAR_dongnaitheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1697011200000" type="text/javascript"></script>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div id="heading">
			<div class="top-bar"><span class="today">Hôm nay: {WD_WORD[LR_TODAY.weekday()]}, {dmy(LR_TODAY)}</span>
			<span class="top-links"><a href="/web/guest/lien-he">Liên hệ</a> | <a href="/web/guest/so-do-site">Sơ đồ site</a> | <a href="/c/portal/login?p_l_id=47">Đăng nhập</a></span></div>
			<h1 class="site-title">
				<a class="logo custom-logo" href="https://sotttt.dongnai.gov.vn/web/guest" title="Đi đến Sở Thông tin và Truyền thông">
					<img alt="Sở Thông tin và Truyền thông tỉnh Đồng Nai" height="120" src="/image/layout_set_logo?img_id=51208&amp;t=1697011200000" width="980" />
				</a>
			</h1>
		</div>
		<nav class="sort-pages modify-pages" id="navigation" role="navigation">
			<h1 class="hide-accessible">Điều hướng</h1>
			<ul aria-label="Trang Web" role="menubar">
				<li id="layout_1" role="presentation"><a aria-labelledby="layout_1" href="/web/guest/trang-chu" role="menuitem"><span>Trang chủ</span></a></li>
				<li id="layout_2" role="presentation"><a href="/web/guest/gioi-thieu" role="menuitem"><span>Giới thiệu</span></a></li>
				<li aria-selected="true" class="selected" id="layout_47" role="presentation"><a href="/web/guest/tin-tuc" role="menuitem"><span>Tin tức - Sự kiện</span></a></li>
				<li id="layout_5" role="presentation"><a href="/web/guest/cai-cach-hanh-chinh" role="menuitem"><span>Cải cách hành chính</span></a></li>
				<li id="layout_6" role="presentation"><a href="/web/guest/chuyen-doi-so" role="menuitem"><span>Chuyển đổi số</span></a></li>
				<li id="layout_7" role="presentation"><a href="/web/guest/van-ban" role="menuitem"><span>Văn bản</span></a></li>
				<li id="layout_8" role="presentation"><a href="/web/guest/lien-he" role="menuitem"><span>Liên hệ</span></a></li>
			</ul>
		</nav>
	</header>

	<div id="content">
		<nav id="breadcrumbs">
<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">
	<li class="first" ><a href="https://sotttt.dongnai.gov.vn/web/guest">Trang chủ</a><span class="divider">/</span></li>
	<li class="current-parent breadcrumb-truncate" ><a href="https://sotttt.dongnai.gov.vn/web/guest/tin-tuc">Tin tức - Sự kiện</a><span class="divider">/</span></li>
	<li class="active last breadcrumb-truncate" >{h(a.section)}</li>
</ul>
		</nav>

<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
		<div class="portlet-column portlet-column-first span8" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-borderless portlet-asset-publisher " id="p_p_id_101_INSTANCE_{LR_INST}_" >
		<span id="p_101_INSTANCE_{LR_INST}"></span>
	<div class="portlet-borderless-container" style="">
		<div class="portlet-body">
<div class="taglib-header ">
	<span class="header-back-to">
		<a class="icon-circle-arrow-left previous-level" href="https://sotttt.dongnai.gov.vn/web/guest/tin-tuc" id="_101_INSTANCE_{LR_INST}_TabsBack" title="Quay lại">
			<span class="helper-hidden-accessible">Quay lại</span>
		</a>
	</span>
	<h3 class="header-title">
		<span>
			{h(a.title)}
		</span>
	</h3>
</div>

<div class="asset-full-content default-asset-publisher show-asset-title">
	<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{printed}</span></div>
	<div class="asset-user-actions">
		<div class="font-size-tool">Cỡ chữ <a href="javascript:;" class="fs-down">A-</a> <a href="javascript:;" class="fs-normal">A</a> <a href="javascript:;" class="fs-up">A+</a></div>
		<div class="text-color-tool">Màu chữ <a href="javascript:;" class="c-black">&#9632;</a> <a href="javascript:;" class="c-blue">&#9632;</a></div>
		<div class="print-action">
			<a class="taglib-icon" href="javascript:_101_INSTANCE_{LR_INST}_printPage_0();" id="_101_INSTANCE_{LR_INST}_rjus_column1_0"><img alt="image" src="https://sotttt.dongnai.gov.vn/dongnai-theme/images/common/print.png" /> <span class="taglib-text hide-accessible">In</span></a>
		</div>
	</div>
	<div class="asset-content" id="_101_INSTANCE_{LR_INST}_{uid[:20]}">
		<div class="journal-content-article" id="article_10154_10180_{num('aid' + a.key, 100000, 999999)}_1.2">
{body_html}
</div>
	</div>
	<div class="asset-links">
		<h4 class="asset-links-title"><i class="icon-link"></i> Tin liên quan</h4>
		<ul class="asset-links-list">
{lst(c.nearest(3))}
		</ul>
	</div>
</div>

<div class="other-news">
	<div class="title-newer">Tin mới hơn</div>
	<ul>
{lst(newer)}
	</ul>
	<div class="title-older">Tin đã đưa</div>
	<ul>
{lst(older)}
	</ul>
</div>
		</div>
	</div>
</div>
			</div>
		</div>
		<div class="portlet-column portlet-column-last span4" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_56_  portlet-static portlet-static-end portlet-journal-content " id="p_p_id_56_INSTANCE_TinNoiBat01_" >
	<section class="portlet" id="portlet_56_INSTANCE_TinNoiBat01">
		<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h2></header>
		<div class="portlet-content"><div class="portlet-body">
{noibat}
		</div></div>
	</section>
</div>
<div class="portlet-boundary portlet-boundary_73_ portlet-static" id="p_p_id_73_">
	<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h2></header>
	<div class="portlet-content">Đang truy cập: {num("lro" + a.key, 20, 140)}<br/>Tổng lượt truy cập: {vn_int(num("lrv" + a.key, 3000000, 4000000))}</div></section>
</div>
			</div>
		</div>
	</div>
</div>
	</div>

	<footer id="footer" role="contentinfo">
		<p>Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Đồng Nai</p>
		<p>Địa chỉ: Số 2, đường Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa, tỉnh Đồng Nai - Điện thoại: (0251) 3822 297 - Email: stttt@dongnai.gov.vn</p>
		<p>Giấy phép thiết lập trang TTĐT số 14/GP-TTĐT ngày 10/04/2019. Người chịu trách nhiệm: Giám đốc Sở</p>
		<p class="powered-by">Vận hành bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p>
	</footer>
</div>

<script type="text/javascript">
// <![CDATA[
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{
		(function() {{
			Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_INSTANCE_{LR_INST}_', portletId: '101_INSTANCE_{LR_INST}', refreshURL: '/c/portal/render_portlet?p_l_id=47'}});
		}})();
	}});
// ]]>
</script>
</body>

</html>"""
    return dict(page=page, printed=printed, precision="minute",
                traps=["header_today", "sidebar_dates", "related_after_body", "font_size", "share_print",
                       "breadcrumb", "menu", "footer_contacts", "captions", "signature", "ampm_12h",
                       "no_date_metadata", "view_count_site"])


# --------------------------------------------------------------------------------------------
# layout 3: DotNetNuke + EasyDNNnews (sotuphap.vinhlong.gov.vn), a third of pages in cp1258
# --------------------------------------------------------------------------------------------


def dnn_url(a: Art) -> str:
    return f"https://sotuphap.vinhlong.gov.vn/tin-tuc-su-kien/ArticleID/{num('dnn' + a.key, 1000, 9999)}/{a.slug}"


def render_dnn(c: Ctx) -> dict:
    a = c.art
    cp = c.idx % 3 == 1
    enc = "windows-1258" if cp else "utf-8"
    printed = f"Cập nhật lúc {hm(a.published)} ngày {dmy(a.published)}"
    art_id = num("dnn" + a.key, 1000, 9999)
    vs = base64.b64encode(hashlib.sha256(("vs" + a.key).encode()).digest() * 9).decode()
    body = []
    if a.lead:
        body.append(f'<p style="text-align: justify;"><strong><span style="font-size:14px;"><span style="font-family:Times New Roman,Times,serif;">{h(a.lead)}</span></span></strong></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            body.append(f'<figure class="image" style="text-align:center"><img alt="" height="427" src="/Portals/0/EasyDNNNews/{art_id}/images/{basename(img, a, i)}" width="640" />\n'
                        f'<figcaption>{h(text)}</figcaption></figure>')
        elif kind == "heading":
            body.append(f'<h3>{h(text)}</h3>')
        elif kind == "quote":
            body.append(f'<blockquote><p><em>{h(text)}</em></p></blockquote>')
        else:
            body.append(f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Times New Roman,Times,serif;">{h(text)}</span></span></p>')
    if a.author:
        body.append(f'<p style="text-align: right;"><strong><span style="font-size:14px;">{h(a.author)}</span></strong></p>')
    body.append('<p>&nbsp;</p>')
    rel = "\n".join(f'<li><a href="{ha(dnn_url(o))}">{h(o.title)}</a> <em>({dmy(o.published)})</em></li>' for o in c.nearest(3))
    body.append(f'<div class="edn_relatedArticlesInContent"><h4 class="edn_relatedTitle">Tin liên quan:</h4>\n<ul>\n{rel}\n</ul></div>')
    body_html = "\n".join(body)
    cmts = comments_for(a, "dnn", 2 + c.idx % 2)
    cmt_html = "\n".join(
        f'<div class="edn_comment"><div class="edn_commentHead"><span class="edn_commentAuthor">{h(n)}</span> '
        f'<span class="edn_commentDate">({dmy(t)} {hm(t)})</span></div><div class="edn_commentText">{h(x)}</div></div>'
        for n, t, x in cmts)
    side = "\n".join(
        f'<li class="edn_articleTitle"><a href="{ha(dnn_url(o))}">{h(o.title)}</a><span class="edn_articleDate">{dmy(o.published)}</span></li>'
        for o in c.newest(5))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html  xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset={enc.upper() if cp else 'UTF-8'}" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	Sở Tư pháp tỉnh Vĩnh Long &gt; Tin tức - Sự kiện
</title><meta id="MetaDescription" name="DESCRIPTION" content="Cổng thông tin điện tử Sở Tư pháp tỉnh Vĩnh Long" /><meta id="MetaKeywords" name="KEYWORDS" content="Sở Tư pháp, Vĩnh Long, tư pháp, hộ tịch, lý lịch tư pháp,DotNetNuke,DNN" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNNews/Templates/_default/Ozone/Ozone.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/vinhlong/skin.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=212" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=212" type="text/javascript"></script><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2019-05-08-090143-000' type='image/x-icon' /></head>
<body id="Body">

    <form method="post" action="/tin-tuc-su-kien/ArticleID/{art_id}/{a.slug}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLhTNGDCzkQ0sVvQ8wz8N1_zqAPYeHxvY&amp;t=637814653746327080" type="text/javascript"></script>
<div id="siteWrapper">
<table class="skin-header" cellpadding="0" cellspacing="0" width="100%"><tr>
<td class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Sở Tư pháp tỉnh Vĩnh Long" href="https://sotuphap.vinhlong.gov.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-stp.png?ver=2019-05-08-090143-000" alt="Sở Tư pháp tỉnh Vĩnh Long" /></a></td>
<td class="search" align="right"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a></span></td>
</tr></table>
<div id="dnn_pnav" class="skin-menu">
<ul class="topLevel">
<li class="item first"><a href="https://sotuphap.vinhlong.gov.vn/"><div><span>Trang chủ</span></div></a></li>
<li class="item"><a href="https://sotuphap.vinhlong.gov.vn/gioi-thieu"><div><span>Giới thiệu</span></div></a></li>
<li class="item selected breadcrumb"><a href="https://sotuphap.vinhlong.gov.vn/tin-tuc-su-kien"><div><span>Tin tức - Sự kiện</span></div></a></li>
<li class="item"><a href="https://sotuphap.vinhlong.gov.vn/pho-bien-giao-duc-phap-luat"><div><span>Phổ biến pháp luật</span></div></a></li>
<li class="item"><a href="https://sotuphap.vinhlong.gov.vn/thu-tuc-hanh-chinh"><div><span>Thủ tục hành chính</span></div></a></li>
<li class="item last"><a href="https://sotuphap.vinhlong.gov.vn/lien-he"><div><span>Liên hệ</span></div></a></li>
</ul>
</div>
<div class="skin-breadcrumb">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="https://sotuphap.vinhlong.gov.vn/tin-tuc-su-kien" class="Breadcrumb">Tin tức - Sự kiện</a> › <a href="https://sotuphap.vinhlong.gov.vn/tin-tuc-su-kien/category/{slugify(a.section)}" class="Breadcrumb">{h(a.section)}</a></span></div>
<table class="skin-body" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="dnn_LeftPane" class="leftPane" valign="top" width="24%">
<div class="DnnModule DnnModule-EasyDNNnewsWidgets DnnModule-1251"><a name="1251"></a>
<div class="c_container c_head_blue"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr1251_dnnTITLE_titleLabel" class="Head">Tin mới nhất</span></h2></div>
<div id="dnn_ctr1251_ContentPane" class="c_content"><div id="dnn_ctr1251_ModuleContent" class="DNNModuleContent ModEasyDNNnewsWidgetsC">
<ul class="edn_latestArticles">
{side}
</ul>
</div></div></div></div>
</td>
<td id="dnn_ContentPane" class="contentPane" valign="top">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1234"><a name="1234"></a>
<div class="c_container c_head_grey">
<div class="c_head"><h2 class="c_title"><span id="dnn_ctr1234_dnnTITLE_titleLabel" class="Head">Tin tức - Sự kiện</span></h2></div>
<div id="dnn_ctr1234_ContentPane" class="c_content">
<div id="dnn_ctr1234_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_Ozone eds_subCollection_news eds_news eds_styleSwitchCriteria_module-1234 eds_template_Details_Article_Default">
<div class="edn_article edn_clearFix">
	<div class="edn_metaDetails">
		<span class="edn_articleCategory"><a href="https://sotuphap.vinhlong.gov.vn/tin-tuc-su-kien/category/{slugify(a.section)}">{h(a.section)}</a></span>
		<span class="edn_articleDate">{printed}</span>
		<span class="edn_articleViews">Lượt xem: {vn_int(num('dnnv' + a.key, 150, 4800))}</span>
	</div>
	<h1 class="edn_articleTitle">{h(a.title)}</h1>
	<div class="edn_socialPrintWrapper">
		<a class="edn_printButton" href="javascript:void(0)" onclick="window.open('/DesktopModules/EasyDNNNews/PrintArticle.aspx?ArticleID={art_id}')">In bài viết</a>
		<a class="edn_mailButton" href="mailto:?subject=Sở Tư pháp Vĩnh Long">Gửi email</a>
		<span class="edn_fontResize">Cỡ chữ <a href="javascript:;">A-</a> <a href="javascript:;">A</a> <a href="javascript:;">A+</a></span>
	</div>
	<div class="edn_articleContent" id="dnn_ctr1234_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
{body_html}
	</div>
	<div class="edn_tags">Từ khóa: <a href="/tin-tuc-su-kien/tag/{slugify(a.section)}">{h(a.section)}</a></div>
</div>
<div class="edn_commentsWrapper">
	<h3 class="edn_commentsTitle">Ý kiến bạn đọc ({len(cmts)})</h3>
{cmt_html}
	<div class="edn_commentForm">
		<label>Họ và tên</label><input name="dnn$ctr1234$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" />
		<label>Email</label><input name="dnn$ctr1234$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" type="text" />
		<label>Nội dung</label><textarea name="dnn$ctr1234$ViewEasyDNNNewsMain$ctl00$tbCommentText" rows="4" cols="40"></textarea>
		<a class="edn_submitComment" href="javascript:__doPostBack('dnn$ctr1234$ViewEasyDNNNewsMain$ctl00$lbAddComment','')">Gửi ý kiến</a>
	</div>
</div>
</div>
</div></div>
</div></div>
</td>
</tr></table>
<div class="skin-footer">
<p><strong>SỞ TƯ PHÁP TỈNH VĨNH LONG</strong></p>
<p>Địa chỉ: Số 107/2 Trần Phú, Phường 4, TP. Vĩnh Long - Điện thoại: 0270.3822.391 - Fax: 0270.3823.603</p>
<p>Email: stp@vinhlong.gov.vn - Chịu trách nhiệm nội dung: Giám đốc Sở Tư pháp</p>
<p><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2019 by Sở Tư pháp tỉnh Vĩnh Long</span> | <a id="dnn_dnnTERMS_hypTerms" class="Footer" rel="nofollow" href="https://sotuphap.vinhlong.gov.vn/Terms">Điều khoản sử dụng</a> | <a id="dnn_dnnLOGIN_loginLink" class="Footer" rel="nofollow" href="https://sotuphap.vinhlong.gov.vn/Login?returnurl=%2ftin-tuc-su-kien">Đăng nhập</a></p>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`86`}}" />
<input type="hidden" name="__RequestVerificationToken" value="{md5('rvt', a.key)}{md5('rvt2', a.key)}" />
</form>
</body>
</html>
"""
    traps = ["related_box", "comments", "sidebar_dates", "title_h1_only", "generic_title", "view_count",
             "font_size", "share_print", "breadcrumb", "menu", "footer_contacts", "captions", "signature",
             "no_date_metadata", "viewstate_form", "heading_in_body_trap", "empty_paragraphs"]
    if cp:
        traps.append("cp1258")
    return dict(page=page, printed=printed, precision="minute", encoding=enc, traps=traps)


# --------------------------------------------------------------------------------------------
# layout 4: SharePoint 2013 (www.quangninh.gov.vn/so/sonoivu), date without time
# --------------------------------------------------------------------------------------------

SP_TODAY = date(2025, 1, 12)


def sp_url(a: Art) -> str:
    return f"https://www.quangninh.gov.vn/so/sonoivu/Trang/ChiTietTinTuc.aspx?nid={num('sp' + a.key, 10000, 99999)}"


def render_sharepoint(c: Ctx) -> dict:
    a = c.art
    printed = f"{WD_LOWER[a.published.weekday()]}, {dmy(a.published)}"
    g = md5("sp", a.key).upper()
    ext = f"ExternalClass{g[:32]}"
    body = []
    if a.lead:
        body.append(f'<p class="ms-rteElement-P" style="text-align: justify;"><strong><span style="font-family:arial, sans-serif;font-size:10pt;">{h(a.lead)}</span></strong></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            body.append(f'<p style="text-align: center;"><img class="ms-rtePosition-4" src="/so/sonoivu/PublishingImages/{a.published.year}/{basename(img, a, i)}" alt="" style="margin: 5px; width: 600px;" /></p>\n'
                        f'<p class="ms-rteElement-P" style="text-align: center;"><em><span style="font-family:arial, sans-serif;font-size:9pt;">{h(text)}</span></em></p>')
        elif kind == "heading":
            body.append(f'<h3 class="ms-rteElement-H3B">{h(text)}</h3>')
        elif kind == "quote":
            body.append(f'<p class="ms-rteElement-P"><em>{h(text)}</em></p>')
        else:
            body.append(f'<p class="ms-rteElement-P" style="text-align: justify;"><span style="font-family:arial, sans-serif;font-size:10pt;">{h(text)}</span></p>')
        if i == 1:
            body.append('<p class="ms-rteElement-P">&#8203;</p>')
    if a.author:
        body.append(f'<p class="ms-rteElement-P" style="text-align: right;"><strong>{h(a.author)}</strong></p>')
    body_html = "\n".join(body)
    same = "\n".join(
        f'<li><a href="{ha(sp_url(o))}">{h(o.title)}</a><span class="date"> ({dmy(o.published)})</span></li>'
        for o in c.picks(6, "spsame"))
    newest = "\n".join(
        f'<div class="item-news"><a href="{ha(sp_url(o))}">{h(o.title)}</a><div class="date-item">{dmy(o.published)}</div></div>'
        for o in c.newest(4))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{h(a.title)}
</title>
<meta property="og:title" content="{ha(a.title)}" />
<meta property="og:image" content="https://www.quangninh.gov.vn/so/sonoivu/PublishingImages/{a.published.year}/{basename(next((b[2] for b in a.blocks if b[0] == 'figure'), None), a, 0)}" />
<meta property="og:url" content="{ha(sp_url(a))}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QuangNinh/css/style.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=Gdxf5fT5fV8BTN0ra5uGeQ%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvpNa6ix9JvCqcaGM1rw"></script>
<script type="text/javascript">RegisterSod("require.js", "/_layouts/15/require.js?rev=4UhLIF%2FezOvmGnh%2Fs0LLpA%3D%3D");RegisterSod("strings.js", "/_layouts/15/1066/strings.js?rev=k%2FSaOdWtcHDDvsb%2FUFykOA%3D%3D");</script>
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./ChiTietTinTuc.aspx?nid={num('sp' + a.key, 10000, 99999)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{g[:64]},{dmy(SP_TODAY)} 08:15:44 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIRD2QWAgIBDxYCHhNQcmV2aW91c0NvbnRyb2xNb2RlCymIAU1p{g[:40]}" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="header-qn">
	<div class="top-header"><span class="current-date">{WD_LOWER[SP_TODAY.weekday()]}, {dmy(SP_TODAY)}</span><span class="top-link"><a href="/so/sonoivu/Trang/SoDoSite.aspx">Sơ đồ site</a> | <a href="/so/sonoivu/Trang/LienHe.aspx">Liên hệ</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2Fso%2Fsonoivu">Đăng nhập</a></span></div>
	<div class="banner"><a href="/so/sonoivu"><img src="/so/sonoivu/PublishingImages/banner-snv.png" alt="Sở Nội vụ tỉnh Quảng Ninh" /></a></div>
	<div class="menu-top"><ul class="root static">
		<li class="static"><a class="static menu-item" href="/so/sonoivu"><span class="menu-item-text">Trang chủ</span></a></li>
		<li class="static"><a class="static menu-item" href="/so/sonoivu/Trang/GioiThieu.aspx"><span class="menu-item-text">Giới thiệu</span></a></li>
		<li class="static selected"><a class="static selected menu-item" href="/so/sonoivu/Trang/TinTuc.aspx"><span class="menu-item-text">Tin tức - Sự kiện</span></a></li>
		<li class="static"><a class="static menu-item" href="/so/sonoivu/Trang/CaiCachHanhChinh.aspx"><span class="menu-item-text">Cải cách hành chính</span></a></li>
		<li class="static"><a class="static menu-item" href="/so/sonoivu/Trang/VanBan.aspx"><span class="menu-item-text">Văn bản</span></a></li>
		<li class="static"><a class="static menu-item" href="/so/sonoivu/Trang/HoiDap.aspx"><span class="menu-item-text">Hỏi đáp</span></a></li>
	</ul></div>
</div>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="col-md-8">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div WebPartID="{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:32]}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody " allowDelete="false" style="" >
<div class="news-detail">
	<div class="breadcrumb-news"><a href="/so/sonoivu">Trang chủ</a> &gt; <a href="/so/sonoivu/Trang/TinTuc.aspx">Tin tức - Sự kiện</a> &gt; <span>{h(a.section)}</span></div>
	<div class="title-news"><span>{h(a.title)}</span></div>
	<div class="info-news"><span class="date-news">{printed}</span> <span class="view-news">| Lượt xem: {num('spv' + a.key, 80, 2500)}</span></div>
	<div class="tool-news"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:SendMail();">Gửi email</a> | <span class="size">Cỡ chữ: <a href="javascript:;" onclick="ChangeSize(-1)">A-</a> <a href="javascript:;" onclick="ChangeSize(0)">A</a> <a href="javascript:;" onclick="ChangeSize(1)">A+</a></span></div>
	<div class="content-news ms-rtestate-field">
<div class="{ext}">
{body_html}
</div>
	</div>
</div>
</div>
<div class="ms-clear"></div></div>
</div>
<div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div id="WebPartWPQ3" class="ms-WPBody " style="">
<div class="other-news"><div class="title-other">Tin cùng chuyên mục</div>
<ul>
{same}
</ul></div>
</div>
</div></div>
</div>
</div>
<div class="col-md-4">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
<div id="WebPartWPQ4" class="ms-WPBody ">
<div class="box-right"><div class="title-box">Tin mới</div>
{newest}
</div>
<div class="box-right"><div class="title-box">Đường dây nóng</div>
<p>Văn phòng Sở: 0203.3835.520</p><p>Thanh tra Sở: 0203.3628.181</p><p>Email: sonoivu@quangninh.gov.vn</p>
</div>
</div></div></div>
</div>
</div>
</div>
</div>
<div class="footer-qn">
	<p><strong>SỞ NỘI VỤ TỈNH QUẢNG NINH</strong></p>
	<p>Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long, tỉnh Quảng Ninh</p>
	<p>Điện thoại: 0203.3835.520 - Email: sonoivu@quangninh.gov.vn</p>
	<p>Giấy phép số 47/GP-TTĐT do Cục Quản lý phát thanh, truyền hình và thông tin điện tử cấp ngày 23/05/2016</p>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fso\\u002fsonoivu", webAbsoluteUrl: "https:\\u002f\\u002fwww.quangninh.gov.vn\\u002fso\\u002fsonoivu", siteAbsoluteUrl: "https:\\u002f\\u002fwww.quangninh.gov.vn", serverRequestPath: "\\u002fso\\u002fsonoivu\\u002fTrang\\u002fChiTietTinTuc.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Sở Nội vụ", webTemplate: "53", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'}};
//]]>
</script>
</form>
</body>
</html>
"""
    return dict(page=page, printed=printed, precision="day",
                traps=["header_today", "sidebar_dates", "title_og_only", "date_only", "view_count", "font_size",
                       "share_print", "breadcrumb", "menu", "footer_contacts", "captions", "signature",
                       "no_date_metadata", "hidden_form_dates", "empty_paragraphs"])


# --------------------------------------------------------------------------------------------
# layout 5: newspaper CMS shared by baohagiang.vn and baokhanhhoa.vn
# --------------------------------------------------------------------------------------------

NP_TODAY = date(2025, 2, 20)
NP_SITES = {
    "baohagiang.vn": dict(name="Báo Hà Giang", short="Hà Giang", sig="Tin, ảnh: ",
                           addr="Tổ 10, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang",
                           phone="0219.3862.105", email="baohagiang@gmail.com",
                           licence="Giấy phép số 476/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/7/2021",
                           editor="Tổng Biên tập: Nguyễn Minh Tân"),
    "baokhanhhoa.vn": dict(name="Báo Khánh Hòa", short="Khánh Hòa", sig="",
                            addr="Số 3 đường Hoàng Hoa Thám, thành phố Nha Trang, tỉnh Khánh Hòa",
                            phone="0258.3822.502", email="toasoan@baokhanhhoa.vn",
                            licence="Giấy phép số 279/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 10/6/2022",
                            editor="Tổng Biên tập: Trần Thị Bích Thủy"),
}


def np_host(a: Art) -> str:
    if a.portal == "baokhanhhoa":
        return "baokhanhhoa.vn"
    if a.portal == "baohagiang":
        return "baohagiang.vn"
    return "baohagiang.vn" if int(md5("nphost", a.key), 16) % 2 else "baokhanhhoa.vn"


def np_url(a: Art) -> str:
    host = np_host(a)
    if a.portal in ("baohagiang", "baokhanhhoa"):
        return f"https://{host}{a.path}"
    sec = slugify(a.section)
    ym = f"{a.published.year}{a.published.month:02d}"
    if host == "baohagiang.vn":
        return f"https://{host}/{sec}/{ym}/{a.slug}-{md5('nph', a.key)[:7]}/"
    return f"https://{host}/{sec}/{ym}/{a.slug}-{num('npk' + a.key, 8100000, 8499999)}/"


def np_time(host: str, t: datetime) -> str:
    if host == "baohagiang.vn":
        return f"{WD_WORD[t.weekday()]}, {dmy(t)} | {hm(t)} GMT+7"
    return f"{hm(t)}, {dmy(t)} (GMT+7)"


def render_newspaper(c: Ctx) -> dict:
    a = c.art
    host = np_host(a)
    site = NP_SITES[host]
    url = np_url(a)
    printed = np_time(host, a.published)
    fhash = md5("file", host)
    mmyyyy = f"{a.published.month:02d}{a.published.year}"
    related = c.nearest(3)
    rel_html = ('<div class="box-tin-lien-quan">\n<div class="title-tlq">Tin liên quan</div>\n<ul>\n'
                + "\n".join(f'<li><a href="{ha(np_url(o))}" title="{ha(o.title)}">{h(o.title)}</a></li>' for o in related)
                + "\n</ul>\n</div>")
    body = []
    if a.lead:
        body.append(f'<p class="sapo"><strong>{h(a.lead)}</strong></p>')
    first_img = None
    insert_at = min(2, len(a.blocks) - 1)
    for i, (kind, text, img) in enumerate(a.blocks):
        if i == insert_at:
            body.append(rel_html)
        if kind == "figure":
            src = f"https://{host}/file/{fhash}/{mmyyyy}/{basename(img, a, i)}"
            first_img = first_img or src
            body.append('<table class="image center" style="width: 100%;"><tbody>\n'
                        f'<tr><td><img src="{src}" alt="{ha(text)}" width="100%" /></td></tr>\n'
                        f'<tr><td class="image_desc">{h(text)}</td></tr>\n</tbody></table>')
        elif kind == "heading":
            body.append(f'<h2 class="sub-title">{h(text)}</h2>')
        elif kind == "quote":
            body.append(f'<blockquote class="quote"><p>{h(text)}</p></blockquote>')
        else:
            body.append(f'<p style="text-align: justify;">{h(text)}</p>')
    if a.author:
        body.append(f'<p style="text-align: right;"><strong>{h(site["sig"] + a.author)}</strong></p>')
    if host == "baohagiang.vn":
        body.append(f'<p class="nguon-tin" style="text-align: right;"><em>Nguồn {site["short"]}: http://{host}{url.split(host, 1)[1]}</em></p>')
    body_html = "\n".join(body)
    cmts = comments_for(a, "np", 2 + c.idx % 3)
    cmt_html = "\n".join(
        f'<div class="comment-item"><div class="comment-info"><b>{h(n)}</b> - <span class="time">{dmy(t)} {hm(t)}</span></div>'
        f'<div class="comment-content">{h(x)}</div><div class="comment-action"><a href="javascript:;">Trả lời</a> <a href="javascript:;" class="like">Thích</a></div></div>'
        for n, t, x in cmts)
    same = "\n".join(
        f'<div class="story"><a href="{ha(np_url(o))}" class="story-thumb"><img src="https://{host}/file/{fhash}/{o.published.month:02d}{o.published.year}/{basename(next((b[2] for b in o.blocks if b[0] == "figure"), None), o, 0)}" alt="" /></a>'
        f'<h3 class="story-title"><a href="{ha(np_url(o))}">{h(o.title)}</a></h3><span class="story-time">{dmy(o.published)}</span></div>'
        for o in c.picks(4, "npsame"))
    fill = filler_news("np" + host, NP_TODAY, 3, a.key)
    latest = "\n".join(f'<li><span class="time">{hm(t)} {dmy(t)}</span><a href="https://{host}/thoi-su-chinh-tri/{t.year}{t.month:02d}/{slugify(x)}-{md5(x)[:7]}/">{h(x)}</a></li>' for x, t in fill)
    latest += "\n" + "\n".join(f'<li><span class="time">{hm(o.published)} {dmy(o.published)}</span><a href="{ha(np_url(o))}">{h(o.title)}</a></li>' for o in c.newest(3))
    popular = "\n".join(f'<li><span class="num">{i + 1}</span><a href="{ha(np_url(o))}">{h(o.title)}</a>' for i, o in enumerate(c.picks(5, "nppop")))
    modified = a.published + timedelta(minutes=num("npmod" + a.key, 20, 600))
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a.title,
        "description": a.lead or a.blocks[0][1][:200],
        "image": {"@type": "ImageObject", "url": first_img or f"https://{host}/images/logo.png", "width": 800, "height": 533},
        "datePublished": iso(a.published), "dateModified": iso(modified),
        "author": {"@type": "Person", "name": a.author or site["name"]},
        "publisher": {"@type": "Organization", "name": site["name"], "logo": {"@type": "ImageObject", "url": f"https://{host}/images/logo.png"}},
    }
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{h(a.title)} - {site['name']} điện tử</title>
<meta name="description" content="{ha(a.lead or a.blocks[0][1][:200])}" />
<meta name="keywords" content="{ha(a.section)}, {ha(site['short'])}" />
<meta name="news_keywords" content="{ha(a.section)}" />
<link rel="canonical" href="{ha(url)}" />
<meta property="og:site_name" content="{site['name']}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{ha(a.title)}" />
<meta property="og:description" content="{ha(a.lead or a.blocks[0][1][:200])}" />
<meta property="og:url" content="{ha(url)}" />
<meta property="og:image" content="{ha(first_img or f'https://{host}/images/logo.png')}" />
<meta property="article:published_time" content="{iso(a.published)}" />
<meta property="article:modified_time" content="{iso(modified)}" />
<meta property="article:section" content="{ha(a.section)}" />
<link rel="stylesheet" href="https://{host}/themes/default/css/bootstrap.min.css?v=20240110" />
<link rel="stylesheet" href="https://{host}/themes/default/css/style.css?v=20240110" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{md5(host)[:10].upper()}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-{md5(host)[:10].upper()}');</script>
</head>
<body class="detail-page">
<div class="header-top">
	<div class="container">
		<span class="date-now"><i class="fa fa-calendar"></i> {WD_WORD[NP_TODAY.weekday()]}, {dmy(NP_TODAY)}</span>
		<ul class="top-links"><li><a href="https://{host}/bao-in/">Báo in</a></li><li><a href="https://{host}/video/">Video</a></li><li><a href="https://{host}/rss/">RSS</a></li><li><a href="https://{host}/lien-he/">Liên hệ</a></li></ul>
	</div>
</div>
<header class="header">
	<div class="container">
		<a class="logo" href="https://{host}/"><img src="https://{host}/images/logo.png" alt="{site['name']}" /></a>
		<form class="search-form" action="https://{host}/tim-kiem/" method="get"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form>
	</div>
	<nav class="main-menu"><div class="container"><ul>
		<li><a href="https://{host}/"><i class="fa fa-home"></i></a></li>
		<li><a href="https://{host}/thoi-su-chinh-tri/">Thời sự - Chính trị</a></li>
		<li><a href="https://{host}/kinh-te/">Kinh tế</a></li>
		<li><a href="https://{host}/xa-hoi/">Xã hội</a></li>
		<li><a href="https://{host}/van-hoa/">Văn hóa</a></li>
		<li><a href="https://{host}/the-thao/">Thể thao</a></li>
		<li><a href="https://{host}/quoc-phong-an-ninh/">Quốc phòng - An ninh</a></li>
		<li><a href="https://{host}/ban-doc/">Bạn đọc</a></li>
	</ul></div></nav>
</header>
<main class="container">
<div class="row">
<div class="col-md-8 col-main">
	<div class="breadcrumbs"><a href="https://{host}/">Trang chủ</a> <span>»</span> <a href="https://{host}/{slugify(a.section)}/">{h(a.section)}</a></div>
	<article class="article-detail">
		<h1 class="article-title">{h(a.title)}</h1>
		<div class="article-meta">
			<span class="article-time"><i class="fa fa-clock-o"></i> {printed}</span>
			<div class="article-tools">
				<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={ha(url)}" target="_blank">Chia sẻ</a>
				<a class="zalo-share" href="javascript:;" data-href="{ha(url)}">Zalo</a>
				<a class="print" href="javascript:window.print();">In bài</a>
				<span class="font-size">Cỡ chữ <a href="javascript:;" data-size="-1">A-</a><a href="javascript:;" data-size="0">A</a><a href="javascript:;" data-size="1">A+</a></span>
			</div>
		</div>
		<div class="article-content" id="contentDetail">
{body_html}
		</div>
		<div class="article-tags"><span>Từ khóa:</span> <a href="https://{host}/tag/{slugify(a.section)}/">{h(a.section)}</a> <a href="https://{host}/tag/{slugify(site['short'])}/">{h(site['short'])}</a></div>
		<div class="box-comment">
			<div class="title-comment">Ý kiến bạn đọc ({len(cmts)})</div>
{cmt_html}
			<form class="form-comment" action="https://{host}/ajax/comment/" method="post">
				<textarea name="content" placeholder="Ý kiến của bạn..."></textarea>
				<input type="text" name="fullname" placeholder="Họ và tên" /><input type="text" name="email" placeholder="Email" />
				<button type="submit">Gửi bình luận</button>
			</form>
		</div>
	</article>
	<div class="box-same-category">
		<div class="box-title">Tin cùng chuyên mục</div>
{same}
	</div>
</div>
<aside class="col-md-4 col-sidebar">
	<div class="box-sidebar latest"><div class="box-title">Tin mới nhất</div><ul>
{latest}
	</ul></div>
	<div class="box-sidebar popular"><div class="box-title">Đọc nhiều</div><ul>
{popular}
	</ul></div>
	<div class="box-sidebar banner"><a href="https://dichvucong.gov.vn"><img src="https://{host}/uploads/banner/dvc.jpg" alt="Cổng dịch vụ công quốc gia" /></a></div>
</aside>
</div>
</main>
<footer class="footer">
	<div class="container">
		<p><strong>{site['name'].upper()} ĐIỆN TỬ</strong></p>
		<p>{site['licence']}</p>
		<p>{site['editor']}</p>
		<p>Địa chỉ: {site['addr']} - Điện thoại: {site['phone']} - Email: {site['email']}</p>
		<p>Ghi rõ nguồn "{site['name']}" khi phát hành lại thông tin từ website này.</p>
	</div>
</footer>
<script src="https://{host}/themes/default/js/jquery.min.js"></script>
<script src="https://{host}/themes/default/js/main.js?v=20240110"></script>
</body>
</html>
"""
    traps = ["related_box", "comments", "header_today", "sidebar_dates", "font_size", "share_print",
             "breadcrumb", "menu", "footer_contacts", "captions", "signature", "date_metadata",
             "modified_time_metadata", "unclosed_tags"]
    if host == "baohagiang.vn":
        traps.append("source_line")
    if a.lead:
        traps.append("lead_bold")
    return dict(page=page, printed=printed, precision="minute", url=url, traps=traps)


# --------------------------------------------------------------------------------------------
# layout 6: WordPress news theme (tuoitrehaugiang.vn)
# --------------------------------------------------------------------------------------------

WP_TODAY = date(2024, 9, 16)
WP_HOST = "https://tuoitrehaugiang.vn"


def wp_url(a: Art) -> str:
    return f"{WP_HOST}/{a.slug}/"


def render_wordpress(c: Ctx) -> dict:
    a = c.art
    url = wp_url(a)
    pid = num("wp" + a.key, 1200, 9800)
    printed = f"{dmy(a.published)} lúc {a.published.hour:02d}h{a.published.minute:02d}"
    modified = a.published + timedelta(days=num("wpmd" + a.key, 0, 3), hours=num("wpmh" + a.key, 1, 9))
    up = f"{WP_HOST}/wp-content/uploads/{a.published.year}/{a.published.month:02d}"
    seemore = c.nearest(1)[0]
    body = []
    if a.lead:
        body.append(f'<p><strong>{h(a.lead)}</strong></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            fn = basename(img, a, i)
            stem = fn.rsplit(".", 1)[0]
            body.append(f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="800" height="533" src="{up}/{fn}" alt="" class="wp-image-{pid + i + 1}" srcset="{up}/{fn} 800w, {up}/{stem}-300x200.jpg 300w, {up}/{stem}-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px" /><figcaption class="wp-element-caption">{h(text)}</figcaption></figure>')
        elif kind == "heading":
            body.append(f'<h2 class="wp-block-heading">{h(text)}</h2>')
        elif kind == "quote":
            body.append(f'<blockquote class="wp-block-quote"><p>{h(text)}</p></blockquote>')
        else:
            body.append(f'<p>{h(text)}</p>')
        if i == 0:
            body.append(f'<p><strong>Xem thêm: <a href="{ha(wp_url(seemore))}">{h(seemore.title)}</a></strong></p>')
    if a.author:
        body.append(f'<p class="has-text-align-right"><strong>{h(a.author)}</strong></p>')
    rp = c.nearest(4)[1:4]
    relposts = "\n".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{j}" data-post-id="{num("wp" + o.key, 1200, 9800)}" data-post-format="false">'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{ha(wp_url(o))}" title="{ha(o.title)}" rel="nofollow">{h(o.title)}</a></h4>'
        f'<p class="jp-relatedposts-post-date" style="display: block;">{dmy(o.published)}</p>'
        f'<p class="jp-relatedposts-post-context">Trong &quot;{h(o.section)}&quot;</p></div>'
        for j, o in enumerate(rp))
    body.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
                f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{pid}" class="share-facebook sd-button share-icon" href="{ha(url)}?share=facebook" target="_blank" title="Chia sẻ lên Facebook"><span>Facebook</span></a></li>'
                f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{ha(url)}?share=twitter" target="_blank" title="Nhấp để chia sẻ trên X"><span>X</span></a></li>'
                f'<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{ha(url)}#print" target="_blank" title="Nhấn để in ra"><span>In</span></a></li>'
                '<li class="share-end"></li></ul></div></div></div>')
    body.append(f'<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid ">\n{relposts}\n</div></div>')
    body_html = "\n".join(body)
    cmts = comments_for(a, "wp", 2 + c.idx % 3)
    cmt_items = []
    for j, (n, t, x) in enumerate(cmts):
        cid = pid * 10 + j
        cmt_items.append(
            f'<li id="comment-{cid}" class="comment {"even" if j % 2 == 0 else "odd alt"} thread-{"even" if j % 2 == 0 else "odd"} depth-1">\n'
            f'<article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta">\n<div class="comment-author vcard">'
            f'<img alt=\'\' src=\'https://secure.gravatar.com/avatar/{md5(n)}?s=32&#038;d=mm&#038;r=g\' class=\'avatar avatar-32 photo\' height=\'32\' width=\'32\' loading=\'lazy\' decoding=\'async\'/>'
            f'<b class="fn">{h(n)}</b> <span class="says">viết:</span></div>\n'
            f'<div class="comment-metadata"><a href="{ha(url)}#comment-{cid}"><time datetime="{iso(t)}">{dmy(t)} lúc {hm(t)}</time></a></div>\n</footer>\n'
            f'<div class="comment-content"><p>{h(x)}</p></div>\n'
            f'<div class="reply"><a rel=\'nofollow\' class=\'comment-reply-link\' href=\'#comment-{cid}\' data-commentid="{cid}" data-postid="{pid}" aria-label=\'Phản hồi đến {ha(n)}\'>Trả lời</a></div>\n</article>\n</li>')
    recent = "\n".join(f'<li><a href="{ha(wp_url(o))}">{h(o.title)}</a> <span class="post-date">{dmy(o.published)}</span></li>' for o in c.newest(5))
    rc = "\n".join(f'<li class="recentcomments"><span class="comment-author-link">{h(NAMES[(j * 3 + pid) % len(NAMES)])}</span> trong <a href="{ha(wp_url(o))}#comments">{h(o.title)}</a></li>' for j, o in enumerate(c.picks(3, "wprc")))
    prev_o, next_o = c.picks(2, "wpnav")
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "admin", "@id": WP_HOST + "/#/schema/person/1a2b3c"}, "headline": a.title,
         "datePublished": iso_utc(a.published), "dateModified": iso_utc(modified),
         "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in a.parts()),
         "commentCount": len(cmts), "publisher": {"@id": WP_HOST + "/#organization"},
         "articleSection": [a.section], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a.title} - Tuổi trẻ Hậu Giang",
         "isPartOf": {"@id": WP_HOST + "/#website"}, "datePublished": iso_utc(a.published), "dateModified": iso_utc(modified),
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": WP_HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": a.title}]},
    ]}
    page = f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v21.8 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{h(a.title)} - Tuổi trẻ Hậu Giang</title>
	<link rel="canonical" href="{ha(url)}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{ha(a.title)} - Tuổi trẻ Hậu Giang" />
	<meta property="og:url" content="{ha(url)}" />
	<meta property="og:site_name" content="Tuổi trẻ Hậu Giang" />
	<meta property="article:published_time" content="{iso_utc(a.published)}" />
	<meta property="article:modified_time" content="{iso_utc(modified)}" />
	<meta name="author" content="admin" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="admin" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="Dòng thông tin Tuổi trẻ Hậu Giang &raquo;" href="{WP_HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Tuổi trẻ Hậu Giang &raquo; {ha(a.title)} Dòng phản hồi" href="{ha(url)}feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{WP_HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;}}
</style>
<link rel='stylesheet' id='newsmag-style-css' href='{WP_HOST}/wp-content/themes/newsmag/style.css?ver=2.4.4' media='all' />
<script src="{WP_HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{WP_HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{WP_HOST}/wp-json/wp/v2/posts/{pid}" />
<link rel='shortlink' href='{WP_HOST}/?p={pid}' />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive right-sidebar">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
	<div class="top-bar"><div class="container">
		<span class="top-date">{WD_WORD[WP_TODAY.weekday()]}, {WP_TODAY.day} {MONTH_WORD[WP_TODAY.month - 1]}, {WP_TODAY.year}</span>
		<ul id="top-menu" class="menu"><li id="menu-item-21" class="menu-item"><a href="{WP_HOST}/gioi-thieu/">Giới thiệu</a></li><li id="menu-item-22" class="menu-item"><a href="{WP_HOST}/lien-he/">Liên hệ</a></li></ul>
	</div></div>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<a href="{WP_HOST}/" class="custom-logo-link" rel="home"><img width="300" height="90" src="{WP_HOST}/wp-content/uploads/2021/03/logo-tuoi-tre-hau-giang.png" class="custom-logo" alt="Tuổi trẻ Hậu Giang" decoding="async" /></a>
			<p class="site-title"><a href="{WP_HOST}/" rel="home">Tuổi trẻ Hậu Giang</a></p>
			<p class="site-description">Cổng thông tin của Đoàn TNCS Hồ Chí Minh tỉnh Hậu Giang</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-main-container"><ul id="primary-menu" class="menu">
<li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-home menu-item-11"><a href="{WP_HOST}/">Trang chủ</a></li>
<li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-12"><a href="{WP_HOST}/category/tin-tuc/">Tin tức</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="{WP_HOST}/category/cai-cach-hanh-chinh/">Cải cách hành chính</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="{WP_HOST}/category/thanh-nien-khoi-nghiep/">Thanh niên khởi nghiệp</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-15"><a href="{WP_HOST}/category/tinh-nguyen/">Tình nguyện</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-16"><a href="{WP_HOST}/category/van-ban/">Văn bản</a></li>
</ul></div>
		</nav>
	</header>

	<div id="content" class="site-content">
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span><a href="{WP_HOST}/">Trang chủ</a></span> &raquo; <span><a href="{WP_HOST}/category/tin-tuc/">Tin tức</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{h(a.title)}</span></div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(a.section)}">
	<header class="entry-header">
		<div class="cat-links"><a href="{WP_HOST}/category/{slugify(a.section)}/" rel="category tag">{h(a.section)}</a></div>
		<h1 class="entry-title">{h(a.title)}</h1>
		<div class="entry-meta">
			<span class="posted-on"><i class="fa fa-clock-o"></i> <a href="{ha(url)}" rel="bookmark"><time class="entry-date published" datetime="{iso(a.published)}">{printed}</time><time class="updated" datetime="{iso(modified)}">{dmy(modified)}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{WP_HOST}/author/admin/">admin</a></span></span>
			<span class="comments-link"><i class="fa fa-comment-o"></i> <a href="{ha(url)}#comments">{len(cmts)} bình luận</a></span>
			<span class="post-views"><i class="fa fa-eye"></i> {vn_int(num('wpv' + a.key, 90, 3900))} lượt xem</span>
		</div>
	</header><!-- .entry-header -->

	<div class="entry-content">
{body_html}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		<span class="tags-links">Thẻ <a href="{WP_HOST}/tag/{slugify(a.section)}/" rel="tag">{h(a.section)}</a>, <a href="{WP_HOST}/tag/hau-giang/" rel="tag">Hậu Giang</a></span>
	</footer><!-- .entry-footer -->
</article><!-- #post-{pid} -->

	<nav class="navigation post-navigation" aria-label="Bài viết">
		<h2 class="screen-reader-text">Điều hướng bài viết</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{ha(wp_url(prev_o))}" rel="prev"><span class="meta-nav">Bài trước</span> {h(prev_o.title)}</a></div><div class="nav-next"><a href="{ha(wp_url(next_o))}" rel="next"><span class="meta-nav">Bài tiếp theo</span> {h(next_o.title)}</a></div></div>
	</nav>
<div id="comments" class="comments-area">
	<h2 class="comments-title">{len(cmts)} bình luận về &ldquo;{h(a.title)}&rdquo;</h2>
	<ol class="comment-list">
{chr(10).join(cmt_items)}
	</ol><!-- .comment-list -->
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{ha(url)}#respond" style="display:none;">Hủy</a></small></h3>
		<form action="{WP_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
			<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
			<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
			<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
			<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
			<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
			<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p>
		</form>
	</div><!-- #respond -->
</div><!-- #comments -->
		</main><!-- #main -->
	</div><!-- #primary -->

<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{WP_HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{recent}
	</ul></section>
	<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Bình luận gần đây</h2><ul id="recentcomments">
{rc}
	</ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>
<li><a href="{WP_HOST}/{WP_TODAY.year}/{WP_TODAY.month:02d}/">{MONTH_WORD[WP_TODAY.month - 1]} {WP_TODAY.year}</a></li>
<li><a href="{WP_HOST}/{WP_TODAY.year}/{WP_TODAY.month - 1:02d}/">{MONTH_WORD[WP_TODAY.month - 2]} {WP_TODAY.year}</a></li>
<li><a href="{WP_HOST}/{a.published.year}/{a.published.month:02d}/">{MONTH_WORD[a.published.month - 1]} {a.published.year}</a></li>
	</ul></section>
	<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>{MONTH_WORD[WP_TODAY.month - 1]} {WP_TODAY.year}</caption>
<thead><tr><th scope="col" title="Thứ Hai">H</th><th scope="col" title="Thứ Ba">B</th><th scope="col" title="Thứ Tư">T</th><th scope="col" title="Thứ Năm">N</th><th scope="col" title="Thứ Sáu">S</th><th scope="col" title="Thứ Bảy">B</th><th scope="col" title="Chủ Nhật">C</th></tr></thead>
<tbody><tr><td colspan="6" class="pad">&nbsp;</td><td>1</td></tr><tr><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr><tr><td>9</td><td>10</td><td>11</td><td>12</td><td>13</td><td>14</td><td>15</td></tr><tr><td id="today">16</td><td>17</td><td>18</td><td>19</td><td>20</td><td>21</td><td>22</td></tr></tbody></table></div></section>
</aside><!-- #secondary -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<p><strong>TỈNH ĐOÀN HẬU GIANG</strong> - Địa chỉ: Số 02 đường Trần Hưng Đạo, phường 5, TP. Vị Thanh, tỉnh Hậu Giang</p>
			<p>Điện thoại: 0293.3876.525 - Email: tinhdoanhaugiang@gmail.com</p>
			<p>&copy; {WP_TODAY.year} Tuổi trẻ Hậu Giang. Vận hành bởi <a href="https://wordpress.org/">WordPress</a> | Giao diện: Newsmag.</p>
		</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
<script id="newsmag-navigation-js" src="{WP_HOST}/wp-content/themes/newsmag/js/navigation.js?ver=2.4.4"></script>
<script src="{WP_HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>
"""
    traps = ["related_box", "comments", "header_today", "sidebar_dates", "share_print", "breadcrumb", "menu",
             "footer_contacts", "captions", "signature", "view_count", "date_metadata_utc",
             "modified_time_metadata", "modified_date_printed", "title_repeated", "calendar_widget",
             "heading_in_body_trap"]
    return dict(page=page, printed=printed, precision="minute", url=url, traps=traps)


# --------------------------------------------------------------------------------------------
# layout 7: old ASP.NET portal, font tags, all pages in windows-1258 (sonoivu.travinh.gov.vn)
# --------------------------------------------------------------------------------------------

AO_TODAY = date(2024, 9, 10)


def ao_url(a: Art) -> str:
    return f"http://sonoivu.travinh.gov.vn/NewsDetail.aspx?NewsID={num('ao' + a.key, 1000, 9999)}&CatID={num('aoc' + a.section, 2, 30)}"


def render_aspnet_old(c: Ctx) -> dict:
    a = c.art
    t = a.published
    printed = f"{WD_NUM[t.weekday()]}, {dmy(t, '.')} | {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    nid = num("ao" + a.key, 1000, 9999)
    cat = num("aoc" + a.section, 2, 30)
    body = []
    ind = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    if a.lead:
        body.append(f"<b>{h(a.lead)}</b><br><br>")
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            body.append(f'<div align="center"><img src="Upload/News/{t.year}/{t.month}/{basename(img, a, i)}" border="0" width="450"><br>'
                        f'<font color="#0000ff" size="2"><i>{h(text)}</i></font></div><br>')
        elif kind == "heading":
            body.append(f"<b>{h(text)}</b><br><br>")
        elif kind == "quote":
            body.append(f"{ind}<i>{h(text)}</i><br><br>")
        else:
            body.append(f"{ind}{h(text)}<br><br>")
    if a.author:
        body.append(f'<div align="right"><b>{h(a.author)}</b></div>')
    body_html = "\n".join(body)
    cmts = comments_for(a, "ao", 1 + c.idx % 3)
    cmt_html = "\n".join(
        f'<tr><td class="cmt"><font face="Arial" size="2"><b>{h(n)}</b> - <font color="#808080">{dmy(tt)} {hm(tt)}</font><br>{h(x)}</font></td></tr>'
        for n, tt, x in cmts)
    others = "\n".join(
        f'<tr><td><img src="images/arrow.gif" border="0">&nbsp;<a href="NewsDetail.aspx?NewsID={num("ao" + o.key, 1000, 9999)}&amp;CatID={num("aoc" + o.section, 2, 30)}" class="linkTinKhac">{h(o.title)}</a> <font color="#808080" size="1">({dmy(o.published)})</font></td></tr>'
        for o in c.nearest(6))
    hot = "\n".join(
        f'<tr><td><font face="Arial" size="2">&raquo; <a href="NewsDetail.aspx?NewsID={num("ao" + o.key, 1000, 9999)}">{h(o.title)}</a></font> <font size="1" color="#999999">[{dmy(o.published, "-")}]</font></td></tr>'
        for o in c.picks(5, "aohot"))
    vs = base64.b64encode(hashlib.sha256(("aovs" + a.key).encode()).digest() * 6).decode()
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
	<HEAD>
		<meta charset="windows-1258">
		<title>{h(a.title)}</title>
		<meta content="Microsoft Visual Studio .NET 7.1" name="GENERATOR">
		<meta content="C#" name="CODE_LANGUAGE">
		<meta content="JavaScript" name="vs_defaultClientScript">
		<meta name="keywords" content="So Noi vu Tra Vinh, cai cach hanh chinh, to chuc bo may">
		<LINK href="Styles/Style.css" type="text/css" rel="stylesheet">
		<script language="javascript" src="js/common.js"></script>
		<script language="javascript">
		function PrintNews(id) {{ window.open('PrintNews.aspx?NewsID=' + id, 'print', 'width=700,height=600,scrollbars=yes'); }}
		</script>
	</HEAD>
	<body bgColor="#ffffff" leftMargin="0" topMargin="0" MS_POSITIONING="GridLayout">
		<form name="Form1" method="post" action="NewsDetail.aspx?NewsID={nid}&amp;CatID={cat}" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="dDwtMTk{vs}" />

			<TABLE id="Table1" cellSpacing="0" cellPadding="0" width="980" align="center" border="0">
				<TR>
					<TD colspan="3"><IMG src="images/banner.jpg" width="980" height="150" alt="SO NOI VU TINH TRA VINH"></TD>
				</TR>
				<TR>
					<TD colspan="3" bgColor="#0066cc" height="26">
						<table width="100%" cellpadding="0" cellspacing="0"><tr>
						<td><font face="Arial" size="2" color="#ffffff"><b>&nbsp;{WD_NUM[AO_TODAY.weekday()]}, {AO_TODAY.day}/{AO_TODAY.month}/{AO_TODAY.year}</b></font></td>
						<td align="right"><a href="Default.aspx" class="menuTop"><font color="#ffffff">Trang chủ</font></a> <font color="#ffffff">|</font> <a href="GioiThieu.aspx" class="menuTop"><font color="#ffffff">Giới thiệu</font></a> <font color="#ffffff">|</font> <a href="NewsList.aspx?CatID=2" class="menuTop"><font color="#ffffff">Tin tức</font></a> <font color="#ffffff">|</font> <a href="VanBan.aspx" class="menuTop"><font color="#ffffff">Văn bản</font></a> <font color="#ffffff">|</font> <a href="HoiDap.aspx" class="menuTop"><font color="#ffffff">Hỏi đáp</font></a> <font color="#ffffff">|</font> <a href="LienHe.aspx" class="menuTop"><font color="#ffffff">Liên hệ</font></a>&nbsp;</td>
						</tr></table>
					</TD>
				</TR>
				<TR>
					<TD vAlign="top" width="190" bgColor="#eef3fb">
						<table width="100%" cellpadding="3" cellspacing="0" border="0">
							<tr><td bgcolor="#3366cc"><font face="Arial" size="2" color="#ffffff"><b>DANH MỤC</b></font></td></tr>
							<tr><td><a href="NewsList.aspx?CatID=2">&raquo; Tin hoạt động</a>
							<tr><td><a href="NewsList.aspx?CatID=5">&raquo; Cải cách hành chính</a>
							<tr><td><a href="NewsList.aspx?CatID=7">&raquo; Tổ chức bộ máy</a>
							<tr><td><a href="NewsList.aspx?CatID=9">&raquo; Thi đua - Khen thưởng</a>
							<tr><td><a href="NewsList.aspx?CatID=11">&raquo; Văn thư - Lưu trữ</a>
							<tr><td bgcolor="#3366cc"><font face="Arial" size="2" color="#ffffff"><b>TIN ĐỌC NHIỀU</b></font></td></tr>
{hot}
						</table>
					</TD>
					<TD vAlign="top" width="600" style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px">
						<font face="Arial" size="2"><a href="Default.aspx">Trang chủ</a> &raquo; <a href="NewsList.aspx?CatID={cat}">{h(a.section)}</a></font>
						<table width="100%" cellpadding="0" cellspacing="0" border="0">
							<tr><td height="8"></td></tr>
							<tr><td><span id="lblTitle" class="TieuDe"><font face="Arial" color="#003399" size="4"><b>{h(a.title)}</b></font></span></td></tr>
							<tr><td><span id="lblNgay"><font face="Arial" size="1" color="#808080"><i>{printed}</i></font></span>&nbsp;&nbsp;<span id="lblLuotXem"><font face="Arial" size="1" color="#808080">Lượt xem: {num('aov' + a.key, 50, 3000)}</font></span></td></tr>
							<tr><td height="6"></td></tr>
							<tr><td style="TEXT-ALIGN: justify"><div id="NoiDung"><font face="Times New Roman" size="3">
{body_html}
</font></div></td></tr>
							<tr><td align="right"><font face="Arial" size="1"><a href="javascript:PrintNews({nid})">[In trang]</a> <a href="GuiEmail.aspx?NewsID={nid}">[Gửi email]</a> <a href="#">[Về đầu trang]</a></font></td></tr>
						</table>
						<table width="100%" cellpadding="4" cellspacing="0" border="0" style="BORDER-TOP: #3366cc 1px solid; MARGIN-TOP: 8px">
							<tr><td bgcolor="#eef3fb"><font face="Arial" size="2" color="#003399"><b>Ý KIẾN BẠN ĐỌC</b></font></td></tr>
{cmt_html}
						</table>
						<table width="100%" cellpadding="2" cellspacing="0" border="0" style="MARGIN-TOP: 8px">
							<tr><td><font face="Arial" size="2" color="#cc0000"><b>Các tin khác:</b></font></td></tr>
{others}
						</table>
					</TD>
					<TD vAlign="top" width="190" bgColor="#eef3fb">
						<table width="100%" cellpadding="3" cellspacing="0" border="0">
							<tr><td bgcolor="#3366cc"><font face="Arial" size="2" color="#ffffff"><b>LIÊN KẾT</b></font></td></tr>
							<tr><td align="center"><a href="http://www.travinh.gov.vn"><img src="images/lk_ubnd.jpg" border="0" alt="UBND tinh Tra Vinh"></a></td></tr>
							<tr><td align="center"><a href="https://dichvucong.travinh.gov.vn"><img src="images/lk_dvc.jpg" border="0" alt="Dich vu cong"></a></td></tr>
							<tr><td bgcolor="#3366cc"><font face="Arial" size="2" color="#ffffff"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
							<tr><td><font face="Arial" size="2">Đang truy cập: {num('aoo' + a.key, 3, 40)}<br>Tổng lượt truy cập: {vn_int(num('aot' + a.key, 400000, 900000))}</font></td></tr>
						</table>
					</TD>
				</TR>
				<TR>
					<TD colspan="3" bgColor="#0066cc" align="center" style="PADDING: 6px">
						<font face="Arial" size="2" color="#ffffff"><b>SỞ NỘI VỤ TỈNH TRÀ VINH</b><br>
						Địa chỉ: Số 20 Nguyễn Thái Học, Phường 1, TP. Trà Vinh, tỉnh Trà Vinh<br>
						Điện thoại: (0294) 3862.447 - Fax: (0294) 3862.448 - Email: sonoivu@travinh.gov.vn<br>
						Chịu trách nhiệm: Giám đốc Sở Nội vụ. Thiết kế bởi Trung tâm CNTT&amp;TT Trà Vinh</font>
					</TD>
				</TR>
			</TABLE>
		</form>
	</body>
</HTML>
"""
    traps = ["cp1258", "header_today", "comments", "sidebar_dates", "title_og_only", "view_count",
             "share_print", "breadcrumb", "menu", "footer_contacts", "captions", "signature",
             "no_date_metadata", "br_paragraphs", "nbsp_indent", "font_tags", "visit_counter", "unclosed_tags"]
    if a.lead:
        traps.append("lead_bold")
    return dict(page=page, printed=printed, precision="second", encoding="windows-1258", traps=traps)


# --------------------------------------------------------------------------------------------
# layout 8: Joomla 3 (snv.kontum.gov.vn)
# --------------------------------------------------------------------------------------------

JM_TODAY = date(2024, 10, 2)
JM_HOST = "https://snv.kontum.gov.vn"


def jm_url(a: Art) -> str:
    return f"{JM_HOST}/index.php/tin-tuc/{slugify(a.section)}/{num('jm' + a.key, 100, 3999)}-{a.slug}"


def render_joomla(c: Ctx) -> dict:
    a = c.art
    t = a.published
    url = jm_url(a)
    printed = f"Ngày đăng: {dmy(t, '-')} {hm(t)}"
    modified = t + timedelta(days=num("jmd" + a.key, 1, 6), hours=num("jmh" + a.key, 0, 5), minutes=num("jmm" + a.key, 1, 50))
    mod_printed = f"Cập nhật lần cuối: {dmy(modified, '-')} {hm(modified)}"
    body = []
    if a.lead:
        body.append(f'<p style="text-align: justify;"><strong>{h(a.lead)}</strong></p>')
    for i, (kind, text, img) in enumerate(a.blocks):
        if kind == "figure":
            body.append(f'<p style="text-align: center;"><img src="images/tintuc/{t.year}/{t.month:02d}/{basename(img, a, i)}" alt="{ha(basename(img, a, i))}" width="600" height="400" /></p>\n'
                        f'<p style="text-align: center;"><em>{h(text)}</em></p>')
        elif kind == "heading":
            body.append(f'<h3>{h(text)}</h3>')
        elif kind == "quote":
            body.append(f'<blockquote><p>{h(text)}</p></blockquote>')
        else:
            body.append(f'<p style="text-align: justify;">{h(text)}</p>')
        if i == 0 and len(a.blocks) > 2:
            body.append('<hr id="system-readmore" />')
    if a.author:
        body.append(f'<p style="text-align: right;"><strong>{h(a.author)}</strong></p>')
    body_html = "\n".join(body)
    latest = "\n".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{ha(jm_url(o))}" itemprop="url"><span itemprop="name">{h(o.title)}</span></a> <span class="mod-articles-date">{dmy(o.published)}</span></li>' for o in c.newest(5))
    popular = "\n".join(f'<li><a href="{ha(jm_url(o))}">{h(o.title)}</a> <small>({num("jmp" + o.key, 300, 5000)} lượt xem)</small></li>' for o in c.picks(4, "jmpop"))
    more = "\n".join(f'<li><a href="{ha(jm_url(o))}">{h(o.title)}</a> <span class="date">- {dmy(o.published, "-")}</span></li>' for o in c.nearest(5))
    prev_o, next_o = c.picks(2, "jmnav")
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{ha(url)}" />
	<meta name="keywords" content="Sở Nội vụ Kon Tum, cải cách hành chính, công chức, viên chức" />
	<meta name="rights" content="Sở Nội vụ tỉnh Kon Tum" />
	<meta name="author" content="{ha(a.author or 'Quản trị')}" />
	<meta name="description" content="Cổng thông tin điện tử Sở Nội vụ tỉnh Kon Tum" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{h(a.title)}</title>
	<link href="/templates/snvkontum/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?{md5('jmv')[:32]}" rel="stylesheet" />
	<link href="/templates/snvkontum/css/template.css?{md5('jmv')[:32]}" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{md5('csrf', a.key)}","system.paths":{{"root":"","base":""}}}}</script>
	<script src="/media/jui/js/jquery.min.js?{md5('jmv')[:32]}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{md5('jmv')[:32]}"></script>
	<script src="/media/system/js/caption.js?{md5('jmv')[:32]}"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{num('jmi' + a.section, 110, 180)}">
	<div class="body" id="top">
		<div class="container">
			<div class="top-header">
				<div class="ngay-hien-tai">{WD_SHORT[JM_TODAY.weekday()]}, {dmy(JM_TODAY)}</div>
				<div class="top-links"><a href="/index.php/lien-he">Liên hệ</a> | <a href="/index.php/so-do-trang">Sơ đồ trang</a></div>
			</div>
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="{JM_HOST}/images/banner/banner-snv.png" alt="Sở Nội vụ tỉnh Kon Tum" /></a>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt menu</span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php" >Trang chủ</a></li><li class="item-102 deeper parent"><a href="/index.php/gioi-thieu" >Giới thiệu</a><ul class="nav-child unstyled small"><li class="item-103"><a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu" >Chức năng, nhiệm vụ</a></li><li class="item-104"><a href="/index.php/gioi-thieu/co-cau-to-chuc" >Cơ cấu tổ chức</a></li></ul></li><li class="item-110 active deeper parent"><a href="/index.php/tin-tuc" >Tin tức</a><ul class="nav-child unstyled small"><li class="item-111"><a href="/index.php/tin-tuc/cai-cach-hanh-chinh" >Cải cách hành chính</a></li><li class="item-112"><a href="/index.php/tin-tuc/tin-hoat-dong" >Tin hoạt động</a></li></ul></li><li class="item-120"><a href="/index.php/van-ban" >Văn bản</a></li><li class="item-130"><a href="/index.php/thu-tuc-hanh-chinh" >Thủ tục hành chính</a></li><li class="item-140"><a href="/index.php/lien-he" >Liên hệ</a></li></ul>
				</div>
			</nav>
			<div class="moduletable">
<div aria-label="Breadcrumbs" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
					<li>Bạn đang ở: &#160;</li>
						<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> <img src="/media/system/images/arrow.png" alt="" /> </span><meta itemprop="position" content="1"></li>
						<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc/{slugify(a.section)}" class="pathway"><span itemprop="name">{h(a.section)}</span></a><span class="divider"> <img src="/media/system/images/arrow.png" alt="" /> </span><meta itemprop="position" content="2"></li>
						<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{h(a.title)}</span><meta itemprop="position" content="3"></li>
				</ul>
</div>
			</div>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container"></div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">{h(a.title)}</h2>
	</div>
	<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{num('jm' + a.key, 100, 3999)}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{num('jm' + a.key, 100, 3999)}">
				<li class="print-icon"><a href="{ha(url)}?tmpl=component&amp;print=1" title="In bài viết &lt; {ha(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
				<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=snvkontum&amp;link={md5('mail', a.key)}" title="Gửi email liên kết này cho một người bạn" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li>
			</ul>
		</div>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{h(a.author or 'Quản trị')}</span></dd>
		<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc/{slugify(a.section)}" itemprop="genre">{h(a.section)}</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(t)}" itemprop="datePublished">{printed}</time></dd>
		<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(modified)}" itemprop="dateModified">{mod_printed}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{num('jmv' + a.key, 40, 6000)}" />Lượt xem: {num('jmv' + a.key, 40, 6000)}</dd>
	</dl>
	<div class="fontsize-tool">Cỡ chữ: <a href="javascript:void(0);" onclick="changeFontSize(-1)">A-</a> <a href="javascript:void(0);" onclick="revertStyles()">A</a> <a href="javascript:void(0);" onclick="changeFontSize(1)">A+</a></div>
	<div itemprop="articleBody">
{body_html}
	</div>
	<ul class="pager pagenav">
		<li class="previous"><a class="hasTooltip" title="{ha(prev_o.title)}" aria-label="Bài trước: {ha(prev_o.title)}" href="{ha(jm_url(prev_o))}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>
		<li class="next"><a class="hasTooltip" title="{ha(next_o.title)}" aria-label="Bài tiếp theo: {ha(next_o.title)}" href="{ha(jm_url(next_o))}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
	</ul>
					</div>
					<div class="moduletable items-more-mod">
						<h3>Các tin khác</h3>
						<ul class="relateditems mod-list">
{more}
						</ul>
					</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Tin mới nhất</h3><ul class="latestnews mod-list">
{latest}
					</ul></div>
					<div class="well "><h3 class="page-header">Xem nhiều nhất</h3><ul class="mostread mod-list">
{popular}
					</ul></div>
					<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcounter">Hôm nay: {num('jmt' + a.key, 100, 900)}<br />Hôm qua: {num('jmy' + a.key, 100, 900)}<br />Tổng cộng: {vn_int(num('jmc' + a.key, 900000, 1500000))}</div></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p><strong>SỞ NỘI VỤ TỈNH KON TUM</strong></p>
			<p>Địa chỉ: 364 Bà Triệu, phường Quyết Thắng, TP. Kon Tum, tỉnh Kon Tum - Điện thoại: 0260.3862.370 - Email: sonoivu@kontum.gov.vn</p>
			<p>Giấy phép số 09/GP-STTTT ngày 22/03/2017 của Sở Thông tin và Truyền thông tỉnh Kon Tum</p>
			<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
		</div>
	</footer>
</body>
</html>
"""
    traps = ["header_today", "sidebar_dates", "title_in_h2", "view_count", "share_print", "font_size",
             "breadcrumb", "menu", "footer_contacts", "captions", "signature", "date_metadata",
             "modified_date_printed", "visit_counter", "author_before_body", "base_href_self"]
    if a.lead:
        traps.append("lead_bold")
    return dict(page=page, printed=printed, precision="minute", url=url, traps=traps)


# --------------------------------------------------------------------------------------------
# layout 9: Angular SSR page, paragraphs as bare <div>s (www.kiengiang.gov.vn)
# --------------------------------------------------------------------------------------------

SPA_HOST = "https://www.kiengiang.gov.vn"


def spa_url(a: Art) -> str:
    return f"{SPA_HOST}/tin-tuc/chi-tiet/{num('spa' + a.key, 20000, 89999)}/{a.slug}"


def render_spa(c: Ctx) -> dict:
    a = c.art
    t = a.published
    url = spa_url(a)
    printed = f"{t.hour} giờ {t.minute:02d} phút, ngày {t.day}/{t.month}/{t.year}"
    nid = num("spa" + a.key, 20000, 89999)
    ng = "_ngcontent-kgp-c41"
    rel = c.nearest(3)
    rel_html = (f'<div {ng}="" class="related-inline"><div {ng}="" class="related-title">Tin liên quan</div>'
                + "".join(f'<div {ng}="" class="related-item"><a {ng}="" href="/tin-tuc/chi-tiet/{num("spa" + o.key, 20000, 89999)}/{o.slug}">{h(o.title)}</a> <span {ng}="" class="related-date">{dmy(o.published)}</span></div>' for o in rel)
                + "</div>")
    body = []
    insert_at = min(2, len(a.blocks) - 1)
    for i, (kind, text, img) in enumerate(a.blocks):
        if i == insert_at:
            body.append(rel_html)
        if kind == "figure":
            body.append(f'<div class="image-box"><img src="https://cdn.kiengiang.gov.vn/media/{t.year}/{t.month:02d}/{basename(img, a, i)}" alt="" loading="lazy"><div class="image-caption">{h(text)}</div></div>')
        elif kind == "heading":
            body.append(f'<div class="sub-heading"><b>{h(text)}</b></div>')
        elif kind == "quote":
            body.append(f'<div class="quote"><i>{h(text)}</i></div>')
        else:
            body.append(f'<div>{h(text)}</div>')
    if a.author:
        sig = f"{a.author} (nbtv.vn)" if a.portal == "nbtv" else a.author
        body.append(f'<div style="text-align:right"><b>{h(sig)}</b></div>')
    body_html = "\n".join(body)
    cmts = comments_for(a, "spa", 1 + c.idx % 3)
    cmt_html = "\n".join(
        f'<div _ngcontent-kgp-c55="" class="comment-item"><div _ngcontent-kgp-c55="" class="cmt-head"><span _ngcontent-kgp-c55="" class="cmt-name">{h(n)}</span><span _ngcontent-kgp-c55="" class="cmt-time">{dmy(tt)} {hm(tt)}</span></div><div _ngcontent-kgp-c55="" class="cmt-text">{h(x)}</div></div>'
        for n, tt, x in cmts)
    side = "\n".join(
        f'<div _ngcontent-kgp-c60="" class="side-item"><a _ngcontent-kgp-c60="" href="/tin-tuc/chi-tiet/{num("spa" + o.key, 20000, 89999)}/{o.slug}">{h(o.title)}</a><div _ngcontent-kgp-c60="" class="side-date">{hm(o.published)} {dmy(o.published)}</div></div>'
        for o in c.newest(5))
    modified = t + timedelta(hours=num("spam" + a.key, 1, 30))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "url": url, "datePublished": iso_utc(t, z=True, millis=True), "dateModified": iso_utc(modified, z=True, millis=True),
          "author": [{"@type": "Person", "name": a.author or "Ban biên tập"}],
          "publisher": {"@type": "GovernmentOrganization", "name": "Cổng thông tin điện tử tỉnh Kiên Giang"}}
    state = {"news-detail-" + str(nid): {"id": nid, "title": a.title, "slug": a.slug,
                                        "publishedDate": iso_utc(t, z=True, millis=True), "viewCount": num("spav" + a.key, 100, 9000),
                                        "categoryName": a.section}}
    state_s = json.dumps(state, ensure_ascii=False).replace('"', "&q;")
    lead_html = (f'<div {ng}="" class="news-sapo"><h2 {ng}="" class="sapo">{h(a.lead)}</h2></div>' if a.lead else "")
    page = f"""<!DOCTYPE html><html lang="vi"><head>
  <meta charset="utf-8">
  <title>{h(a.title)} | Cổng thông tin điện tử tỉnh Kiên Giang</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
<style>@font-face{{font-family:'Roboto';font-style:normal;font-weight:400;src:url(https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu72xKOzY.woff2) format('woff2');}}</style>
<link rel="stylesheet" href="styles.3f2a1b9c8d7e6f5a.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.3f2a1b9c8d7e6f5a.css"></noscript>
<meta property="og:title" content="{ha(a.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{ha(url)}"><meta property="og:image" content="https://cdn.kiengiang.gov.vn/media/{t.year}/{t.month:02d}/{basename(next((b[2] for b in a.blocks if b[0] == 'figure'), None), a, 0)}"><meta name="description" content="{ha((a.lead or a.blocks[0][1])[:180])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style ng-transition="kgportal">.news-detail[_ngcontent-kgp-c41]{{padding:12px 0}}.news-title[_ngcontent-kgp-c41]{{font-size:26px;font-weight:700;color:#0b4ea2;line-height:1.35}}.sapo[_ngcontent-kgp-c41]{{font-size:16px;font-weight:700}}</style></head>
<body><app-root _nghost-kgp-c10="" ng-version="15.2.9"><app-header _ngcontent-kgp-c10="" _nghost-kgp-c12=""><div _ngcontent-kgp-c12="" class="header"><div _ngcontent-kgp-c12="" class="header-top"><a _ngcontent-kgp-c12="" routerlink="/" href="/"><img _ngcontent-kgp-c12="" src="assets/images/logo-kg.png" alt="Cổng thông tin điện tử tỉnh Kiên Giang"></a><div _ngcontent-kgp-c12="" class="header-tools"><a _ngcontent-kgp-c12="" href="/lien-he">Liên hệ</a><a _ngcontent-kgp-c12="" href="/so-do-cong">Sơ đồ cổng</a><a _ngcontent-kgp-c12="" href="https://dichvucong.kiengiang.gov.vn">Dịch vụ công</a></div></div><nav _ngcontent-kgp-c12="" class="main-nav"><a _ngcontent-kgp-c12="" routerlink="/" href="/">Trang chủ</a><a _ngcontent-kgp-c12="" href="/gioi-thieu">Giới thiệu</a><a _ngcontent-kgp-c12="" href="/tin-tuc" class="active">Tin tức - Sự kiện</a><a _ngcontent-kgp-c12="" href="/chinh-quyen">Chính quyền</a><a _ngcontent-kgp-c12="" href="/cong-dan">Công dân</a><a _ngcontent-kgp-c12="" href="/doanh-nghiep">Doanh nghiệp</a><a _ngcontent-kgp-c12="" href="/du-khach">Du khách</a></nav></div></app-header><router-outlet _ngcontent-kgp-c10=""></router-outlet><app-news-detail _nghost-kgp-c41=""><div {ng}="" class="container"><div {ng}="" class="row"><div {ng}="" class="col-lg-8"><div {ng}="" class="news-detail">
<div {ng}="" class="breadcrumb-nav"><a {ng}="" routerlink="/" href="/">Trang chủ</a><span {ng}="">/</span><a {ng}="" href="/tin-tuc">Tin tức - Sự kiện</a><span {ng}="">/</span><a {ng}="" href="/tin-tuc/{slugify(a.section)}">{h(a.section)}</a></div>
<div {ng}="" class="news-title">{h(a.title)}</div>
<div {ng}="" class="news-meta"><span {ng}="" class="news-date"><i {ng}="" class="far fa-clock"></i> {printed}</span><span {ng}="" class="news-view"><i {ng}="" class="far fa-eye"></i> {vn_int(num('spav' + a.key, 100, 9000))}</span><span {ng}="" class="news-tools"><a {ng}="" href="javascript:;" title="Giảm cỡ chữ">A-</a><a {ng}="" href="javascript:;" title="Tăng cỡ chữ">A+</a><a {ng}="" href="javascript:;" title="In bài viết"><i {ng}="" class="fas fa-print"></i></a><a {ng}="" href="javascript:;" title="Nghe đọc bài"><i {ng}="" class="fas fa-volume-up"></i> Nghe đọc bài</a></span></div>
{lead_html}
<div {ng}="" class="news-content"><div class="content-body">
{body_html}
</div></div>
<div {ng}="" class="news-share"><span {ng}="">Chia sẻ:</span><a {ng}="" href="https://www.facebook.com/sharer/sharer.php?u={ha(url)}" target="_blank">Facebook</a><a {ng}="" href="https://zalo.me/share?u={ha(url)}" target="_blank">Zalo</a><a {ng}="" href="javascript:;">Sao chép liên kết</a></div>
<app-comments _ngcontent-kgp-c41="" _nghost-kgp-c55=""><div _ngcontent-kgp-c55="" class="comments"><div _ngcontent-kgp-c55="" class="comments-title">Bình luận ({len(cmts)})</div>
{cmt_html}
<div _ngcontent-kgp-c55="" class="comment-form"><textarea _ngcontent-kgp-c55="" placeholder="Nhập nội dung bình luận..."></textarea><input _ngcontent-kgp-c55="" placeholder="Họ tên"><button _ngcontent-kgp-c55="" type="button">Gửi bình luận</button></div></div></app-comments>
</div></div><div {ng}="" class="col-lg-4"><app-sidebar _ngcontent-kgp-c41="" _nghost-kgp-c60=""><div _ngcontent-kgp-c60="" class="side-box"><div _ngcontent-kgp-c60="" class="side-title">Tin mới nhất</div>
{side}
</div><div _ngcontent-kgp-c60="" class="side-box"><div _ngcontent-kgp-c60="" class="side-title">Đường dây nóng</div><div _ngcontent-kgp-c60="">Văn phòng UBND tỉnh: 0297.3862.148</div><div _ngcontent-kgp-c60="">Tiếp nhận phản ánh, kiến nghị: 1022</div></div></app-sidebar></div></div></div></app-news-detail><app-footer _ngcontent-kgp-c10="" _nghost-kgp-c14=""><footer _ngcontent-kgp-c14="" class="footer"><div _ngcontent-kgp-c14="">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KIÊN GIANG</div><div _ngcontent-kgp-c14="">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Kiên Giang</div><div _ngcontent-kgp-c14="">Địa chỉ: 06 Nguyễn Công Trứ, phường Vĩnh Thanh, TP. Rạch Giá, tỉnh Kiên Giang - Điện thoại: 0297.3862.148 - Email: banbientap@kiengiang.gov.vn</div><div _ngcontent-kgp-c14="">Giấy phép số 58/GP-TTĐT ngày 20/5/2020 của Cục Phát thanh, truyền hình và thông tin điện tử</div></footer></app-footer></app-root>
<script src="runtime.9e1c4a2b7f3d5e6a.js" type="module"></script><script src="polyfills.1f2e3d4c5b6a7980.js" type="module"></script><script src="main.7a6b5c4d3e2f1a0b.js" type="module"></script>
<script id="kgportal-state" type="application/json">{state_s}</script></body></html>"""
    traps = ["related_box", "comments", "sidebar_dates", "title_og_only", "div_paragraphs", "view_count",
             "font_size", "share_print", "breadcrumb", "menu", "footer_contacts", "captions", "signature",
             "date_metadata_utc", "transfer_state_json"]
    if a.lead:
        traps.append("lead_in_heading")
    return dict(page=page, printed=printed, precision="minute", url=url, traps=traps)


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    name: str
    family: str
    today: date | None
    url: object
    render: object


LAYOUTS = [
    Layout("websphere_snv_angiang", "websphere", WS_TODAY, ws_url, render_websphere),
    Layout("liferay_stttt_dongnai", "liferay", LR_TODAY, lr_url, render_liferay),
    Layout("dnn_stp_vinhlong", "dnn", None, dnn_url, render_dnn),
    Layout("sharepoint_snv_quangninh", "sharepoint", SP_TODAY, sp_url, render_sharepoint),
    Layout("newspaper_hagiang_khanhhoa", "newspaper", NP_TODAY, np_url, render_newspaper),
    Layout("wordpress_tuoitre_haugiang", "wordpress", WP_TODAY, wp_url, render_wordpress),
    Layout("aspnet_old_snv_travinh", "other", AO_TODAY, ao_url, render_aspnet_old),
    Layout("joomla_snv_kontum", "other", JM_TODAY, jm_url, render_joomla),
    Layout("angular_kiengiang", "other", None, spa_url, render_spa),
]
PER_LAYOUT = 11
ASSIGN_SALT = "blind-layouts-dev-1"


def assign(arts: list[Art]) -> dict[str, list[Art]]:
    order = sorted(arts, key=lambda a: md5(ASSIGN_SALT, a.key))
    n = len(order)
    out = {}
    for i, lay in enumerate(LAYOUTS):
        picked = [order[(i * PER_LAYOUT + k) % n] for k in range(PER_LAYOUT)]
        out[lay.name] = sorted(picked, key=lambda a: a.key)
    return out


def main() -> int:
    arts = load_corpus()
    if PAGES.exists():
        shutil.rmtree(PAGES)
    gold = []
    assignment = assign(arts)
    for lay in LAYOUTS:
        (PAGES / lay.name).mkdir(parents=True, exist_ok=True)
        for idx, art in enumerate(assignment[lay.name]):
            ctx = Ctx(lay, art, arts, idx)
            out = lay.render(ctx)
            enc = out.get("encoding", "utf-8")
            if art.lead and "lead_in_heading" not in out["traps"]:
                out["traps"].append("lead_bold")  # every other layout prints the sapo in <strong>/<b>
            fname = f"pages/{lay.name}/{art.slug}.html"
            data = encode_page(out["page"], enc)
            (HERE / fname).write_bytes(data)
            gold.append({
                "file": fname,
                "layout": lay.name,
                "family": lay.family,
                "url": out.get("url") or lay.url(art),
                "encoding": enc,
                "title": art.title,
                "published_at": gold_time(art.published, out["precision"]),
                "time_printed": out["precision"] != "day",
                "date_printed": out["printed"],
                "text": "\n\n".join(art.parts()),
                "is_reform": art.is_reform,
                "traps": sorted(set(out["traps"])),
                "corpus_key": art.key,
            })
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(gold)} pages in {len(LAYOUTS)} layouts to {PAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
