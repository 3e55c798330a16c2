#!/usr/bin/env python3
"""Blind holdout: Vietnamese provincial-portal / newspaper article pages in eight CMS layouts.

Self-contained (stdlib only, no import of reformcrawl) and deterministic: it reads the corpus
JSON under reformcrawl/mirror/corpus/, writes pages/<layout>/<slug>.html as bytes in the declared
encoding and gold.json next to this file. Running it twice gives identical bytes.

    python3 bench/blind/layouts_holdout/generate.py

See README.md for the layouts, the date formats, the traps and the gold definition.
"""

from __future__ import annotations

import base64
import hashlib
import html
import html.entities
import json
import random
import shutil
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
PAGES = HERE / "pages"
TZ = timezone(timedelta(hours=7))
TODAY = datetime(2025, 3, 7, 9, 12, 41, tzinfo=TZ)  # "today" on every page header: later than all articles
TODAY_HEADER = "Thứ Sáu, ngày 07/03/2025"

WD_WORDS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_DIGIT = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


# ----------------------------------------------------------------------------- corpus


def load_corpus() -> list[dict]:
    arts = []
    for portal_dir in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        for f in sorted(portal_dir.glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            d["_dt"] = datetime.fromisoformat(d["published_at"])
            d["_slugkey"] = d["key"].split("/", 1)[1]
            arts.append(d)
    arts.sort(key=lambda a: (a["portal"], a["_dt"], a["key"]))
    return arts


def paragraphs(a: dict) -> list[str]:
    """Gold body: the lead (if any), then every block's text, in order (corpus body_paragraphs)."""
    return ([a["lead"]] if a.get("lead") else []) + [b["text"] for b in a["blocks"]]


def url_slug(a: dict) -> str:
    seg = [s for s in a["path"].split("?")[0].split("/") if s][-1]
    if seg.endswith(".html"):
        seg = seg[:-5]
        head, _, tail = seg.rpartition("-")
        if tail.isdigit():
            seg = head
    head, _, tail = seg.rpartition("-")
    if a["portal"] == "baohagiang" and len(tail) == 7 and all(c in "0123456789abcdef" for c in tail):
        seg = head
    if a["portal"] == "baokhanhhoa" and tail.isdigit():
        seg = head
    return seg


# ----------------------------------------------------------------------------- helpers


def h(s: str) -> str:
    return html.escape(s, quote=False)


def at(s: str) -> str:
    return html.escape(s, quote=True)


def rng_for(*parts: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:8], "big"))


def hexid(*parts: str, n: int = 32) -> str:
    return hashlib.md5("|".join(parts).encode()).hexdigest()[:n]


def numid(lo: int, hi: int, *parts: str) -> int:
    return lo + int(hexid(*parts, n=12), 16) % (hi - lo)


def dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def dmy(d: datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hm(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def hms(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}"


def ampm_sa_ch(d: datetime) -> str:
    h12 = d.hour % 12 or 12
    return f"{h12:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def wp_clock(d: datetime) -> str:
    h12 = d.hour % 12 or 12
    return f"{h12}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def wp_date(d: datetime) -> str:
    return f"{d.day} Tháng {d.month}, {d.year}"


def gold_time(d: datetime, precision: str | None) -> str | None:
    if precision is None:
        return None
    if precision == "minute":
        d = d.replace(second=0)
    elif precision == "day":
        d = d.replace(hour=0, minute=0, second=0)
    return d.isoformat()


def utc(d: datetime) -> str:
    return d.astimezone(timezone.utc).isoformat()


MODS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn: precomposed in cp1258 (â ă ê ô ơ ư)
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # combining tone marks


def vn_decompose(s: str) -> str:
    """Windows-1258 style: base letter with its vowel modifier precomposed, tone mark combining."""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 1:
            out.append(ch)
            continue
        marks = d[1:]
        if any(m not in MODS and m not in TONES for m in marks):
            out.append(ch)
            continue
        out.append(unicodedata.normalize("NFC", d[0] + "".join(m for m in marks if m in MODS)))
        out.append("".join(m for m in marks if m in TONES))
    return "".join(out)


def encode_page(s: str, enc: str) -> bytes:
    if enc == "utf-8":
        return s.encode("utf-8")
    return vn_decompose(s).encode("cp1258", errors="xmlcharrefreplace")


CK_ENT = {c: "&%s;" % html.entities.codepoint2name[ord(c)] for c in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"}
CK_ENT.update({"“": "&ldquo;", "”": "&rdquo;", "–": "&ndash;", "…": "&hellip;"})


def ck(s: str) -> str:
    """CKEditor's default entity output: Latin-1 letters and typographic marks as named entities."""
    return "".join(CK_ENT.get(c, c) for c in h(s))


def word_spans(text: str, rng: random.Random, style: str, enc=h) -> str:
    """Word-pasted paragraph: the text cut into runs of <span>s at arbitrary points."""
    n = len(text)
    k = 1 if n < 80 else rng.choice([1, 2, 2, 3])
    cuts = sorted(rng.sample(range(10, n - 10), k)) if n > 40 else []
    pieces = [text[i:j] for i, j in zip([0] + cuts, cuts + [n])]
    return "".join(f'<span style="{style}">{enc(p)}</span>' for p in pieces)


def soft_wrap(escaped: str, rng: random.Random) -> str:
    """A CR LF in place of one space, as Word/SharePoint source often has (whitespace only)."""
    spaces = [i for i, c in enumerate(escaped) if c == " "]
    if len(spaces) < 12:
        return escaped
    i = spaces[rng.randrange(len(spaces) // 3, 2 * len(spaces) // 3)]
    return escaped[:i] + "\r\n" + escaped[i + 1:]


def image_name(b: dict) -> str:
    return b["image"].rsplit("/", 1)[-1]


NAMES = [
    "Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Văn Nam", "Vũ Thị Lan",
    "Đặng Quốc Bảo", "Bùi Thanh Sơn", "Lò Văn Sơn", "Giàng A Páo", "Nguyễn Thị Hồng", "Trương Công Danh",
    "Huỳnh Ngọc Ánh", "Phan Văn Lợi", "Đỗ Thùy Dung", "Ngô Minh Khoa", "Tạ Quang Vinh", "Lý Thị Sen",
]
COMMENTS_REFORM = [
    "Thủ tục bây giờ nhanh hơn trước nhiều, tôi nộp hồ sơ trực tuyến chỉ mấy ngày là có kết quả.",
    "Mong các cơ quan tiếp tục chấn chỉnh thái độ phục vụ của cán bộ ở bộ phận một cửa cấp xã.",
    "Ở xã tôi sóng điện thoại còn yếu, người lớn tuổi vẫn chưa biết dùng dịch vụ công trực tuyến.",
    "Đề nghị công khai số điện thoại đường dây nóng để người dân phản ánh khi hồ sơ bị trễ hẹn.",
    "Tôi đã thử thanh toán lệ phí qua mạng, rất tiện, không phải đi lại nhiều lần như trước.",
    "Cần có hướng dẫn cụ thể hơn, có video minh họa cho bà con vùng sâu, vùng xa.",
    "Hôm trước tôi đi làm giấy tờ đất, cán bộ hướng dẫn tận tình, cảm ơn các anh chị.",
    "Chỉ số tăng là tốt nhưng quan trọng là người dân cảm nhận được sự thay đổi thực chất.",
]
COMMENTS_OTHER = [
    "Thông tin rất bổ ích, cảm ơn tác giả và quý báo.",
    "Mong chính quyền sớm có biện pháp hỗ trợ bà con ổn định cuộc sống.",
    "Năm nay gia đình tôi nhất định sẽ về tham quan một chuyến.",
    "Ảnh đẹp quá, quê hương mình ngày càng đổi mới.",
    "Bài viết đầy đủ, dễ hiểu. Chúc ban biên tập sức khỏe.",
    "Đề nghị các ngành chức năng kiểm tra thường xuyên hơn nữa.",
]


def comments_for(a: dict, rng: random.Random, n: int) -> list[tuple[str, str, datetime]]:
    pool = COMMENTS_REFORM if a["is_reform"] else COMMENTS_OTHER
    texts = rng.sample(pool, n)
    names = rng.sample(NAMES, n)
    t = a["_dt"]
    out = []
    for name, text in zip(names, texts):
        t = t + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        out.append((name, text, t))
    return out


def nearest(a: dict, pool: list[dict], count: int) -> list[dict]:
    others = [o for o in pool if o["portal"] == a["portal"] and o["key"] != a["key"]]
    others.sort(key=lambda o: (abs((o["_dt"] - a["_dt"]).total_seconds()), o["key"]))
    return others[:count]


def newest(a: dict, pool: list[dict], count: int) -> list[dict]:
    others = [o for o in pool if o["portal"] == a["portal"] and o["key"] != a["key"]]
    others.sort(key=lambda o: (o["_dt"], o["key"]), reverse=True)
    return others[:count]


class Page:
    def __init__(self, layout, family, art, url, encoding, precision, time_printed, traps, html_text, slug):
        self.layout, self.family, self.art, self.url = layout, family, art, url
        self.encoding, self.precision, self.time_printed = encoding, precision, time_printed
        self.traps, self.html, self.slug = traps, html_text, slug


# ============================================================================= 1. WebSphere Portal


def ws_token(*parts: str) -> str:
    raw = hashlib.sha256("|".join(parts).encode()).digest() + hashlib.sha256(("x" + "|".join(parts)).encode()).digest()
    return "04_" + base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "_")[:78]


def ws_zid(*parts: str) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    n = int(hexid(*parts), 16)
    out = ""
    for _ in range(24):
        out += alphabet[n % 32]
        n //= 32
    return out


WS_SUFFIX = "dz/d5/L2dBISEvZ0FBIS9nQSEh/"


def ws_url(a: dict) -> str:
    slug = url_slug(a)
    return ("https://sonoivu.angiang.gov.vn/wps/portal/Home/tin-tuc/chi-tiet-tin/!ut/p/z1/"
            + ws_token(a["key"]) + "/" + WS_SUFFIX + "?urile=wcm%3Apath%3A%2Fsnv_content%2Fsite_snv%2Ftin-tuc%2F" + slug)


def ws_rel(a: dict) -> str:
    return "?urile=wcm%3Apath%3A%2Fsnv_content%2Fsite_snv%2Ftin-tuc%2F" + url_slug(a)


def render_websphere(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("ws", a["key"])
    t = a["_dt"]
    base = "https://sonoivu.angiang.gov.vn/wps/portal/Home/!ut/p/z1/" + ws_token("home", a["key"]) + "/" + WS_SUFFIX
    zc = ws_zid("content", a["key"])
    zl = ws_zid("left", a["key"])
    zh = ws_zid("hot", a["key"])
    traps = ["base_href", "generic_title", "headline_twice", "title_h1_only", "today_header", "dated_sidebar",
             "hotline", "counter", "menu", "breadcrumb", "footer", "toolbar", "caption", "signature"]

    body = []
    blocks = list(a["blocks"])
    if a.get("lead"):
        body.append(f'<p style="text-align: justify;"><strong>{h(a["lead"])}</strong></p>')
    # half of the pages glue two consecutive paragraphs into one <p> with a <br>, as angiang.gov.vn does
    glue_at = None
    if i % 2 == 0:
        for k in range(len(blocks) - 2, 0, -1):
            if blocks[k]["kind"] == "p" and blocks[k + 1]["kind"] == "p":
                glue_at = k
                break
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b["kind"] == "figure":
            uuid = hexid("wcm", b["image"])
            cid = hexid("cache", b["image"], n=8)
            body.append(
                '<p style="text-align: center;"><img alt="Responsive image" class="img-responsive" '
                f'src="../../../../wps/wcm/connect/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}/{image_name(b)}'
                f'?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE-{uuid[:8]}-{cid}" style="width: 100%;" /></p>\n'
                f'<p style="text-align: center;"><em>{h(b["text"])}</em></p>')
        elif k == glue_at:
            body.append(f'<p style="text-align: justify;">{h(b["text"])} <br />\n{h(blocks[k + 1]["text"])}</p>')
            k += 1
        else:
            lead_sp = "&nbsp;&nbsp;&nbsp; " if rng.random() < 0.3 else ""
            body.append(f'<p style="text-align: justify;">{lead_sp}{h(b["text"])}</p>')
        k += 1
    body.append(f'<p style="text-align: right;"><strong>{h(a["author"])}</strong></p>')
    if glue_at is not None:
        traps.append("br_joined_paragraphs")

    latest = newest(a, pool, 6)
    others = nearest(a, pool, 5)
    side = "\n".join(
        f'<tr><td class="tinmoi-item"><img src="../../../../wps/wcm/connect/snv/icon/bullet.gif" alt="" />'
        f' <a href="{ws_rel(o)}">{h(o["title"])}</a> <span class="ngay">({dmy(o["_dt"])})</span></td></tr>' for o in latest)
    other_rows = "\n".join(
        f'<li><a href="{ws_rel(o)}">{h(o["title"])}</a> <span class="date-other">- {hm(o["_dt"])} {dmy(o["_dt"])}</span></li>'
        for o in others)
    views = numid(150, 4000, "views", a["key"])
    printed = f"Cập nhật lúc {hms(t)} ngày {dmy(t)}"

    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<base href="{base}" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>Sở Nội vụ tỉnh An Giang</title>
<link rel="shortcut icon" href="../../../../wps/wcm/connect/snv/favicon.ico" />
<link rel="stylesheet" type="text/css" href="../../../../wps/themeModules/themes/html/dynamicSpots/modules/styles.css?mod=ibm.theme.angiang" />
<script type="text/javascript">var ibmCfg = {{portalConfig: {{contentHandlerURI: "?uri=nm:oid:Z6_{zc[:10]}", isVirtualPortal: false, locale: "vi"}}, themeConfig: {{themeUniqueName: "agTheme"}}}};</script>
<script type="text/javascript" src="../../../../wps/portal_dojo/v1.9/dojo/dojo.js"></script>
</head>
<body class="lotusui tundra locale_vi">
<div class="wpthemeFrame">
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" id="wrapper">
<tr>
<td colspan="2" class="banner" style="background: url(../../../../wps/wcm/connect/snv/banner-snv.jpg) no-repeat;">
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td height="120"><a href="?uri=nm:oid:Z6_HOME"><img src="../../../../wps/wcm/connect/snv/logo.png" alt="Sở Nội vụ tỉnh An Giang" border="0" /></a></td>
<td align="right" valign="bottom" class="ngayhientai">{TODAY_HEADER}</td>
</tr></table>
</td>
</tr>
<tr><td colspan="2" class="menu-ngang">
<ul class="wpthemeNavList">
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_HOME">Trang chủ</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_GIOITHIEU">Giới thiệu</a></li>
<li class="wpthemeNavListItem wpthemeSelected"><a href="?uri=nm:oid:Z6_TINTUC">Tin tức - Sự kiện</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_CCHC">Cải cách hành chính</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_VANBAN">Văn bản</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_TTHC">Thủ tục hành chính</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_HOIDAP">Hỏi đáp</a></li>
<li class="wpthemeNavListItem"><a href="?uri=nm:oid:Z6_LIENHE">Liên hệ</a></li>
</ul>
</td></tr>
<tr>
<td width="250" valign="top" class="cot-trai">
<div class="component-container wpthemeCol" id="ns_Z7_{zl}_">
<table class="wpsPortletTable" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="wpsPortletTitle">Tin mới</td></tr>
<tr><td class="wpsPortletBody">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
{side}
</table>
</td></tr>
</table>
</div>
<div class="component-container wpthemeCol">
<table class="wpsPortletTable" width="100%"><tr><td class="wpsPortletTitle">Liên kết website</td></tr>
<tr><td class="wpsPortletBody"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://www.angiang.gov.vn">Cổng TTĐT tỉnh An Giang</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://www.moha.gov.vn">Bộ Nội vụ</option></select></td></tr></table>
</div>
</td>
<td width="750" valign="top" class="cot-giua">
<div class="component-container wpthemeCol" id="ns_Z7_{zc}_">
<table class="wpsPortletTable" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="wpsPortletTitle">{h(a["section"])}</td></tr>
<tr><td class="wpsPortletBody">
<div class="breadcrumb-ag"><a href="?uri=nm:oid:Z6_HOME">Trang chủ</a> &gt; <a href="?uri=nm:oid:Z6_TINTUC">Tin tức - Sự kiện</a> &gt; <span>{h(a["section"])}</span></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title-path"><span class="tieude-nho">{h(a["title"])}</span></td></tr>
<tr><td class="chuyenmuc"><span>{h(a["section"])}</span></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td>
<h1 class="title-content">{h(a["title"])}</h1>
<div class="ngaydang"><span class="fa fa-clock-o"></span> {printed}</div>
</td></tr>
<tr><td>
<div class="noidung-chitiet" id="ns_Z7_{zc}_content">
{chr(10).join(body)}
</div>
</td></tr>
<tr><td class="congcu">
<a href="javascript:window.print();"><img src="../../../../wps/wcm/connect/snv/icon/print.gif" alt="" /> In trang</a> |
<a href="mailto:?subject=Tin%20S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5"><img src="../../../../wps/wcm/connect/snv/icon/email.gif" alt="" /> Gửi email</a> |
<a href="#top">Về đầu trang</a> <span class="luotxem">Số lượt xem: {dots(views)}</span>
</td></tr>
<tr><td class="cactinkhac">
<div class="title-cactinkhac">Các tin khác</div>
<ul>
{other_rows}
</ul>
</td></tr>
</table>
</td></tr>
</table>
</div>
<div class="component-container wpthemeCol" id="ns_Z7_{zh}_">
<table class="wpsPortletTable" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="wpsPortletTitle">Số điện thoại tiếp nhận phản ánh kiến nghị về TTHC</td></tr>
<tr><td class="wpsPortletBody">
<table class="table-hotline" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="30" align="center">1</td><td><b>Ông Trần Minh Thiện (Phó Giám đốc Sở)</b><br />Điện thoại: 0918.236.455<br />Email: tmthien@angiang.gov.vn</td></tr>
<tr><td align="center">2</td><td><b>Phòng Tổng hợp - UBND tỉnh</b><br />Điện thoại: 02963.957.006<br />Email: thutuchanhchinh@angiang.gov.vn</td></tr>
<tr><td align="center">3</td><td><b>Tổ kiểm tra công vụ</b><br />Điện thoại: 02963.957.049 - 0378.247.247<br />Email: kiemtracongvu@angiang.gov.vn</td></tr>
</table>
</td></tr>
<tr><td class="wpsPortletTitle">Đường dây nóng ngành Nội vụ An Giang</td></tr>
<tr><td class="wpsPortletBody">
<table class="table-hotline" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="30" align="center">1</td><td><b>Ông Lê Hoàng Phúc (Giám đốc Sở)</b><br />Điện thoại: 0913.771.204</td></tr>
<tr><td align="center">2</td><td><b>Bà Nguyễn Thị Kim Hương (Chánh Văn phòng Sở)</b><br />Điện thoại: 0968.305.118</td></tr>
<tr><td align="center">3</td><td><b>Thanh tra Sở</b><br />Điện thoại: 02963.981.818</td></tr>
</table>
</td></tr>
<tr><td class="wpsPortletTitle">Thống kê truy cập</td></tr>
<tr><td class="wpsPortletBody">
<table width="100%"><tr><td>Lượt truy cập</td><td align="right">{dots(numid(2_000_000, 3_000_000, "tot", a["key"]))}</td></tr>
<tr><td>Hôm nay</td><td align="right">{dots(numid(800, 2500, "today", a["key"]))}</td></tr>
<tr><td>Đang online</td><td align="right">{numid(20, 140, "online", a["key"])}</td></tr></table>
</td></tr>
</table>
</div>
</td>
</tr>
<tr><td colspan="2" class="footer">
<table width="100%" border="0" cellpadding="6"><tr><td align="center">
<b>SỞ NỘI VỤ TỈNH AN GIANG</b><br />
Địa chỉ: Số 20 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang<br />
Điện thoại: 0296.3852.314 - Fax: 0296.3857.291 - Email: sonoivu@angiang.gov.vn<br />
Chịu trách nhiệm chính: Giám đốc Sở Nội vụ. Giấy phép số 45/GP-TTĐT ngày 15/8/2019 của Cục Phát thanh, truyền hình và thông tin điện tử<br />
Ghi rõ nguồn "Sở Nội vụ tỉnh An Giang" khi phát hành lại thông tin từ website này.
</td></tr></table>
</td></tr>
</table>
</div>
<script type="text/javascript">if (typeof(i$) != "undefined") {{ i$.addOnLoad(function(){{ /* wptheme */ }}); }}</script>
</body>
</html>
"""
    return Page("websphere_wcm", "websphere", a, ws_url(a), "utf-8", "second", True, traps, doc, url_slug(a))

# ============================================================================= 2. Liferay

LR_HOST = "https://sonoivu.hochiminhcity.gov.vn"


def lr_instance(*parts: str) -> str:
    s = base64.b64encode(hashlib.sha1("|".join(parts).encode()).digest()).decode()
    return "".join(c for c in s if c.isalnum())[:12]


def lr_url(a: dict, i: int) -> str:
    slug = url_slug(a)
    if i % 2 == 0:
        return f"{LR_HOST}/-/{slug}"
    return f"{LR_HOST}/web/sonoivu/tin-tuc/-/asset_publisher/{lr_instance('ap', 'tintuc')}/content/{slug}"


def render_liferay(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("lr", a["key"])
    t = a["_dt"]
    inst = lr_instance("ap", "tintuc")
    inst2 = lr_instance("ap", "tinkhac")
    pid = f"_101_INSTANCE_{inst}_"
    traps = ["menu", "footer", "toolbar", "caption", "signature", "dated_sidebar", "counter", "short_date_metadata"]
    generic = i % 2 == 1
    if generic:
        traps.append("generic_title")
    with_related = i % 2 == 1
    with_comments = i % 3 == 0

    body = []
    if a.get("lead"):
        body.append(f'<p style="text-align: justify;"><strong><em>{h(a["lead"])}</em></strong></p>')
    plist = [b for b in a["blocks"]]
    rel_after = 2 if len(plist) > 3 else 1
    for k, b in enumerate(plist):
        if b["kind"] == "figure":
            img = b["image"] if b["image"].startswith("/") else f"/documents/10180/{numid(100000, 999999, 'fold', a['key'])}/{b['image']}"
            body.append(
                '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-caption" style="width: 600px;">\n'
                f'<tbody><tr><td><img alt="" src="{img}?t={numid(10**12, 10**13, "t", b["image"])}" style="width: 600px; height: 400px;" /></td></tr>\n'
                f'<tr><td style="text-align: center;"><em><span style="font-size:12px;">{h(b["text"])}</span></em></td></tr></tbody>\n</table>')
        else:
            body.append(f'<p style="text-align: justify;">{h(b["text"])}</p>')
        if with_related and k == rel_after:
            rel = nearest(a, pool, 3)
            items = "\n".join(f'<li><a href="{lr_url(o, 0)}">{h(o["title"])}</a> <span style="color:#888;">({dmy(o["_dt"])})</span></li>' for o in rel)
            body.append(f'<div class="tin-lien-quan" style="border: 1px solid #ddd; padding: 5px 10px; margin: 8px 0;">\n'
                        f'<p><strong>Tin liên quan:</strong></p>\n<ul>\n{items}\n</ul>\n</div>')
    body.append(f'<p style="text-align: right;"><strong>{h(a["author"])}</strong></p>')
    if with_related:
        traps.append("related_in_body")

    featured = newest(a, pool, 5)
    feat = "\n".join(
        f'<li class="title-list"><a href="{lr_url(o, 0)}">{h(o["title"])}</a><div class="date-list">{dmy(o["_dt"])} {ampm_sa_ch(o["_dt"])}</div></li>'
        for o in featured)
    older = [o for o in nearest(a, pool, 9) if o["_dt"] < t][:4]
    newer = [o for o in nearest(a, pool, 9) if o["_dt"] > t][:3]
    newer_html = "\n".join(f'<li><a href="{lr_url(o, 0)}">{h(o["title"])}</a> <span class="ngay">({dmy(o["_dt"])})</span></li>' for o in newer)
    older_html = "\n".join(f'<li><a href="{lr_url(o, 0)}">{h(o["title"])}</a> <span class="ngay">({dmy(o["_dt"])})</span></li>' for o in older)

    comments_html = ""
    if with_comments:
        traps.append("comments")
        cs = comments_for(a, rng, 2)
        items = "\n".join(
            f'<div class="lfr-discussion">\n<div class="lfr-discussion-details"><span class="user-name">{h(n)}</span>'
            f' <span class="date">{dmy(ct)} {hm(ct)}</span></div>\n'
            f'<div class="lfr-discussion-body"><div class="lfr-discussion-message">{h(txt)}</div></div>\n</div>'
            for n, txt, ct in cs)
        comments_html = f"""<div class="taglib-discussion" id="_101_INSTANCE_{inst}_discussionContainer">
<h4 class="discussion-title">Ý kiến bạn đọc ({len(cs)})</h4>
{items}
<div class="lfr-discussion-form"><textarea name="_101_INSTANCE_{inst}_postReplyBody0" placeholder="Nhập bình luận..."></textarea><input type="button" value="Gửi bình luận" /></div>
</div>"""

    printed = f"{WD_LOWER[t.weekday()]}, {dmy(t)}, {ampm_sa_ch(t)}"
    page_title = f"Tin tức - Sở Nội vụ Thành phố Hồ Chí Minh" if generic else f"{a['title']} - Sở Nội vụ Thành phố Hồ Chí Minh"
    meta_desc = a.get("lead") or a["blocks"][0]["text"][:200]
    views = numid(100, 9000, "v", a["key"])
    short_year = f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}"
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{h(page_title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{at(meta_desc)}" lang="vi-VN" name="description" />
<meta property="og:site_name" content="Sở Nội vụ Thành phố Hồ Chí Minh" />
<meta property="og:title" content="{at(a["title"])}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{lr_url(a, i)}" />
<link href="/o/hcm-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/o/hcm-theme/css/main.css?browserId=other&amp;themeId=hcmtheme_WAR_hcmtheme&amp;languageId=vi_VN&amp;b=7310&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
var themeDisplay = Liferay.ThemeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getPathContext: function() {{return "";}}, getScopeGroupId: function() {{return "20182";}}, isSignedIn: function() {{return false;}}}};
var Liferay = Liferay || {{}}; Liferay.authToken = "{hexid('tok', a['key'], n=8)}"; Liferay.currentURL = "\\u002f-\\u002f{url_slug(a)}";
</script>
</head>
<body class="controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-links"><a href="/web/sonoivu">Trang chủ</a> | <a href="/web/sonoivu/so-do-site">Sơ đồ site</a> | <a href="/c/portal/login">Đăng nhập</a> | <a href="/en">English</a></div>
<div id="heading"><h2 class="site-title"><a class="logo custom-logo" href="/web/sonoivu" title="Đi tới Sở Nội vụ"><img alt="Sở Nội vụ" height="110" src="/image/layout_set_logo?img_id=40211&amp;t=1700000000000" width="960" /></a></h2></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="Trang web" role="menubar">
<li><a href="/web/sonoivu/trang-chu" role="menuitem"><span>Trang chủ</span></a></li>
<li><a href="/web/sonoivu/gioi-thieu" role="menuitem"><span>Giới thiệu</span></a></li>
<li class="selected"><a href="/web/sonoivu/tin-tuc" role="menuitem"><span>Tin tức - Sự kiện</span></a></li>
<li><a href="/web/sonoivu/cai-cach-hanh-chinh" role="menuitem"><span>Cải cách hành chính</span></a></li>
<li><a href="/web/sonoivu/van-ban" role="menuitem"><span>Văn bản chỉ đạo điều hành</span></a></li>
<li><a href="/web/sonoivu/lien-he" role="menuitem"><span>Liên hệ</span></a></li>
</ul>
</nav>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id{pid}">
<span id="p{pid[:-1]}"></span>
<div class="portlet-borderless-container"><div class="portlet-body">
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-content" id="{pid}{numid(100000, 999999, 'aid', a['key'])}">
<h3 class="header-title"><span>{h(a["title"])}</span></h3>
<div class="news-date"><span class="icon-calendar"></span> {printed}</div>
<div class="toolbar-news">Cỡ chữ <a href="javascript:;" onclick="changeFont(-1)">A-</a> <a href="javascript:;" onclick="changeFont(0)">A</a> <a href="javascript:;" onclick="changeFont(1)">A+</a> &nbsp; Màu chữ <a href="javascript:;" class="color-black">&#9632;</a> <a href="javascript:;" class="color-blue">&#9632;</a> &nbsp; <a href="javascript:window.print()"><img alt="image" src="/o/hcm-theme/images/print.png" /></a></div>
<div class="journal-content-article" data-analytics-asset-id="{numid(100000, 999999, 'aid', a['key'])}" data-analytics-asset-title="{at(a["title"])}" data-analytics-asset-type="web-content">
{chr(10).join(body)}
</div>
<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date">{short_year}</span>
<span class="metadata-entry metadata-view-count">{dots(views)} Lượt xem</span>
</div>
<div class="taglib-social-bookmarks"><ul class="lfr-component"><li><a href="https://www.facebook.com/sharer.php?u={lr_url(a, i)}" class="facebook">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url={lr_url(a, i)}" class="twitter">Twitter</a></li><li><a href="https://sp.zalo.me/share?url={lr_url(a, i)}">Zalo</a></li></ul></div>
{comments_html}
</div>
</div>
</div></div>
</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_{inst2}_">
<div class="portlet-body">
<div class="tin-khac">
<div class="title-tinkhac">Tin mới hơn</div>
<ul>
{newer_html}
</ul>
<div class="title-tinkhac">Tin đã đưa</div>
<ul>
{older_html}
</ul>
</div>
</div>
</div>
</div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_{lr_instance('ap', 'noibat')}_">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h2></header>
<div class="portlet-content"><ul class="list-noibat">
{feat}
</ul></div></section>
</div>
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-journal-content">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Liên kết</span></h2></header>
<div class="portlet-content"><div class="journal-content-article"><p><a href="https://dichvucong.gov.vn"><img alt="Cổng dịch vụ công quốc gia" src="/documents/10180/0/banner-dvcqg.png" /></a></p><p><a href="https://hochiminhcity.gov.vn"><img alt="Cổng TTĐT TP.HCM" src="/documents/10180/0/banner-cong-tp.png" /></a></p></div></div></section>
</div>
</div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ THÀNH PHỐ HỒ CHÍ MINH</strong></p>
<p>Cơ quan chủ quản: Sở Nội vụ Thành phố Hồ Chí Minh. Địa chỉ: 32 Tôn Thất Thiệp, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh.</p>
<p>Điện thoại: (028) 3829 6412 - Email: sonoivu@tphcm.gov.vn. Giấy phép số 118/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/10/2018.</p>
<p>© Bản quyền thuộc về Sở Nội vụ Thành phố Hồ Chí Minh. Powered by Liferay Portal.</p>
</footer>
</div>
<script type="text/javascript">Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id{pid}', portletId: '101_INSTANCE_{inst}', refreshURL: '\\u002fc\\u002fportal\\u002frender_portlet'}});</script>
</body>
</html>
"""
    return Page("liferay_assetpub", "liferay", a, lr_url(a, i), "utf-8", "minute", True, traps, doc, url_slug(a))

# ============================================================================= 3. DNN / DotNetNuke

DNN_HOST = "https://sonoivu.ninhbinh.gov.vn"


def dnn_url(a: dict) -> str:
    aid = numid(1200, 9800, "dnnid", a["key"])
    slug = url_slug(a)
    if numid(0, 2, "shape", a["key"]) == 0:
        return f"{DNN_HOST}/tin-tuc-su-kien/tabid/95/ArticleId/{aid}/{slug}.aspx"
    cap = "-".join(w.capitalize() for w in slug.split("-"))
    return f"{DNN_HOST}/tin-tuc/ArtMID/1467/ArticleID/{aid}/{cap}"


def viewstate(*parts: str, n: int = 640) -> str:
    raw = b""
    k = 0
    while len(raw) < n:
        raw += hashlib.sha512(("|".join(parts) + str(k)).encode()).digest()
        k += 1
    return "/wEPDwUKMTY1" + base64.b64encode(raw[:n]).decode()


def render_dnn(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("dnn", a["key"])
    t = a["_dt"]
    enc_name = "windows-1258" if i % 3 == 1 else "utf-8"
    entities = i % 3 == 0
    spans = i % 3 == 2
    enc = ck if entities else h
    mid = numid(1100, 1900, "mid", a["key"])
    ctr = f"dnn_ctr{mid}"
    traps = ["title_meta_only", "today_header", "dated_sidebar", "counter", "menu", "breadcrumb", "footer",
             "toolbar", "caption", "signature", "viewstate", "modified_metadata"]
    if enc_name != "utf-8":
        traps.append("windows-1258")
    if entities:
        traps.append("html_entities")
    if spans:
        traps.append("word_paste_spans")

    def para(text: str) -> str:
        if spans:
            inner = word_spans(text, rng, "font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif")
            return f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">{inner}</p>'
        return f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">{enc(text)}</span></span></p>'

    body = []
    if a.get("lead"):
        body.append(f'<div class="sapo" id="{ctr}_ViewArticle_lblSapo"><b>{enc(a["lead"])}</b></div>')
    for b in a["blocks"]:
        if b["kind"] == "figure":
            img = f"/Portals/0/Images/{t.year}/{t.month:02d}/{image_name(b)}"
            body.append(f'<p style="text-align: center;"><img alt="" src="{img}" style="width: 600px; height: 398px;" /></p>\n'
                        f'<p style="text-align: center;"><em><span style="font-size:12px;">{enc(b["text"])}</span></em></p>')
        else:
            body.append(para(b["text"]))
        if rng.random() < 0.25:
            body.append("<p>&nbsp;</p>")
    body.append(f'<p style="text-align: right;"><strong>{enc(a["author"])}</strong> (Nguồn: nbtv.vn)</p>')

    latest = newest(a, pool, 6)
    left = "\n".join(
        f'<tr><td class="TinMoi"><a class="TinMoiLink" href="{dnn_url(o)}">{h(o["title"])}</a><br /><span class="NgayTin">{dmy(o["_dt"])} {hm(o["_dt"])}</span></td></tr>'
        for o in latest)
    same = nearest(a, pool, 5)
    same_html = "\n".join(
        f'<li><a href="{dnn_url(o)}">{h(o["title"])}</a> <span class="date">({WD_DIGIT[o["_dt"].weekday()]}, {o["_dt"].day:02d}.{o["_dt"].month:02d}.{o["_dt"].year})</span></li>'
        for o in same)
    printed = f"Ngày đăng: {WD_DIGIT[t.weekday()]}, {t.day:02d}.{t.month:02d}.{t.year} - {hms(t)}"
    modified = t + timedelta(minutes=numid(3, 600, "mod", a["key"]), seconds=numid(0, 59, "ms", a["key"]))
    views = numid(120, 3000, "v", a["key"])
    charset = '<meta charset="windows-1258" />' if enc_name != "utf-8" else '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
    desc = (a.get("lead") or a["blocks"][0]["text"])[:220]
    doc = f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">{charset}
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{h(a["title"])}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{at(desc)}" /><meta id="MetaKeywords" name="KEYWORDS" content="Sở Nội vụ, Ninh Bình, cải cách hành chính,DotNetNuke,DNN" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta property="og:title" content="{at(a["title"])}" />
<meta property="og:image" content="{DNN_HOST}/Portals/0/Images/{t.year}/{t.month:02d}/{image_name([b for b in a["blocks"] if b["kind"] == "figure"][0])}" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=184" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/snv/skin.css?cdv=184" type="text/css" rel="stylesheet"/><link href="/DesktopModules/NewsArticles/module.css?cdv=184" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=184" type="text/javascript"></script><link id="Template_366" rel="stylesheet" type="text/css" href="/DesktopModules/NewsArticles/Templates/Standard/Template.css" /><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2019-05-14-090512-557' type='image/x-icon' />
</head>
<body id="Body">
<form method="post" action="{at(dnn_url(a).replace(DNN_HOST, ''))}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate('vs', a['key'])}" />
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZMcN5wXHDzkQlCW3g6fXKZw5PKc0bs9kXg2&amp;t=637814689746327080" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate('ev', a['key'], n=96)}" />
</div>
<div id="siteWrapper">
<div class="header">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Sở Nội vụ tỉnh Ninh Bình" href="{DNN_HOST}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-snv-ninhbinh.png" alt="Sở Nội vụ tỉnh Ninh Bình" /></a></td>
<td class="header-right" align="right"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY_HEADER}</span><br />
<span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSEARCH$cmdSearch&#39;,&#39;&#39;)">Tìm kiếm</a></span></td>
</tr></table>
</div>
<div id="dnn_dnnNAV_ctldnnNAV" class="menu">
<ul class="topLevel">
<li class="item first"><a href="{DNN_HOST}/"><span>Trang chủ</span></a></li>
<li class="item"><a href="{DNN_HOST}/gioi-thieu"><span>Giới thiệu</span></a></li>
<li class="item selected"><a href="{DNN_HOST}/tin-tuc-su-kien"><span>Tin tức - Sự kiện</span></a></li>
<li class="item"><a href="{DNN_HOST}/cai-cach-hanh-chinh"><span>Cải cách hành chính</span></a></li>
<li class="item"><a href="{DNN_HOST}/thi-dua-khen-thuong"><span>Thi đua - Khen thưởng</span></a></li>
<li class="item"><a href="{DNN_HOST}/van-ban"><span>Văn bản</span></a></li>
<li class="item last"><a href="{DNN_HOST}/lien-he"><span>Liên hệ</span></a></li>
</ul>
</div>
<div id="dnn_BreadcrumbPane" class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="{DNN_HOST}/" class="Breadcrumb">Trang chủ</a> » <a href="{DNN_HOST}/tin-tuc-su-kien" class="Breadcrumb">Tin tức - Sự kiện</a> » <a href="{DNN_HOST}/tin-tuc-su-kien" class="Breadcrumb">{h(a["section"])}</a></span></div>
<table class="MainTable" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top" width="240">
<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid + 7}"><a name="{mid + 7}"></a>
<div class="c_container"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr{mid + 7}_dnnTITLE_titleLabel" class="ModuleTitle">Tin mới nhất</span></h2></div>
<div id="dnn_ctr{mid + 7}_ContentPane" class="c_content"><div id="dnn_ctr{mid + 7}_ModuleContent" class="DNNModuleContent ModDNNHTMLC">
<table width="100%" cellspacing="0" cellpadding="4">
{left}
</table>
</div></div></div></div>
</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
<div class="DnnModule DnnModule-NewsArticles DnnModule-{mid}"><a name="{mid}"></a>
<div class="c_container c_head_grey">
<div class="c_head"><h2 class="c_title"><span id="{ctr}_dnnTITLE_titleLabel" class="ModuleTitle">{h(a["section"])}</span></h2></div>
<div id="{ctr}_ContentPane" class="c_content">
<!-- Start_Module_{mid} --><div id="{ctr}_ModuleContent" class="DNNModuleContent ModNewsArticlesC">
<div class="NewsDetail" itemscope="itemscope" itemtype="http://schema.org/NewsArticle">
<meta itemprop="dateModified" content="{modified.isoformat()}" />
<span id="{ctr}_ViewArticle_lblTitle" class="tieude" itemprop="headline">{enc(a["title"])}</span>
<div class="ngaydang"><span id="{ctr}_ViewArticle_lblDate" itemprop="datePublished" content="{t.isoformat()}">{printed}</span> &nbsp;|&nbsp; <span class="luotxem">Lượt xem: {dots(views)}</span></div>
<div class="congcu"><a href="javascript:ChangeFontSize(-1)">[A-]</a> <a href="javascript:ChangeFontSize(1)">[A+]</a> <a id="{ctr}_ViewArticle_lnkPrint" href="javascript:window.print();">In bài</a> <a id="{ctr}_ViewArticle_lnkEmail" href="javascript:__doPostBack(&#39;{ctr.replace('_', '$')}$ViewArticle$lnkEmail&#39;,&#39;&#39;)">Gửi bài viết</a></div>
<div id="{ctr}_ViewArticle_pnlBody" class="noidungtin" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="tinkhac"><div class="tinkhac-title">Tin cùng chuyên mục</div>
<ul>
{same_html}
</ul></div>
</div>
</div><!-- End_Module_{mid} --></div>
</div></div>
</td>
<td id="dnn_RightPane" class="RightPane" valign="top" width="220">
<div class="DnnModule DnnModule-Counter"><div class="c_head"><span class="ModuleTitle">Thống kê truy cập</span></div>
<table class="thongke"><tr><td>Đang truy cập:</td><td>{numid(15, 90, "on", a["key"])}</td></tr><tr><td>Hôm nay:</td><td>{dots(numid(600, 2200, "hn", a["key"]))}</td></tr><tr><td>Tháng hiện tại:</td><td>{dots(numid(20000, 45000, "th", a["key"]))}</td></tr><tr><td>Tổng lượt truy cập:</td><td>{dots(numid(3_000_000, 4_000_000, "tt", a["key"]))}</td></tr></table></div>
<div class="DnnModule DnnModule-Links"><div class="c_head"><span class="ModuleTitle">Liên kết website</span></div>
<ul><li><a href="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</a></li><li><a href="https://dichvucong.ninhbinh.gov.vn">Hệ thống TTGQ TTHC tỉnh</a></li><li><a href="https://moha.gov.vn">Bộ Nội vụ</a></li></ul></div>
</td>
</tr></table>
<div id="dnn_FooterPane" class="footer">
<p><b>SỞ NỘI VỤ TỈNH NINH BÌNH</b></p>
<p>Địa chỉ: Đường Trịnh Tú, phường Đông Thành, thành phố Ninh Bình, tỉnh Ninh Bình</p>
<p>Điện thoại: 0229.3871.458 - Fax: 0229.3873.120 - Email: sonoivu@ninhbinh.gov.vn</p>
<p>Giấy phép số 06/GP-STTTT ngày 22/3/2017 của Sở Thông tin và Truyền thông tỉnh Ninh Bình</p>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2025 by Sở Nội vụ tỉnh Ninh Bình</span> | <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="{DNN_HOST}/Login?returnurl=%2f">Đăng nhập</a>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`95`}}" />
<script type="text/javascript" src="/Resources/Shared/scripts/initWidgets.js" ></script>
</form>
<!--CDF(Javascript|/js/dnncore.js?cdv=184)-->
</body>
</html>
"""
    return Page("dnn_newsarticles", "dnn", a, dnn_url(a), enc_name, "second", True, traps, doc, url_slug(a))

# ============================================================================= 4. SharePoint

SP_HOST = "https://www.khanhhoa.gov.vn"


def sp_url(a: dict) -> str:
    return f"{SP_HOST}/Pages/ChiTietTin.aspx?ItemID={numid(21000, 39000, 'spid', a['key'])}&l=TinTucSuKien"


def sp_clock(d: datetime) -> str:
    return f"{d.hour} giờ {d.minute:02d}"


def render_sharepoint(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("sp", a["key"])
    t = a["_dt"]
    divs = i % 2 == 1  # SharePoint's RTE often writes <div>s instead of <p>s
    with_related = i % 2 == 0
    traps = ["generic_title", "title_h1_only", "today_header", "dated_sidebar", "counter", "menu", "breadcrumb",
             "footer", "toolbar", "caption", "signature", "server_time_script", "viewstate"]
    if with_related:
        traps.append("related_in_body")
    if divs:
        traps.append("div_paragraphs")
    wrapped = False

    tag = "div" if divs else "p"
    body = []
    if a.get("lead"):
        body.append(f'<{tag} style="text-align: justify;"><strong>{h(a["lead"])}</strong></{tag}>')
    ptexts = [b for b in a["blocks"]]
    for k, b in enumerate(ptexts):
        if b["kind"] == "figure":
            src = f"/PublishingImages/TinTuc/{t.year}/{t.month:02d}/{image_name(b)}"
            body.append(f'<div style="text-align: center;"><img src="{src}" alt="" style="margin: 5px; width: 560px;" /><br />'
                        f'<em>{h(b["text"])}</em></div>')
        else:
            esc = h(b["text"])
            if k % 2 == 1 and rng.random() < 0.7:
                esc = soft_wrap(esc, rng)
                wrapped = True
            body.append(f'<{tag} style="text-align: justify;">{esc}</{tag}>')
        if with_related and k == 2:
            rel = nearest(a, pool, 3)
            items = "".join(f'<li><a href="{sp_url(o)}">{h(o["title"])}</a> <span class="ms-metadata">({dmy(o["_dt"])})</span></li>' for o in rel)
            body.append('<div class="tinlienquan" style="border: 1px solid #c8c8c8; background: #f5f5f5; padding: 6px; margin: 6px 0 6px 20px; width: 45%; float: right;">'
                        f'<strong>Tin liên quan:</strong><ul>{items}</ul></div>')
    body.append(f'<div style="text-align: right;"><strong>{h(a["author"])}</strong></div>')
    body.append('<div style="text-align: right;"><em>(Theo Báo Khánh Hòa)</em></div>')
    if wrapped:
        traps.append("soft_line_breaks")

    others = nearest(a, pool, 6)
    other_html = "\n".join(
        f'<li><a href="{sp_url(o)}">{h(o["title"])}</a>&nbsp;<span class="date">({dmy(o["_dt"], "-")})</span></li>' for o in others)
    latest = newest(a, pool, 5)
    latest_html = "\n".join(
        f'<div class="item-news"><a href="{sp_url(o)}">{h(o["title"])}</a><div class="item-date">{hm(o["_dt"])} {dmy(o["_dt"])}</div></div>' for o in latest)
    printed = f"{WD_WORDS[t.weekday()]}, {dmy(t, '-')}, {sp_clock(t)}"
    wpq = lambda n: f"WebPartWPQ{n}"
    guid = lambda s: "{" + (lambda x: f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}")(hexid(s, a["key"])) + "}"
    server = TODAY.astimezone(timezone.utc)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><title>
	Chi tiết tin
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%2BxPjuPb6HmV0g6vdRb8A%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/khanhhoa/css/style.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=rJ2RqSkj3mvy%2BVTYbt2jMQ%3D%3DTAG0"></script>
<script type="text/javascript">
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "https:\\u002f\\u002fwww.khanhhoa.gov.vn", siteAbsoluteUrl: "https:\\u002f\\u002fwww.khanhhoa.gov.vn", serverRequestPath: "\\u002fPages\\u002fChiTietTin.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "Cổng thông tin điện tử tỉnh Khánh Hòa", webTemplate: "53", currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", serverTime: "{server.strftime('%Y-%m-%dT%H:%M:%S')}.4818203Z", siteClientTag: "1046$$16.0.5383.1000", pageListId: "{guid('list')}", pageItemId: {numid(100, 900, 'pi', a['key'])}, userId: 0}};
</script>
<link rel="canonical" href="{SP_HOST}:443/Pages/ChiTietTin.aspx?ItemID={numid(21000, 39000, 'spid', a['key'])}&amp;l=TinTucSuKien" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./ChiTietTin.aspx?ItemID={numid(21000, 39000, 'spid', a['key'])}&amp;l=TinTucSuKien" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{hexid('digest', a['key'])}{hexid('digest2', a['key'])},{server.strftime('%d %b %Y %H:%M:%S')} -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate('spvs', a['key'], n=420)}" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"></div></div></div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="kh-header">
<div class="kh-topbar"><span class="kh-date">{TODAY_HEADER}</span><span class="kh-links"><a href="/Pages/sodoweb.aspx">Sơ đồ cổng</a> | <a href="/en">English</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a></span></div>
<div class="kh-banner"><a href="/"><img src="/Style%20Library/khanhhoa/images/banner.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA" /></a>
<div class="kh-search"><input type="text" name="ctl00$txtSearch" placeholder="Nhập từ khóa tìm kiếm..." /><input type="button" value="Tìm" /></div></div>
<div class="kh-menu"><ul class="root static">
<li class="static"><a class="static menu-item" href="/"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/gioithieu.aspx"><span class="menu-item-text">Giới thiệu</span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/Pages/TinTucSuKien.aspx"><span class="menu-item-text">Tin tức - Sự kiện</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/chinhquyen.aspx"><span class="menu-item-text">Chính quyền</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/congdan.aspx"><span class="menu-item-text">Công dân</span></a></li>
<li class="static"><a class="static menu-item" href="/Pages/doanhnghiep.aspx"><span class="menu-item-text">Doanh nghiệp</span></a></li>
<li class="static"><a class="static menu-item" href="https://dichvucong.khanhhoa.gov.vn"><span class="menu-item-text">Dịch vụ công</span></a></li>
</ul></div>
</div>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="kh-breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/Pages/TinTucSuKien.aspx">Tin tức - Sự kiện</a> <span>›</span> <span>{h(a["section"])}</span></div>
<table width="100%" cellpadding="0" cellspacing="0" class="ms-webpartPage-root">
<tr>
<td valign="top" style="width: 70%;">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_{wpq(2)}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div webpartid="{guid('wp2')[1:-1]}" haspers="false" id="{wpq(2)}" width="100%" class="ms-WPBody noindex" allowdelete="false" style="">
<div class="news-detail">
<h1 class="news-title">{h(a["title"])}</h1>
<div class="news-date">{printed}</div>
<div class="news-tools"><a href="javascript:window.print();" class="print">In trang</a> | <a href="mailto:?body={at(sp_url(a))}" class="mail">Gửi email</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={at(sp_url(a))}" target="_blank">Chia sẻ</a> | Cỡ chữ: <a href="javascript:;" class="font-s">A-</a> <a href="javascript:;" class="font-l">A+</a></div>
<div id="ctl00_PlaceHolderMain_ctl00_RichHtmlField1__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_RichHtmlField1_label">
{chr(10).join(body)}
</div>
<div class="news-viewcount">Lượt xem: {dots(numid(200, 5000, "v", a["key"]))}</div>
</div>
</div><div class="ms-clear"></div>
</div>
</div>
<div id="MSOZoneCell_{wpq(3)}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div webpartid="{guid('wp3')[1:-1]}" haspers="false" id="{wpq(3)}" width="100%" class="ms-WPBody noindex" allowdelete="false">
<div class="other-news"><div class="other-news-title">Các tin khác</div>
<ul>
{other_html}
</ul></div>
</div><div class="ms-clear"></div>
</div>
</div>
</div>
</td>
<td valign="top" style="width: 30%;">
<div class="ms-webpart-zone ms-fullWidth">
<div id="MSOZoneCell_{wpq(4)}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title"><span title="Tin mới nhất" class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><span>Tin mới nhất</span></h2></span></div>
<div webpartid="{guid('wp4')[1:-1]}" haspers="false" id="{wpq(4)}" width="100%" class="ms-WPBody noindex" allowdelete="false">
{latest_html}
</div><div class="ms-clear"></div>
</div>
</div>
<div id="MSOZoneCell_{wpq(5)}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Đường dây nóng</span></h2></div>
<div id="{wpq(5)}" class="ms-WPBody noindex"><div class="hotline">Tiếp nhận phản ánh, kiến nghị về TTHC: <b>0258.3563.225</b><br />Email: tiepnhanphananh@khanhhoa.gov.vn</div></div>
</div>
</div>
</div>
</td>
</tr>
</table>
</div>
</div>
</div>
<div class="kh-footer">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Khánh Hòa. Địa chỉ: Số 01 Trần Phú, thành phố Nha Trang, tỉnh Khánh Hòa.</p>
<p>Điện thoại: (0258) 3822 661 - Fax: (0258) 3821 104 - Email: banbientap@khanhhoa.gov.vn</p>
<p>Giấy phép số 69/GP-TTĐT do Cục Quản lý phát thanh, truyền hình và thông tin điện tử cấp ngày 09/5/2016.</p>
<p>Tổng số lượt truy cập: {dots(numid(40_000_000, 48_000_000, "tt", a["key"]))}</p>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI = true;
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002f', 1440000); return true; }}
//]]>
</script>
</form>
<span id="DeltaSPWebPartManager"></span>
</body>
</html>
"""
    return Page("sharepoint_webpart", "sharepoint", a, sp_url(a), "utf-8", "minute", True, traps, doc, url_slug(a))

# ============================================================================= 5. Newspaper CMS (baohagiang.vn / baokhanhhoa.vn)

NP_SITES = {
    "baohagiang": {
        "host": "https://baohagiang.vn", "name": "Báo Hà Giang điện tử", "short": "Báo Hà Giang",
        "menu": ["Thời sự - Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Quốc phòng - An ninh", "Pháp luật", "Thể thao"],
        "footer": ["Cơ quan chủ quản: Tỉnh ủy Hà Giang", "Giấy phép hoạt động báo điện tử số 95/GP-BTTTT ngày 22/3/2021 của Bộ Thông tin và Truyền thông",
                   "Tổng Biên tập: Nguyễn Văn Tuấn", "Địa chỉ: Số 41, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang",
                   "Điện thoại: 0219.3862.279 - Fax: 0219.3867.262 - Email: baohagiang@gmail.com",
                   "Ghi rõ nguồn \"Báo Hà Giang điện tử\" khi phát hành lại thông tin từ website này."],
        "hotline": "0219.3866.599",
    },
    "baokhanhhoa": {
        "host": "https://baokhanhhoa.vn", "name": "Báo Khánh Hòa điện tử", "short": "Báo Khánh Hòa",
        "menu": ["Chính trị", "Kinh tế", "Xã hội", "Du lịch", "Văn hóa", "Thể thao", "Pháp luật", "Biển đảo"],
        "footer": ["Cơ quan chủ quản: Tỉnh ủy Khánh Hòa", "Giấy phép số 290/GP-BTTTT ngày 14/6/2022 của Bộ Thông tin và Truyền thông",
                   "Tổng Biên tập: Lê Thanh Sơn", "Địa chỉ: 89 Đường 2 Tháng 4, phường Vĩnh Phước, thành phố Nha Trang, tỉnh Khánh Hòa",
                   "Điện thoại: (0258) 3822.364 - Email: toasoan@baokhanhhoa.vn",
                   "© Bản quyền thuộc về Báo Khánh Hòa. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."],
        "hotline": "0258.3811.811",
    },
}


def np_url(a: dict) -> str:
    return NP_SITES[a["portal"]]["host"] + a["path"]


def np_img(a: dict, b: dict) -> str:
    site = NP_SITES[a["portal"]]
    return f"/file/{hexid(site['host'], 'file')}/{a['_dt'].month:02d}{a['_dt'].year}/{image_name(b)}"


def link_keyword(escaped: str, kw: str, href: str) -> tuple[str, bool]:
    pos = escaped.find(kw)
    if pos < 0:
        return escaped, False
    return escaped[:pos] + f'<a href="{href}" class="link-keyword" title="{kw}">{kw}</a>' + escaped[pos + len(kw):], True


def render_newspaper(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("np", a["key"])
    site = NP_SITES[a["portal"]]
    bhg = a["portal"] == "baohagiang"
    t = a["_dt"]
    traps = ["related_in_body", "today_header", "dated_sidebar", "counter", "menu", "breadcrumb", "footer",
             "toolbar", "caption", "signature", "hotline"]
    modified = t + timedelta(hours=numid(0, 30, "mh", a["key"]), minutes=numid(1, 59, "mm", a["key"])) if i % 2 == 0 else t

    body = []
    linked = False
    rel = nearest(a, pool, 3)
    for k, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            src = np_img(a, b)
            if bhg:
                body.append(f'<figure class="image align-center"><img src="{src}" alt="{at(b["text"])}" width="700" height="466" loading="lazy" />'
                            f'<figcaption>{h(b["text"])}</figcaption></figure>')
            else:
                body.append('<table class="image center" align="center"><tbody>'
                            f'<tr><td><img src="{src}" alt="" width="700" /></td></tr>'
                            f'<tr><td class="image_desc"><p>{h(b["text"])}</p></td></tr></tbody></table>')
        else:
            esc = h(b["text"])
            if not bhg and not linked:
                esc, linked = link_keyword(esc, "cải cách hành chính", "/tags/cai-cach-hanh-chinh.html")
            body.append(f'<p style="text-align: justify;">{esc}</p>')
        if k == 1:
            if bhg:
                items = "".join(f'<li><a href="{np_url(o)}">{h(o["title"])}</a></li>' for o in rel)
                body.append(f'<div class="box-tinlienquan"><div class="box-title">Tin liên quan</div><ul>{items}</ul></div>')
            else:
                items = "".join(f'<li><a href="{np_url(o)}">{h(o["title"])}</a> <span class="time">({dmy(o["_dt"])})</span></li>' for o in rel)
                body.append(f'<div class="relate-inline"><p class="title-relate"><strong>TIN LIÊN QUAN</strong></p><ul>{items}</ul></div>')
    if bhg:
        label = rng.choice(["Tin, ảnh", "Bài, ảnh", "Tin, ảnh"])
        body.append(f'<p style="text-align: right;"><strong>{label}: {h(a["author"])}</strong></p>')
    else:
        body.append(f'<p style="text-align: right;"><strong>{h(a["author"])}</strong></p>')
    if linked:
        traps.append("inline_links")

    if bhg:
        sapo = f'<h2 class="detail-sapo">{h(a["lead"])}</h2>'
        printed = f"{WD_WORDS[t.weekday()]}, {dmy(t)} - {hm(t)} (GMT+7)"
        traps.append("lead_in_heading")
    else:
        sapo = f'<div class="detail-sapo"><strong>{h(a["lead"])}</strong></div>'
        printed = f"{WD_WORDS[t.weekday()]}, {dmy(t)} | {hm(t)} GMT+7"

    comments_html = ""
    if not bhg:
        traps.append("comments")
        cs = comments_for(a, rng, 2 + i % 2)
        items = "\n".join(
            f'<li class="comment-item"><div class="comment-head"><span class="comment-name">{h(n)}</span>'
            f' <span class="comment-time">{hm(ct)} {dmy(ct)}</span></div><div class="comment-text">{h(txt)}</div></li>'
            for n, txt, ct in cs)
        comments_html = f'<div class="box-comment"><h3 class="box-comment-title">Ý kiến bạn đọc ({len(cs)})</h3><ul class="comment-list">\n{items}\n</ul></div>'
    comment_form = ('<div class="comment-form"><h3>Gửi ý kiến</h3><input type="text" placeholder="Họ và tên" /><input type="text" placeholder="Email" />'
                    '<textarea placeholder="Nội dung ý kiến"></textarea><button type="button">Gửi</button></div>')

    section_slug = a["path"].split("/")[1]
    same = [o for o in nearest(a, pool, 9) if o["section"] == a["section"]][:4] or nearest(a, pool, 4)
    same_html = "\n".join(f'<li><a href="{np_url(o)}">{h(o["title"])}</a> <span class="time">{hm(o["_dt"])} {dmy(o["_dt"])}</span></li>' for o in same)
    latest = newest(a, pool, 6)
    latest_html = "\n".join(
        f'<li><a href="{np_url(o)}"><img src="{np_img(o, [b for b in o["blocks"] if b["kind"] == "figure"][0])}" alt="" width="100" /></a>'
        f'<a href="{np_url(o)}" class="title">{h(o["title"])}</a><span class="time">{hm(o["_dt"])} | {dmy(o["_dt"])}</span></li>' for o in latest)
    menu = "".join(f'<li><a href="/{ascii_slug(m)}/">{h(m)}</a></li>' for m in site["menu"])
    fig0 = [b for b in a["blocks"] if b["kind"] == "figure"][0]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": np_url(a)},
        "headline": a["title"], "description": a.get("lead") or "",
        "image": {"@type": "ImageObject", "url": site["host"] + np_img(a, fig0), "width": 700, "height": 466},
        "datePublished": t.isoformat(), "dateModified": modified.isoformat(),
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": site["name"], "logo": {"@type": "ImageObject", "url": site["host"] + "/images/logo.png"}},
    }
    if modified != t:
        traps.append("modified_metadata")
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@id": site["host"] + "/", "name": "Trang chủ"}},
        {"@type": "ListItem", "position": 2, "item": {"@id": f"{site['host']}/{section_slug}/", "name": a["section"]}}]}
    footer = "<br />".join(h(x) for x in site["footer"])
    views = numid(300, 12000, "v", a["key"])
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{h(a["title"])} - {h(site["name"])}</title>
<meta name="description" content="{at(a.get("lead") or "")}" />
<meta name="keywords" content="{at(a["section"])}, {at(site["short"])}" />
<link rel="canonical" href="{np_url(a)}" />
<meta property="og:site_name" content="{at(site["name"])}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{at(a["title"])}" />
<meta property="og:description" content="{at(a.get("lead") or "")}" />
<meta property="og:url" content="{np_url(a)}" />
<meta property="og:image" content="{site["host"]}{np_img(a, fig0)}" />
<meta property="article:published_time" content="{t.isoformat()}" />
<meta property="article:modified_time" content="{modified.isoformat()}" />
<meta property="article:section" content="{at(a["section"])}" />
<link rel="stylesheet" href="/assets/css/bootstrap.min.css?v=3.4.1" />
<link rel="stylesheet" href="/assets/css/style.css?v={numid(100, 999, 'css', site['host'])}" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{hexid(site['host'], n=10).upper()}"></script>
</head>
<body class="page-detail">
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {TODAY_HEADER}</span>
<span class="hotline">Đường dây nóng: <b>{site["hotline"]}</b></span>
<span class="top-links"><a href="/rss/">RSS</a> | <a href="/lien-he/">Liên hệ tòa soạn</a> | <a href="/quang-cao/">Quảng cáo</a></span>
</div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/images/logo.png" alt="{at(site["name"])}" /></a>
<form class="search" action="/tim-kiem/"><input type="text" name="q" placeholder="Tìm kiếm" /></form></div>
<nav class="main-menu"><div class="container"><ul><li class="home"><a href="/"><i class="fa fa-home"></i></a></li>{menu}<li><a href="/video/">Video</a></li><li><a href="/podcast/">Podcast</a></li></ul></div></nav>
</header>
<div class="container main">
<div class="row">
<div class="col-md-8 col-left">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{section_slug}/">{h(a["section"])}</a></li></ul>
<article class="detail">
<h1 class="detail-title">{h(a["title"])}</h1>
<div class="detail-meta"><span class="detail-time"><i class="fa fa-clock-o"></i> {printed}</span> <span class="detail-view"><i class="fa fa-eye"></i> {dots(views)}</span></div>
<div class="detail-toolbar"><a href="https://www.facebook.com/sharer/sharer.php?u={at(np_url(a))}" class="fb">Facebook</a> <a href="https://sp.zalo.me/share_inline?url={at(np_url(a))}" class="zalo">Zalo</a> <a href="javascript:window.print()" class="print">In bài</a> <a href="javascript:;" class="font-minus">A-</a> <a href="javascript:;" class="font-plus">A+</a></div>
{sapo}
<div class="detail-content" id="content-detail">
{chr(10).join(body)}
</div>
<div class="detail-tags">Từ khóa: <a href="/tags/{section_slug}.html">{h(a["section"])}</a> <a href="/tags/tin-tuc.html">tin tức</a></div>
{comments_html}
{comment_form}
<div class="box-samecate"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>
{same_html}
</ul></div>
</article>
</div>
<div class="col-md-4 col-right">
<div class="box-sidebar"><h3 class="box-title">Tin mới nhất</h3><ul class="list-news">
{latest_html}
</ul></div>
<div class="box-sidebar"><h3 class="box-title">Báo in</h3><a href="/bao-in/"><img src="/images/bao-in-{TODAY.strftime('%d%m%Y')}.jpg" alt="Báo in ngày {dmy(TODAY)}" /></a></div>
<div class="box-sidebar adv"><a href="https://dichvucong.gov.vn" rel="nofollow"><img src="/file/{hexid(site['host'], 'file')}/adv/banner-dvc.jpg" alt="Quảng cáo" /></a></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<div class="footer-logo"><img src="/images/logo-footer.png" alt="" /></div>
<div class="footer-info">{footer}</div>
</div></footer>
<a href="#" class="back-top">Lên đầu trang</a>
</body>
</html>
"""
    return Page("newspaper_filecms", "newspaper", a, np_url(a), "utf-8", "minute", True, traps, doc, url_slug(a))

# ============================================================================= 6. WordPress

WP_HOST = "https://cchc.hagiang.gov.vn"
VN_MONTH = ["", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode().lower()
    out, prev = [], "-"
    for c in s:
        if c.isalnum():
            out.append(c)
            prev = c
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


def wp_url(a: dict) -> str:
    d = a["_dt"]
    return f"{WP_HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{url_slug(a)}/"


def wp_calendar(t: datetime) -> str:
    first = t.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    ndays = (nxt - first).days
    cells = [""] * first.weekday() + [str(d) for d in range(1, ndays + 1)]
    cells += [""] * (-len(cells) % 7)
    rows = []
    for r in range(0, len(cells), 7):
        tds = []
        for c in cells[r:r + 7]:
            if c == str(t.day):
                tds.append(f'<td><a href="{WP_HOST}/{t.year}/{t.month:02d}/{t.day:02d}/" aria-label="Các bài viết đã được xuất bản vào {wp_date(t)}">{c}</a></td>')
            elif c:
                tds.append(f"<td>{c}</td>")
            else:
                tds.append('<td class="pad">&nbsp;</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    head = "".join(f'<th scope="col" title="{n}">{s}</th>' for n, s in zip(WD_WORDS, WD_SHORT))
    return (f'<table id="wp-calendar" class="wp-calendar-table"><caption>Tháng {t.month} {t.year}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def render_wordpress(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("wp", a["key"])
    t = a["_dt"]
    pid = numid(1200, 6800, "pid", a["key"])
    gutenberg = i % 2 == 0
    updated = t + timedelta(days=numid(0, 3, "ud", a["key"]), hours=numid(1, 20, "uh", a["key"]),
                            minutes=numid(0, 59, "um", a["key"]), seconds=numid(0, 59, "us", a["key"])) if i % 2 == 0 else None
    with_comments = i % 5 != 4
    traps = ["related_in_body", "share_in_body", "toolbar", "source_line", "dated_sidebar", "menu", "footer", "caption",
             "signature", "utc_metadata", "calendar_widget"]
    if updated:
        traps.append("modified_metadata")

    body = []
    if a.get("lead"):
        body.append(f"<p><strong>{h(a['lead'])}</strong></p>")
    for b in a["blocks"]:
        if b["kind"] == "figure":
            wid = numid(5000, 9999, "img", b["image"])
            src = f"{WP_HOST}/wp-content/uploads/{t.year}/{t.month:02d}/{image_name(b)}"
            if gutenberg:
                body.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{src}" alt="" class="wp-image-{wid}" />'
                            f'<figcaption class="wp-element-caption">{h(b["text"])}</figcaption></figure>')
            else:
                body.append(f'<div id="attachment_{wid}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{wid}" decoding="async" class="size-full wp-image-{wid}" src="{src}" alt="" width="800" height="533" />'
                            f'<p id="caption-attachment-{wid}" class="wp-caption-text">{h(b["text"])}</p></div>')
        else:
            body.append(f"<p>{h(b['text'])}</p>")
    label = "Tin, ảnh" if rng.random() < 0.6 else "Bài, ảnh"
    body.append(f'<p style="text-align: right;"><strong>{label}: {h(a["author"])}</strong></p>')
    body.append('<p><em>Nguồn: Báo Hà Giang điện tử</em></p>')
    body.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
                f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{wp_url(a)}?share=facebook" target="_blank"><span>Facebook</span></a></li>'
                f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{wp_url(a)}?share=twitter" target="_blank"><span>X</span></a></li>'
                f'<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{wp_url(a)}#print" target="_blank"><span>In</span></a></li>'
                '<li class="share-end"></li></ul></div></div></div>')
    rel = nearest(a, pool, 4)
    items = "".join(f'<li><a href="{wp_url(o)}" rel="bookmark" title="{at(o["title"])}">{h(o["title"])}</a> <small>({dmy(o["_dt"])})</small></li>' for o in rel)
    body.append(f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<h3>Tin liên quan:</h3><ol>{items}</ol>\n</div>")

    pub_attr = t.isoformat()
    stamp = f'<time class="entry-date published" datetime="{pub_attr}">{wp_date(t)} lúc {wp_clock(t)}</time>'
    if updated:
        stamp += f'<time class="updated" datetime="{updated.isoformat()}">{wp_date(updated)} lúc {wp_clock(updated)}</time>'
    else:
        stamp = stamp.replace('class="entry-date published"', 'class="entry-date published updated"')

    comments_html = ""
    if with_comments:
        traps.append("comments")
        cs = comments_for(a, rng, 2 + i % 2)
        lis = []
        for k, (n, txt, ct) in enumerate(cs):
            cid = pid * 3 + k
            lis.append(f"""<li id="comment-{cid}" class="comment {'even thread-even' if k % 2 == 0 else 'odd alt thread-odd thread-alt'} depth-1">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{hexid(n)}?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' loading='lazy' decoding='async'/><b class="fn">{h(n)}</b> <span class="says">viết:</span></div>
<div class="comment-metadata"><a href="{wp_url(a)}#comment-{cid}"><time datetime="{ct.isoformat()}">{wp_date(ct)} lúc {wp_clock(ct)}</time></a></div>
</footer>
<div class="comment-content"><p>{h(txt)}</p></div>
<div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" data-postid="{pid}" aria-label='Phản hồi đến {at(n)}'>Trả lời</a></div>
</article>
</li>""")
        comments_html = f"""<h2 class="comments-title">{len(cs)} bình luận về &ldquo;{h(a["title"])}&rdquo;</h2>
<ol class="comment-list">
{chr(10).join(lis)}
</ol>"""
        traps.append("title_in_comments_heading")

    recent = newest(a, pool, 5)
    recent_html = "\n".join(f'<li><a href="{wp_url(o)}">{h(o["title"])}</a><span class="post-date">{wp_date(o["_dt"])}</span></li>' for o in recent)
    months = sorted({(o["_dt"].year, o["_dt"].month) for o in pool if o["portal"] == a["portal"]}, reverse=True)[:8]
    arch = "\n".join(f"<li><a href='{WP_HOST}/{y}/{m:02d}/'>Tháng {m} {y}</a></li>" for y, m in months)
    prev = [o for o in nearest(a, pool, 9) if o["_dt"] < t][:1]
    nxt = [o for o in nearest(a, pool, 9) if o["_dt"] > t][:1]
    nav = ""
    if prev:
        nav += f'<div class="nav-previous"><a href="{wp_url(prev[0])}" rel="prev"><span class="nav-subtitle">Bài trước:</span> <span class="nav-title">{h(prev[0]["title"])}</span></a></div>'
    if nxt:
        nav += f'<div class="nav-next"><a href="{wp_url(nxt[0])}" rel="next"><span class="nav-subtitle">Bài tiếp theo:</span> <span class="nav-title">{h(nxt[0]["title"])}</span></a></div>'
    mod_utc = utc(updated) if updated else utc(t)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": wp_url(a) + "#article", "isPartOf": {"@id": wp_url(a)},
         "author": {"name": "Ban biên tập", "@id": WP_HOST + "/#/schema/person/" + hexid("bbt")},
         "headline": a["title"], "datePublished": utc(t), "dateModified": mod_utc,
         "mainEntityOfPage": {"@id": wp_url(a)}, "wordCount": sum(len(p.split()) for p in paragraphs(a)),
         "commentCount": 0, "publisher": {"@id": WP_HOST + "/#organization"},
         "articleSection": ["Thời sự"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": wp_url(a), "url": wp_url(a), "name": a["title"] + " – Cải cách hành chính Hà Giang",
         "datePublished": utc(t), "dateModified": mod_utc, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": wp_url(a) + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": WP_HOST + "/"},
            {"@type": "ListItem", "position": 2, "name": a["title"]}]},
    ]}
    cat = ascii_slug(a["section"])
    doc = f"""<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{h(a["title"])} &#8211; Cải cách hành chính Hà Giang</title>
	<link rel="canonical" href="{wp_url(a)}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{at(a["title"])}" />
	<meta property="og:description" content="{at((a.get("lead") or "")[:155])}&#8230;" />
	<meta property="og:url" content="{wp_url(a)}" />
	<meta property="og:site_name" content="Cải cách hành chính Hà Giang" />
	<meta property="article:published_time" content="{utc(t)}" />
	<meta property="article:modified_time" content="{mod_utc}" />
	<meta name="author" content="Ban biên tập" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="Cải cách hành chính Hà Giang &raquo; Dòng thông tin" href="{WP_HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Cải cách hành chính Hà Giang &raquo; {at(a["title"])} Dòng phản hồi" href="{wp_url(a)}feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{WP_HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='cchc-style-css' href='{WP_HOST}/wp-content/themes/cchc/style.css?ver=1.0.3' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;}}
</style>
<link rel="https://api.w.org/" href="{WP_HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{WP_HOST}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress 6.4.2" />
<link rel='shortlink' href='{WP_HOST}/?p={pid}' />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="{WP_HOST}/" rel="home">Cải cách hành chính Hà Giang</a></p>
			<p class="site-description">Trang thông tin cải cách hành chính tỉnh Hà Giang</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu">
<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-home menu-item-21"><a href="{WP_HOST}/">Trang chủ</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-22"><a href="{WP_HOST}/category/{cat}/">{h(a["section"])}</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-23"><a href="{WP_HOST}/category/van-ban-chi-dao/">Văn bản chỉ đạo</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-24"><a href="{WP_HOST}/category/mo-hinh-hay/">Mô hình hay - Cách làm mới</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="{WP_HOST}/hoi-dap/">Hỏi đáp TTHC</a></li>
</ul></div>
		</nav>
	</header>

	<div id="content" class="site-content">
	<main id="primary" class="site-main">

<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{cat} tag-cai-cach-hanh-chinh">
	<header class="entry-header">
		<h1 class="entry-title">{h(a["title"])}</h1>
		<div class="entry-meta">
			<span class="posted-on">Đăng ngày <a href="{wp_url(a)}" rel="bookmark">{stamp}</a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{WP_HOST}/author/bientap/">Ban biên tập</a></span></span>
		</div>
	</header>

	<div class="entry-content">
{chr(10).join(body)}
	</div>

	<footer class="entry-footer">
		<span class="cat-links">Chuyên mục <a href="{WP_HOST}/category/{cat}/" rel="category tag">{h(a["section"])}</a></span><span class="tags-links">Thẻ <a href="{WP_HOST}/tag/cai-cach-hanh-chinh/" rel="tag">cải cách hành chính</a>, <a href="{WP_HOST}/tag/ha-giang/" rel="tag">Hà Giang</a></span>
	</footer>
</article>

	<nav class="navigation post-navigation" aria-label="Bài viết">
		<h2 class="screen-reader-text">Điều hướng bài viết</h2>
		<div class="nav-links">{nav}</div>
	</nav>
<div id="comments" class="comments-area">
{comments_html}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{wp_url(a)}#respond" style="display:none;">Hủy</a></small></h3>
		<form action="{WP_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p></form>
	</div>
</div>

	</main>

<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{WP_HOST}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
{recent_html}
</ul></section>
	<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">{wp_calendar(t)}</div></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>
{arch}
</ul></section>
</aside>
	</div>

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			Cơ quan thường trực: Sở Nội vụ tỉnh Hà Giang - Địa chỉ: Tổ 11, phường Nguyễn Trãi, thành phố Hà Giang - Điện thoại: 0219.3866.041 - Email: snv@hagiang.gov.vn
			<span class="sep"> | </span>
			<a href="https://wordpress.org/">Vận hành bởi WordPress</a>
		</div>
	</footer>
</div>
<script src='{WP_HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.2' id='comment-reply-js' async data-wp-strategy='async'></script>
<script src='{WP_HOST}/wp-content/themes/cchc/js/navigation.js?ver=1.0.3' id='cchc-navigation-js'></script>
</body>
</html>
"""
    return Page("wordpress_theme", "wordpress", a, wp_url(a), "utf-8", "minute", True, traps, doc, url_slug(a))

# ============================================================================= 7. Drupal 7

DR_SITES = {
    "angiang": ("https://stttt.angiang.gov.vn", "Sở Thông tin và Truyền thông tỉnh An Giang",
                "Số 6 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang", "0296.3953.995", "stttt@angiang.gov.vn"),
    "hochiminhcity": ("https://sotttt.hochiminhcity.gov.vn", "Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh",
                      "59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "(028) 3520 2727", "stttt@tphcm.gov.vn"),
}


def dr_url(a: dict) -> str:
    return f"{DR_SITES[a['portal']][0]}/vi/tin-tuc/{url_slug(a)}"


def render_drupal(a: dict, i: int, pool: list[dict]) -> Page:
    rng = rng_for("dr", a["key"])
    host, site, addr, phone, mail = DR_SITES[a["portal"]]
    t = a["_dt"]
    nid = numid(10000, 40000, "nid", a["key"])
    with_comments = i % 3 != 2
    traps = ["breadcrumb", "title_in_breadcrumb", "dated_sidebar", "counter", "menu", "footer", "toolbar", "caption",
             "signature", "rdfa_dates"]

    body = []
    for b in a["blocks"]:
        if b["kind"] == "figure":
            src = f"{host}/sites/default/files/styles/large/public/field/image/{t.year}/{t.month:02d}/{image_name(b)}?itok={hexid('itok', b['image'], n=8)}"
            if i % 2 == 0:
                body.append(f'<div class="media media-element-container media-default"><div id="file-{numid(1000, 9999, "fid", b["image"])}" class="file file-image file-image-jpeg">'
                            f'<div class="content"><img typeof="foaf:Image" src="{src}" width="640" height="427" alt="" /></div></div></div>\n'
                            f'<p class="caption" style="text-align: center;"><em>{h(b["text"])}</em></p>')
            else:
                body.append(f'<div class="caption caption-center"><div class="caption-inner" style="width: 640px;"><img src="{src}" width="640" alt="" />'
                            f'<div class="caption-text">{h(b["text"])}</div></div></div>')
        else:
            body.append(f"<p>{h(b['text'])}</p>")
    body.append(f'<p style="text-align: right;"><em><strong>{h(a["author"])}</strong></em></p>')

    sapo = ""
    if a.get("lead"):
        traps.append("lead_in_heading")
        sapo = ('<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">'
                f'<h2 class="sapo">{h(a["lead"])}</h2></div></div></div>')
    printed = f"{WD_SHORT[t.weekday()]}, {dmy(t)} lúc {t.hour:02d}h{t.minute:02d}"

    comments_html = ""
    ncom = 0
    if with_comments:
        traps.append("comments")
        cs = comments_for(a, rng, 2)
        ncom = len(cs)
        parts = []
        for k, (n, txt, ct) in enumerate(cs):
            cid = nid * 2 + k
            shown = f"{WD_SHORT[ct.weekday()]}, {dmy(ct)} - {hm(ct)}"
            parts.append(f"""<a id="comment-{cid}"></a>
<div class="comment comment-by-anonymous {'odd' if k % 2 == 0 else 'even'} clearfix" about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">
<div class="attribution"><div class="comment-submitted">
<p class="commenter-name"><span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">{h(n)} (chưa xác nhận)</span></span></p>
<p class="comment-time"><span property="dc:date dc:created" content="{ct.isoformat()}" datatype="xsd:dateTime">{shown}</span></p>
<p class="comment-permalink"><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Đường dẫn cố định</a></p>
</div></div>
<div class="comment-text"><div class="comment-arrow"></div>
<div class="content"><span rel="sioc:reply_of" resource="/vi/tin-tuc/{url_slug(a)}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{h(txt)}</p></div></div></div></div>
</div>
<ul class="links inline"><li class="comment-reply first last"><a href="/vi/comment/reply/{nid}/{cid}">trả lời</a></li></ul>
</div>""")
        comments_html = f'<div id="comments" class="comment-wrapper">\n<h2 class="title">Bình luận</h2>\n' + "\n".join(parts) + \
            f'\n<h2 class="title comment-form">Gửi bình luận mới</h2>\n<form class="comment-form" action="/vi/comment/reply/{nid}" method="post" id="comment-form"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Tên của bạn </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div><input type="submit" id="edit-submit" name="op" value="Lưu" class="form-submit" /></div></form>\n</div>'

    latest = newest(a, pool, 5)
    rows = "\n".join(
        f'<div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}"><div class="views-field views-field-title"><span class="field-content"><a href="{dr_url(o)}">{h(o["title"])}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">{dmy(o["_dt"])} - {hm(o["_dt"])}</span></div></div>'
        for k, o in enumerate(latest))
    views = numid(90, 4000, "v", a["key"])
    settings = json.dumps({"basePath": "/", "pathPrefix": "vi/", "ajaxPageState": {"theme": "stttt", "theme_token": hexid("tt", a["key"], n=20)}, "urlIsAjaxTrusted": {f"/vi/comment/reply/{nid}": True}}, ensure_ascii=False).replace("/", "\\/")
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{host}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/vi/tin-tuc/{url_slug(a)}" />
<link rel="shortlink" href="/vi/node/{nid}" />
  <title>{h(a["title"])} | {h(site)}</title>
  <style type="text/css" media="all">
@import url("{host}/modules/system/system.base.css?rq1z2x");
@import url("{host}/sites/all/themes/stttt/css/style.css?rq1z2x");
</style>
  <script type="text/javascript" src="{host}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{host}/misc/drupal.js?rq1z2x"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} node-type-article i18n-vi" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header" class="without-secondary-menu"><div class="section clearfix">
      <a href="/vi" title="Trang chủ" rel="home" id="logo"><img src="{host}/sites/default/files/logo-stttt.png" alt="Trang chủ" /></a>
      <div id="name-and-slogan"><div id="site-name"><strong><a href="/vi" title="Trang chủ" rel="home"><span>{h(site)}</span></a></strong></div></div>
      <div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/vi/tin-tuc/{url_slug(a)}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">Biểu mẫu tìm kiếm</h2><input title="Nhập điều kiện bạn muốn tìm." type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" id="edit-submit--2" name="op" value="Tìm kiếm" class="form-submit" /></div></div></form></div></div></div>
      <div id="main-menu" class="navigation"><h2 class="element-invisible">Trình đơn chính</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/vi">Trang chủ</a></li><li class="menu-480"><a href="/vi/gioi-thieu">Giới thiệu</a></li><li class="menu-481 active-trail"><a href="/vi/tin-tuc" class="active-trail">Tin tức</a></li><li class="menu-482"><a href="/vi/chuyen-doi-so">Chuyển đổi số</a></li><li class="menu-483"><a href="/vi/van-ban">Văn bản</a></li><li class="menu-484 last"><a href="/vi/lien-he">Liên hệ</a></li></ul></div>
  </div></div>
      <div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/vi">Trang chủ</a> » <a href="/vi/tin-tuc">Tin tức</a> » <a href="/vi/tin-tuc/{ascii_slug(a["section"])}">{h(a["section"])}</a> » {h(a["title"])}</div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
              <h1 class="title" id="page-title">
          {h(a["title"])}        </h1>
        <div class="tabs"></div>
          <div class="region region-content">
    <div id="block-system-main" class="block block-system">
  <div class="content">
    <div id="node-{nid}" class="node node-article node-promoted node-full clearfix" about="/vi/tin-tuc/{url_slug(a)}" typeof="sioc:Item foaf:Document">
      <span property="dc:title" content="{at(a["title"])}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="{ncom}" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
      <span property="dc:date dc:created" content="{t.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/vi/user/{numid(3, 40, 'uid', a['key'])}" typeof="sioc:UserAccount" property="foaf:name" datatype="">bientapvien</span> vào {printed}</span>    </div>
  <div class="content clearfix">
    {sapo}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{chr(10).join(body)}
</div></div></div><div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/vi/tu-khoa/{ascii_slug(a["section"])}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{h(a["section"])}</a></div></div></div>  </div>
  <div class="link-wrapper">
    <ul class="links inline"><li class="statistics_counter first"><span>{dots(views)} lượt đọc</span></li>
<li class="print_html"><a href="/vi/print/{nid}" title="Hiển thị bản in của trang này." class="print-page" rel="nofollow">Bản in</a></li>
<li class="print_mail last"><a href="/vi/printmail/{nid}" title="Gửi trang này cho bạn bè" class="print-mail" rel="nofollow">Gửi email</a></li>
</ul>  </div>
  {comments_html}
</div>
  </div>
</div>
  </div>
    </div></div>
          <div id="sidebar-second" class="column sidebar"><div class="section">
          <div class="region region-sidebar-second">
    <div id="block-views-tin-moi-block" class="block block-views">
        <h2>Tin mới</h2>
  <div class="content">
    <div class="view view-tin-moi view-id-tin_moi view-display-id-block">
      <div class="view-content">
{rows}
    </div>
    </div>
  </div>
</div>
<div id="block-block-5" class="block block-block"><h2>Thống kê truy cập</h2><div class="content"><p>Đang truy cập: {numid(10, 80, "on", a["key"])}<br />Tổng lượt truy cập: {dots(numid(900_000, 2_000_000, "tt", a["key"]))}</p></div></div>
  </div>
      </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section">
      <div id="footer" class="clearfix">
        <div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="content">
<p><strong>{h(site.upper())}</strong></p>
<p>Địa chỉ: {h(addr)} - Điện thoại: {phone} - Email: {mail}</p>
<p>Giấy phép thiết lập trang thông tin điện tử số 12/GP-TTĐT ngày 04/6/2020. Người chịu trách nhiệm: Giám đốc Sở.</p>
</div></div></div>
      </div>
  </div></div>
  </div></div>
  </body>
</html>
"""
    return Page("drupal_node", "other", a, dr_url(a), "utf-8", "minute", True, traps, doc, url_slug(a))

# ============================================================================= 8. Legacy ASP site: <div>/<br> paragraphs, windows-1258

LG_HOST = "http://vpubnd.ninhbinh.gov.vn"


def lg_url(a: dict) -> str:
    return f"{LG_HOST}/tintuc/xemtin.asp?id={numid(3000, 19000, 'lgid', a['key'])}&cat={numid(2, 14, 'cat', a['section'])}"


def render_legacy(a: dict, i: int, pool: list[dict], no_date: bool) -> Page:
    t = a["_dt"]
    generic = i % 2 == 1
    traps = ["windows-1258", "br_paragraphs", "today_header", "dated_sidebar", "counter", "menu", "footer", "toolbar",
             "caption", "signature"]
    traps.append("generic_title" if generic else "title_meta_only")
    if generic:
        traps.append("title_bold_only")
    if no_date:
        traps.append("no_date")
    else:
        traps.append("date_only")

    parts = []
    if a.get("lead"):
        parts.append(f"<b>{h(a['lead'])}</b><br>\n<br>")
    for k, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            parts.append(f'<div align="center"><img src="../upload/images/{t.year}/{image_name(b)}" border="0" width="480"><br>\n'
                         f'<i><font size="2">{h(b["text"])}</font></i></div>\n<br>')
        else:
            sep = "<br>\n<br>" if k % 3 else "<br><br>"
            parts.append(f"{h(b['text'])}{sep}")
    parts.append(f'<div align="right"><b><i>{h(a["author"])}</i></b></div>')

    if no_date:
        date_line = ""
    elif i % 2 == 0:
        date_line = f'<div class="ngaydang"><font color="#666666"><i>{WD_LOWER[t.weekday()]}, {dmy(t)}</i></font></div>'
    else:
        date_line = f'<div class="ngaydang"><font color="#666666">Ngày đăng: {dmy(t)}</font></div>'

    latest = newest(a, pool, 7)
    side = "\n".join(
        f'<img src="../images/arrow.gif" width="7" height="7"> <a href="{lg_url(o)}" class="linktin">{h(o["title"])}</a> <font color="#999999" size="1">({dmy(o["_dt"])})</font><br>'
        for o in latest)
    others = nearest(a, pool, 5)
    other_html = "\n".join(
        f'&nbsp;&nbsp;<img src="../images/dot.gif"> <a href="{lg_url(o)}">{h(o["title"])}</a> <font color="#999999">- {dmy(o["_dt"])}</font><br>'
        for o in others)
    title_tag = "::: VĂN PHÒNG UBND TỈNH NINH BÌNH :::" if generic else f"Văn phòng UBND tỉnh Ninh Bình - {a['title']}"
    counter = str(numid(1_000_000, 2_500_000, "cnt", a["key"])).zfill(8)
    digits = "".join(f'<img src="../images/counter/{c}.gif" alt="{c}" width="15" height="20">' for c in counter)
    doc = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{h(title_tag)}</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="../js/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/banner.jpg" width="990" height="150" alt="VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"></td></tr>
<tr><td height="28" background="../images/bg_menu.gif" class="menu">
&nbsp;<a href="../default.asp" class="menu">Trang chủ</a> | <a href="../gioithieu.asp" class="menu">Giới thiệu</a> | <a href="../tintuc/default.asp" class="menu">Tin tức - Sự kiện</a> | <a href="../vanban/default.asp" class="menu">Văn bản</a> | <a href="../lichcongtac.asp" class="menu">Lịch công tác</a> | <a href="../hoidap.asp" class="menu">Hỏi đáp</a> | <a href="../lienhe.asp" class="menu">Liên hệ</a>
</td></tr>
<tr><td height="25" bgcolor="#F2F2F2">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="260">&nbsp;<font face="Arial" size="2" color="#990000"><b>{TODAY_HEADER}</b></font></td>
<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font face="Arial" size="2" color="#003399">Chào mừng quý vị đến với Trang thông tin điện tử Văn phòng UBND tỉnh Ninh Bình</font></marquee></td>
</tr></table>
</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr>
<td width="220" valign="top" bgcolor="#EEF3FA">
<div class="boxtitle"><b>DANH MỤC</b></div>
<div class="danhmuc">
<a href="../tintuc/default.asp?cat=2">Tin hoạt động</a><br>
<a href="../tintuc/default.asp?cat=3">Cải cách hành chính</a><br>
<a href="../tintuc/default.asp?cat=5">Kinh tế - Xã hội</a><br>
<a href="../tintuc/default.asp?cat=7">Văn hóa - Du lịch</a><br>
</div>
<br>
<div class="boxtitle"><b>TIN MỚI CẬP NHẬT</b></div>
<div class="tinmoi">
{side}
</div>
</td>
<td valign="top">
<div class="duongdan"><a href="../default.asp">Trang chủ</a> &raquo; <a href="../tintuc/default.asp">Tin tức - Sự kiện</a> &raquo; {h(a["section"])}</div>
<br>
<div class="tieude"><font face="Arial" size="3" color="#0033CC"><b>{h(a["title"])}</b></font></div>
{date_line}
<br>
<div class="noidung" align="justify" style="font-family: Arial; font-size: 10pt; line-height: 150%">
{chr(10).join(parts)}
</div>
<br>
<div class="congcu" align="right"><a href="javascript:window.print()"><img src="../images/print.gif" border="0" align="absmiddle"> In bài này</a> &nbsp;|&nbsp; <a href="#" onclick="MM_openBrWindow('../guibai.asp?id={numid(3000, 19000, 'lgid', a['key'])}','','width=400,height=300')"><img src="../images/email.gif" border="0" align="absmiddle"> Gửi cho bạn bè</a> &nbsp;|&nbsp; <a href="javascript:history.back()">Trở về</a></div>
<hr size="1" color="#CCCCCC">
<div class="cactinkhac"><b>Các tin khác:</b><br>
{other_html}
</div>
</td>
</tr>
</table>
</td></tr>
<tr><td bgcolor="#1D4E89" align="center" height="90"><font color="#FFFFFF" face="Arial" size="2">
Bản quyền thuộc Văn phòng Ủy ban nhân dân tỉnh Ninh Bình<br>
Địa chỉ: Số 2 đường Lê Hồng Phong, phường Vân Giang, thành phố Ninh Bình, tỉnh Ninh Bình<br>
Điện thoại: 0229.3871.026 - Fax: 0229.3871.046 - Email: vanphong@ninhbinh.gov.vn<br>
Số lượt truy cập: {digits}
</font></td></tr>
</table>
</body>
</html>
"""
    return Page("legacy_divbr", "other", a, lg_url(a), "windows-1258", None if no_date else "day", False, traps, doc, url_slug(a))

# ============================================================================= driver


def pick(arts: list[dict], n: int, salt: str) -> list[dict]:
    """n articles, chosen by a hash order, with reform and non-reform both present; kept in time order."""
    order = sorted(arts, key=lambda a: hexid(salt, a["key"]))
    chosen = order[:n]
    if len({a["is_reform"] for a in chosen}) < 2:
        other = next(a for a in order[n:] if a["is_reform"] != chosen[0]["is_reform"])
        chosen[-1] = other
    return sorted(chosen, key=lambda a: (a["_dt"], a["key"]))


def build() -> list[Page]:
    arts = load_corpus()
    by = {}
    for a in arts:
        by.setdefault(a["portal"], []).append(a)
    pages: list[Page] = []
    for i, a in enumerate(by["angiang"]):
        pages.append(render_websphere(a, i, arts))
    for i, a in enumerate(by["hochiminhcity"]):
        pages.append(render_liferay(a, i, arts))
    for i, a in enumerate(by["nbtv"]):
        pages.append(render_dnn(a, i, arts))
    for i, a in enumerate(by["baokhanhhoa"]):
        pages.append(render_sharepoint(a, i, arts))
    news = pick(by["baohagiang"], 6, "np") + pick(by["baokhanhhoa"], 6, "np")
    for i, a in enumerate(news):
        pages.append(render_newspaper(a, i, arts))
    for i, a in enumerate(by["baohagiang"]):
        pages.append(render_wordpress(a, i, arts))
    dr = pick(by["angiang"], 5, "dr") + pick(by["hochiminhcity"], 4, "dr")
    for i, a in enumerate(dr):
        pages.append(render_drupal(a, i, arts))
    lg = pick(by["nbtv"], 8, "lg")
    for i, a in enumerate(lg):
        pages.append(render_legacy(a, i, arts, no_date=(i == 5)))
    return pages


def main() -> None:
    pages = build()
    if PAGES.exists():
        shutil.rmtree(PAGES)
    gold = []
    seen = set()
    for p in pages:
        rel = f"pages/{p.layout}/{p.slug}.html"
        assert rel not in seen, rel
        seen.add(rel)
        out = PAGES / p.layout / f"{p.slug}.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(encode_page(p.html, p.encoding))
        a = p.art
        gold.append({
            "file": rel,
            "layout": p.layout,
            "family": p.family,
            "url": p.url,
            "encoding": p.encoding,
            "title": a["title"],
            "published_at": gold_time(a["_dt"], p.precision),
            "precision": p.precision,
            "time_printed": p.time_printed,
            "text": "\n\n".join(paragraphs(a)),
            "is_reform": a["is_reform"],
            "traps": sorted(set(p.traps)),
            "corpus_key": a["key"],
        })
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(pages)} pages written to {PAGES}")


if __name__ == "__main__":
    main()
