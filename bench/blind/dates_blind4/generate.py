"""Generate the dates_blind4 blind set: Vietnamese article pages where the variable is how and
where the publication time is printed.

    python3 generate.py    # rewrites pages/ and gold.json

Stdlib only, deterministic (choices are SHA-256 hashes of fixed strings). Reads only the corpus
JSON files under reformcrawl/mirror/corpus/. Does not import reformcrawl.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "reformcrawl" / "mirror" / "corpus"
ICT = timezone(timedelta(hours=7))
TODAY = datetime(2025, 3, 17, 9, 40, tzinfo=ICT)  # Thứ Hai; later than every corpus article
PAGES_PER_VARIANT = 4

WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def h(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- corpus

def load_corpus() -> list[dict]:
    arts = []
    for f in sorted(CORPUS.glob("*/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["dt"] = datetime.fromisoformat(d["published_at"])
        d["paras"] = ([d["lead"]] if d.get("lead") else []) + [b["text"] for b in d["blocks"]]
        arts.append(d)
    arts.sort(key=lambda a: a["key"])
    return arts


def slug_of(a: dict) -> str:
    seg = a["path"].split("?")[0].rstrip("/").split("/")[-1]
    seg = re.sub(r"\.(html?|aspx)$", "", seg)
    seg = re.sub(r"-(\d{3,}|[0-9a-f]{6,})$", "", seg)
    return seg[:80].strip("-")


# ---------------------------------------------------------------- date formats

def dmy(dt, sep="/"):
    return f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def h12(dt, am="SA", pm="CH", pad=True):
    hour = dt.hour % 12 or 12
    return (f"{hour:02d}" if pad else str(hour)) + f":{dt.minute:02d} " + (am if dt.hour < 12 else pm)


def vn_words(dt):
    return f"ngày {dt.day} tháng {dt.month} năm {dt.year}"


def en_short(dt):
    return f"{EN_MON[dt.month - 1]} {dt.day}, {dt.year}"


# ---------------------------------------------------------------- variants
# Each variant: name, description, host/site/url shape, how the article time is printed
# (pub(dt, i) -> (html, visible time_printed or None)), the header's today string, the format
# of sidebar/related dates.

PROVINCES = [
    ("quangnam", "Quảng Nam"), ("tuyenquang", "Tuyên Quang"), ("binhphuoc", "Bình Phước"),
    ("ninhthuan", "Ninh Thuận"), ("haiduong", "Hải Dương"), ("laichau", "Lai Châu"),
    ("travinh", "Trà Vinh"), ("kontum", "Kon Tum"), ("phuyen", "Phú Yên"), ("bacgiang", "Bắc Giang"),
    ("camau", "Cà Mau"), ("dongthap", "Đồng Tháp"), ("hoabinh", "Hòa Bình"), ("quangtri", "Quảng Trị"),
    ("yenbai", "Yên Bái"), ("soctrang", "Sóc Trăng"),
]


def url_id(a, variant):
    return 10000 + h("id", a["key"], variant) % 89999


class V:
    """A date-placement variant."""

    def __init__(self, name, desc, traps, site, host, url, today, side, pub, precision="minute",
                 source="printed", place="below"):
        self.name, self.desc, self.traps = name, desc, traps
        self.site, self.host, self.url = site, host, url
        self.today, self.side, self.pub = today, side, pub
        self.precision, self.source, self.place = precision, source, place


def u_noid(host, prefix):
    return lambda a, v, s: f"https://{host}/{prefix}/{s}-{url_id(a, v)}.html"


def u_query(host, page):
    return lambda a, v, s: f"https://{host}/{page}?ItemID={url_id(a, v)}&CateID={h('cat', v) % 90 + 10}"


def u_ymd(host, prefix):
    return lambda a, v, s: (f"https://{host}/{prefix}/{a['dt'].year}/{a['dt'].month:02d}/{a['dt'].day:02d}/"
                            f"{s}-{url_id(a, v)}.htm")


def u_ym(host, prefix):
    return lambda a, v, s: f"https://{host}/{prefix}/{a['dt'].year}{a['dt'].month:02d}/{s}-{url_id(a, v)}/"


def pub_span_pair(dt, i):
    return (f'<div class="post-info"><span class="date">{dmy(dt)}</span> <span class="time">{hm(dt)}</span>'
            f'</div>', f"{dmy(dt)} {hm(dt)}")


def pub_time_first(dt, i):
    sep = " - " if i % 2 else " "
    return (f'<div class="meta-line"><span class="gio"><i class="icon-clock"></i> {hm(dt)}</span>{sep}'
            f'<span class="ngay"><i class="icon-calendar"></i> {dmy(dt)}</span></div>',
            f"{hm(dt)}{sep}{dmy(dt)}")


def pub_table(dt, i, views="1.234", author="BBT"):
    extra_h = extra_d = ""
    if i % 2:  # a later "Sửa lần cuối" column after Ngày đăng
        mod = dt + timedelta(days=1, hours=2, minutes=17)
        extra_h = "<th>Sửa lần cuối</th>"
        extra_d = f"<td>{dmy(mod)} {hm(mod)}</td>"
    return (f'<table class="tbl-info" border="1" cellpadding="4">\n<tr><th>Ngày đăng</th>{extra_h}'
            f'<th>Lượt xem</th><th>Tác giả</th></tr>\n<tr><td>{dmy(dt)} {hm(dt)}</td>{extra_d}'
            f'<td>{views}</td><td>{esc(author)}</td></tr>\n</table>', f"{dmy(dt)} {hm(dt)}")


def pub_byline(dt, i, author="BBT", paper="Báo"):
    s = f"{hm(dt)} | {dmy(dt)}"
    return (f'<div class="byline">{esc(author)} - {esc(paper)} | {s}</div>', s)


def pub_words(dt, i):
    s = f"Cập nhật lúc {hm(dt)} {vn_words(dt)}"
    return f'<p class="ngay-cap-nhat"><em>{s}</em></p>', s


def pub_english(dt, i):
    if i % 2 == 0:
        s = f"{en_short(dt)} {hm(dt)}"
    else:
        s = f"{dt.day} {EN_MONTH[dt.month - 1]} {dt.year} - {hm(dt)} GMT+7"
    return f'<div class="date-post"><span class="lbl">Ngày đăng / Posted:</span> <span>{s}</span></div>', s


def pub_utc_time(dt, i):
    z = dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    s = f"{WEEKDAY[dt.weekday()]}, {dmy(dt)} {hm(dt)}"
    return f'<div class="article-time"><time class="published" datetime="{z}">{s}</time></div>', s


def pub_category_bar(dt, i, section="Thời sự"):
    s = f"{WEEKDAY[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    return f'<div class="cate-bar"><a href="#">{esc(section)}</a> | <span>{s}</span></div>', s


def pub_header_same(dt, i):
    s = f"{WEEKDAY[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    return f'<div class="date"><span>{s}</span></div>', s


def pub_float(dt, i):
    s = f"{dmy(dt)} {hm(dt)}"
    return f'<div class="news-date">{s}</div>', s


def pub_yy(dt, i):
    s = f"{dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d} {hm(dt)}"
    return f'<span class="ngaydang">{s}</span>', s


def pub_12h(dt, i):
    if i < 2:
        s = f"{dmy(dt)} {h12(dt, 'SA', 'CH')}"
    else:
        s = f"{h12(dt, 'AM', 'PM', pad=False)} {dmy(dt)}"
    return f'<div class="ms-date"><span>{s}</span></div>', s


def pub_hour_h(dt, i):
    if i < 2:
        s = f"{dt.hour:02d}h{dt.minute:02d}' ngày {dmy(dt)}"
    else:
        s = f"{dt.hour} giờ {dt.minute:02d} phút, ngày {dmy(dt)}"
    return f'<p class="time-post">{s}</p>', s


def pub_dots(dt, i):
    if i < 2:
        s = f"{dmy(dt, '.')} {hm(dt)}"
    else:
        s = dmy(dt, ".")
    return f'<div class="ngay">Ngày đăng: <b>{s}</b></div>', s


def pub_end(dt, i):
    s = f"{hm(dt)}, {dmy(dt)}"
    return f'<p class="update-time" style="text-align:right"><i>(Cập nhật: {s})</i></p>', s


def pub_none(dt, i):
    return "", None


def side_dmy_hm(dt):
    return f"{dmy(dt)} {hm(dt)}"


def side_paren(dt):
    return f"({dmy(dt)})"


VARIANTS = [
    V("span_pair", "date and time in two sibling spans under the headline",
      ["today_date_header"], "Sở Nội vụ tỉnh Quảng Nam", "sonoivu.quangnam.gov.vn",
      u_query("sonoivu.quangnam.gov.vn", "tin-tuc/chi-tiet.aspx"),
      lambda t: f"{WEEKDAY[t.weekday()]}, ngày {dmy(t)}", side_dmy_hm, pub_span_pair),
    V("time_before_date", "time printed before the date, in separate elements with icons",
      ["today_date_header"], "Báo Tuyên Quang điện tử", "baotuyenquang.com.vn",
      u_noid("baotuyenquang.com.vn", "chinh-tri"),
      lambda t: f"{hm(t)} {dmy(t)}", lambda d: f"{hm(d)} {dmy(d)}", pub_time_first),
    V("info_table", "date/time in a table row of article info (Ngày đăng | Lượt xem | Tác giả); "
      "on odd pages a later 'Sửa lần cuối' column follows", ["view_counter_near_date", "modified_date"],
      "Sở Thông tin và Truyền thông tỉnh Bình Phước", "stttt.binhphuoc.gov.vn",
      u_query("stttt.binhphuoc.gov.vn", "Default.aspx"),
      lambda t: f"Hôm nay: {dmy(t)}", side_paren, pub_table),
    V("byline_mixed", "byline mixing author, newspaper and time: 'Tác giả - Báo X | HH:MM | dd/mm/yyyy'",
      ["byline_date"], "Báo Ninh Thuận", "baoninhthuan.com.vn",
      u_ymd("baoninhthuan.com.vn", "news"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)}", lambda d: f"{hm(d)} | {dmy(d)}", pub_byline),
    V("words_date", "'Cập nhật lúc HH:MM ngày D tháng M năm YYYY' (date in words)",
      ["today_date_header"], "Cổng thông tin điện tử tỉnh Hải Dương", "haiduong.gov.vn",
      u_noid("haiduong.gov.vn", "tin-tuc"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {vn_words(t)}", lambda d: vn_words(d), pub_words),
    V("english_month", "bilingual portal: 'Jul 21, 2022 14:05' / '21 July 2022 - 14:05 GMT+7'",
      ["today_date_header", "english_dates"], "Cổng TTĐT tỉnh Lai Châu - Lai Chau Provincial Portal",
      "laichau.gov.vn", u_noid("laichau.gov.vn", "tin-tuc-su-kien"),
      lambda t: f"{EN_DAY[t.weekday()]}, {EN_MONTH[t.month - 1]} {t.day}, {t.year}",
      lambda d: f"{en_short(d)} {hm(d)}", pub_english),
    V("itemprop_meta_only", "no printed date: only <meta itemprop=datePublished> inside the body, "
      "with a later dateModified next to it", ["metadata_only_date", "modified_date"],
      "Sở Tư pháp tỉnh Trà Vinh", "sotuphap.travinh.gov.vn",
      u_query("sotuphap.travinh.gov.vn", "tin-tuc/chi-tiet"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)}", side_paren, pub_none,
      precision="second", source="metadata"),
    V("utc_time_element", "<time datetime='...Z'> in UTC, printed text is local (+07:00) time",
      ["utc_datetime_attr"], "Báo Kon Tum điện tử", "baokontum.com.vn",
      u_ym("baokontum.com.vn", "thoi-su"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)}", side_dmy_hm, pub_utc_time),
    V("date_end_of_body", "time printed only at the end of the article, inside the body container: "
      "'(Cập nhật: HH:MM, dd/mm/yyyy)'", ["date_after_body", "date_in_body_container"],
      "UBND huyện Sông Hinh - tỉnh Phú Yên", "songhinh.phuyen.gov.vn",
      u_noid("songhinh.phuyen.gov.vn", "tin-tuc-su-kien"),
      lambda t: f"Hôm nay, {dmy(t)}", side_paren, pub_end, place="end"),
    V("category_bar_above", "date above the headline in a category bar: "
      "'Thời sự | Thứ Năm, 21/07/2022 - 14:05'", ["date_above_headline", "today_date_header"],
      "Báo Bắc Giang", "baobacgiang.vn", u_ym("baobacgiang.vn", "chinh-tri"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)}", side_dmy_hm, pub_category_bar, place="above"),
    V("header_same_format", "header prints today's date AND time in exactly the article's format",
      ["today_datetime_header_same_format"], "Sở Khoa học và Công nghệ tỉnh Cà Mau", "skhcn.camau.gov.vn",
      u_noid("skhcn.camau.gov.vn", "tin-hoat-dong"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)} - {hm(t)}",
      lambda d: f"{WEEKDAY[d.weekday()]}, {dmy(d)} - {hm(d)}", pub_header_same),
    V("float_sidebar", "a floated 'Tin nổi bật' box whose first headline and its date come right after "
      "the headline in source order, before the article's own date (same format)",
      ["sidebar_date_before_article_date"], "Báo Đồng Tháp", "baodongthap.vn",
      u_noid("baodongthap.vn", "chinh-tri"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t)}", side_dmy_hm, pub_float, place="float"),
    V("two_digit_year", "two-digit years: 'dd/mm/yy HH:MM'", ["today_date_header", "two_digit_year"],
      "Sở Kế hoạch và Đầu tư tỉnh Hòa Bình", "skhdt.hoabinh.gov.vn",
      u_query("skhdt.hoabinh.gov.vn", "tin-tuc/chi-tiet"),
      lambda t: f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}",
      lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", pub_yy),
    V("twelve_hour", "12-hour clock: 'dd/mm/yyyy hh:mm SA|CH' (pages 1-2), 'h:mm AM|PM dd/mm/yyyy' (3-4)",
      ["today_date_header", "twelve_hour"], "Cổng thông tin điện tử tỉnh Quảng Trị", "quangtri.gov.vn",
      u_query("quangtri.gov.vn", "Pages/Tin-tuc-chi-tiet.aspx"),
      lambda t: f"{dmy(t)} {h12(t)}", lambda d: f"{dmy(d)} {h12(d)}", pub_12h),
    V("hour_h", "'14h05' ngày dd/mm/yyyy' (pages 1-2) and '14 giờ 05 phút, ngày dd/mm/yyyy' (3-4)",
      ["today_date_header"], "Báo Yên Bái", "baoyenbai.com.vn", u_ymd("baoyenbai.com.vn", "tin"),
      lambda t: f"{t.hour:02d}h{t.minute:02d}' ngày {dmy(t)}", side_paren, pub_hour_h),
    V("dots", "dotted dates: 'dd.mm.yyyy HH:MM' (pages 1-2) and date only 'dd.mm.yyyy' (3-4)",
      ["today_date_header", "date_only_some"], "UBND thị xã Vĩnh Châu - tỉnh Sóc Trăng",
      "vinhchau.soctrang.gov.vn", u_query("vinhchau.soctrang.gov.vn", "index.php/tin-tuc/chi-tiet"),
      lambda t: f"{WEEKDAY[t.weekday()]}, {dmy(t, '.')}", lambda d: f"{dmy(d, '.')} {hm(d)}", pub_dots),
]

# corpus articles pinned to variants (dt crosses midnight in UTC; noon/evening hours for 12-hour)
PINS = {
    "utc_time_element": ["baokhanhhoa/seed", "baokhanhhoa/khanh-hoa-day-manh-trien-khai-de-an-06"],
    "twelve_hour": ["nbtv/chat-van-ve-cong-tac-cai-cach-hanh-chinh-tai-ky-hop-thu-muoi-mot",
                    "baokhanhhoa/phien-hop-thu-tam-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu"],
}

# ---------------------------------------------------------------- chrome

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Cải cách hành chính", "Văn bản", "Thủ tục hành chính",
        "Dịch vụ công", "Hỏi đáp", "Liên hệ"]
COMMENTERS = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hằng", "Võ Thanh Sơn", "Đặng Ngọc Ánh"]
COMMENTS = ["Thủ tục bây giờ nhanh hơn trước nhiều, cảm ơn cán bộ bộ phận một cửa.",
            "Mong tỉnh tiếp tục công khai tiến độ giải quyết hồ sơ trên cổng thông tin.",
            "Bài viết hay, thông tin hữu ích cho người dân.",
            "Đề nghị xem xét bố trí thêm chỗ ngồi chờ cho người cao tuổi."]


def comment_time(v, dt):
    if v.name == "english_month":
        return f"{en_short(dt)} {hm(dt)}"
    if v.name == "two_digit_year":
        return f"{hm(dt)} {dt.day:02d}/{dt.month:02d}/{dt.year % 100:02d}"
    if v.name == "twelve_hour":
        return f"{dmy(dt)} {h12(dt)}"
    if v.name == "dots":
        return f"{hm(dt)} {dmy(dt, '.')}"
    if v.name in ("header_same_format", "category_bar_above"):
        return f"{WEEKDAY[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    return f"{hm(dt)} {dmy(dt)}"


def body_html(a, v, i):
    out = []
    paras = list(a["paras"])
    if a.get("lead"):
        out.append(f'<p class="sapo"><strong>{esc(a["lead"])}</strong></p>')
    for b in a["blocks"]:
        if b["kind"] == "figure":
            out.append(f'<p style="text-align:center"><img src="{esc(b.get("image") or "/uploads/anh.jpg")}" '
                       f'alt="" width="600"></p>')
            out.append(f'<p class="caption" style="text-align:center"><em>{esc(b["text"])}</em></p>')
        else:
            out.append(f'<p style="text-align:justify">{esc(b["text"])}</p>')
    assert len(paras) == len(a["paras"])
    return "\n".join(out)


def render(a, v, i, pool):
    dt = a["dt"]
    site = v.site
    others = [o for o in pool if o["key"] != a["key"]]
    others.sort(key=lambda o: h("side", v.name, i, o["key"]))
    side = others[:5]
    related = others[5:8]
    if v.place == "float":  # the first floated headline is a near neighbour, a few days apart
        near = sorted((o for o in pool if o["key"] != a["key"] and o["dt"].date() != dt.date()),
                      key=lambda o: abs((o["dt"] - dt).total_seconds()))
        side = [near[0]] + [o for o in side if o["key"] != near[0]["key"]][:4]
    side_list = side if v.place != "float" else [o for o in others[8:13] if o["key"] != side[0]["key"]]
    pub_html, printed = v.pub(dt, i)
    if v.name == "info_table":
        pub_html, printed = pub_table(dt, i, views=f"{1000 + h('views', a['key']) % 9000:,}".replace(",", "."),
                                      author=a["author"])
    elif v.name == "byline_mixed":
        pub_html, printed = pub_byline(dt, i, author=a["author"], paper=v.site)
    elif v.name == "category_bar_above":
        pub_html, printed = pub_category_bar(dt, i, section=a["section"])
    today = v.today(TODAY)
    comment_times = [dt + timedelta(hours=3 + h("c1", a["key"]) % 20, minutes=h("c2", a["key"]) % 59 + 1),
                     dt + timedelta(days=1 + h("c3", a["key"]) % 4, hours=h("c4", a["key"]) % 9,
                                    minutes=h("c5", a["key"]) % 50 + 3)]
    views = f"{100 + h('v', a['key'], v.name) % 5000}"
    url = v.url(a, v.name, slug_of(a))

    L = []
    L.append("<!DOCTYPE html>")
    L.append('<html lang="vi">\n<head>\n<meta charset="utf-8">')
    L.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    L.append(f"<title>{esc(a['title'])} - {esc(site)}</title>")
    L.append(f'<link rel="canonical" href="{esc(url)}">')
    L.append(f'<meta property="og:title" content="{esc(a["title"])}">')
    L.append('<meta property="og:type" content="article">')
    L.append('<link rel="stylesheet" href="/css/style.css">\n<script src="/js/jquery.min.js"></script>')
    L.append("<style>.sidebar{float:right;width:300px}.main{float:left;width:640px}"
             ".box-float{float:right;width:280px;margin-left:15px}</style>")
    L.append("</head>\n<body>")
    # top bar
    L.append('<div class="top-bar"><div class="container">')
    L.append(f'<span class="today">{today}</span>')
    L.append('<span class="top-links"><a href="#">Đăng nhập</a> | <a href="#">Sơ đồ trang</a> | '
             '<a href="#">RSS</a></span>')
    if v.name == "english_month":
        L.append('<span class="lang"><a href="#">Tiếng Việt</a> | <a href="#">English</a></span>')
    L.append("</div></div>")
    L.append(f'<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="logo">'
             f'</a><span class="site-name">{esc(site)}</span></div>')
    L.append('<form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm...">'
             '<button>Tìm</button></form></div>')
    L.append('<ul class="menu">' + "".join(f'<li><a href="#">{m}</a></li>' for m in MENU) + "</ul>")
    L.append(f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="#">{esc(a["section"])}</a></div>')
    L.append('<div class="container clearfix">\n<div class="main">')
    art_attrs = ' itemscope itemtype="https://schema.org/NewsArticle"' if v.name == "itemprop_meta_only" else ""
    L.append(f'<div class="article-detail"{art_attrs}>')
    if v.place == "above":
        L.append(pub_html)
    L.append(f'<h1 class="title">{esc(a["title"])}</h1>')
    if v.place == "float":
        L.append('<div class="box-float"><div class="box-title">Tin nổi bật</div><ul>')
        for o in side[:3]:
            L.append(f'<li><a href="#">{esc(o["title"])}</a> <span class="date">{v.side(o["dt"])}</span></li>')
        L.append("</ul></div>")
    if v.place in ("below", "float"):
        L.append(pub_html)
    L.append('<div class="toolbar"><a href="#">In bài</a> | <a href="#">Gửi email</a> | '
             '<a href="#">Chia sẻ Facebook</a> | Cỡ chữ: <a href="#">A+</a> <a href="#">A-</a></div>')
    L.append('<div class="article-content" itemprop="articleBody">')
    if v.name == "itemprop_meta_only":
        mod = dt + timedelta(days=1 + h("mod", a["key"]) % 3, hours=2, minutes=11)
        L.append(f'<meta itemprop="datePublished" content="{dt.isoformat()}">')
        L.append(f'<meta itemprop="dateModified" content="{mod.isoformat()}">')
        L.append(f'<meta itemprop="author" content="{esc(a["author"])}">')
    L.append(body_html(a, v, i))
    if v.place == "end":
        L.append(pub_html)
    L.append("</div>")
    L.append(f'<div class="author" style="text-align:right"><b>{esc(a["author"])}</b></div>')
    L.append(f'<div class="view-count">Lượt xem: {views}</div>')
    L.append("</div>")
    # related
    L.append('<div class="related"><h3>Tin liên quan</h3><ul>')
    for o in related:
        L.append(f'<li><a href="#">{esc(o["title"])}</a> <span>{v.side(o["dt"])}</span></li>')
    L.append("</ul></div>")
    # comments
    L.append('<div class="comments"><h3>Ý kiến bạn đọc (2)</h3>')
    for k, ct in enumerate(comment_times):
        name = COMMENTERS[h("cn", a["key"], k) % len(COMMENTERS)]
        text = COMMENTS[(h("ct", a["key"]) + k) % len(COMMENTS)]
        L.append(f'<div class="comment-item"><div class="comment-head"><b>{name}</b> - '
                 f'<span class="comment-time">{comment_time(v, ct)}</span></div>'
                 f'<div class="comment-text">{esc(text)}</div></div>')
    L.append('<form class="comment-form"><textarea name="noidung"></textarea><button>Gửi ý kiến</button></form>')
    L.append("</div>\n</div>")
    # sidebar
    L.append('<div class="sidebar"><div class="box"><div class="box-title">Tin mới nhất</div><ul>')
    for o in side_list:
        L.append(f'<li><a href="#">{esc(o["title"])}</a><br><span class="date">{v.side(o["dt"])}</span></li>')
    L.append("</ul></div>")
    L.append('<div class="box"><div class="box-title">Liên kết website</div><select><option>Chính phủ</option>'
             '<option>Bộ Nội vụ</option></select></div>')
    L.append("</div>\n</div>")
    # footer
    L.append('<div class="footer">')
    L.append(f"<p><b>{esc(site)}</b></p>")
    L.append(f"<p>Địa chỉ: số {h('addr', v.name) % 200 + 1} đường Hùng Vương, thành phố. "
             f"Điện thoại: 0{h('tel', v.name) % 900 + 200} 3{h('tel2', v.name) % 900000 + 100000}. "
             f"Đường dây nóng: 0{h('hot', v.name) % 90000000 + 910000000}</p>")
    L.append(f"<p>Giấy phép số {h('gp', v.name) % 90 + 10}/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày "
             f"0{h('gpd', v.name) % 9 + 1}/0{h('gpm', v.name) % 9 + 1}/2019. Chịu trách nhiệm chính: "
             f"Giám đốc Sở.</p>")
    L.append(f"<p>Lượt truy cập: {h('visits', v.name) % 9000000 + 1000000:,}".replace(",", ".") +
             f" | Đang online: {h('online', v.name) % 300 + 20}</p>")
    L.append("<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>")
    L.append("</div>\n</body>\n</html>\n")
    page = "\n".join(x for x in L if x != "")
    return page, printed, url


# ---------------------------------------------------------------- main

def main():
    pool = load_corpus()
    by_key = {a["key"]: a for a in pool}
    # assignment: pins first, then every corpus article once (hash order), then reuse
    slots = {v.name: list(PINS.get(v.name, [])) for v in VARIANTS}
    pinned = {k for ks in PINS.values() for k in ks}
    rest = sorted((a["key"] for a in pool if a["key"] not in pinned), key=lambda k: h("order", k))
    reuse = sorted((a["key"] for a in pool), key=lambda k: h("reuse", k))
    queue = rest + reuse
    for v in VARIANTS:
        while len(slots[v.name]) < PAGES_PER_VARIANT:
            for j, k in enumerate(queue):
                if k not in slots[v.name]:
                    slots[v.name].append(queue.pop(j))
                    break
    used = {k for ks in slots.values() for k in ks}
    assert used == set(by_key), "every corpus article is used"

    out = HERE / "pages"
    if out.exists():
        shutil.rmtree(out)
    gold = []
    for v in VARIANTS:
        (out / v.name).mkdir(parents=True)
        for i, key in enumerate(slots[v.name]):
            a = by_key[key]
            page, printed, url = render(a, v, i, pool)
            fname = f"pages/{v.name}/{slug_of(a)}.html"
            (HERE / fname).write_bytes(page.encode("utf-8"))
            dt = a["dt"]
            if v.source == "metadata":
                published, precision, tp = dt.isoformat(), "second", None
            elif v.name == "dots" and i >= 2:
                published = dt.replace(hour=0, minute=0, second=0).isoformat()
                precision, tp = "day", False
            else:
                published, precision, tp = dt.replace(second=0).isoformat(), "minute", printed
            traps = list(v.traps) + ["sidebar_dated", "related_dated", "comments_dated", "footer_licence_date",
                                     "visit_counter", "menu", "breadcrumb", "toolbar"]
            if v.name == "dots" and i >= 2:
                traps.append("date_only")
            if v.name == "info_table" and i % 2 == 0:  # no 'Sửa lần cuối' column on even pages
                traps = [t for t in traps if t != "modified_date"]
            gold.append({
                "file": fname,
                "layout": v.name,
                "family": v.desc,
                "url": url,
                "encoding": "utf-8",
                "title": a["title"],
                "published_at": published,
                "date_precision": precision,
                "date_source": v.source,
                "time_printed": tp,
                "printed": printed,
                "text": "\n\n".join(a["paras"]),
                "is_reform": a["is_reform"],
                "traps": traps,
                "corpus_key": a["key"],
            })
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} pages in {len(VARIANTS)} variants")


if __name__ == "__main__":
    main()
