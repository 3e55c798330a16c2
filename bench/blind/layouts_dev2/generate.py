#!/usr/bin/env python3
"""Generate the layouts_dev2 blind test set: corpus articles rendered in eleven CMS layouts.

Self-contained (stdlib only, no import of reformcrawl) and deterministic: every "random" choice
is a hash of fixed strings. Reads the article JSON files under reformcrawl/mirror/corpus/ and
writes pages/<layout>/<slug>.html plus gold.json next to this script.

    python3 generate.py
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CORPUS = REPO / "reformcrawl" / "mirror" / "corpus"
PAGES = HERE / "pages"

ICT = timezone(timedelta(hours=7))
UTC = timezone.utc
TODAY = datetime(2025, 3, 14, 10, 12, tzinfo=ICT)  # "today" printed in headers: later than every article
PAGES_PER_LAYOUT = 9


# ----------------------------------------------------------------------------------------------
# small helpers


def hnum(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12], 16)


def pick(seq, *parts):
    return seq[hnum(*parts) % len(seq)]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def unaccent(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def b36(n: int, width: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return (out or "0")[-width:].rjust(width, "0")


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- cp1258 with decomposed tone marks ---------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_form(text: str) -> str:
    """Base letters with shape marks (â ă ê ô ơ ư) precomposed, tone marks as combining marks."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 1:
            out.append(ch)
            continue
        base, marks = d[0], d[1:]
        shape = "".join(m for m in marks if m not in _TONES)
        tone = "".join(m for m in marks if m in _TONES)
        out.append(unicodedata.normalize("NFC", base + shape) + tone)
    return "".join(out)


def encode_page(doc: str, encoding: str) -> bytes:
    if encoding == "windows-1258":
        return cp1258_form(doc).encode("cp1258", errors="xmlcharrefreplace")
    return doc.encode("utf-8")


# --- dates -------------------------------------------------------------------------------------

WD_WORD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def wd_word(d: datetime, lower: bool = False) -> str:
    w = WD_WORD[d.weekday()]
    return w[0] + w[1:].lower() if lower else w


def wd_digit(d: datetime) -> str:
    return "CN" if d.weekday() == 6 else f"Thứ {d.weekday() + 2}"


def wd_abbr(d: datetime) -> str:
    return "CN" if d.weekday() == 6 else f"T{d.weekday() + 2}"


def dmy(d: datetime, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hm(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def hms(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}"


def hm12(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def utc_z(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def at_precision(d: datetime, precision: str | None) -> str | None:
    if precision is None:
        return None
    if precision == "minute":
        d = d.replace(second=0)
    elif precision == "day":
        d = d.replace(hour=0, minute=0, second=0)
    return d.astimezone(ICT).isoformat()


# ----------------------------------------------------------------------------------------------
# corpus


@dataclass
class Art:
    key: str
    portal: str
    path: str
    section: str
    title: str
    lead: str | None
    blocks: list
    author: str | None
    pub: datetime
    is_reform: bool

    @property
    def paragraphs(self) -> list[str]:
        return ([self.lead] if self.lead else []) + [b["text"] for b in self.blocks]

    @property
    def slug(self) -> str:
        seg = [s for s in self.path.split("/") if s][-1]
        seg = re.sub(r"\.html?$", "", seg)
        seg = re.sub(r"-(?:\d{5,}|(?=[0-9a-f]*\d)[0-9a-f]{7})$", "", seg)
        if len(seg) > 80:
            seg = seg[:80].rsplit("-", 1)[0]
        return seg


def load_corpus() -> list[Art]:
    arts = []
    for f in sorted(CORPUS.glob("*/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        arts.append(
            Art(
                key=d["key"],
                portal=d["portal"],
                path=d["path"],
                section=d["section"],
                title=d["title"],
                lead=d.get("lead"),
                blocks=list(d["blocks"]),
                author=d.get("author"),
                pub=datetime.fromisoformat(d["published_at"]).astimezone(ICT),
                is_reform=bool(d["is_reform"]),
            )
        )
    arts.sort(key=lambda a: a.key)
    return arts


ARTS: list[Art] = []


def others(a: Art, n: int, salt: str, newer_ok: bool = True) -> list[Art]:
    """Other corpus articles for sidebars / related boxes: same portal first, hash order."""
    pool = [o for o in ARTS if o.key != a.key and (newer_ok or o.pub <= a.pub)]
    pool.sort(key=lambda o: (o.portal != a.portal, hnum(salt, a.key, o.key)))
    return pool[:n]


def img_name(a: Art, i: int, block: dict) -> str:
    name = (block.get("image") or "").rsplit("/", 1)[-1]
    if not name:
        name = f"{a.slug[:40]}-{i}.jpg"
    return name


def split_sentence(text: str) -> tuple[str, str] | None:
    """Split a paragraph after its first sentence (space kept on the left piece)."""
    m = re.search(r"[.;:] ", text[40:])
    if not m:
        return None
    cut = 40 + m.end()
    if cut >= len(text) - 10:
        return None
    return text[:cut], text[cut:]


TAG_KEYWORDS = [
    "cải cách hành chính",
    "thủ tục hành chính",
    "dịch vụ công trực tuyến",
    "chuyển đổi số",
    "Đề án 06",
    "du lịch",
    "Bộ phận một cửa",
    "sốt xuất huyết",
]


def autolink(text: str, used: set, href_prefix: str) -> str:
    """Escape text and link the first still-unused tag keyword (news sites' auto-tag links)."""
    out = esc(text)
    for kw in TAG_KEYWORDS:
        if kw in used:
            continue
        i = out.find(kw)
        if i >= 0:
            used.add(kw)
            link = f'<a href="{href_prefix}{unaccent(kw)}" class="tag-link" title="{attr(kw)}">{kw}</a>'
            return out[:i] + link + out[i + len(kw):]
    return out


# ----------------------------------------------------------------------------------------------
# sites

PROVINCES = [
    ("binhdinh", "Bình Định", "Quy Nhơn"), ("quangngai", "Quảng Ngãi", "Quảng Ngãi"),
    ("thanhhoa", "Thanh Hóa", "Thanh Hóa"), ("nghean", "Nghệ An", "Vinh"),
    ("hatinh", "Hà Tĩnh", "Hà Tĩnh"), ("quangtri", "Quảng Trị", "Đông Hà"),
    ("daklak", "Đắk Lắk", "Buôn Ma Thuột"), ("lamdong", "Lâm Đồng", "Đà Lạt"),
    ("tayninh", "Tây Ninh", "Tây Ninh"), ("bentre", "Bến Tre", "Bến Tre"),
    ("soctrang", "Sóc Trăng", "Sóc Trăng"), ("camau", "Cà Mau", "Cà Mau"),
    ("laocai", "Lào Cai", "Lào Cai"), ("yenbai", "Yên Bái", "Yên Bái"),
    ("tuyenquang", "Tuyên Quang", "Tuyên Quang"), ("caobang", "Cao Bằng", "Cao Bằng"),
    ("langson", "Lạng Sơn", "Lạng Sơn"), ("thainguyen", "Thái Nguyên", "Thái Nguyên"),
    ("bacgiang", "Bắc Giang", "Bắc Giang"), ("phutho", "Phú Thọ", "Việt Trì"),
    ("hoabinh", "Hòa Bình", "Hòa Bình"), ("sonla", "Sơn La", "Sơn La"),
    ("namdinh", "Nam Định", "Nam Định"), ("thaibinh", "Thái Bình", "Thái Bình"),
    ("haiduong", "Hải Dương", "Hải Dương"), ("hungyen", "Hưng Yên", "Hưng Yên"),
    ("quangninh", "Quảng Ninh", "Hạ Long"), ("kontum", "Kon Tum", "Kon Tum"),
    ("vinhlong", "Vĩnh Long", "Vĩnh Long"), ("dongthap", "Đồng Tháp", "Cao Lãnh"),
]
DISTRICTS = [
    ("binhdinh", "phucat", "Phù Cát"), ("quangngai", "sontinh", "Sơn Tịnh"),
    ("thanhhoa", "thoxuan", "Thọ Xuân"), ("nghean", "dienchau", "Diễn Châu"),
    ("hatinh", "canloc", "Can Lộc"), ("laocai", "batxat", "Bát Xát"),
    ("yenbai", "vanyen", "Văn Yên"), ("phutho", "thanhson", "Thanh Sơn"),
    ("namdinh", "haihau", "Hải Hậu"), ("thaibinh", "kienxuong", "Kiến Xương"),
    ("bentre", "mocaybac", "Mỏ Cày Bắc"), ("camau", "namcan", "Năm Căn"),
    ("daklak", "krongpac", "Krông Pắc"), ("lamdong", "ductrong", "Đức Trọng"),
    ("soctrang", "kesach", "Kế Sách"),
]
DEPTS = [
    ("sonoivu", "Sở Nội vụ"), ("sotuphap", "Sở Tư pháp"), ("stttt", "Sở Thông tin và Truyền thông"),
    ("skhcn", "Sở Khoa học và Công nghệ"), ("sokhdt", "Sở Kế hoạch và Đầu tư"),
    ("sotc", "Sở Tài chính"), ("soyte", "Sở Y tế"), ("sovhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
]
STREETS = ["Trần Hưng Đạo", "Lê Lợi", "Nguyễn Huệ", "Hùng Vương", "Quang Trung", "Hai Bà Trưng",
           "Lý Thường Kiệt", "Phan Đình Phùng", "Nguyễn Tất Thành", "Trần Phú"]
PEOPLE_M = ["Nguyễn Văn Hải", "Lê Quang Vinh", "Phạm Minh Đức", "Võ Văn Tâm", "Bùi Quốc Khánh", "Ngô Đức Thịnh"]
PEOPLE_F = ["Trần Thị Thu Hương", "Hoàng Thị Ngọc Lan", "Đỗ Thị Phương", "Đinh Thị Hồng Nhung", "Lê Thị Kim Oanh"]
PEOPLE = PEOPLE_M + PEOPLE_F
READERS = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Văn Nam",
           "Võ Thị Lan", "Đặng Quốc Bảo", "Bùi Thị Hạnh", "Ngô Thanh Sơn", "Đỗ Thị Hồng"]
REFORM_COMMENTS = [
    "Mong các cơ quan tiếp tục rút ngắn thời gian giải quyết hồ sơ cho người dân.",
    "Tôi đã nộp hồ sơ trực tuyến, nhận kết quả nhanh và rất tiện lợi.",
    "Cần công khai thêm số điện thoại hỗ trợ ở bộ phận một cửa cấp xã.",
    "Đề nghị xử lý nghiêm cán bộ gây phiền hà, nhũng nhiễu người dân.",
    "Ở xã tôi mạng còn yếu, nộp hồ sơ trực tuyến vẫn còn khó khăn.",
]
OTHER_COMMENTS = [
    "Cảm ơn ban biên tập đã đưa tin kịp thời.",
    "Thông tin rất hữu ích, mong tiếp tục cập nhật.",
    "Chúc quê hương ngày càng phát triển.",
    "Bài viết hay, hình ảnh đẹp.",
    "Mong chính quyền quan tâm hơn nữa đến đời sống bà con.",
]

REAL_HOSTS = {  # the few pages put on the portals' own hosts
    "baokhanhhoa": ("baokhanhhoa.vn", "Khánh Hòa", "Nha Trang"),
    "baohagiang": ("baohagiang.vn", "Hà Giang", "Hà Giang"),
    "nbtv": ("nbtv.vn", "Ninh Bình", "Ninh Bình"),
}


@dataclass
class Site:
    pcode: str
    pname: str
    city: str
    host: str
    org: str  # the organisation publishing the site
    seed: str

    def phone(self, tag: str) -> str:
        area = 203 + hnum(self.seed, "area") % 95  # one area code per site
        n = hnum(self.seed, "phone", tag)
        return f"0{area}.3{n % 900 + 100}.{(n // 7919) % 900 + 100}"

    def mobile(self, tag: str) -> str:
        n = hnum(self.seed, "mobile", tag)
        return f"09{n % 90 + 10}.{(n // 97) % 900 + 100}.{(n // 7919) % 900 + 100}"

    def address(self) -> str:
        n = hnum(self.seed, "addr")
        return f"Số {n % 180 + 2} đường {pick(STREETS, self.seed, 'street')}, thành phố {self.city}, tỉnh {self.pname}"

    def licence(self) -> str:
        n = hnum(self.seed, "lic")
        d = datetime(2015 + n % 7, 1 + n % 12, 1 + n % 27)
        return f"Giấy phép số {n % 90 + 10}/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh {self.pname} cấp ngày {dmy(d)}"

    def person(self, tag: str, sex: str | None = None) -> str:
        pool = PEOPLE_M if sex == "m" else PEOPLE_F if sex == "f" else PEOPLE
        return pick(pool, self.seed, "person", tag)


def province(layout: str, a: Art) -> tuple[str, str, str]:
    return pick(PROVINCES, layout, a.key, "prov")


# ----------------------------------------------------------------------------------------------
# shared widgets


def comments_for(a: Art, layout: str, n: int = 3) -> list[tuple[str, datetime, str]]:
    texts = REFORM_COMMENTS if a.is_reform else OTHER_COMMENTS
    out = []
    t = a.pub
    for i in range(n):
        h = hnum(layout, a.key, "c", i)
        t = t + timedelta(hours=1 + h % 20, minutes=h % 53)
        if i == n - 1:  # the last comment lands on a Sunday (prints "CN" where weekdays print)
            while t.weekday() != 6:
                t += timedelta(days=1)
        out.append((pick(READERS, layout, a.key, "n", i), t, texts[(h // 31 + i) % len(texts)]))
    return out


def views(layout: str, a: Art) -> int:
    return 150 + hnum(layout, a.key, "views") % 4800


def hotline_rows(site: Site) -> list[tuple[str, str]]:
    rows = []
    for i, (title, role) in enumerate([("Ông", "Giám đốc Sở"), ("Bà", "Phó Giám đốc Sở"), ("Ông", "Chánh Văn phòng Sở")]):
        rows.append((f"{title} {site.person(str(i), 'm' if title == 'Ông' else 'f')} ({role})", site.mobile(str(i))))
    rows.append(("Thanh tra Sở", site.phone("tt")))
    return rows


# ----------------------------------------------------------------------------------------------
# layouts. Each returns a dict: html, encoding, url, family, time_printed, precision,
# date_source, traps.


def L_vnpt_portlet(a: Art, idx: int) -> dict:
    layout = "vnpt_portlet"
    pcode, pname, city = province(layout, a)
    host = f"sonoivu.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"Sở Nội vụ tỉnh {pname}", f"{layout}:{pcode}")
    item = 20000 + hnum(layout, a.key) % 60000
    cate = 100 + hnum(layout, a.section) % 60
    url = f"https://{host}/tin-tuc-su-kien/chi-tiet-tin-tuc?ItemID={item}&CateID={cate}"
    printed = f"Cập nhật lúc {hm(a.pub)} - {wd_word(a.pub)}, {dmy(a.pub)}"
    traps = ["today_date_header", "headline_h1_only", "generic_title", "related_in_body", "sidebar_dated",
             "caption_table", "toolbar", "view_counter", "breadcrumb", "menu", "footer_contact", "hotline_table"]
    rel = others(a, 3, "vnpt-rel", newer_ok=False)
    body = []
    split_done = False
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tblImage" style="width:100%">'
                f'<tbody><tr><td style="text-align:center"><img alt="" src="/Portals/0/Uploads/TinTuc/{attr(img_name(a, i, b))}" style="width:600px" /></td></tr>'
                f'<tr><td style="text-align:center"><em>{esc(b["text"])}</em></td></tr></tbody></table>'
            )
        else:
            parts = split_sentence(b["text"]) if not split_done else None
            if parts:
                split_done = True
                inner = (f'<span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">{esc(parts[0])}</span></span>'
                         f'<span style="font-size:14px;">{esc(parts[1])}</span>')
            else:
                inner = f'<span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">{esc(b["text"])}</span></span>'
            body.append(f'<p style="text-align: justify;">{inner}</p>')
        if i == 1:
            items = "".join(
                f'<li><a href="/tin-tuc-su-kien/chi-tiet-tin-tuc?ItemID={20000 + hnum(layout, o.key) % 60000}">{esc(o.title)}</a> <span class="tlq-date">({dmy(o.pub)})</span></li>'
                for o in rel)
            body.append(f'<div class="tinlienquan"><div class="tlq-title">Tin liên quan</div><ul>{items}</ul></div>')
    lead = f'<div class="news-summary">{esc(a.lead)}</div>' if a.lead else ""
    if a.lead:
        traps.append("lead_box")
    newest = others(a, 6, "vnpt-new")
    newest.sort(key=lambda o: o.pub, reverse=True)
    side = "".join(
        f'<li><a href="/tin-tuc-su-kien/chi-tiet-tin-tuc?ItemID={20000 + hnum(layout, o.key) % 60000}">{esc(o.title)}</a><span class="date">{hm(o.pub)} {dmy(o.pub)}</span></li>'
        for o in newest)
    other = "".join(
        f'<li><a href="/tin-tuc-su-kien/chi-tiet-tin-tuc?ItemID={20000 + hnum(layout, o.key) % 60000}">{esc(o.title)}</a> ({dmy(o.pub)})</li>'
        for o in others(a, 5, "vnpt-other", newer_ok=False))
    hot = "".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{t}</td></tr>" for i, (n, t) in enumerate(hotline_rows(site)))
    menu = "".join(f'<li><a href="/{unaccent(m)}">{m}</a></li>' for m in
                   ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Cải cách hành chính", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"])
    cats = "".join(f'<li><a href="/{unaccent(m)}">{m}</a></li>' for m in
                   ["Tin hoạt động", "Cải cách hành chính", "Công tác thi đua, khen thưởng", "Tổ chức bộ máy", "Tôn giáo", "Văn thư lưu trữ"])
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sở Nội vụ tỉnh {pname}</title>
<link rel="shortcut icon" href="/Portals/_default/favicon.ico">
<link rel="stylesheet" href="/Portals/_default/Skins/egov/css/portal.css?v=2.3">
<script src="/Portals/_default/Skins/egov/js/jquery-1.11.3.min.js"></script>
</head>
<body class="egov-portal">
<div id="topbar"><div class="container"><span class="ngayhientai">{wd_word(TODAY)}, ngày {dmy(TODAY)}</span>
<span class="toplinks"><a href="/">Trang chủ</a> | <a href="/so-do-site">Sơ đồ site</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a> | <a href="/dang-nhap">Đăng nhập</a></span></div></div>
<div id="banner"><div class="container"><img src="/Portals/0/banner-sonoivu.png" alt="Sở Nội vụ tỉnh {pname}"><div class="banner-text">CỔNG THÔNG TIN ĐIỆN TỬ<br>SỞ NỘI VỤ TỈNH {pname.upper()}</div></div></div>
<div id="mainmenu"><div class="container"><ul class="menu">{menu}</ul></div></div>
<div class="container"><div class="row">
<div class="col-left">
 <div class="portlet"><div class="portlet-header"><span class="title">Chuyên mục</span></div><div class="portlet-content"><ul class="catmenu">{cats}</ul></div></div>
 <div class="portlet"><div class="portlet-header"><span class="title">Liên kết website</span></div><div class="portlet-content"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://moha.gov.vn">Bộ Nội vụ</option><option value="https://{pcode}.gov.vn">UBND tỉnh {pname}</option></select></div></div>
</div>
<div class="col-center">
 <div class="portlet"><div class="portlet-header"><span class="title">Tin tức - Sự kiện</span></div>
 <div class="portlet-content">
  <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> » <a href="/tin-tuc-su-kien/{unaccent(a.section)}">{esc(a.section)}</a></div>
  <div class="news-detail">
   <h1 class="news-title">{esc(a.title)}</h1>
   <div class="news-info"><span class="date">{printed}</span> <span class="views">Lượt xem: {thousands(views(layout, a))}</span>
    <span class="tools"><a href="javascript:window.print()" title="In bài viết">In bài</a> <a href="javascript:sendMail()">Gửi email</a> <a href="javascript:zoomText(1)" class="font-up">A+</a> <a href="javascript:zoomText(-1)" class="font-down">A-</a></span></div>
   {lead}
   <div class="news-content" id="divNewsContent">
{chr(10).join(body)}
   </div>
   <div class="news-author">{esc(a.author or "")}</div>
   <div class="news-share"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}">Facebook</a> <a href="https://zalo.me/share?u={attr(url)}">Zalo</a></div>
   <div class="other-news"><div class="title">Các tin khác</div><ul>{other}</ul></div>
  </div>
 </div></div>
</div>
<div class="col-right">
 <div class="portlet"><div class="portlet-header"><span class="title">Tin mới nhất</span></div><div class="portlet-content"><ul class="newest">{side}</ul></div></div>
 <div class="portlet hotline"><div class="portlet-header"><span class="title">Số điện thoại tiếp nhận phản ánh, kiến nghị về TTHC</span></div><div class="portlet-content"><table class="tbl-hotline" border="1" cellpadding="3"><tbody>{hot}</tbody></table></div></div>
 <div class="portlet"><div class="portlet-header"><span class="title">Thống kê truy cập</span></div><div class="portlet-content">Đang online: {12 + hnum(site.seed, 'on') % 80}<br>Hôm nay: {thousands(300 + hnum(site.seed, 'td') % 2000)}<br>Tổng lượt truy cập: {thousands(1200000 + hnum(site.seed, 'tot') % 900000)}</div></div>
</div>
</div></div>
<div id="footer"><div class="container">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH {pname.upper()}</b></p>
<p>Cơ quan chủ quản: Sở Nội vụ tỉnh {pname}. Chịu trách nhiệm chính: {site.person('gd')} - Giám đốc Sở</p>
<p>Địa chỉ: {site.address()}. Điện thoại: {site.phone('vp')} - Fax: {site.phone('fax')} - Email: sonoivu@{pcode}.gov.vn</p>
<p>{site.licence()}. Ghi rõ nguồn "Sở Nội vụ tỉnh {pname}" khi phát hành lại thông tin từ website này.</p>
<p class="dev">Phát triển bởi VNPT {pname}</p>
</div></div>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="VNPT e-government portal (portlet CMS)",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def L_dotnet_ctl00(a: Art, idx: int) -> dict:
    layout = "dotnet_ctl00"
    pcode, pname, city = province(layout, a)
    dcode, dname = pick(DEPTS, layout, a.key, "dept")
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"{dname} tỉnh {pname}", f"{layout}:{host}")
    newsid = 1000 + hnum(layout, a.key) % 30000
    catid = 10 + hnum(layout, a.section) % 40
    url = f"https://{host}/NewsDetail.aspx?newsid={newsid}&catid={catid}"
    printed = f"{wd_digit(a.pub)}, {dmy(a.pub, '-')} {hms(a.pub)}"
    traps = ["today_date_header", "headline_no_heading", "related_in_body", "comments", "caption_table",
             "toolbar", "view_counter", "menu", "footer_contact", "pagenav"]
    P = "ctl00_ContentPlaceHolder1_ctl00_"
    mso = 'style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"'
    span = '<span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">'
    body = []
    split_done = False
    rel = others(a, 2, "dn-rel", newer_ok=False)
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(
                '<table class="image" align="center" border="0" cellpadding="0" cellspacing="0" width="500"><tbody>'
                f'<tr><td><img src="/Uploads/images/tin-tuc/{attr(img_name(a, i, b))}" width="500" border="0" alt="" /></td></tr>'
                f'<tr><td class="caption" style="text-align:center"><span style="font-size:11.0pt"><i>{esc(b["text"])}</i></span></td></tr></tbody></table>'
            )
            continue
        parts = split_sentence(b["text"]) if not split_done else None
        if parts:
            split_done = True
            inner = f"{span}{esc(parts[0])}</span>{span}{esc(parts[1])}<o:p></o:p></span>"
        else:
            inner = f"{span}{esc(b['text'])}<o:p></o:p></span>"
        body.append(f'<p class="MsoNormal" {mso}>{inner}</p>')
    items = "".join(f'<li><a href="/NewsDetail.aspx?newsid={1000 + hnum(layout, o.key) % 30000}&amp;catid={catid}">{esc(o.title)}</a></li>' for o in rel)
    body.append(f'<p class="MsoNormal"><b><span lang="VI">Tin liên quan:</span></b></p><ul class="tinlienquan">{items}</ul>')
    lead = ""
    if a.lead:
        traps.append("lead_bold")
        lead = f'<tr><td class="td-summary"><span id="{P}lblTomTat" class="news-summary"><b>{esc(a.lead)}</b></span></td></tr>'
    cms = "".join(
        f'<div class="bl-item"><span class="bl-name">{esc(n)}</span> <span class="bl-date">{dmy(t, "-")} {hms(t)}</span><div class="bl-content">{esc(c)}</div></div>'
        for n, t, c in comments_for(a, layout))
    newer = [o for o in others(a, 12, "dn-other") if o.pub > a.pub][:4]
    older = [o for o in others(a, 12, "dn-other") if o.pub <= a.pub][:4]
    def lst(xs):
        return "".join(f'<li><a href="/NewsDetail.aspx?newsid={1000 + hnum(layout, o.key) % 30000}&amp;catid={catid}">{esc(o.title)}</a> <span class="date">({dmy(o.pub, "-")})</span></li>' for o in xs)
    menu = " | ".join(f'<a href="/Default.aspx?tabid={20 + i}" class="menu-top">{m}</a>' for i, m in enumerate(
        ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính", "Hỏi đáp trực tuyến", "Liên hệ"]))
    left = "".join(f'<tr><td class="left-item"><a href="/Default.aspx?tabid={40 + i}">{m}</a></td></tr>' for i, m in enumerate(
        ["Cơ cấu tổ chức", "Chức năng nhiệm vụ", "Tin hoạt động", "Cải cách hành chính", "Chuyển đổi số", "Thông báo", "Lịch công tác"]))
    vs = b36(hnum(layout, a.key, "vs"), 10)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(a.title)} - {esc(dname)} tỉnh {pname}
</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><meta name="keywords" content="{attr(dname)}, {pname}, tin tức" /></head>
<body>
<form name="aspnetForm" method="post" action="./NewsDetail.aspx?newsid={newsid}&amp;catid={catid}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDw8WAh4EVGV4dAUK{vs}ZGQCAw9kFgICAQ9kFgJmD2QWBgIBDw8WAh4EVGV4dGVkZA==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" class="main-table">
<tr><td class="top-bar"><span id="ctl00_lblNgay" class="ngay">{wd_word(TODAY, lower=True)}, {dmy(TODAY)}</span> <span class="hotline">Đường dây nóng: {site.phone('hot')}</span></td></tr>
<tr><td><img src="/Images/banner_{dcode}.jpg" width="1000" height="160" alt="{attr(dname)} tỉnh {pname}" /></td></tr>
<tr><td class="menu">{menu}</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="200" valign="top" class="left-col"><table width="100%" cellpadding="4" cellspacing="0">{left}</table></td>
<td valign="top" class="content-cell">
<div class="path"><a href="/">Trang chủ</a> &gt; <a id="{P}hlCategory" href="/Default.aspx?tabid=22">Tin tức - Sự kiện</a></div>
<table width="100%" class="news-detail" cellpadding="5" cellspacing="0">
<tr><td><span id="{P}lblTitle" class="news-title">{esc(a.title)}</span><br />
<span id="{P}lblNgayDang" class="news-date">{printed}</span> <span class="luotxem">Lượt xem: <span id="{P}lblLuotXem">{views(layout, a)}</span></span>
<div class="tool"><a id="{P}lnkPrint" href="javascript:__doPostBack('{P.replace('_', '$')}lnkPrint','')">In trang</a> | <a href="javascript:SendMail()">Gửi bài viết</a> | Cỡ chữ: <a href="javascript:setFont(12)">A</a> <a href="javascript:setFont(14)">A</a> <a href="javascript:setFont(16)">A</a></div>
</td></tr>
{lead}
<tr><td><div id="{P}divNoiDung" class="news-content">
{chr(10).join(body)}
</div></td></tr>
<tr><td align="right"><span id="{P}lblTacGia" class="author"><b>{esc(a.author or "")}</b></span></td></tr>
<tr><td><div class="binhluan"><div class="bl-title">Ý kiến bạn đọc (3)</div>{cms}
<div class="bl-form">Họ tên: <input name="ctl00$ContentPlaceHolder1$ctl00$txtTen" type="text" /> Email: <input name="ctl00$ContentPlaceHolder1$ctl00$txtEmail" type="text" /><br /><textarea name="ctl00$ContentPlaceHolder1$ctl00$txtNoiDung" rows="4" cols="60"></textarea><br /><input type="submit" name="ctl00$ContentPlaceHolder1$ctl00$btnGui" value="Gửi ý kiến" /></div></div></td></tr>
<tr><td><div class="othernews"><div class="on-title">Tin mới hơn</div><ul>{lst(newer)}</ul><div class="on-title">Tin đã đưa</div><ul>{lst(older)}</ul></div></td></tr>
</table>
</td>
<td width="220" valign="top" class="right-col"><div class="box-title">Liên kết web</div><a href="https://dichvucong.gov.vn"><img src="/Images/dvcqg.png" alt="Cổng Dịch vụ công quốc gia" width="210" /></a><a href="https://dichvucong.{pcode}.gov.vn"><img src="/Images/dvc_tinh.png" alt="Dịch vụ công tỉnh" width="210" /></a><div class="box-title">Video</div><div class="video"><img src="/Images/video_thumb.jpg" width="210" alt="" /></div></td>
</tr></table>
</td></tr>
<tr><td class="footer"><b>{esc(dname).upper()} TỈNH {pname.upper()}</b><br />Địa chỉ: {site.address()}<br />Điện thoại: {site.phone('vp')} - Fax: {site.phone('fax')} - Email: {dcode}@{pcode}.gov.vn<br />Người chịu trách nhiệm: {site.person('gd')} - Giám đốc Sở. {site.licence()}</td></tr>
</table>
<script src="/ScriptResource.axd?d=Zx8{vs}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="Viettel/CMC custom ASP.NET WebForms portal",
                time_printed=printed, precision="second", date_source="printed", traps=traps)


def L_php_font_1258(a: Art, idx: int) -> dict:
    layout = "php_font_1258"
    pcode, dcode, dist = pick(DISTRICTS, layout, a.key, "dist")
    pname, city = next((n, c) for p, n, c in PROVINCES if p == pcode)
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"UBND huyện {dist}", f"{layout}:{host}")
    nid = 100 + hnum(layout, a.key) % 9000
    url = f"http://{host}/index.php?mod=tintuc&act=chitiet&id={nid}"
    printed = f"{wd_word(a.pub, lower=True)}, {dmy(a.pub)} lúc {a.pub.hour:02d}h{a.pub.minute:02d}"
    traps = ["cp1258_decomposed", "generic_title", "headline_no_heading", "today_date_header", "sidebar_dated",
             "caption_table", "byline_in_body", "view_counter", "menu", "footer_contact"]
    F = '<font face="Arial, Helvetica, sans-serif" size="2">'
    body = []
    if a.lead:
        traps.append("lead_bold")
        body.append(f'<p align="justify">{F}<b>{esc(a.lead)}</b></font></p>')
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(
                f'<table align="center" width="420" border="0" cellpadding="2" cellspacing="0"><tr><td align="center"><img src="upload/tintuc/{attr(img_name(a, i, b))}" width="420" border="0"></td></tr>'
                f'<tr><td align="center"><font face="Arial" size="1" color="#333333"><i>{esc(b["text"])}</i></font></td></tr></table>')
        else:
            body.append(f'<p align="justify">{F}{esc(b["text"])}</font></p>')
    body.append(f'<p align="right">{F}<b>{esc(a.author or "")}</b></font></p>')
    older = others(a, 6, "php-old", newer_ok=False)
    olist = "".join(f'&#8226; <a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={100 + hnum(layout, o.key) % 9000}"><font size="2">{esc(o.title)}</font></a> <font color="#999999" size="1">({dmy(o.pub)})</font><br>' for o in older)
    newest = sorted(others(a, 5, "php-new"), key=lambda o: o.pub, reverse=True)
    nlist = "".join(f'<tr><td><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={100 + hnum(layout, o.key) % 9000}"><font size="1" face="Arial">{esc(o.title)}</font></a><br><font size="1" color="#888888">{dmy(o.pub)} {hm(o.pub)}</font></td></tr>' for o in newest)
    menu = "".join(f'<tr><td height="24" background="images/bg_menu.gif">&nbsp;<img src="images/arrow.gif"> <a href="index.php?mod={unaccent(m)}"><font face="Arial" size="2" color="#003399">{m}</font></a></td></tr>' for m in
                   ["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Cải cách hành chính", "Văn bản chỉ đạo", "Thủ tục hành chính", "Lịch công tác", "Liên hệ"])
    doc = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>UBND huyện {dist} - tỉnh {pname}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/function.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt=""></td></tr>
 <tr><td colspan="3" bgcolor="#003399" height="25"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;Hôm nay: {wd_word(TODAY, lower=True)}, {dmy(TODAY)}</b></font></td></tr>
 <tr>
  <td width="180" valign="top" bgcolor="#EEF3FB">
   <table width="100%" border="0" cellspacing="0" cellpadding="0">{menu}</table>
   <br><center><font face="Arial" size="1">Số lượt truy cập:<br><b>{thousands(230000 + hnum(site.seed, 'cnt') % 700000)}</b></font></center>
  </td>
  <td width="600" valign="top">
   <table width="100%" border="0" cellpadding="5" cellspacing="0">
    <tr><td><font face="Arial" size="1" color="#666666">{printed}</font><br>
    <font face="Arial" size="4" color="#003399"><b>{esc(a.title)}</b></font><br><br></td></tr>
    <tr><td class="noidung">
{chr(10).join(body)}
    </td></tr>
    <tr><td><font face="Arial" size="2"><a href="javascript:window.print()">[In trang]</a> <a href="#top">[Về đầu trang]</a> <a href="javascript:history.back()">[Quay lại]</a></font> <font face="Arial" size="1" color="#999999">Lượt xem: {views(layout, a)}</font></td></tr>
    <tr><td bgcolor="#F5F5F5"><font face="Arial" size="2" color="#CC0000"><b>Các tin đã đưa:</b></font><br>{olist}</td></tr>
   </table>
  </td>
  <td width="200" valign="top">
   <table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#003399"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;TIN MỚI</b></font></td></tr>{nlist}</table>
   <br><font face="Arial" size="2"><b>Liên kết:</b></font><br><select name="lk" onchange="window.open(this.value)"><option>--- Chọn ---</option><option value="http://{pcode}.gov.vn">UBND tỉnh {pname}</option><option value="http://chinhphu.vn">Chính phủ</option></select>
  </td>
 </tr>
 <tr><td colspan="3" bgcolor="#003399" align="center" height="60"><font face="Arial" size="1" color="#FFFFFF">Bản quyền thuộc UBND huyện {dist}, tỉnh {pname}<br>Địa chỉ: thị trấn huyện {dist}, tỉnh {pname} - Điện thoại: {site.phone('vp')} - Fax: {site.phone('fax')}<br>{site.licence()}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
</body>
</html>
"""
    return dict(html=doc, encoding="windows-1258", url=url, family="legacy PHP portal (tables, font tags)",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def _news_site(layout: str, a: Art, real_ok: bool) -> tuple[Site, str, bool]:
    """Newspaper host: bao<province>.vn, or (real_ok) the portal's own host."""
    if real_ok and a.portal in REAL_HOSTS:
        host, pname, city = REAL_HOSTS[a.portal]
        brand = "Báo " + pname if a.portal != "nbtv" else "Đài Phát thanh và Truyền hình Ninh Bình"
        return Site("", pname, city, host, brand, f"{layout}:{host}"), brand, True
    pcode, pname, city = province(layout, a)
    host = f"bao{pcode}.vn"
    return Site(pcode, pname, city, host, f"Báo {pname}", f"{layout}:{host}"), f"Báo {pname}", False


REAL_USED: dict[str, int] = {}


def L_bootstrap3_news(a: Art, idx: int) -> dict:
    layout = "bootstrap3_news"
    real_ok = a.portal in ("baokhanhhoa", "baohagiang") and REAL_USED.get(layout, 0) < 2
    site, brand, real = _news_site(layout, a, real_ok)
    if real:
        REAL_USED[layout] = REAL_USED.get(layout, 0) + 1
        url = f"https://{site.host}{a.path}"
    else:
        url = f"https://{site.host}/{unaccent(a.section)}/{a.pub:%Y%m}/{a.slug}-{8100000 + hnum(layout, a.key) % 400000}/"
    printed = f"{wd_word(a.pub)}, {dmy(a.pub)} | {hm(a.pub)} (GMT+7)"
    traps = ["today_date_header", "headline_twice", "related_in_body", "comments", "sidebar_dated",
             "caption_table", "toolbar", "breadcrumb", "menu", "footer_contact"]
    used: set = set()
    rel = others(a, 3, "bs-rel", newer_ok=False)
    body = []
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(
                f'<table class="image center"><tbody><tr><td><img src="https://{site.host}/dataimages/{a.pub:%Y%m}/original/{attr(img_name(a, i, b))}" class="img-responsive" alt="{attr(b["text"])}"></td></tr>'
                f'<tr><td class="image_desc">{esc(b["text"])}</td></tr></tbody></table>')
        else:
            body.append(f"<p>{autolink(b['text'], used, '/tag/')}</p>")
        if i == 1:
            items = "".join(f'<li><a href="/{unaccent(o.section)}/{o.pub:%Y%m}/{o.slug}-{8100000 + hnum(layout, o.key) % 400000}/">{esc(o.title)}</a></li>' for o in rel)
            body.append(f'<div class="box-related"><h4>Tin liên quan</h4><ul class="list-unstyled">{items}</ul></div>')
    lead = ""
    if a.lead:
        traps.append("lead_heading")
        lead = f'<h2 class="sapo">{esc(a.lead)}</h2>'
    cms = "".join(
        f'<li class="media"><div class="media-left"><img class="media-object img-circle" src="/images/avatar.png" width="40" alt=""></div><div class="media-body"><h5 class="media-heading">{esc(n)} <small>{dmy(t)} {hm(t)}</small></h5><p>{esc(c)}</p></div></li>'
        for n, t, c in comments_for(a, layout))
    most = sorted(others(a, 6, "bs-most"), key=lambda o: hnum("most", o.key))
    mlist = "".join(f'<li><span class="num">{k + 1}</span><a href="/{unaccent(o.section)}/{o.pub:%Y%m}/{o.slug}-{8100000 + hnum(layout, o.key) % 400000}/">{esc(o.title)}</a><span class="time">{hm(o.pub)} {dmy(o.pub)}</span></li>' for k, o in enumerate(most))
    same = "".join(f'<div class="col-sm-4"><a href="/{unaccent(o.section)}/{o.pub:%Y%m}/{o.slug}-{8100000 + hnum(layout, o.key) % 400000}/" class="thumbnail"><img src="/dataimages/thumb/{o.slug[:30]}.jpg" alt=""></a><h4><a href="#">{esc(o.title)}</a></h4><span class="time">{dmy(o.pub)}</span></div>' for o in others(a, 3, "bs-same"))
    menu = "".join(f'<li><a href="/{unaccent(m)}/">{m}</a></li>' for m in ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Du lịch", "Pháp luật", "Bạn đọc"])
    pub_meta = a.pub.isoformat()
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} | {brand}</title>
<meta name="description" content="{attr(a.lead or a.blocks[0]['text'][:160])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{brand} điện tử">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:url" content="{attr(url)}">
<meta property="article:section" content="{attr(a.section)}">
<meta property="article:published_time" content="{pub_meta}">
<link rel="canonical" href="{attr(url)}">
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/font-awesome.min.css" rel="stylesheet">
<link href="/css/style.css?v=1.8" rel="stylesheet">
</head>
<body>
<div class="top-header hidden-xs"><div class="container"><div class="row"><div class="col-sm-6"><span class="date-now"><i class="fa fa-calendar"></i> {wd_word(TODAY)}, {dmy(TODAY)}</span></div><div class="col-sm-6 text-right"><a href="/rss/">RSS</a> | <a href="/lien-he/">Liên hệ tòa soạn</a> | Đường dây nóng: {site.mobile('hot')}</div></div></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{brand} điện tử"></a><div class="banner-top hidden-xs"><img src="/upload/qc/banner-728x90.jpg" alt=""></div></div></header>
<nav class="navbar navbar-default navbar-main"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-menu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><i class="fa fa-home"></i></a></div><div class="collapse navbar-collapse" id="main-menu"><ul class="nav navbar-nav">{menu}</ul></div></div></nav>
<div class="container main-content"><div class="row">
<div class="col-md-8 col-sm-12">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{unaccent(a.section)}/">{esc(a.section)}</a></li><li class="active">{esc(a.title)}</li></ol>
<article class="post-detail">
<h1 class="post-title">{esc(a.title)}</h1>
<div class="post-meta clearfix"><span class="post-date"><i class="fa fa-clock-o"></i> {printed}</span>
<div class="post-tools pull-right"><a href="#" class="btn btn-xs btn-default font-minus">A-</a> <a href="#" class="btn btn-xs btn-default font-plus">A+</a> <a href="javascript:window.print()" class="btn btn-xs btn-default"><i class="fa fa-print"></i> In</a> <div class="fb-like" data-href="{attr(url)}" data-layout="button_count"></div> <div class="zalo-share-button" data-href="{attr(url)}" data-oaid="579745863508352884"></div></div></div>
{lead}
<div class="post-content" id="content-detail">
{chr(10).join(body)}
</div>
<p class="post-author text-right"><strong>{esc(a.author or "")}</strong></p>
<div class="post-tags"><i class="fa fa-tags"></i> Từ khóa: {" ".join(f'<a href="/tag/{unaccent(k)}">{k}</a>' for k in sorted(used)) or '<a href="/tag/tin-tuc">tin tức</a>'}</div>
</article>
<section class="comments"><h3 class="section-title">Bình luận (3)</h3><ul class="media-list">{cms}</ul>
<form class="comment-form"><div class="form-group"><textarea class="form-control" rows="3" placeholder="Nhập bình luận của bạn..."></textarea></div><div class="form-group"><input class="form-control" placeholder="Họ tên"></div><button type="button" class="btn btn-primary">Gửi bình luận</button></form></section>
<section class="same-category"><h3 class="section-title">Tin cùng chuyên mục</h3><div class="row">{same}</div></section>
</div>
<aside class="col-md-4 col-sm-12 sidebar">
<div class="widget most-read"><h3 class="widget-title">Đọc nhiều nhất</h3><ol class="list-unstyled">{mlist}</ol></div>
<div class="widget"><a href="/bao-in/"><img src="/upload/qc/bao-in.jpg" class="img-responsive" alt="Đọc báo in"></a></div>
</aside>
</div></div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-8"><p><strong>{brand.upper()} ĐIỆN TỬ</strong></p><p>Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {site.pname}</p><p>{site.licence().replace('Sở Thông tin và Truyền thông tỉnh ' + site.pname, 'Bộ Thông tin và Truyền thông')}</p><p>Tổng Biên tập: {site.person('tbt')}</p></div>
<div class="col-md-4"><p>Tòa soạn: {site.address()}</p><p>Điện thoại: {site.phone('ts')} - Fax: {site.phone('fax')}</p><p>Email: toasoan@{site.host}</p></div>
</div></div></footer>
<script src="/js/jquery.min.js"></script>
<script src="/js/bootstrap.min.js"></script>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="Bootstrap 3 news theme (local newspaper)",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


class _Css:
    """Stable hashed class names, as emotion / CSS modules generate them."""

    def __init__(self, salt: str):
        self.salt = salt

    def __call__(self, role: str) -> str:
        return "css-" + b36(hnum(self.salt, role), 7)

    def mod(self, comp: str, role: str) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        n = hnum(self.salt, comp, role)
        tail = "".join(alphabet[(n >> (6 * k)) % 63] for k in range(5))
        return f"{comp}_{role}__{tail}"


def L_nextjs_news(a: Art, idx: int) -> dict:
    layout = "nextjs_news"
    real_ok = a.portal == "nbtv" and REAL_USED.get(layout, 0) < 2
    site, brand, real = _news_site(layout, a, real_ok)
    aid = 170000 + hnum(layout, a.key) % 30000
    if real:
        REAL_USED[layout] = REAL_USED.get(layout, 0) + 1
        url = f"https://{site.host}{a.path}"
    else:
        url = f"https://{site.host}/{unaccent(a.section)}/{a.slug}-{aid}.html"
    c = _Css("nextjs")
    printed = f"{a.pub.day} Tháng {a.pub.month}, {a.pub.year} {hm(a.pub)} GMT+7"
    traps = ["today_date_header", "related_in_body", "comments", "sidebar_dated", "caption_figure",
             "toolbar", "menu", "footer_contact", "script_duplicate"]
    used: set = set()
    rel = others(a, 2, "nx-rel", newer_ok=False)
    blocks = []
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            src = f"https://cdn.{site.host}/images/{a.pub:%Y/%m/%d}/{img_name(a, i, b)}"
            blocks.append(
                f'<div class="{c("block")}" data-block="image"><figure class="{c("figure")}"><div class="{c("imgwrap")}"><img alt="{attr(b["text"])}" loading="lazy" decoding="async" class="{c("img")}" style="color:transparent" src="/_next/image?url={attr(src)}&amp;w=1200&amp;q=75"/></div>'
                f'<figcaption class="{c("caption")}"><div class="{c("captext")}">{esc(b["text"])}</div></figcaption></figure></div>')
        else:
            blocks.append(f'<div class="{c("block")}" data-block="paragraph"><div class="{c("para")}"><div class="{c("text")}">{autolink(b["text"], used, "/chu-de/")}</div></div></div>')
        if i == 1:
            for o in rel:
                blocks.append(f'<div class="{c("block")}" data-block="related"><a class="{c("rel")}" href="/{unaccent(o.section)}/{o.slug}-{170000 + hnum(layout, o.key) % 30000}.html"><div class="{c("rellabel")}">Đọc thêm</div><div class="{c("reltitle")}">{esc(o.title)}</div></a></div>')
    lead = ""
    if a.lead:
        traps.append("lead_heading")
        lead = f'<h2 class="{c("sapo")}">{esc(a.lead)}</h2>'
    cms = "".join(
        f'<div class="{c("cmt")}"><div class="{c("cmtavatar")}">{esc(n[0])}</div><div class="{c("cmtbody")}"><div class="{c("cmtname")}">{esc(n)}</div><div class="{c("cmttext")}">{esc(t2)}</div><div class="{c("cmttime")}">{hm(t)} {dmy(t)}</div></div></div>'
        for n, t, t2 in comments_for(a, layout, 2))
    most = others(a, 5, "nx-most")
    mlist = "".join(f'<a class="{c("mostitem")}" href="/{unaccent(o.section)}/{o.slug}-{170000 + hnum(layout, o.key) % 30000}.html"><div class="{c("mostnum")}">{k + 1}</div><div><div class="{c("mosttitle")}">{esc(o.title)}</div><div class="{c("mosttime")}">{o.pub.day} Tháng {o.pub.month}, {o.pub.year}</div></div></a>' for k, o in enumerate(most))
    menu = "".join(f'<li class="{c.mod("Menu", "item")}"><a href="/{unaccent(m)}">{m}</a></li>' for m in ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Video", "Podcast"])
    pub_iso = a.pub.isoformat()
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": a.title, "description": a.lead or "",
        "image": [f"https://cdn.{site.host}/images/{a.pub:%Y/%m/%d}/{img_name(a, 0, next(b for b in a.blocks if b['kind'] == 'figure'))}"],
        "datePublished": pub_iso, "dateModified": pub_iso,
        "author": [{"@type": "Person", "name": a.author or brand}],
        "publisher": {"@type": "Organization", "name": brand, "logo": {"@type": "ImageObject", "url": f"https://{site.host}/logo.png"}},
    }
    nd = {
        "props": {"pageProps": {"article": {
            "id": aid, "title": a.title, "sapo": a.lead, "author": a.author, "category": a.section,
            "publishedAt": a.pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "blocks": [{"type": "image" if b["kind"] == "figure" else "paragraph", "text": b["text"]} for b in a.blocks],
        }}, "__N_SSP": True},
        "page": "/[category]/[slug]", "query": {"category": unaccent(a.section), "slug": f"{a.slug}-{aid}.html"},
        "buildId": b36(hnum("nextjs", "build"), 21), "isFallback": False, "gssp": True, "scriptLoader": [],
    }
    nd_json = json.dumps(nd, ensure_ascii=False).replace("<", "\\u003c")
    ld_json = json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
    chunk = b36(hnum("nextjs", "chunk"), 16)
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(a.title)} - {brand} điện tử</title><meta name="description" content="{attr(a.lead or '')}"/><meta property="og:title" content="{attr(a.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{attr(url)}"/><link rel="canonical" href="{attr(url)}"/><script type="application/ld+json">{ld_json}</script><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/{chunk[:12]}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{chunk[:12]}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-{chunk}.js" defer=""></script><script src="/_next/static/chunks/framework-{chunk[::-1]}.js" defer=""></script><script src="/_next/static/chunks/pages/_app-{chunk[3:]}.js" defer=""></script></head><body><div id="__next"><div class="{c.mod('Layout', 'wrapper')}"><header class="{c.mod('Header', 'header')}"><div class="{c.mod('Header', 'top')}"><span class="{c.mod('Header', 'date')}">{wd_word(TODAY)}, {TODAY.day}/{TODAY.month}/{TODAY.year}</span><a class="{c.mod('Header', 'hotline')}" href="tel:{site.mobile('hot').replace('.', '')}">Đường dây nóng: {site.mobile('hot')}</a></div><div class="{c.mod('Header', 'logo')}"><a href="/"><img alt="{brand}" src="/logo.svg" width="220" height="48"/></a></div><nav class="{c.mod('Menu', 'nav')}"><ul class="{c.mod('Menu', 'list')}">{menu}</ul></nav></header><main class="{c('main')}"><div class="{c('grid')}"><div class="{c('col')}"><div class="{c('crumb')}"><a href="/{unaccent(a.section)}">{esc(a.section)}</a></div><h1 class="{c('title')}">{esc(a.title)}</h1><div class="{c('meta')}"><div class="{c('authorbox')}"><span class="{c('author')}">{esc(a.author or brand)}</span></div><time class="{c('time')}" dateTime="{a.pub.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')}">{printed}</time></div><div class="{c('share')}"><button aria-label="Chia sẻ Facebook" class="{c('sharebtn')}"></button><button aria-label="Chia sẻ Zalo" class="{c('sharebtn')}"></button><button aria-label="Sao chép liên kết" class="{c('sharebtn')}"></button></div>{lead}<div class="{c('body')}" data-testid="article-body">{''.join(blocks)}</div><div class="{c('tags')}">{''.join(f'<a class="{c("tag")}" href="/chu-de/{unaccent(k)}">#{k}</a>' for k in sorted(used))}</div><section class="{c('comments')}" id="comments"><div class="{c('cmthead')}">Bình luận (2)</div>{cms}<div class="{c('cmtform')}"><textarea placeholder="Chia sẻ ý kiến của bạn" class="{c('cmtinput')}"></textarea></div></section></div><aside class="{c('aside')}"><div class="{c('mosthead')}">Đọc nhiều</div>{mlist}</aside></div></main><footer class="{c.mod('Footer', 'footer')}"><div class="{c.mod('Footer', 'brand')}">{brand} điện tử</div><div class="{c.mod('Footer', 'info')}">{site.licence().replace('Sở Thông tin và Truyền thông tỉnh ' + site.pname, 'Bộ Thông tin và Truyền thông')}. Chịu trách nhiệm nội dung: {site.person('tbt')}.</div><div class="{c.mod('Footer', 'info')}">Địa chỉ: {site.address()}. Điện thoại: {site.phone('ts')}. Email: bandientu@{site.host}</div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd_json}</script></body></html>"""
    return dict(html=doc, encoding="utf-8", url=url, family="Next.js (React) news site, hashed CSS classes",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def L_amp_news(a: Art, idx: int) -> dict:
    layout = "amp_news"
    site, brand, _ = _news_site(layout, a, False)
    aid = 600000 + hnum(layout, a.key) % 90000
    canonical = f"https://{site.host}/{unaccent(a.section)}/{a.slug}-{aid}.html"
    url = f"https://{site.host}/amp/{unaccent(a.section)}/{a.slug}-{aid}.html"
    modified = a.pub + timedelta(hours=1 + hnum(layout, a.key, "mod") % 30, minutes=hnum(layout, a.key, "mm") % 60)
    traps = ["metadata_only_date", "modified_date", "related_in_body", "sidebar_dated", "caption_figure",
             "toolbar", "breadcrumb", "menu", "footer_contact", "script_duplicate"]
    rel = others(a, 1, "amp-rel", newer_ok=False)
    body = []
    if a.lead:
        traps.append("lead_bold")
        body.append(f'<p class="sapo"><strong>{esc(a.lead)}</strong></p>')
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(f'<figure class="fig"><amp-img src="https://{site.host}/uploads/{a.pub:%Y/%m}/{attr(img_name(a, i, b))}" width="800" height="533" layout="responsive" alt="{attr(b["text"])}"></amp-img><figcaption>{esc(b["text"])}</figcaption></figure>')
        else:
            body.append(f"<p>{esc(b['text'])}</p>")
        if i == 1:
            for o in rel:
                body.append(f'<div class="xem-them"><strong>Xem thêm:</strong> <a href="https://{site.host}/amp/{unaccent(o.section)}/{o.slug}-{600000 + hnum(layout, o.key) % 90000}.html">{esc(o.title)}</a></div>')
    same = "".join(f'<li><a href="/amp/{unaccent(o.section)}/{o.slug}-{600000 + hnum(layout, o.key) % 90000}.html">{esc(o.title)}</a><span class="time">{dmy(o.pub)} {hm(o.pub)}</span></li>' for o in others(a, 5, "amp-same"))
    menu = "".join(f'<li><a href="/amp/{unaccent(m)}">{m}</a></li>' for m in ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"])
    fig0 = next(b for b in a.blocks if b["kind"] == "figure")
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canonical,
        "headline": a.title, "description": a.lead or "",
        "image": {"@type": "ImageObject", "url": f"https://{site.host}/uploads/{a.pub:%Y/%m}/{img_name(a, 0, fig0)}", "width": 800, "height": 533},
        "datePublished": utc_z(a.pub), "dateModified": utc_z(modified),
        "author": {"@type": "Person", "name": a.author or brand},
        "publisher": {"@type": "Organization", "name": brand, "logo": {"@type": "ImageObject", "url": f"https://{site.host}/logo-amp.png", "width": 180, "height": 40}},
        "articleBody": "\n".join(a.paragraphs),
    }
    ld_json = json.dumps(ld, ensure_ascii=False, indent=1).replace("</", "<\\/")
    css = ("body{font-family:Arial,sans-serif;margin:0;color:#222}.amp-header{display:flex;align-items:center;padding:8px;background:#b40000}"
           ".hamburger{background:none;border:0;color:#fff;font-size:24px}.breadcrumb{padding:8px 12px;font-size:13px}"
           "article{padding:0 12px}h1{font-size:24px;line-height:1.3}.sapo{font-size:17px}.fig figcaption{font-size:13px;color:#555;text-align:center}"
           ".xem-them{border-left:3px solid #b40000;padding:6px 10px;margin:12px 0}.related li{margin-bottom:8px}.related .time{display:block;color:#888;font-size:12px}"
           "footer{background:#eee;padding:12px;font-size:12px}")
    doc = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(a.title)}</title>
<link rel="canonical" href="{attr(canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{utc_z(a.pub)}">
<meta property="article:modified_time" content="{utc_z(modified)}">
<script type="application/ld+json">
{ld_json}
</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;animation:none}}</style></noscript>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-custom>{css}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><nav><ul>{menu}</ul></nav></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" class="hamburger" aria-label="Menu">☰</button><a href="/amp/" class="logo"><amp-img src="https://{site.host}/logo-amp.png" width="180" height="40" alt="{brand}"></amp-img></a></header>
<div class="breadcrumb"><a href="/amp/">Trang chủ</a> / <a href="/amp/{unaccent(a.section)}">{esc(a.section)}</a></div>
<article>
<h1>{esc(a.title)}</h1>
<div class="byline"><span class="author">{esc(a.author or brand)}</span></div>
<div class="share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="254325784911610"></amp-social-share> <amp-social-share type="email" width="32" height="32"></amp-social-share> <amp-social-share type="system" width="32" height="32"></amp-social-share></div>
<div class="content">
{chr(10).join(body)}
</div>
</article>
<section class="related"><h2>Tin cùng chuyên mục</h2><ul>{same}</ul></section>
<footer><p><strong>{brand} điện tử</strong></p><p>{site.licence().replace('Sở Thông tin và Truyền thông tỉnh ' + site.pname, 'Bộ Thông tin và Truyền thông')}</p><p>Địa chỉ: {site.address()} - Điện thoại: {site.phone('ts')}</p><p><a href="{attr(canonical)}">Xem phiên bản đầy đủ</a></p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-{hnum(site.host) % 90000000 + 10000000}-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="AMP news page",
                time_printed=None, precision="second", date_source="metadata", traps=traps)


def L_drupal8_node(a: Art, idx: int) -> dict:
    layout = "drupal8_node"
    pcode, pname, city = province(layout, a)
    dcode, dname = pick([("sotuphap", "Sở Tư pháp"), ("stttt", "Sở Thông tin và Truyền thông"), ("sokhdt", "Sở Kế hoạch và Đầu tư")], layout, a.key)
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"{dname} tỉnh {pname}", f"{layout}:{host}")
    nid = 3000 + hnum(layout, a.key) % 9000
    alias = f"/tin-tuc/{a.slug}"
    url = f"https://{host}{alias}"
    printed = f"{wd_abbr(a.pub)}, {dmy(a.pub)} - {hm(a.pub)}"
    traps = ["comments", "sidebar_dated", "caption_figure", "breadcrumb", "menu", "footer_contact"]
    body = []
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            uuid = f"{b36(hnum(layout, a.key, i, 'u1'), 8)}-{b36(hnum(layout, a.key, i, 'u2'), 4)}-4{b36(hnum(layout, a.key, i, 'u3'), 3)}-a{b36(hnum(layout, a.key, i, 'u4'), 3)}-{b36(hnum(layout, a.key, i, 'u5'), 12)}"
            body.append(f'<figure role="group" class="caption caption-img align-center"><img alt="" data-entity-type="file" data-entity-uuid="{uuid}" src="/sites/default/files/inline-images/{attr(img_name(a, i, b))}" width="800" height="533" loading="lazy" />\n<figcaption>{esc(b["text"])}</figcaption>\n</figure>')
        else:
            body.append(f"<p>{esc(b['text'])}</p>")
    lead = ""
    if a.lead:
        traps.append("lead_box")
        lead = f'<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item">{esc(a.lead)}</div>'
    cms = []
    for k, (n, t, text) in enumerate(comments_for(a, layout, 2)):
        cid = 200 + hnum(layout, a.key, k) % 800
        cms.append(f"""<article role="article" data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous clearfix">
<span class="hidden" data-comment-timestamp="{int(t.timestamp())}"></span>
<footer class="comment__meta"><p class="comment__submitted">Gửi bởi <span lang="" typeof="schema:Person" property="schema:name" datatype="">{esc(n)}</span> (chưa xác nhận) vào {wd_abbr(t)}, {dmy(t)} - {hm(t)}</p></footer>
<div class="content"><h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark" hreflang="vi">{esc(text[:28].rsplit(' ', 1)[0])}</a></h3>
<div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{esc(text)}</p></div>
<ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/{nid}/comment/{cid}">Trả lời</a></li></ul></div>
</article>""")
    newest = sorted(others(a, 5, "dr-new"), key=lambda o: o.pub, reverse=True)
    nl = "".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{o.slug}" hreflang="vi">{esc(o.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{wd_abbr(o.pub)}, {dmy(o.pub)} - {hm(o.pub)}</span></div></li>' for o in newest)
    menu = "".join(f'<li class="menu-item"><a href="/{unaccent(m)}" data-drupal-link-system-path="node/{10 + k}">{m}</a></li>' for k, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]))
    rdf_created = a.pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="/themes/custom/sogov/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="{attr(url)}" />
<link rel="shortlink" href="https://{host}/node/{nid}" />
<link rel="revision" href="https://{host}{alias}" />

    <title>{esc(a.title)} | {esc(dname)} tỉnh {pname}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?r4k2xq" />
<link rel="stylesheet" media="all" href="/core/themes/classy/css/components/node.css?r4k2xq" />
<link rel="stylesheet" media="all" href="/themes/custom/sogov/css/style.css?r4k2xq" />
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Nhảy tới nội dung
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner">
      <div class="region region-header">
    <div id="block-sogov-branding" class="block block-system block-system-branding-block">
      <a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
      <div class="site-name"><a href="/" title="Trang chủ" rel="home">{esc(dname)} tỉnh {pname}</a></div>
    </div>
  </div>
  </header>
    <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-sogov-main-menu-menu" id="block-sogov-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-sogov-main-menu-menu">Main navigation</h2>
      <ul class="menu">{menu}</ul>
  </nav>
  </div>
    <div class="region region-breadcrumb">
    <div id="block-sogov-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/{unaccent(a.section)}">{esc(a.section)}</a></li></ol>
  </nav>
</div>
  </div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-sogov-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>
</h1>
</div>
<div id="block-sogov-content" class="block block-system block-system-main-block">
<article role="article" about="{alias}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
  <span property="schema:name" content="{attr(a.title)}" class="rdf-meta hidden"></span>
  <span property="schema:interactionCount" content="UserComments:2" class="rdf-meta hidden"></span>
    <div class="node__meta">
      <article typeof="schema:Person" about="/user/12" class="profile"></article>
      <span>Gửi bởi <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype="">bientapvien</span></span>
 vào <span property="schema:dateCreated" content="{rdf_created}" class="field field--name-created field--type-created field--label-hidden">{printed}</span>
      </span>
      <span property="schema:dateCreated" content="{rdf_created}" class="rdf-meta hidden"></span>
    </div>
  <div class="node__content clearfix">
    {lead}
    <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{chr(10).join(body)}</div>
  <div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix">
    <div class="field__label">Tác giả</div>
              <div class="field__item">{esc(a.author or "")}</div>
          </div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix">
    <div class="field__label">Từ khóa</div>
    <div class="field__items"><div class="field__item"><a href="/taxonomy/term/{hnum(a.section) % 90 + 10}" property="schema:about" hreflang="vi">{esc(a.section)}</a></div></div>
  </div>
<section rel="schema:comment" class="field field--name-comment field--type-comment field--label-above comment-wrapper">
      <h2 class="title comment-section-title">Bình luận</h2>
{chr(10).join(cms)}
      <h2 class="title comment-form__title">Thêm bình luận mới</h2>
    <form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name"><label for="edit-name">Tên của bạn</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
  <div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="js-form-required form-required">Bình luận</label><textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required"></textarea></div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Lưu" class="button button--primary js-form-submit form-submit" /></div>
</form>
  </section>
  </div>
</article>
</div>
  </div>
    </div>
          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1">
      <h2>Tin mới</h2>
      <div><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{nl}</ul></div></div></div></div>
  </div>
  </div>
      </aside>
  </main>
    <footer role="contentinfo">
      <div class="region region-footer">
    <div id="block-thongtinchantrang" class="block block-block-content">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>{esc(dname).upper()} TỈNH {pname.upper()}</strong></p>
<p>Địa chỉ: {site.address()}</p>
<p>Điện thoại: {site.phone('vp')} - Email: {dcode}@{pcode}.gov.vn</p>
<p>Chịu trách nhiệm chính: {site.person('gd')} - Giám đốc Sở</p></div>
  </div>
  </div>
    </footer>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/{nid}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"{b36(hnum(host, 'perm'), 16)}"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.5.1"></script>
<script src="/core/misc/drupal.js?v=8.9.20"></script>
  </body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="Drupal 8 (classy-based theme) node",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def L_joomla4_article(a: Art, idx: int) -> dict:
    layout = "joomla4_article"
    pcode, pname, city = province(layout, a)
    dcode, dname = pick(DEPTS, layout, a.key, "dept")
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"{dname} tỉnh {pname}", f"{layout}:{host}")
    aid = 400 + hnum(layout, a.key) % 3000
    url = f"https://{host}/index.php/tin-tuc/tin-hoat-dong/{aid}-{a.slug}"
    modified = a.pub + timedelta(days=1 + hnum(layout, a.key, "m") % 5, hours=hnum(layout, a.key, "mh") % 7, minutes=hnum(layout, a.key, "mm") % 59)
    printed = f"{wd_word(a.pub, lower=True)}, {a.pub.day} tháng {a.pub.month} năm {a.pub.year} {hm(a.pub)}"
    mod_printed = f"{wd_word(modified, lower=True)}, {modified.day} tháng {modified.month} năm {modified.year} {hm(modified)}"
    traps = ["date_after_body", "modified_date", "h1_not_headline", "headline_twice", "today_date_header",
             "caption_figure", "view_counter", "breadcrumb", "menu", "footer_contact", "pagenav", "sidebar_dated"]
    body = []
    if a.lead:
        traps.append("lead_bold")
        body.append(f'<p style="text-align: justify;"><strong>{esc(a.lead)}</strong></p>')
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(f'<figure class="image"><img src="/images/tin-tuc/{a.pub:%Y/%m}/{attr(img_name(a, i, b))}" alt="{attr(b["text"])}" width="800" height="533" loading="lazy" data-path="local-images:/tin-tuc/{a.pub:%Y/%m}/{attr(img_name(a, i, b))}">\n<figcaption>{esc(b["text"])}</figcaption>\n</figure>')
        else:
            body.append(f'<p style="text-align: justify;">{esc(b["text"])}</p>')
    prev_a, next_a = others(a, 2, "jm-nav")
    rel = others(a, 4, "jm-rel", newer_ok=False)
    rl = "".join(f'<li><a href="/index.php/tin-tuc/tin-hoat-dong/{400 + hnum(layout, o.key) % 3000}-{o.slug}">{esc(o.title)} - {dmy(o.pub)}</a></li>' for o in rel)
    latest = sorted(others(a, 5, "jm-latest"), key=lambda o: o.pub, reverse=True)
    ll = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/tin-hoat-dong/{400 + hnum(layout, o.key) % 3000}-{o.slug}" itemprop="url"><span itemprop="name">{esc(o.title)}</span></a></li>' for o in latest)
    menu = "".join(f'<li class="nav-item item-{101 + k}"><a href="/index.php/{unaccent(m)}">{m}</a></li>' for k, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"]))
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="{attr(a.author or '')}">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="Cổng thông tin điện tử {attr(dname)} tỉnh {pname}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(a.title)} - {esc(dname)} tỉnh {pname}</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/css/joomla-fontawesome.min.css?4b1d3c" rel="lazy-stylesheet">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?4b1d3c" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/{host}\\/","base":"","baseFull":"https:\\/\\/{host}\\/"}},"csrf.token":"{b36(hnum(host, aid), 32)}"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-125 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar">
		<div class="moduletable "><div id="mod-custom118" class="mod-custom custom"><p>{wd_word(TODAY)}, {TODAY.day} Tháng {TODAY.month} {TODAY.year} | Đường dây nóng: {site.phone('hot')}</p></div></div>
		</div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-{dcode}.png" alt="{attr(dname)} tỉnh {pname}" width="420" height="90"></a><div class="site-description">Cổng thông tin điện tử {esc(dname)} tỉnh {pname}</div></div></div>
		<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">{menu}</ul></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-top-a">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/tin-tuc/tin-hoat-dong" class="pathway"><span itemprop="name">Tin hoạt động</span></a><meta itemprop="position" content="2"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(a.title)}</span><meta itemprop="position" content="3"></li>
    </ol>
</nav>
		</div>
		<div class="grid-child container-component">
			<div id="system-message-container" aria-live="polite"></div>
			<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
		<div class="page-header">
		<h1> Tin hoạt động </h1>
	</div>
		<div class="page-header">
		<h2 itemprop="headline">{esc(a.title)}</h2>
	</div>
	<div itemprop="articleBody" class="com-content-article__body">
{chr(10).join(body)}
	</div>
			<dl class="article-info text-muted">
			<dt class="article-info-term">Thông tin chi tiết</dt>
			<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">{esc(a.author or '')}</span></dd>
			<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="/index.php/tin-tuc/tin-hoat-dong" itemprop="genre">{esc(a.section)}</a></dd>
			<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.pub.isoformat()}" itemprop="datePublished">Ngày đăng: {printed}</time></dd>
			<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{modified.isoformat()}" itemprop="dateModified">Cập nhật lần cuối: {mod_printed}</time></dd>
			<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{views(layout, a)}">Lượt xem: {views(layout, a)}</dd>
			</dl>
<nav class="pagenavigation" aria-label="Điều hướng trang">
    <span class="pagination ms-0">
                <a class="btn btn-sm btn-secondary previous" href="/index.php/tin-tuc/tin-hoat-dong/{400 + hnum(layout, prev_a.key) % 3000}-{prev_a.slug}" rel="prev"><span class="visually-hidden">Bài trước: {esc(prev_a.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>
                    <a class="btn btn-sm btn-secondary next" href="/index.php/tin-tuc/tin-hoat-dong/{400 + hnum(layout, next_a.key) % 3000}-{next_a.slug}" rel="next"><span class="visually-hidden">Bài tiếp theo: {esc(next_a.title)}</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
        </span>
</nav>
</div>
			</main>
			<div class="main-bottom card "><h3 class="card-header ">Bài viết liên quan</h3><div class="card-body"><ul class="mod-relateditems relateditems mod-list">{rl}</ul></div></div>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card "><h3 class="card-header ">Tin mới nhất</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{ll}</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Thống kê truy cập</h3><div class="card-body">Đang truy cập: {5 + hnum(host, 'on') % 60}<br>Tổng lượt truy cập: {thousands(400000 + hnum(host, 'tot') % 900000)}</div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width">
		<div class="grid-child"><div id="mod-custom120" class="mod-custom custom"><p><strong>{esc(dname).upper()} TỈNH {pname.upper()}</strong></p>
<p>Địa chỉ: {site.address()}; Điện thoại: {site.phone('vp')}; Email: {dcode}@{pcode}.gov.vn</p>
<p>Chịu trách nhiệm nội dung: {site.person('gd')} - Giám đốc Sở. {site.licence()}</p></div></div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="Joomla 4 (Cassiopeia) article",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def L_asp_br_td(a: Art, idx: int) -> dict:
    layout = "asp_br_td"
    pcode, dcode, dist = pick(DISTRICTS, layout, a.key, "dist")
    pname, city = next((n, c) for p, n, c in PROVINCES if p == pcode)
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"UBND huyện {dist}", f"{layout}:{host}")
    nid = 1000 + hnum(layout, a.key) % 8000
    url = f"http://{host}/tintuc/chitiet.asp?ID={nid}&CatID={hnum(a.section) % 20 + 1}"
    encoding = "windows-1258" if idx % 2 == 0 else "utf-8"
    printed = f"{a.pub.hour:02d} giờ {a.pub.minute:02d} phút, ngày {dmy(a.pub, '.')}"
    traps = ["br_only_paragraphs", "h1_not_headline", "headline_no_heading", "today_date_header",
             "byline_in_body", "view_counter", "menu", "footer_contact", "sidebar_dated"]
    if encoding == "windows-1258":
        traps.insert(0, "cp1258_decomposed")
    indent = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
    parts = []
    if a.lead:
        traps.append("lead_bold")
        parts.append(f"<b>{esc(a.lead)}</b><br><br>")
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            parts.append(f'<center><img src="/Upload/TinTuc/{a.pub:%Y}/{attr(img_name(a, i, b))}" width="450" border="0"><br><i>{esc(b["text"])}</i></center><br>')
        else:
            parts.append(f"{indent}{esc(b['text'])}<br><br>")
    parts.append(f'<div align="right"><b>{esc(a.author or "")}</b></div>')
    older = others(a, 5, "asp-old", newer_ok=False)
    ol = "".join(f'<img src="/images/bullet.gif" width="7" height="7"> <a href="chitiet.asp?ID={1000 + hnum(layout, o.key) % 8000}">{esc(o.title)}</a> <span class="ngay">({dmy(o.pub, ".")})</span><br>' for o in older)
    left = "".join(f'<tr><td class="mnu"><a href="/{unaccent(m)}.asp">{m}</a></td></tr>' for m in ["Giới thiệu chung", "Tin tức - Sự kiện", "Cải cách hành chính", "Kinh tế - Xã hội", "Văn bản chỉ đạo", "Thủ tục hành chính", "Lịch tiếp công dân"])
    charset = "windows-1258" if encoding == "windows-1258" else "utf-8"
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<link rel="stylesheet" href="/css/main.css" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
<style type="text/css">.tieude{{font-family:Arial;font-size:15px;color:#A00000;text-transform:uppercase}}.ngaydang{{font-size:11px;color:#777}}.noidung{{font-family:Arial;font-size:13px;line-height:150%}}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center" class="main">
<tr><td colspan="2" class="header" background="/images/bg_header.jpg" height="130"><h1 class="sitename">ỦY BAN NHÂN DÂN HUYỆN {dist.upper()}</h1><div class="slogan">Trang thông tin điện tử huyện {dist} - tỉnh {pname}</div></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/">Trang chủ</a> | <a href="/gioithieu.asp">Giới thiệu</a> | <a href="/tintuc/">Tin tức - Sự kiện</a> | <a href="/vanban.asp">Văn bản</a> | <a href="/lienhe.asp">Liên hệ</a> <span class="today">Hôm nay, {wd_digit(TODAY)} ngày {dmy(TODAY)}</span></td></tr>
<tr>
<td width="220" valign="top" class="leftcol"><table width="100%" cellpadding="4" cellspacing="0" border="0">{left}</table>
<div class="thongke">Lượt truy cập: {thousands(100000 + hnum(host, 'cnt') % 500000)}<br>Đang online: {3 + hnum(host, 'on') % 40}</div></td>
<td width="770" valign="top">
<table width="100%" border="0" cellpadding="8" cellspacing="0">
<tr><td class="cat-title">TIN TỨC - SỰ KIỆN &raquo; {esc(a.section)}</td></tr>
<tr><td class="tieude"><b>{esc(a.title)}</b></td></tr>
<tr><td class="ngaydang">Cập nhật: {printed} &nbsp;&nbsp; Lượt xem: {views(layout, a)}</td></tr>
<tr><td class="noidung" align="justify">
{"".join(parts)}
</td></tr>
<tr><td><a href="javascript:window.print()"><img src="/images/print.gif" border="0" alt=""> In bài viết</a> &nbsp; <a href="javascript:history.back()">Trở về</a></td></tr>
<tr><td class="cactinkhac"><b>Các tin khác:</b><br>{ol}</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">Cơ quan chủ quản: UBND huyện {dist}, tỉnh {pname}<br>Địa chỉ: thị trấn huyện {dist} - Điện thoại: {site.phone('vp')} - Fax: {site.phone('fax')} - Email: ubnd.{dcode}@{pcode}.gov.vn<br>Người chịu trách nhiệm: {site.person('ct')} - Chánh Văn phòng HĐND và UBND huyện</td></tr>
</table>
</body>
</html>
"""
    return dict(html=doc, encoding=encoding, url=url, family="classic ASP district portal (text and <br><br> in one <td>)",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


def L_print_view(a: Art, idx: int) -> dict:
    layout = "print_view"
    pcode, pname, city = province(layout, a)
    dcode, dname = pick(DEPTS, layout, a.key, "dept")
    host = f"{dcode}.{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"{dname} tỉnh {pname}", f"{layout}:{host}")
    aid = 5000 + hnum(layout, a.key) % 20000
    url = f"https://{host}/ban-in/{a.slug}-{aid}.html"
    article_url = f"https://{host}/tin-tuc/{a.slug}-{aid}.html"
    printed = f"{wd_word(a.pub, lower=True)}, ngày {a.pub.day} tháng {a.pub.month} năm {a.pub.year}"
    traps = ["date_only", "print_date_today", "generic_title", "headline_h1_only", "caption_table", "toolbar", "footer_contact"]
    body = []
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(f'<table class="image" align="center" cellpadding="2"><tr><td><img src="https://{host}/uploads/news/{a.pub:%Y_%m}/{attr(img_name(a, i, b))}" width="500"></td></tr><tr><td class="caption">{esc(b["text"])}</td></tr></table>')
        else:
            body.append(f"<p>{esc(b['text'])}</p>")
    lead = ""
    if a.lead:
        traps.append("lead_bold")
        lead = f'<p class="print-lead"><b>{esc(a.lead)}</b></p>'
    css = ('body{font-family:"Times New Roman",serif;font-size:14pt;margin:20px 40px}h1{font-size:18pt}'
           '.print-date{font-style:italic;color:#444}.caption{text-align:center;font-style:italic;font-size:11pt}'
           '.print-footer{font-size:10pt;color:#333}@media print{.noprint{display:none}}')
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Bản in - {esc(dname)} tỉnh {pname}</title>
<meta name="robots" content="noindex, nofollow">
<style>{css}</style>
</head>
<body onload="window.print();">
<div class="noprint print-toolbar"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
<table class="print-header" width="100%"><tr><td width="90"><img src="/images/logo-print.png" width="80" alt=""></td><td><div class="org">{esc(dname).upper()} TỈNH {pname.upper()}</div><div class="site">Cổng thông tin điện tử - https://{host}</div></td></tr></table>
<hr>
<div class="print-content">
<h1>{esc(a.title)}</h1>
<div class="print-date">{printed}</div>
{lead}
<div class="print-body">
{chr(10).join(body)}
</div>
<p class="print-author" style="text-align:right"><b>{esc(a.author or "")}</b></p>
</div>
<hr>
<div class="print-footer">Địa chỉ bài viết: {article_url}<br>Ngày in: {dmy(TODAY)} {hm(TODAY)}<br>© {esc(dname)} tỉnh {pname}. Địa chỉ: {site.address()}. Điện thoại: {site.phone('vp')}</div>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="print view (\"Bản in\") of a department portal",
                time_printed=printed, precision="day", date_source="printed", traps=traps)


def L_sharepoint2013(a: Art, idx: int) -> dict:
    layout = "sharepoint2013"
    pcode, pname, city = province(layout, a)
    host = f"{pcode}.gov.vn"
    site = Site(pcode, pname, city, host, f"UBND tỉnh {pname}", f"{layout}:{host}")
    item = 10000 + hnum(layout, a.key) % 80000
    url = f"https://{host}/Pages/Tin-tuc-chi-tiet.aspx?ItemID={item}&l=TinTuc"
    printed = f"{dmy(a.pub)} {hm12(a.pub)}"
    traps = ["generic_title", "headline_twice", "today_date_header", "related_in_body", "sidebar_dated",
             "caption_table", "toolbar", "view_counter", "breadcrumb", "menu", "footer_contact", "hotline_table"]
    body = []
    split_done = False
    for i, b in enumerate(a.blocks):
        if b["kind"] == "figure":
            body.append(
                '<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>'
                f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;"><img src="/PublishingImages/Tin-tuc/{a.pub:%Y}/{attr(img_name(a, i, b))}" alt="" style="margin:5px;width:600px;" /></td></tr>'
                f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;"><em>{esc(b["text"])}</em></td></tr></tbody></table>')
        else:
            parts = split_sentence(b["text"]) if not split_done else None
            if parts:
                split_done = True
                body.append(f'<div style="text-align:justify;"><span style="font-size:12pt;">{esc(parts[0])}</span><span style="font-size:12pt;">{esc(parts[1])}</span></div>')
            else:
                body.append(f'<div style="text-align:justify;"><span style="font-size:12pt;">{esc(b["text"])}</span></div>')
            body.append("<div>&#160;</div>")
    rel = others(a, 3, "sp-rel", newer_ok=False)
    body.append('<div><strong>Tin liên quan:</strong></div><ul>' + "".join(
        f'<li><a href="/Pages/Tin-tuc-chi-tiet.aspx?ItemID={10000 + hnum(layout, o.key) % 80000}&amp;l=TinTuc">{esc(o.title)}</a></li>' for o in rel) + "</ul>")
    lead = ""
    if a.lead:
        traps.append("lead_box")
        lead = f'<div class="ArticleSummary"><p>{esc(a.lead)}</p></div>'
    older = others(a, 5, "sp-old", newer_ok=False)
    ol = "".join(f'<li><a href="/Pages/Tin-tuc-chi-tiet.aspx?ItemID={10000 + hnum(layout, o.key) % 80000}&amp;l=TinTuc">{esc(o.title)}</a> <span class="date">({dmy(o.pub)} {hm12(o.pub)})</span></li>' for o in older)
    hot = sorted(others(a, 4, "sp-hot"), key=lambda o: o.pub, reverse=True)
    hl = "".join(f'<li><a href="/Pages/Tin-tuc-chi-tiet.aspx?ItemID={10000 + hnum(layout, o.key) % 80000}&amp;l=TinTuc">{esc(o.title)}</a><div class="date">{dmy(o.pub)}</div></li>' for o in hot)
    hotline = "".join(f"<tr><td>{esc(n)}</td><td>{t}</td></tr>" for n, t in [
        ("Văn phòng UBND tỉnh (tiếp nhận phản ánh, kiến nghị)", site.phone("vp")),
        ("Trung tâm Phục vụ hành chính công tỉnh", site.phone("tt")),
        ("Tổng đài hỗ trợ dịch vụ công", "1900.1234"),
        (f"Đường dây nóng Chủ tịch UBND tỉnh", site.mobile("ct"))])
    menu = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item" href="/Pages/{unaccent(m)}.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{m}</span></span></a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp", "Du khách", "Văn bản"])
    wp = f"g_{b36(hnum(layout, 'wp1'), 8)}_{b36(hnum(layout, 'wp2'), 4)}_{b36(hnum(layout, 'wp3'), 4)}"
    doc = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><title>
	Tin tức chi tiết
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/portal/css/style.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZP8MfhbUwULTUh0V8xl2nQ%3D%3D"></script>
<script type="text/javascript">
// <![CDATA[
var _spPageContextInfo={{webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002f{host}",siteAbsoluteUrl:"https:\\u002f\\u002f{host}",serverRequestPath:"\\u002fPages\\u002fTin-tuc-chi-tiet.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Cổng thông tin điện tử tỉnh {pname}",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",pageItemId:7,userId:0}};
// ]]>
</script>
</head>
<body>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<form method="post" action="./Tin-tuc-chi-tiet.aspx?ItemID={item}&amp;l=TinTuc" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" /><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{b36(hnum(host, item), 20).upper()},{dmy(TODAY, ' ')[:2]} Mar 2025 03:12:00 -0000" /></div>
<div class="header-top"><div class="container"><span id="ctl00_lblDate" class="date-today">{wd_word(TODAY, lower=True)}, {dmy(TODAY)}</span><div class="search-box"><input type="text" placeholder="Tìm kiếm..." /></div></div></div>
<div class="banner"><img src="/PublishingImages/banner.png" alt="Cổng thông tin điện tử tỉnh {pname}" /></div>
<div class="mainmenu"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">{menu}</ul></div></div>
<div id="contentRow"><div class="container"><div class="row">
<div class="col-md-9">
<div id="DeltaPlaceHolderMain">
<div class="breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a href="/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span><span><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></span><span> &gt; </span><span>{esc(a.section)}</span></span></div>
<div id="pageTitle" class="pagetitle"><h1><span id="DeltaPlaceHolderPageTitleInTitleArea">{esc(a.title)}</span></h1></div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div webpartid="{b36(hnum(layout, 'wpid'), 8)}-0b1c-4d2e-9f3a-{b36(hnum(layout, 'wpid2'), 12)}" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody" allowdelete="false" style="">
<div class="news-detail">
<h2 class="ArticleTitle">{esc(a.title)}</h2>
<div class="ArticleDate"><span id="ctl00_ctl40_{wp}_lblDate">{printed}</span> <span class="views">| Lượt xem: {views(layout, a)}</span></div>
<div class="ArticleTools"><a href="javascript:printArticle()">In</a> | <a href="javascript:sendEmail()">Gửi email</a> | <a href="javascript:shareFacebook()">Chia sẻ</a> | <a href="javascript:zoom(1)" class="font">A+</a> <a href="javascript:zoom(-1)" class="font">A-</a></div>
{lead}
<div class="ArticleContent"><div class="ms-rtestate-field">{"".join(body)}</div></div>
<div class="ArticleAuthor">{esc(a.author or "")}</div>
</div>
</div></div>
</div></div>
<div class="othernews"><div class="title">Tin đã đưa</div><ul>{ol}</ul></div>
</div>
</div>
<div class="col-md-3 sidebar">
<div class="box"><div class="box-title">Tin nổi bật</div><ul class="hotnews">{hl}</ul></div>
<div class="box"><div class="box-title">Đường dây nóng</div><table class="hotline" cellpadding="3"><tbody>{hotline}</tbody></table></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div>Đang truy cập: {20 + hnum(host, 'on') % 200}<br />Tổng lượt truy cập: {thousands(5000000 + hnum(host, 'tot') % 9000000)}</div></div>
</div>
</div></div></div>
<div class="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {pname.upper()}</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh {pname}. Cơ quan thường trực: Văn phòng UBND tỉnh</p><p>Địa chỉ: {site.address()}. Điện thoại: {site.phone('vp')}. Email: congthongtin@{pcode}.gov.vn</p><p>{site.licence()}</p></div></div>
</form>
</div></div>
</body>
</html>
"""
    return dict(html=doc, encoding="utf-8", url=url, family="Microsoft SharePoint 2013 provincial portal",
                time_printed=printed, precision="minute", date_source="printed", traps=traps)


LAYOUTS = {
    "vnpt_portlet": L_vnpt_portlet,
    "dotnet_ctl00": L_dotnet_ctl00,
    "php_font_1258": L_php_font_1258,
    "bootstrap3_news": L_bootstrap3_news,
    "nextjs_news": L_nextjs_news,
    "amp_news": L_amp_news,
    "drupal8_node": L_drupal8_node,
    "joomla4_article": L_joomla4_article,
    "asp_br_td": L_asp_br_td,
    "print_view": L_print_view,
    "sharepoint2013": L_sharepoint2013,
}
# layouts that print minutes but carry seconds in metadata: an article whose seconds are not :00
# would make printed and metadata time disagree, so such articles are kept out of them
MINUTE_PRINT_SECOND_META = {"bootstrap3_news", "nextjs_news", "drupal8_node", "joomla4_article"}


def allowed(layout: str, a: Art) -> bool:
    return not (layout in MINUTE_PRINT_SECOND_META and a.pub.second != 0)


# the only corpus article with seconds (14:49:57) goes where seconds are printed / in metadata
PINNED = {"nbtv/seed": ["dotnet_ctl00", "amp_news"]}


def assign() -> dict[str, list[Art]]:
    names = list(LAYOUTS)
    plan: dict[str, list[Art]] = {n: [] for n in names}
    count: dict[str, int] = {a.key: 0 for a in ARTS}
    for a in ARTS:
        for n in PINNED.get(a.key, []):
            plan[n].append(a)
            count[a.key] += 1
    # primaries: every other article once, spread evenly
    for a in sorted(ARTS, key=lambda a: hnum("order", a.key)):
        if count[a.key]:
            continue
        cands = [n for n in names if allowed(n, a)]
        n = min(cands, key=lambda n: (len(plan[n]), hnum("slot", n, a.key)))
        plan[n].append(a)
        count[a.key] += 1
    # fill to PAGES_PER_LAYOUT with a reform / non-reform mix
    for n in names:
        while len(plan[n]) < PAGES_PER_LAYOUT:
            nonref = sum(not x.is_reform for x in plan[n])
            need_reform = nonref >= 3
            keys = {x.key for x in plan[n]}
            cands = [a for a in ARTS if a.key not in keys and allowed(n, a)]
            a = min(cands, key=lambda a: (a.is_reform != need_reform, count[a.key], hnum("fill", n, a.key)))
            plan[n].append(a)
            count[a.key] += 1
    for n in names:
        plan[n].sort(key=lambda a: a.key)
    return plan


def main() -> None:
    ARTS.extend(load_corpus())
    if PAGES.exists():
        shutil.rmtree(PAGES)
    plan = assign()
    gold = []
    for layout, arts in plan.items():
        out_dir = PAGES / layout
        out_dir.mkdir(parents=True)
        for idx, a in enumerate(arts):
            page = LAYOUTS[layout](a, idx)
            fname = f"{a.slug}.html"
            (out_dir / fname).write_bytes(encode_page(page["html"], page["encoding"]))
            gold.append({
                "file": f"pages/{layout}/{fname}",
                "layout": layout,
                "family": page["family"],
                "url": page["url"],
                "encoding": page["encoding"],
                "title": a.title,
                "published_at": at_precision(a.pub, page["precision"]),
                "date_precision": page["precision"],
                "date_source": page["date_source"],
                "time_printed": page["time_printed"],
                "text": "\n\n".join(a.paragraphs),
                "is_reform": a.is_reform,
                "traps": page["traps"],
                "corpus_key": a.key,
            })
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} pages in {len(plan)} layouts; {len({g['corpus_key'] for g in gold})} corpus articles covered")


if __name__ == "__main__":
    main()
