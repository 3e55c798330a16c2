"""Blind set layouts_blind3: corpus articles rendered in eight CMS layouts not used before.

    python3 generate.py   # rewrites pages/ and gold.json

Python 3.11 stdlib only. Deterministic: every "random" choice is a SHA-256 of fixed strings.
Reads only reformcrawl/mirror/corpus/*/*.json (as data); never imports reformcrawl.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parents[2] / "reformcrawl" / "mirror" / "corpus"
TZ = timezone(timedelta(hours=7))
TODAY = datetime(2025, 9, 18, 8, 41, tzinfo=TZ)  # Thursday; later than every corpus article
PER_LAYOUT_REFORM, PER_LAYOUT_OTHER = 5, 3

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_NUM = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"]


# ----------------------------------------------------------------------------- helpers

def hnum(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def pick(seq, *parts):
    return seq[hnum(*parts) % len(seq)]


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a_(text: str) -> str:
    return html.escape(text, quote=True)


def d2(dt: datetime, sep: str = "/") -> str:
    return f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"


def hm(dt: datetime) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}"


def h12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'SA' if dt.hour < 12 else 'CH'}"


def utc_z(dt: datetime, ms: bool = False) -> str:
    u = dt.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def iso(dt: datetime) -> str:
    return dt.isoformat()


def slug_of(path: str) -> str:
    seg = [s for s in re.split(r"[/?=&]", path) if s][-1]
    seg = re.sub(r"\.html?$", "", seg)
    seg = re.sub(r"-(\d{4,}|[0-9a-f]{7})$", "", seg)
    return seg[:80].rstrip("-")


def load() -> list[dict]:
    arts = []
    for f in sorted(CORPUS.glob("*/*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        d["dt"] = datetime.fromisoformat(d["published_at"])
        d["paras"] = ([d["lead"]] if d.get("lead") else []) + [b["text"] for b in d["blocks"]]
        d["uslug"] = slug_of(d["path"])
        arts.append(d)
    return arts


def enc1258(s: str) -> bytes:
    """windows-1258 as Windows writes it: precomposed where the code page has the letter,
    otherwise base letter (with its shape mark) + combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        tone = "".join(c for c in d if c in tones)
        try:
            out += (base + tone).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode()
    return bytes(out)


NAMES = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Thu Hằng", "Hoàng Đức Anh",
         "Võ Thị Ngọc", "Đặng Quốc Bảo", "Bùi Thanh Sơn", "Huỳnh Kim Loan", "Ngô Văn Phúc",
         "Dương Thị Hạnh", "Trương Công Danh"]
COMMENTS = [
    "Thủ tục bây giờ nhanh hơn trước nhiều, mong các xã vùng sâu cũng được như vậy.",
    "Đề nghị công khai số điện thoại của cán bộ một cửa để người dân tiện liên hệ.",
    "Bài viết rất hay, cảm ơn phóng viên đã phản ánh kịp thời.",
    "Tôi nộp hồ sơ trực tuyến tuần trước, chỉ 3 ngày đã có kết quả. Rất hài lòng!",
    "Mong chính quyền quan tâm hơn nữa đến đường sá ở thôn tôi.",
    "Cần kiểm tra thường xuyên hơn, có nơi vẫn còn tình trạng hẹn lên hẹn xuống.",
    "Thông tin hữu ích, tôi sẽ chia sẻ cho bà con trong xóm cùng biết.",
    "Người lớn tuổi chưa quen dùng điện thoại thông minh, nên có người hướng dẫn tại chỗ.",
]
TAGS = ["cải cách hành chính", "chuyển đổi số", "dịch vụ công trực tuyến", "một cửa", "HĐND tỉnh",
        "Đề án 06", "thủ tục hành chính", "người dân", "doanh nghiệp", "an sinh xã hội"]


def comments(a: dict, layout: str, n: int) -> list[tuple[str, str, datetime]]:
    out = []
    for i in range(n):
        hours = 2 + hnum(layout, a["key"], "c", i) % 70 + 24 * i
        dt = a["dt"] + timedelta(hours=hours, minutes=hnum(layout, a["key"], "m", i) % 60)
        dt = min(dt, TODAY - timedelta(days=1))
        out.append((pick(NAMES, layout, a["key"], "n", i), pick(COMMENTS, layout, a["key"], "t", i), dt))
    return out


def others(a: dict, pool: list[dict], n: int, salt: str) -> list[dict]:
    rest = [b for b in pool if b["key"] != a["key"]]
    rest.sort(key=lambda b: (abs((b["dt"] - a["dt"]).total_seconds()), hnum(salt, b["key"])))
    near = rest[: n - 2]
    newest = sorted((b for b in pool if b["key"] != a["key"] and b not in near), key=lambda b: b["dt"], reverse=True)[:2]
    return near + newest


def split_sentences(text: str) -> tuple[str, str] | None:
    m = re.search(r"\. (?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", text)
    if not m or m.start() < 40 or len(text) - m.end() < 40:
        return None
    return text[: m.start() + 1], text[m.end():]


def pullquote_from(text: str) -> str:
    parts = re.split(r"(?<=[.;]) ", text)
    parts = [p for p in parts if 50 <= len(p) <= 220]
    if parts and parts[0] != text:
        return parts[0]
    return text[:110].rsplit(" ", 1)[0] + "…"


# ----------------------------------------------------------------------------- layouts
# Each render function returns (html text, info). info: time_printed, date_printed,
# published_at, date_precision, date_source, traps, url, encoding (optional), raw_chrome (optional).


def r_nuxt(a, pool, lay):
    v = lambda tag: f"data-v-{hashlib.sha256((lay + tag).encode()).hexdigest()[:8]}"
    V1, V2, V3, V4 = v("hdr"), v("art"), v("side"), v("cmt")
    dt = a["dt"]
    printed = f"{WD[dt.weekday()]}, {d2(dt)} - {hm(dt)} (GMT+7)"
    sec = a["section"]
    sec_slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFD", sec.lower().replace("đ", "d")).encode("ascii", "ignore").decode()).strip("-")
    if a["portal"] == "nbtv":
        url = "https://nbtv.vn" + a["path"]
    else:
        url = f"https://baotuyenquang.com.vn/{sec_slug}/{a['uslug']}-{190000 + hnum(lay, a['key']) % 9000}.html"
    rel = others(a, pool, 6, lay)
    body = []
    for i, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            body.append(f'<figure class="article-image" {V2}><img src="/_nuxt/img/{b["image"]}" alt="{a_(b["text"])}" loading="lazy" {V2}><figcaption {V2}>{e(b["text"])}</figcaption></figure>')
        else:
            body.append(f'<p {V2}>{e(b["text"])}</p>')
        if i == 1:
            body.append(f'<div class="box-related" {V2}><div class="box-related__title" {V2}>Tin liên quan</div><ul {V2}>'
                        + "".join(f'<li {V2}><a href="/tin/{r["uslug"]}.html" {V2}>{e(r["title"])}</a> <span class="time" {V2}>({d2(r["dt"])})</span></li>' for r in rel[:3])
                        + "</ul></div>")
    lead = f'<h2 class="detail-sapo" {V2}>{e(a["lead"])}</h2>' if a.get("lead") else ""
    cm = comments(a, lay, 3)
    nuxt_state = json.dumps({"data": [{"article": {"title": a["title"], "sapo": a.get("lead") or "", "content": "".join(f"<p>{p}</p>" for p in a["paras"]), "publishedAt": utc_z(dt, True)}}], "state": {"menu": ["Thời sự", "Kinh tế"]}}, ensure_ascii=False)
    nuxt_js = nuxt_state.replace("</", "<\\/")
    side = "".join(f'<li class="side-item" {V3}><a href="/tin/{r["uslug"]}.html" {V3}>{e(r["title"])}</a><div class="side-time" {V3}>{WD[r["dt"].weekday()]}, {d2(r["dt"])} - {hm(r["dt"])} (GMT+7)</div></li>' for r in rel)
    doc = f"""<!doctype html>
<html lang="vi" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>{e(a["title"])} - Báo Tuyên Quang điện tử</title>
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" property="og:title" content="{a_(a["title"])}">
<meta data-n-head="ssr" property="og:type" content="article">
<meta data-n-head="ssr" property="og:url" content="{a_(url)}">
<link data-n-head="ssr" rel="canonical" href="{a_(url)}">
<link rel="preload" href="/_nuxt/app.4f1c2e.js" as="script">
<style data-vue-ssr-id="a1b2c3:0">.detail-sapo[{V2}]{{font-weight:700}}</style>
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="wrapper" {V1}>
<div class="topbar" {V1}><span class="topbar__date" {V1}>{WD[TODAY.weekday()]}, {d2(TODAY)}</span>
<span class="topbar__hotline" {V1}>Đường dây nóng: 0207.3822.131</span> <a href="/dang-nhap" {V1}>Đăng nhập</a></div>
<header class="header" {V1}><a href="/" class="logo" {V1}><img src="/_nuxt/img/logo.png" alt="Báo Tuyên Quang" {V1}></a>
<nav class="main-nav" {V1}><ul {V1}><li {V1}><a href="/" {V1}>Trang chủ</a></li><li {V1}><a href="/thoi-su" {V1}>Thời sự</a></li><li {V1}><a href="/chinh-tri" {V1}>Chính trị</a></li><li {V1}><a href="/kinh-te" {V1}>Kinh tế</a></li><li {V1}><a href="/xa-hoi" {V1}>Xã hội</a></li><li {V1}><a href="/van-hoa" {V1}>Văn hóa</a></li><li {V1}><a href="/the-thao" {V1}>Thể thao</a></li><li {V1}><a href="/emagazine" {V1}>E-magazine</a></li></ul></nav></header>
<main class="container" {V2}>
<div class="breadcrumbs" {V2}><a href="/" {V2}>Trang chủ</a> <span {V2}>›</span> <a href="/{sec_slug}" {V2}>{e(sec)}</a></div>
<div class="row" {V2}><div class="col-main" {V2}>
<article class="detail" {V2}>
<h1 class="detail-title" {V2}>{e(a["title"])}</h1>
<div class="detail-meta" {V2}><time class="detail-time" datetime="{utc_z(dt, True)}" {V2}>{printed}</time>
<div class="detail-share" {V2}><a class="share-fb" {V2}>Chia sẻ</a><a class="share-zalo" {V2}>Zalo</a><a class="print" {V2}>In bài</a><button {V2}>A-</button><button {V2}>A+</button></div></div>
{lead}
<div class="detail-content" {V2}>
{chr(10).join(body)}
</div>
<div class="detail-author" {V2}>{e(a.get("author") or "PV")}</div>
<div class="detail-tags" {V2}><span {V2}>Từ khóa:</span> {" ".join(f'<a href="/tag/{i}" {V2}>{t}</a>' for i, t in enumerate([pick(TAGS, lay, a["key"], k) for k in range(3)]))}</div>
</article>
<section class="comments" {V4}><h3 {V4}>Bình luận ({len(cm)})</h3>
{"".join(f'<div class="comment" {V4}><b class="comment__name" {V4}>{n}</b> <span class="comment__time" {V4}>{hm(t)} {d2(t)}</span><p {V4}>{c}</p><a class="comment__reply" {V4}>Trả lời</a> <a {V4}>Thích</a></div>' for n, c, t in cm)}
<form {V4}><textarea placeholder="Ý kiến của bạn..." {V4}></textarea><button {V4}>Gửi bình luận</button></form></section>
</div>
<aside class="col-side" {V3}><div class="side-box" {V3}><h3 class="side-title" {V3}>Tin mới nhất</h3><ul {V3}>{side}</ul></div>
<div class="side-box" {V3}><h3 class="side-title" {V3}>Đọc nhiều</h3><ol {V3}>{"".join(f'<li {V3}><a {V3}>{e(r["title"])}</a></li>' for r in rel[3:])}</ol></div></aside>
</div></main>
<footer class="footer" {V1}><p {V1}>BÁO TUYÊN QUANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TUYÊN QUANG</p>
<p {V1}>Giấy phép số 289/GP-BTTTT ngày 27/6/2022. Tổng Biên tập: Phạm Thị Minh Quý.</p>
<p {V1}>Địa chỉ: Số 2, đường Tân Trào, TP Tuyên Quang. ĐT: 0207.3822.131 - Email: baotuyenquang@gmail.com</p></footer>
</div></div></div>
<script>window.__NUXT__={nuxt_js};</script>
<script src="/_nuxt/app.4f1c2e.js" defer></script>
</body></html>
"""
    return doc, dict(time_printed=printed, date_printed=None, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url,
                     traps=["today_date_header", "menu", "breadcrumb", "related_in_body", "comments", "sidebar_dated",
                            "toolbar", "footer_contact", "script_duplicate", "tags"] + (["lead_heading"] if a.get("lead") else []) + ["caption_figure"])


def r_hugo(a, pool, lay):
    dt = a["dt"]
    printed = d2(dt, "-")
    url = f"https://dienban.quangnam.gov.vn/tin-tuc/{dt.year}/{dt.month:02d}/{a['uslug']}/"
    rel = others(a, pool, 6, lay)
    body = []
    if a.get("lead"):
        body.append(f'<p class="lead"><strong>{e(a["lead"])}</strong></p>')
    for i, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            body.append(f'<figure><img src="/images/{dt.year}/{b["image"]}" alt="">\n<figcaption>\n<p>{e(b["text"])}</p>\n</figcaption>\n</figure>')
        else:
            body.append(f"<p>{e(b['text'])}</p>")
        if i == 2:
            r = rel[0]
            body.append(f'<div class="related-inline"><p><strong>Đọc thêm:</strong> <a href="/tin-tuc/{r["dt"].year}/{r["dt"].month:02d}/{r["uslug"]}/">{e(r["title"])}</a> ({d2(r["dt"], "-")})</p></div>')
    prev_, next_ = rel[1], rel[2]
    recent = "".join(f'<li><a href="/tin-tuc/{r["dt"].year}/{r["dt"].month:02d}/{r["uslug"]}/">{e(r["title"])}</a><br><small><time datetime="{r["dt"].date().isoformat()}">{d2(r["dt"], "-")}</time></small></li>' for r in rel[3:])
    tags = [pick(TAGS, lay, a["key"], k) for k in range(2)]
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn">
<head>
<meta charset="utf-8">
<meta name="generator" content="Hugo 0.111.3">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["title"])} | UBND thị xã Điện Bàn</title>
<meta name="description" content="{a_((a.get("lead") or a["blocks"][0]["text"])[:150])}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/main.min.8f3d2a.css">
</head>
<body class="page-single">
<div class="site-top"><div class="container">Cổng thông tin điện tử thị xã Điện Bàn, tỉnh Quảng Nam · <a href="/lien-he/">Liên hệ</a> · <a href="/so-do-trang/">Sơ đồ trang</a></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/">UBND THỊ XÃ ĐIỆN BÀN</a>
<nav class="navbar"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li class="active"><a href="/tin-tuc/">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li><li><a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li><li><a href="/hoi-dap/">Hỏi đáp</a></li></ul></nav></div></header>
<main class="container"><div class="row"><div class="col-8">
<nav class="crumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc/">Tin tức</a> / <a href="/tin-tuc/{dt.year}/">{dt.year}</a></nav>
<article class="post">
<div class="post-meta"><span>Ngày đăng: <time datetime="{dt.date().isoformat()}">{printed}</time></span> · <span>{e(a["section"])}</span> · <span>Đọc trong {2 + len(" ".join(a["paras"])) // 1200} phút</span></div>
<h1 class="post-title">{e(a["title"])}</h1>
<div class="post-content">
{chr(10).join(body)}
</div>
<p class="post-author">Nguồn: {e(a.get("author") or "")} (theo Cổng TTĐT tỉnh)</p>
<div class="post-tags">Thẻ: {" ".join(f'<a href="/tags/{t.replace(" ", "-")}/">#{e(t)}</a>' for t in tags)}</div>
<nav class="post-nav"><div class="prev">« Bài trước<br><a href="#">{e(prev_["title"])}</a> <small>{d2(prev_["dt"], "-")}</small></div><div class="next">Bài sau »<br><a href="#">{e(next_["title"])}</a> <small>{d2(next_["dt"], "-")}</small></div></nav>
</article>
</div>
<aside class="col-4"><div class="widget"><h4>Bài viết mới</h4><ul class="recent">{recent}</ul></div>
<div class="widget"><h4>Liên kết</h4><ul><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://quangnam.gov.vn">Cổng TTĐT tỉnh Quảng Nam</a></li></ul></div></aside>
</div></main>
<footer class="site-footer"><div class="container"><p>Cơ quan chủ quản: UBND thị xã Điện Bàn. Địa chỉ: 01 Trần Nhân Tông, phường Vĩnh Điện, thị xã Điện Bàn, tỉnh Quảng Nam.</p>
<p>Điện thoại: 0235.3867.027 - Email: dienban@quangnam.gov.vn</p><p>Trang được cập nhật ngày {d2(TODAY, "-")}.</p></div></footer>
<script src="/js/bundle.min.js"></script>
</body></html>
"""
    return doc, dict(time_printed=False, date_printed=printed, published_at=datetime(dt.year, dt.month, dt.day, tzinfo=TZ),
                     precision="day", date_source="printed", url=url,
                     traps=["date_only", "date_above_headline", "menu", "breadcrumb", "related_in_body", "sidebar_dated", "pagenav",
                            "footer_contact", "today_date_footer", "tags", "caption_figure"] + (["lead_bold"] if a.get("lead") else []))


def r_blogger(a, pool, lay):
    dt = a["dt"]
    date_h = f"{WD[dt.weekday()]}, {dt.day} tháng {dt.month}, {dt.year}"
    time_s = f"lúc {h12(dt)}"
    blog = pick(["xaphuocthanh", "doanxanghiaphuong", "phuongtanan-tuyengiao", "thcsnguyenhue-tamky"], lay, a["key"])
    short = "-".join(a["uslug"].split("-")[:7])
    url = f"https://{blog}.blogspot.com/{dt.year}/{dt.month:02d}/{short}.html"
    blog_name = {"xaphuocthanh": "UBND xã Phước Thạnh", "doanxanghiaphuong": "Đoàn Thanh niên xã Nghĩa Phương",
                 "phuongtanan-tuyengiao": "Tuyên giáo phường Tân An", "thcsnguyenhue-tamky": "Trường THCS Nguyễn Huệ"}[blog]
    rel = others(a, pool, 6, lay)
    body = []
    if a.get("lead"):
        body.append(f'<div style="text-align: justify;"><b>{e(a["lead"])}</b></div><div style="text-align: justify;"><br /></div>')
    for b in a["blocks"]:
        if b["kind"] == "figure":
            body.append(f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{b["image"]}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/w640-h360/{b["image"]}" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(b["text"])}</td></tr></tbody></table>')
        else:
            body.append(f'<div style="text-align: justify;">{e(b["text"])}</div><div style="text-align: justify;"><br /></div>')
    body.append(f'<div style="text-align: right;"><i>Nguồn: {e(a.get("author") or "")} - Cổng thông tin điện tử tỉnh</i></div>')
    cm = comments(a, lay, 2)
    views = f"{(hnum(lay, 'views', a['key']) % 900000) + 40000:,}".replace(",", ".")
    archive = "".join(f'<li class="archivedate"><a href="#">tháng {m}</a> ({c})</li>' for m, c in ((12, 4), (11, 7), (10, 3), (9, 6)))
    popular = "".join(f'<li><div class="item-title"><a href="#">{e(r["title"])}</a></div><div class="item-snippet">{e(r["paras"][0][:110])}...</div></li>' for r in rel[:3])
    doc = f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="vi" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport"/>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/>
<link href="{url}" rel="canonical"/>
<title>{e(blog_name)}: {e(a["title"])}</title>
<meta content="{a_(a["title"])}" property="og:title"/>
<meta content="{a_(url)}" property="og:url"/>
<style id="page-skin-1" type="text/css"><!-- body {{ font: normal normal 13px Arial; }} --></style>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=8123" height="30"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://{blog}.blogspot.com/">{e(blog_name)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Thông tin - Tuyên truyền - Hoạt động</span></p></div></div></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><ul><li><a href="https://{blog}.blogspot.com/">Trang chủ</a></li><li><a href="/p/gioi-thieu.html">Giới thiệu</a></li><li><a href="/search/label/Tin%20tức">Tin tức</a></li><li><a href="/p/lien-he.html">Liên hệ</a></li></ul></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{date_h}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<a name="{hnum(lay, a["key"]) % 10**18}"></a>
<h3 class="post-title entry-title" itemprop="name">{e(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{hnum(a["key"]) % 10**18}" itemprop="description articleBody">
{chr(10).join(body)}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author"><span itemprop="name">{e(blog_name)}</span></span></span> <span class="post-timestamp">{time_s.split(" ")[0]} <meta content="{url}" itemprop="url"/><a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{dt.isoformat(timespec="milliseconds")}">{h12(dt)}</abbr></a></span>
<span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin"></span></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" title="Gửi email bài đăng này"><span class="share-button-link-text">Gửi email bài đăng này</span></a><a class="share-button sb-blog" title="BlogThis!">BlogThis!</a><a class="share-button sb-twitter">Chia sẻ lên X</a><a class="share-button sb-facebook">Chia sẻ lên Facebook</a><a class="share-button sb-pinterest">Chia sẻ lên Pinterest</a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Nhãn: <a href="/search/label/Tin%20t%E1%BB%A9c" rel="tag">Tin tức</a>, <a href="#" rel="tag">{e(pick(TAGS, lay, a["key"]))}</a></span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>{len(cm)} nhận xét:</h4><div class="comments-content"><div class="comment-thread"><ol>
{"".join(f'<li class="comment"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif"/></div><div class="comment-block"><div class="comment-header"><cite class="user">{n}</cite><span class="datetime secondary-text"><a rel="nofollow">{t.day} tháng {t.month}, {t.year} lúc {h12(t)}</a></span></div><p class="comment-content">{c}</p><span class="comment-actions secondary-text"><a class="comment-reply">Trả lời</a><span class="item-control blog-admin"><a>Xóa</a></span></span></div></li>' for n, c, t in cm)}
</ol></div></div><p class="comment-footer"><a href="#">Đăng nhận xét</a></p></div>
</div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" title="Bài đăng Cũ hơn">Bài đăng Cũ hơn</a></span><a class="home-link">Trang chủ</a></div>
<div class="post-feeds"><div class="feed-links">Đăng ký: <a class="feed-link" type="application/atom+xml">Đăng Nhận xét (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">
<div class="widget PopularPosts" id="PopularPosts1"><h2>Bài đăng phổ biến</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget HTML" id="HTML2"><h2>Thông tin liên hệ</h2><div class="widget-content">Điện thoại: 0256.3832.115<br/>Email: {blog.split("-")[0]}@gmail.com</div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a href="#">{dt.year}</a> (28)<ul>{archive}</ul></li></ul></div></div>
<div class="widget Stats" id="Stats1"><h2>Tổng số lượt xem trang</h2><div class="widget-content"><span class="counter-wrapper">{views}</span></div></div>
</div></div></div></div>
<footer><div class="widget Attribution" id="Attribution1">Chủ đề Đơn giản. Được tạo bởi <a href="https://www.blogger.com">Blogger</a>.</div></footer>
</div></div>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5';_WidgetManager._Init('//www.blogger.com/rearrange?blogID=8123','//{blog}.blogspot.com/{dt.year}/{dt.month:02d}/{short}.html','8123');</script>
</body></html>
"""
    return doc, dict(time_printed=time_s, date_printed=date_h, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url,
                     traps=["date_header_above_title", "time_12h_in_footer", "h1_not_headline", "headline_h3", "menu",
                            "comments", "sidebar", "pagenav", "toolbar", "view_counter", "byline_in_body", "caption_table"]
                     + (["lead_bold"] if a.get("lead") else []))


def r_sitefinity(a, pool, lay):
    dt = a["dt"]
    printed = f"{dt.hour:02d} giờ {dt.minute:02d}, {WD_LOW[dt.weekday()]}, {d2(dt)}"
    url = f"https://stp.dongnai.gov.vn/tin-tuc/{dt.year}/{dt.month:02d}/{dt.day:02d}/{a['uslug']}"
    rel = others(a, pool, 7, lay)
    body = []
    for b in a["blocks"]:
        if b["kind"] == "figure":
            body.append(f'<p style="text-align: center;"><img src="/images/default-source/tin-tuc/{b["image"]}?sfvrsn=2" alt="" sfref="[images|OpenAccessDataProvider]{hnum(b["image"]) % 10**12:x}" /></p>\n<p style="text-align: center;"><em>{e(b["text"])}</em></p>')
        else:
            body.append(f'<p style="text-align: justify;">{e(b["text"])}</p>')
    lead = f'<div class="sfnewsSummary">{e(a["lead"])}</div>' if a.get("lead") else ""
    cm = comments(a, lay, 2)
    same = "".join(f'<li><a href="#">{e(r["title"])}</a> <span class="sfnewsMetaInfo">({d2(r["dt"])} {hm(r["dt"])})</span></li>' for r in rel[:5])
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>
\tSở Tư pháp tỉnh Đồng Nai - Tin tức
</title>
<meta name="Generator" content="Sitefinity 13.3.7600.0 PE" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link href="/ResourcePackages/Bootstrap/assets/dist/css/main.min.css?v=13.3" rel="stylesheet" type="text/css" />
<meta property="og:title" content="Tin tức - Sở Tư pháp" />
</head>
<body>
<form method="post" action="./{a['uslug']}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1{hnum(a['key']) % 10**9}ZGQ=" /></div>
<div class="sf_cols header-top"><div class="sf_colsOut sf_1col_1_100"><div class="sf_colsIn">
<div class="sfContentBlock"><span class="today">{WD[TODAY.weekday()]}, ngày {d2(TODAY)}</span> | <a href="/en">English</a> | <a href="/so-do">Sơ đồ cổng</a></div></div></div></div>
<div class="sf_cols banner"><div class="sfContentBlock"><img src="/images/default-source/banner/banner-stp.png" alt="SỞ TƯ PHÁP TỈNH ĐỒNG NAI" /></div></div>
<nav class="sfNavWrp sfNavHorizontalWrp"><ul class="sfNavHorizontal sfNavList"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="sfSel"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/pho-bien-giao-duc-phap-luat">Phổ biến giáo dục pháp luật</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="sf_cols main"><div class="sf_colsOut sf_2cols_1_67"><div class="sf_colsIn sf_2cols_1in_67">
<div class="sfBreadcrumbWrp"><a class="sfBreadcrumbNavigation" href="/">Trang chủ</a> <span class="sfBreadcrumbNodeSeparator">/</span> <a href="/tin-tuc">Tin tức</a> <span class="sfBreadcrumbNodeSeparator">/</span> <span class="sfBreadcrumbLastItem">{e(a["title"])}</span></div>
<div class="sfnewsDetails sfdetails">
<div class="sfnewsItem sfitemDetails">
<h2 class="sfnewsTitle sfitemTitle">{e(a["title"])}</h2>
<div class="sfnewsToolbar"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Tin%20t%E1%BB%A9c">Gửi email</a> | <a class="fb-share">Chia sẻ Facebook</a> | Lượt xem: {120 + hnum(lay, a["key"]) % 3000}</div>
{lead}
<div class="sfnewsContent sfitemContent">
{chr(10).join(body)}
</div>
<div class="sfnewsAuthorAndDate sfmetainfo">{e(a.get("author") or "")} | {printed}</div>
<div class="sfitemTags"><span class="sfTagsLabel">Thẻ:</span> {", ".join(f'<a href="#">{e(pick(TAGS, lay, a["key"], k))}</a>' for k in range(2))}</div>
</div></div>
<div class="sfcommentsWrp"><h2 class="sfcommentsTitle">Ý kiến bạn đọc ({len(cm)})</h2><ol class="sfcommentsList">
{"".join(f'<li class="sfcommentItem"><p class="sfcommentsMetaInfo"><strong class="sfcommentAuthor">{n}</strong> <span class="sfcommentDate">{d2(t)} {hm(t)}</span></p><div class="sfcommentText">{c}</div></li>' for n, c, t in cm)}
</ol></div>
<div class="sfContentBlock other-news"><h3>Các tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<div class="sf_colsIn sf_2cols_2in_33">
<div class="sfContentBlock hotline"><h3>ĐƯỜNG DÂY NÓNG</h3><table class="table-hotline"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr><tr><td>Nguyễn Hữu Định</td><td>Giám đốc Sở</td><td>0913.675.247</td></tr><tr><td>Phạm Thị Thu Hà</td><td>Chánh Văn phòng</td><td>0251.3822.548</td></tr><tr><td colspan="3">Email: stp@dongnai.gov.vn</td></tr></table></div>
<div class="sfContentBlock"><h3>Tin mới</h3><ul>{"".join(f'<li><a>{e(r["title"])}</a><br/><i>{hm(r["dt"])} {d2(r["dt"])}</i></li>' for r in rel[5:])}</ul></div>
<div class="sfContentBlock counter"><h3>Thống kê truy cập</h3><p>Đang trực tuyến: {10 + hnum(lay, "on", a["key"]) % 90}</p><p>Lượt truy cập: {"{:,}".format(1234567 + hnum(lay, "cnt", a["key"]) % 500000).replace(",", ".")}</p></div>
</div></div></div>
<footer class="sf_cols footer"><div class="sfContentBlock"><p><strong>SỞ TƯ PHÁP TỈNH ĐỒNG NAI</strong></p><p>Địa chỉ: 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa, tỉnh Đồng Nai</p><p>Điện thoại: 0251.3822.548 - Fax: 0251.3825.413 - Email: stp@dongnai.gov.vn</p><p>Chịu trách nhiệm chính: Giám đốc Sở Tư pháp</p></div></footer>
</form>
<script src="/ScriptResource.axd?d=Xk2-9&amp;t=2e1f" type="text/javascript"></script>
</body></html>
"""
    return doc, dict(time_printed=printed, date_printed=None, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url,
                     traps=["date_after_body", "gio_format", "headline_h2", "headline_twice", "generic_title", "generic_og_title",
                            "today_date_header", "menu", "breadcrumb", "comments", "sidebar_dated", "toolbar", "view_counter",
                            "hotline_table", "footer_contact", "tags", "caption_paragraph"] + (["lead_box"] if a.get("lead") else []))


def r_emag(a, pool, lay):
    dt = a["dt"]
    printed = f"lúc {dt.hour}h{dt.minute:02d} ngày {dt.day}/{dt.month}/{dt.year}"
    if a["portal"] == "baohagiang":
        url = "https://baohagiang.vn" + a["path"].replace("/thoi-su-chinh-tri/", "/emagazine/").replace("/xa-hoi/", "/emagazine/").replace("/kinh-te/", "/emagazine/")
    else:
        url = f"https://baodaknong.vn/emagazine/{a['uslug']}-{230000 + hnum(lay, a['key']) % 9000}.html"
    words = a["title"].split(" ")
    cut = max(2, len(words) // 2)
    cover_title = e(" ".join(words[:cut])) + "<br>" + e(" ".join(words[cut:]))
    ps = [b for b in a["blocks"] if b["kind"] == "p"]
    pq = pullquote_from(ps[1]["text"] if len(ps) > 1 else ps[0]["text"])
    secs = []
    for i, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            secs.append(f'<section class="emag-section emag-section--full"><figure class="emag-fullwidth"><img src="/uploads/emagazine/{b["image"]}" alt="" data-parallax="0.3"><figcaption class="emag-caption">{e(b["text"])}</figcaption></figure></section>')
        else:
            secs.append(f'<section class="emag-section"><div class="emag-inner"><p class="emag-p">{e(b["text"])}</p></div></section>')
        if i == 2:
            secs.append(f'<section class="emag-section emag-section--quote"><blockquote class="emag-pullquote"><span class="emag-quote-mark">“</span>{e(pq)}<span class="emag-quote-mark">”</span></blockquote></section>')
    rel = others(a, pool, 4, lay)
    jsonld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": dt.isoformat(),
                         "author": {"@type": "Person", "name": a.get("author") or ""}, "image": [f"/uploads/emagazine/{a['blocks'][0].get('image') or 'cover.jpg'}"]}, ensure_ascii=False)
    paper = "Báo Hà Giang" if "baohagiang" in url else "Báo Đắk Nông"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>E-magazine | {paper}</title>
<meta property="og:title" content="{a_(a["title"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{paper}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{jsonld}</script>
<style>.emag-cover__title{{text-transform:uppercase;font-size:56px}}.emag-section--full{{width:100vw}}</style>
</head>
<body class="emagazine-detail">
<div class="emag-topnav"><a href="/" class="emag-logo">{paper.upper()}</a><a href="/emagazine" class="emag-home">E-MAGAZINE</a><div class="emag-share"><a>Facebook</a><a>Zalo</a><a>Sao chép liên kết</a></div><button class="emag-menu-toggle">☰</button></div>
<nav class="emag-drawer" hidden><ul><li><a href="/thoi-su-chinh-tri/">Thời sự - Chính trị</a></li><li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/van-hoa/">Văn hóa</a></li><li><a href="/longform/">Longform</a></li></ul></nav>
<div class="emag-cover" style="background-image:url(/uploads/emagazine/cover-{hnum(a["key"]) % 10000}.jpg)">
<div class="emag-cover__label">E-MAGAZINE</div>
<div class="emag-cover__title">{cover_title}</div>
{f'<div class="emag-sapo">{e(a["lead"])}</div>' if a.get("lead") else ""}
<div class="emag-scroll">Cuộn xuống để đọc ↓</div>
</div>
<div class="emag-body">
{chr(10).join(secs)}
</div>
<div class="emag-credits"><p>Nội dung: {e(a.get("author") or "")}</p><p>Ảnh: {e(a.get("author") or "")} - Tư liệu</p><p>Trình bày: Hoàng Anh</p><p class="emag-pubtime">Xuất bản {printed}</p></div>
<div class="emag-readmore"><h3>Đọc thêm E-magazine</h3>{"".join(f'<div class="emag-card"><a href="#"><img src="/uploads/emagazine/thumb-{hnum(r["key"]) % 1000}.jpg" alt=""><span class="emag-card__title">{e(r["title"])}</span></a><span class="emag-card__date">{r["dt"].day}/{r["dt"].month}/{r["dt"].year}</span></div>' for r in rel)}</div>
<footer class="emag-footer"><p>{paper.upper()} - Cơ quan của Đảng bộ tỉnh. Tổng Biên tập: Lê Văn Hòa.</p><p>Giấy phép số 486/GP-BTTTT cấp ngày 12/8/2021. Đường dây nóng: 0219.3866.567 - Email: toasoan@{url.split("/")[2]}</p></footer>
<script src="/js/emagazine.min.js"></script>
</body></html>
"""
    return doc, dict(time_printed=printed, date_printed=None, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url,
                     traps=["headline_og_title_only_exact", "headline_split_br", "generic_title", "date_after_body", "time_h_format",
                            "pullquote_duplicate", "credits", "menu", "toolbar", "sidebar_dated", "footer_contact",
                            "script_jsonld_date", "caption_figure"] + (["lead_box"] if a.get("lead") else []))


def r_mobile(a, pool, lay):
    dt = a["dt"]
    printed = f"{hm(dt)} {d2(dt, '.')}"
    if a["portal"] == "baokhanhhoa":
        url = "https://m.baokhanhhoa.vn" + a["path"]
        paper, host = "Báo Khánh Hòa", "m.baokhanhhoa.vn"
    else:
        url = f"https://m.baoquangbinh.vn/{a['uslug']}-{8400000 + hnum(lay, a['key']) % 90000}/"
        paper, host = "Báo Quảng Bình", "m.baoquangbinh.vn"
    rel = others(a, pool, 6, lay)
    body = []
    for i, b in enumerate(a["blocks"]):
        if b["kind"] == "figure":
            body.append(f'<figure class="image"><img src="https://{host}/dataimages/{dt.year}{dt.month:02d}/original/{b["image"]}" alt="{a_(b["text"])}"><figcaption>{e(b["text"])}</figcaption></figure>')
        else:
            body.append(f"<p>{e(b['text'])}</p>")
        if i == 0:
            r = rel[0]
            body.append(f'<div class="readmore"><span>ĐỌC THÊM</span><a href="#">{e(r["title"])}</a></div>')
    cm = comments(a, lay, 2)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{e(a["title"])} - {paper} Mobile</title>
<link rel="canonical" href="{url.replace("://m.", "://")}">
<meta name="pubdate" content="{dt.strftime("%Y-%m-%dT%H:%M:%S")}+07:00">
<meta property="og:title" content="{a_(a["title"])}">
</head>
<body class="mobile">
<div class="m-header"><a class="m-menu-btn">☰</a><a class="m-logo" href="/">@@LOGO@@</a><a class="m-search">Tìm</a></div>
<div class="m-date">@@TODAY@@</div>
<div class="m-menu"><a href="/">Trang chủ</a><a href="/chinh-tri/">Chính trị</a><a href="/kinh-te/">Kinh tế</a><a href="/xa-hoi/">Xã hội</a><a href="/du-lich/">Du lịch</a><a href="/the-thao/">Thể thao</a></div>
<div class="m-article">
<div class="m-cat"><a href="#">{e(a["section"].upper())}</a> <span class="m-time">{printed}</span></div>
<h1 class="m-title">{e(a["title"])}</h1>
{f'<p class="sapo"><strong>{e(a["lead"])}</strong></p>' if a.get("lead") else ""}
<div class="article-body">
{chr(10).join(body)}
</div>
<p class="m-author"><strong>{e(a.get("author") or "")}</strong></p>
<div class="m-share"><a>Chia sẻ</a> <a>Zalo</a> <a>Facebook</a> <a>Copy link</a></div>
</div>
<div class="m-comments"><div class="m-block-title">BÌNH LUẬN</div>
{"".join(f'<div class="m-comment"><b>{n}</b><span class="m-comment-time">{hm(t)} {d2(t, ".")}</span><p>{c}</p></div>' for n, c, t in cm)}</div>
<div class="m-related"><div class="m-block-title">TIN KHÁC</div>
{"".join(f'<div class="m-item"><a href="#">{e(r["title"])}</a><span class="m-item-time">{hm(r["dt"])} {d2(r["dt"], ".")}</span></div>' for r in rel[1:])}</div>
<div class="m-footer"><a href="{url.replace("://m.", "://")}?desktop=1">Phiên bản máy tính</a><p>@@FOOTER@@</p><p>Đường dây nóng: {"0258.3826.888" if "khanhhoa" in host else "0232.3822.376"} - Email: toasoan@{host[2:]}</p></div>
</body></html>
"""
    return doc, dict(time_printed=printed, date_printed=None, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url, raw_chrome=dict(
                         LOGO=paper.upper().encode() + b" \xe1\xbb",  # truncated UTF-8 sequence
                         TODAY=f"{WD[TODAY.weekday()]}, {d2(TODAY)}".encode() + b" \xa0\xe0",
                         FOOTER=b"\xa9 2025 " + paper.encode() + b". Gi\xe1y ph\xe9p s\xf4\xb4 "
                         + "03/GP-BTTTT ngày 05/01/2021.".encode()),
                     traps=["invalid_utf8_in_chrome", "time_before_headline", "time_dots", "today_date_header", "menu",
                            "related_in_body", "comments", "sidebar_dated", "toolbar", "footer_contact", "meta_pubdate",
                            "caption_figure"] + (["lead_bold"] if a.get("lead") else []))


def r_divstyle(a, pool, lay):
    dt = a["dt"]
    printed = f"{WD_NUM[dt.weekday()]}, ngày {dt.day} tháng {dt.month} năm {dt.year} - {hm(dt)}"
    cid = 1000 + hnum(lay, a["key"]) % 9000
    url = f"http://krongbong.daklak.gov.vn/tin-tuc/chi-tiet.php?id={cid}&cat={3 + hnum(lay, 'c', a['key']) % 6}"
    rel = others(a, pool, 8, lay)
    P = 'style="text-align:justify;margin:0 0 8px 0;font-family:Arial;font-size:13px;line-height:20px"'
    body = []
    if a.get("lead"):
        body.append(f'<div style="text-align:justify;margin:0 0 10px 0;font-family:Arial;font-size:13px;font-weight:bold">{e(a["lead"])}</div>')
    for b in a["blocks"]:
        if b["kind"] == "figure":
            body.append(f'<div style="text-align:center;margin:6px 0"><img src="upload/tintuc/{b["image"]}" width="450" border="0"><div style="font-style:italic;font-size:12px;color:#555;padding-top:3px">{e(b["text"])}</div></div>')
        else:
            body.append(f"<div {P}>{e(b['text'])}</div>")
    body.append(f'<div style="text-align:right;font-weight:bold;font-family:Arial;font-size:13px">{e(a.get("author") or "")}</div>')
    others_list = "".join(f'<div style="padding:3px 0;border-bottom:1px dotted #ccc">&#8226; <a href="chi-tiet.php?id={1000 + hnum(r["key"]) % 9000}" style="color:#03c">{e(r["title"])}</a> <span style="color:#888;font-size:11px">({d2(r["dt"])} {hm(r["dt"])})</span></div>' for r in rel[:6])
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Cổng thông tin điện tử huyện Krông Bông</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
</head>
<body style="margin:0;background:#e8eef5">
<div style="width:1000px;margin:0 auto;background:#fff">
<div style="background:#0b4f8a;color:#fff;font-size:11px;padding:4px 8px">Hôm nay: {WD_NUM[TODAY.weekday()]}, ngày {d2(TODAY)} <span style="float:right"><a href="lienhe.php" style="color:#fff">Liên hệ</a> | <a href="sodo.php" style="color:#fff">Sơ đồ site</a></span></div>
<div style="height:120px;background:url(images/banner.jpg)"><div style="padding:40px 0 0 140px;color:#c00;font-size:22px;font-weight:bold">ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG</div></div>
<div style="background:#c00;padding:6px"><a href="index.php" style="color:#fff;font-weight:bold;margin-right:14px">TRANG CHỦ</a><a href="gioithieu.php" style="color:#fff;font-weight:bold;margin-right:14px">GIỚI THIỆU</a><a href="tin-tuc/" style="color:#fff;font-weight:bold;margin-right:14px">TIN TỨC - SỰ KIỆN</a><a href="vanban.php" style="color:#fff;font-weight:bold;margin-right:14px">VĂN BẢN</a><a href="tthc.php" style="color:#fff;font-weight:bold;margin-right:14px">THỦ TỤC HÀNH CHÍNH</a><a href="hoidap.php" style="color:#fff;font-weight:bold">HỎI ĐÁP</a></div>
<div style="overflow:hidden">
<div style="float:left;width:200px;padding:6px">
<div style="background:#0b4f8a;color:#fff;font-weight:bold;padding:4px">DANH MỤC</div>
<div style="padding:4px"><a href="#">Tin hoạt động</a></div><div style="padding:4px"><a href="#">Cải cách hành chính</a></div><div style="padding:4px"><a href="#">Kinh tế - Xã hội</a></div><div style="padding:4px"><a href="#">Quốc phòng - An ninh</a></div>
<div style="background:#0b4f8a;color:#fff;font-weight:bold;padding:4px;margin-top:8px">ĐƯỜNG DÂY NÓNG</div>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:11px;width:100%"><tr><td>Chủ tịch UBND huyện</td><td>0262.3873.102</td></tr><tr><td>Văn phòng HĐND-UBND</td><td>0262.3873.079</td></tr><tr><td>Bộ phận một cửa</td><td>0262.3873.555</td></tr><tr><td colspan="2">Email: ubndkrongbong@daklak.gov.vn</td></tr></table>
</div>
<div style="float:left;width:560px;padding:6px 10px" id="noidung">
<div style="font-size:11px;color:#555;padding-bottom:6px"><a href="index.php">Trang chủ</a> &raquo; <a href="#">Tin tức - Sự kiện</a></div>
<div style="font-family:Arial;font-size:18px;font-weight:bold;color:#0b4f8a;line-height:24px">{e(a["title"])}</div>
<div style="font-family:Arial;font-size:11px;color:#888;font-style:italic;padding:4px 0 8px 0">{printed}</div>
<div style="font-size:11px;padding-bottom:6px"><a href="javascript:window.print()">In bài viết</a> | <a href="guimail.php?id={cid}">Gửi email</a> | Lượt xem: {50 + hnum(lay, "v", a["key"]) % 2000}</div>
<div id="content_detail">
{chr(10).join(body)}
</div>
<div style="margin-top:12px;background:#f0f4f8;padding:6px"><div style="font-weight:bold;color:#c00;padding-bottom:4px">CÁC TIN KHÁC</div>
{others_list}</div>
</div>
<div style="float:left;width:200px;padding:6px">
<div style="background:#0b4f8a;color:#fff;font-weight:bold;padding:4px">TIN MỚI NHẤT</div>
{"".join(f'<div style="padding:4px;font-size:12px"><a href="#">{e(r["title"])}</a><br><span style="color:#888;font-size:11px">{d2(r["dt"])}</span></div>' for r in rel[6:])}
<div style="background:#0b4f8a;color:#fff;font-weight:bold;padding:4px;margin-top:8px">THỐNG KÊ TRUY CẬP</div>
<div style="padding:4px;font-size:12px">Đang truy cập: {5 + hnum(lay, "o", a["key"]) % 60}<br>Lượt truy cập: {"{:,}".format(1234567 + hnum(lay, "t", a["key"]) % 800000).replace(",", ".")}</div>
</div>
</div>
<div style="background:#0b4f8a;color:#fff;font-size:11px;padding:8px;text-align:center">Cơ quan chủ quản: Ủy ban nhân dân huyện Krông Bông - Địa chỉ: Thị trấn Krông Kmar, huyện Krông Bông, tỉnh Đắk Lắk<br>Điện thoại: 0262.3873.079 - Fax: 0262.3873.102 - Email: ubndkrongbong@daklak.gov.vn<br>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</div>
</div>
</body>
</html>
"""
    return doc, dict(time_printed=printed, date_printed=None, published_at=dt.replace(second=0), precision="minute",
                     date_source="printed", url=url, encoding="windows-1258",
                     traps=["cp1258_mixed", "div_paragraphs_no_p", "headline_no_heading", "generic_title", "weekday_digit",
                            "today_date_header", "menu", "breadcrumb", "hotline_table", "sidebar_dated", "toolbar",
                            "view_counter", "footer_contact", "byline_in_body", "caption_div"] + (["lead_bold"] if a.get("lead") else []))


def r_plone(a, pool, lay):
    dt = a["dt"]
    modified = dt + timedelta(days=3 + hnum(lay, "mod", a["key"]) % 20, hours=hnum(lay, "mh", a["key"]) % 7, minutes=17)
    url = f"https://sokhdt.lamdong.gov.vn/tin-tuc/{'cai-cach-hanh-chinh' if a['is_reform'] else 'tin-tong-hop'}/{a['uslug']}"
    rel = others(a, pool, 6, lay)
    body = []
    for b in a["blocks"]:
        if b["kind"] == "figure":
            body.append(f'<dl class="image-inline captioned" style="width:600px;"><dt><a rel="lightbox" href="{url}/{b["image"]}/image_view_fullscreen"><img src="{url}/{b["image"]}/@@images/image/large" alt="" title="" height="400" width="600" /></a></dt><dd class="image-caption" style="width:600px;">{e(b["text"])}</dd></dl>')
        else:
            body.append(f'<p style="text-align: justify;">{e(b["text"])}</p>')
    lead = f'<div class="documentDescription description">{e(a["lead"])}</div>' if a.get("lead") else ""
    mod_s = f"{d2(modified)} {hm(modified)}"
    doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Plone - http://plone.com" />
<meta name="DC.date.created" content="{dt.strftime("%Y/%m/%d %H:%M:%S")} GMT+7" />
<meta name="DC.date.modified" content="{modified.strftime("%Y/%m/%d %H:%M:%S")} GMT+7" />
<meta name="DC.type" content="Tin tức" />
<meta name="DC.format" content="text/plain" />
<meta property="article:published_time" content="{dt.isoformat()}" />
<meta property="article:modified_time" content="{modified.isoformat()}" />
<meta name="description" content="{a_(a.get("lead") or "")}" />
<title>{e(a["title"])} — Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng</title>
<link rel="canonical" href="{url}" />
<base href="{url}/" />
</head>
<body class="template-newsitem_view portaltype-news-item site-sokhdt section-tin-tuc icons-on" dir="ltr">
<div id="visual-portal-wrapper">
<div id="portal-top" class="row"><div class="cell width-full position-0">
<div id="portal-header"><p class="hiddenStructure"><a accesskey="2" href="#content">Bỏ qua để đến nội dung</a></p>
<div class="today-bar">{WD_LOW[TODAY.weekday()]}, {d2(TODAY)} {hm(TODAY)}</div>
<div id="portal-searchbox"><form id="nolivesearchGadget_form" action="{url}/@@search"><input name="SearchableText" type="text" title="Tìm kiếm trong Site" placeholder="Tìm kiếm trong Site" /><input class="searchButton" type="submit" value="Tìm kiếm" /></form></div>
<a id="portal-logo" title="Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng" href="https://sokhdt.lamdong.gov.vn"><img src="https://sokhdt.lamdong.gov.vn/logo.png" alt="Sở KH&amp;ĐT Lâm Đồng" /></a>
<ul id="portal-globalnav"><li id="portaltab-index_html" class="plain"><a href="https://sokhdt.lamdong.gov.vn">Trang chủ</a></li><li id="portaltab-gioi-thieu" class="plain"><a href="#">Giới thiệu</a></li><li id="portaltab-tin-tuc" class="selected"><a href="#">Tin tức</a></li><li class="plain"><a href="#">Thu hút đầu tư</a></li><li class="plain"><a href="#">Thủ tục hành chính</a></li><li class="plain"><a href="#">Văn bản</a></li></ul>
</div></div></div>
<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Bạn đang ở:</span> <span id="breadcrumbs-home"><a href="#">Trang chủ</a><span class="breadcrumbSeparator"> / </span></span><span id="breadcrumbs-1"><a href="#">Tin tức</a><span class="breadcrumbSeparator"> / </span></span><span id="breadcrumbs-2"><a href="#">{e(a["section"])}</a></span></div>
<div id="portal-columns" class="row">
<div id="portal-column-content" class="cell width-3:4 position-0">
<div id="viewlet-above-content"></div>
<div id="content">
<div id="viewlet-above-content-title"></div>
<h1 class="documentFirstHeading">{e(a["title"])}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentModified"><span>Cập nhật lần cuối</span> {mod_s}</span></div></div>
{lead}
<div id="viewlet-above-content-body"></div>
<div id="content-core">
<div id="parent-fieldname-text" class="">
{chr(10).join(body)}
<p style="text-align: right;"><strong>{e(a.get("author") or "")}</strong></p>
</div>
</div>
<div id="viewlet-below-content-body"><div class="visualClear"><!-- --></div>
<div class="documentActions"><h5 class="hiddenStructure">Các công cụ cá nhân</h5><ul><li id="document-action-sendto"><a href="{url}/sendto_form">Gửi trang này</a></li><li id="document-action-print"><a href="javascript:this.print();">In trang này</a></li></ul></div>
<div id="category" class="documentByLine">Thẻ: <span><a href="#" class="link-category" rel="tag">{e(pick(TAGS, lay, a["key"]))}</a></span></div>
</div>
</div>
</div>
<div id="portal-column-two" class="cell width-1:4 position-3:4">
<dl class="portlet portletCollection portlet-collection-tin-da-dua"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="#">Các tin đã đưa</a></dt>
{"".join(f'<dd class="portletItem"><a href="#" class="tile contenttype-news-item">{e(r["title"])}<span class="portletItemDetails">{d2(r["dt"])}</span></a></dd>' for r in rel)}
</dl>
<dl class="portlet portletStaticText portlet-static-duong-day-nong"><dt class="portletHeader">Đường dây nóng</dt><dd class="portletItem"><p>Giám đốc Sở: 0263.3822.198</p><p>Văn phòng Sở: 0263.3822.436</p><p>Email: sokhdt@lamdong.gov.vn</p></dd></dl>
<dl class="portlet"><dt class="portletHeader">Thống kê truy cập</dt><dd class="portletItem">Lượt truy cập: {"{:,}".format(1234567 + hnum(lay, "t", a["key"]) % 800000).replace(",", ".")}</dd></dl>
</div>
</div>
<div id="portal-footer-wrapper" class="row"><div id="portal-footer"><p>SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LÂM ĐỒNG</p><p>Địa chỉ: Số 04 Trần Hưng Đạo, Phường 3, TP. Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263.3822.436 - Email: sokhdt@lamdong.gov.vn</p></div>
<ul id="portal-siteactions"><li id="siteaction-sitemap"><a href="#">Sơ đồ site</a></li><li id="siteaction-contact"><a href="#">Liên hệ</a></li></ul>
<div id="portal-colophon">Powered by Plone &amp; Python</div></div>
</div>
</body>
</html>
"""
    return doc, dict(time_printed=None, date_printed=None, published_at=dt, precision="second", date_source="metadata",
                     url=url, modified_printed=mod_s,
                     traps=["metadata_only_date", "modified_date_printed", "today_date_header", "menu", "breadcrumb",
                            "sidebar_dated", "hotline_table", "view_counter", "toolbar", "footer_contact", "byline_in_body",
                            "caption_dl", "tags"] + (["lead_box"] if a.get("lead") else []))


LAYOUTS = [
    ("nuxt_vue_ssr", "Nuxt 2 / Vue SSR newspaper (data-v-* scoped attributes, window.__NUXT__)", r_nuxt),
    ("hugo_static", "Hugo static site of a district people's committee", r_hugo),
    ("blogger_post", "Blogger/Blogspot post (commune / youth union / school blog)", r_blogger),
    ("sitefinity_news", "Progress Sitefinity .NET CMS department portal (sfnews widgets)", r_sitefinity),
    ("emagazine_longform", "newspaper e-magazine / longform page (full-width sections, pull quote)", r_emag),
    ("mobile_m_site", "m.-subdomain mobile page of a local newspaper", r_mobile),
    ("divstyle_cp1258", "custom PHP district portal: inline-styled <div>s, no <p>, windows-1258", r_divstyle),
    ("plone_document", "Plone 4/5 department site (documentFirstHeading, documentByLine, portlets)", r_plone),
]


def allocate(arts: list[dict]) -> dict[str, list[dict]]:
    use: dict[str, int] = {a["key"]: 0 for a in arts}
    out = {}
    for lay, _, _ in LAYOUTS:
        chosen = []
        for want, n in ((True, PER_LAYOUT_REFORM), (False, PER_LAYOUT_OTHER)):
            cands = [a for a in arts if a["is_reform"] == want]
            cands.sort(key=lambda a: (use[a["key"]], hnum("alloc", lay, a["key"])))
            for a in cands[:n]:
                use[a["key"]] += 1
                chosen.append(a)
        out[lay] = chosen
    return out


def main() -> None:
    arts = load()
    pages = ROOT / "pages"
    if pages.exists():
        shutil.rmtree(pages)
    gold = []
    alloc = allocate(arts)
    for lay, family, fn in LAYOUTS:
        (pages / lay).mkdir(parents=True)
        for a in alloc[lay]:
            doc, info = fn(a, arts, lay)
            enc = info.get("encoding", "utf-8")
            data = enc1258(doc) if enc == "windows-1258" else doc.encode("utf-8")
            for k, raw in info.get("raw_chrome", {}).items():
                data = data.replace(f"@@{k}@@".encode(), raw)
            name = f"{a['portal']}-{a['key'].split('/', 1)[1]}.html"
            (pages / lay / name).write_bytes(data)
            entry = dict(file=f"pages/{lay}/{name}", layout=lay, family=family, url=info["url"], encoding=enc,
                         title=a["title"], published_at=iso(info["published_at"]), date_precision=info["precision"],
                         date_source=info["date_source"], time_printed=info["time_printed"],
                         date_printed=info["date_printed"], text="\n\n".join(a["paras"]), is_reform=a["is_reform"],
                         traps=info["traps"], corpus_key=a["key"])
            if "modified_printed" in info:
                entry["modified_printed"] = info["modified_printed"]
            gold.append(entry)
    (ROOT / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} pages in {len(LAYOUTS)} layouts")


if __name__ == "__main__":
    main()
