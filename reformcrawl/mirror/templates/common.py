"""Pieces the renderer draws pages with: escaping, page skeleton, chrome blocks, filler.

Everything here is deterministic: no clocks, no randomness. Numbers that look random on a page
(visit counters, view counts, thumbnail sizes) are derived from a stable key with SHA-256, so the
same input always renders to the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from ...core.textnorm import fold, strip_accents
from ..corpus import Block, CorpusArticle

VN = timezone(timedelta(hours=7))

WEEKDAY_NUM = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
WEEKDAY_WORD = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


# --------------------------------------------------------------------------------------------
# Public value types


@dataclass(frozen=True)
class RenderedPage:
    """A rendered page and the chrome snippets a clean extraction must not contain."""

    html: str
    boilerplate: tuple[str, ...]


@dataclass(frozen=True)
class ListingItem:
    """One entry of a listing page."""

    title: str
    path: str
    published_at: datetime
    summary: str | None = None
    image: str | None = None


@dataclass(frozen=True)
class RelatedItem:
    """A link to another article in a related-news block (date optional)."""

    title: str
    path: str
    published_at: datetime | None = None


def _as_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        dt = datetime.fromisoformat(str(value))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN)
    return dt.astimezone(VN)


def as_listing_item(item: Any) -> ListingItem:
    """Accept a ListingItem, a (title, path, published_at[, summary[, image]]) tuple or a
    CorpusArticle-like object (title, path, published_at, lead, blocks)."""
    result = _listing_item(item)
    if result.published_at is None:
        raise ValueError(f"listing item {result.title!r}: a listing shows each item's date; published_at is missing")
    return result


def _listing_item(item: Any) -> ListingItem:
    if isinstance(item, ListingItem):
        return replace(item, published_at=_as_datetime(item.published_at))
    if isinstance(item, (tuple, list)):
        if not 3 <= len(item) <= 5:
            raise ValueError(f"listing item {item!r}: expected (title, path, published_at[, summary[, image]])")
        parts = list(item) + [None] * (5 - len(item))
        return ListingItem(str(parts[0]), str(parts[1]), _as_datetime(parts[2]), parts[3], parts[4])
    if hasattr(item, "title") and hasattr(item, "path") and hasattr(item, "published_at"):
        image = None
        for block in getattr(item, "blocks", ()) or ():
            if getattr(block, "image", None):
                image = block.image
                break
        summary = getattr(item, "lead", None) or getattr(item, "summary", None)
        return ListingItem(item.title, item.path, _as_datetime(item.published_at), summary, image)
    raise ValueError(f"listing item {item!r}: not a ListingItem, tuple or article")


def as_related_item(item: Any) -> RelatedItem:
    """Accept a RelatedItem, a (title, path[, published_at]) tuple or an article-like object."""
    if isinstance(item, RelatedItem):
        return replace(item, published_at=_as_datetime(item.published_at))
    if isinstance(item, (tuple, list)):
        if len(item) not in (2, 3):
            raise ValueError(f"related item {item!r}: expected (title, path[, published_at])")
        return RelatedItem(str(item[0]), str(item[1]), _as_datetime(item[2]) if len(item) == 3 else None)
    if hasattr(item, "title") and hasattr(item, "path"):
        return RelatedItem(item.title, item.path, _as_datetime(getattr(item, "published_at", None)))
    raise ValueError(f"related item {item!r}: not a RelatedItem, tuple or article")


# --------------------------------------------------------------------------------------------
# Escaping and small helpers


def esc(text: Any) -> str:
    """HTML-escape text for element content and attribute values."""
    return html.escape(str(text), quote=True)


def slugify(text: str) -> str:
    bare = strip_accents(text).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def stable_int(*parts: Any, lo: int = 0, hi: int = 1_000_000) -> int:
    """A number in [lo, hi] that depends only on `parts`."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return lo + int(digest[:15], 16) % (hi - lo + 1)


def stable_hex(*parts: Any, length: int = 6) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:length]


def vn_int(n: int) -> str:
    """12345678 -> '12.345.678' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def to_vn(dt: datetime) -> datetime:
    return dt.astimezone(VN)


def a(href: str, text: str, cls: str | None = None, **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    cls_attr = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{cls_attr}{extra}>{esc(text)}</a>'


# --------------------------------------------------------------------------------------------
# Render context: the page's portal, variant and the boilerplate snippets it shows


@dataclass
class Ctx:
    portal: str
    host: str
    key: str
    variant: int
    bp: list[str] = field(default_factory=list)

    def note(self, *snippets: str) -> None:
        """Record chrome text the page shows (must not survive a clean extraction)."""
        self.bp.extend(s for s in snippets if s)

    def n(self, salt: str, lo: int, hi: int) -> int:
        return stable_int(self.portal, self.key, salt, lo=lo, hi=hi)

    def url(self, path: str) -> str:
        if "://" in path:
            return path
        return f"https://{self.host}{path}"


def finish(ctx: Ctx, page_html: str, protected: Sequence[str]) -> RenderedPage:
    """Wrap up a page: drop snippets that also occur in the content (title, body, author)."""
    haystack = fold(" \n ".join(p for p in protected if p))
    seen: set[str] = set()
    kept: list[str] = []
    for snippet in ctx.bp:
        s = re.sub(r"\s+", " ", snippet).strip()
        if len(s) < 4 or s in seen or fold(s) in haystack:
            continue
        seen.add(s)
        kept.append(s)
    return RenderedPage(html=page_html, boilerplate=tuple(kept))


# --------------------------------------------------------------------------------------------
# Article content in a given state


@dataclass(frozen=True)
class Content:
    title: str
    lead: str | None
    blocks: tuple[Block, ...]
    author: str | None

    @property
    def texts(self) -> list[str]:
        return ([self.lead] if self.lead else []) + [b.text for b in self.blocks]

    @property
    def figures(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "figure"]


def content_of(article: CorpusArticle, state: str) -> Content:
    if state not in ("before", "after"):
        raise ValueError(f"state must be 'before' or 'after', not {state!r}")
    parts = article.body_paragraphs(state)  # lead first (if any), then one text per block
    lead = parts[0] if article.lead else None
    texts = parts[1:] if article.lead else parts
    blocks = tuple(replace(b, text=t) for b, t in zip(article.blocks, texts))
    return Content(article.title_in(state), lead, blocks, article.author)


_TAG_RULES = (
    ("cải cách hành chính", "Cải cách hành chính"),
    ("thủ tục hành chính", "Thủ tục hành chính"),
    ("tthc", "Thủ tục hành chính"),
    ("chuyển đổi số", "Chuyển đổi số"),
    ("dịch vụ công", "Dịch vụ công trực tuyến"),
    ("ban chỉ đạo", "Ban Chỉ đạo cải cách hành chính"),
    ("một cửa", "Bộ phận một cửa"),
    ("đề án 06", "Đề án 06"),
    ("biên chế", "Tinh giản biên chế"),
    ("phạm minh chính", "Thủ tướng Phạm Minh Chính"),
    ("hội đồng nhân dân", "HĐND"),
    ("kỳ họp", "Kỳ họp HĐND"),
    ("số hóa", "Số hóa hồ sơ"),
)


def tags_for(content: Content, section: str, limit: int = 5) -> list[str]:
    """Tags an editor would plausibly attach, from keywords of the title and body."""
    text = fold(content.title + " " + " ".join(content.texts))
    tags: list[str] = []
    for needle, tag in _TAG_RULES:
        if fold(needle) in text and tag not in tags:
            tags.append(tag)
        if len(tags) >= limit:
            break
    if not tags:
        tags.append(section)
    return tags


# --------------------------------------------------------------------------------------------
# Dates


DateFormat = Callable[[datetime], str]


def fmt_hhmm_ddmmyyyy(dt: datetime, sep: str = ", ") -> str:
    dt = to_vn(dt)
    return f"{dt:%H:%M}{sep}{dt:%d/%m/%Y}"


def fmt_ddmmyyyy(dt: datetime) -> str:
    return f"{to_vn(dt):%d/%m/%Y}"


def fmt_nbtv(dt: datetime) -> str:
    """'Thứ 6, 26.03.2021 | 14:49:57'."""
    dt = to_vn(dt)
    return f"{WEEKDAY_NUM[dt.weekday()]}, {dt:%d.%m.%Y} | {dt:%H:%M:%S}"


def fmt_liferay(dt: datetime) -> str:
    """'Thứ sáu, 11/11/2022, 16:45 CH' (24-hour clock with the SA/CH marker, as the portal prints it)."""
    dt = to_vn(dt)
    marker = "CH" if dt.hour >= 12 else "SA"
    return f"{WEEKDAY_WORD[dt.weekday()]}, {dt:%d/%m/%Y}, {dt:%H:%M} {marker}"


# --------------------------------------------------------------------------------------------
# Filler: deterministic headlines for sidebars when the caller gives no articles

FILLER_HEADLINES = (
    "Khai mạc Tuần Văn hóa - Du lịch với nhiều hoạt động đặc sắc",
    "Nông dân phấn khởi thu hoạch lúa vụ Hè Thu được mùa, được giá",
    "Tăng cường phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Giải bóng đá thiếu niên nhi đồng khép lại thành công tốt đẹp",
    "Đẩy mạnh tiêu thụ nông sản qua sàn thương mại điện tử",
    "Ra quân hưởng ứng Tháng hành động vì môi trường",
    "Hội thi tìm hiểu pháp luật về trật tự an toàn giao thông",
    "Chuẩn bị chu đáo các điều kiện cho kỳ thi tốt nghiệp THPT",
    "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    "Khởi công xây dựng cầu dân sinh tại xã vùng sâu",
    "Trao tặng nhà đại đoàn kết cho hộ nghèo vùng biên giới",
    "Liên hoan nghệ thuật quần chúng mừng Đảng, mừng Xuân",
    "Hiệu quả từ mô hình trồng cây ăn quả trên đất dốc",
    "Tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ đầu mối",
    "Bảo đảm nguồn điện phục vụ sản xuất và sinh hoạt mùa khô",
    "Tuyên dương học sinh đạt giải cao kỳ thi học sinh giỏi quốc gia",
    "Sôi nổi ngày hội văn hóa, thể thao các dân tộc",
    "Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc",
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp",
    "Đưa sản phẩm OCOP của địa phương vươn xa",
    "Nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở",
    "Đón quân nhân hoàn thành nghĩa vụ quân sự trở về địa phương",
    "Triển lãm ảnh nghệ thuật về quê hương, đất nước, con người",
    "Cảnh báo thủ đoạn lừa đảo chiếm đoạt tài sản qua mạng xã hội",
    "Khánh thành nhà văn hóa thôn từ nguồn vốn xã hội hóa",
    "Hỗ trợ sinh kế bền vững cho đồng bào vùng khó khăn",
    "Giải việt dã truyền thống thu hút đông đảo vận động viên",
    "Mở rộng diện tích lúa chất lượng cao, liên kết tiêu thụ",
    "Đêm nhạc gây quỹ khuyến học, khuyến tài",
    "Không khí lạnh tăng cường, vùng núi có nơi rét đậm",
    "Chợ phiên vùng cao rực rỡ sắc màu ngày giáp Tết",
    "Bảo tồn và phát huy giá trị di tích lịch sử - văn hóa",
    "Ra mắt câu lạc bộ phụ nữ khởi nghiệp",
    "Nhiều hoạt động ý nghĩa hướng về biên cương, hải đảo",
    "Lễ hội truyền thống thu hút hàng nghìn du khách",
)


def filler_titles(ctx: Ctx, salt: str, count: int, avoid: Iterable[str] = ()) -> list[str]:
    avoid_set = set(avoid)
    pool = [t for t in FILLER_HEADLINES if t not in avoid_set]
    start = ctx.n("filler-" + salt, 0, len(pool) - 1)
    step = 7  # coprime with the pool size, so the walk visits distinct titles
    out: list[str] = []
    i = start
    while len(out) < count and len(out) < len(pool):
        title = pool[i % len(pool)]
        if title not in out:
            out.append(title)
        i += step
    return out


# --------------------------------------------------------------------------------------------
# Generic chrome blocks (class names are always passed in by the renderer)


MenuEntry = tuple[str, str, Sequence[tuple[str, str]]]


def menu_ul(entries: Sequence[MenuEntry], *, ul_cls: str, li_cls: str, sub_cls: str, active: str | None = None,
            home_html: str | None = None) -> str:
    """Classic nested <ul> menu with dropdown submenus."""
    out = [f'<ul class="{ul_cls}">']
    if home_html:
        out.append(f'<li class="{li_cls} {li_cls}--home">{home_html}</li>')
    for label, href, children in entries:
        state = " active" if active and href == active else ""
        has = " has-sub" if children else ""
        out.append(f'<li class="{li_cls}{has}{state}">{a(href, label)}')
        if children:
            out.append(f'<ul class="{sub_cls}">')
            out.extend(f"<li>{a(h, l)}</li>" for l, h in children)
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def menu_nav(entries: Sequence[MenuEntry], *, nav_cls: str, item_cls: str, drop_cls: str,
             active: str | None = None, label: str = "Menu chính") -> str:
    """A <nav> with flat <div> items and dropdown panels (the redesign style)."""
    out = [f'<nav class="{nav_cls}" aria-label="{esc(label)}">']
    for label_, href, children in entries:
        cur = ' aria-current="page"' if active and href == active else ""
        out.append(f'<div class="{item_cls}"><a href="{esc(href)}"{cur}>{esc(label_)}</a>')
        if children:
            out.append(f'<div class="{drop_cls}" role="menu">')
            out.extend(f'<a role="menuitem" href="{esc(h)}">{esc(l)}</a>' for l, h in children)
            out.append("</div>")
        out.append("</div>")
    out.append("</nav>")
    return "".join(out)


def breadcrumb_ul(crumbs: Sequence[tuple[str, str | None]], cls: str, sep: str = "") -> str:
    parts = []
    for i, (label, href) in enumerate(crumbs):
        sep_html = f'<span class="sep">{esc(sep)}</span>' if sep and i else ""
        inner = a(href, label) if href else f"<span>{esc(label)}</span>"
        parts.append(f"<li>{sep_html}{inner}</li>")
    return f'<ul class="{cls}">{"".join(parts)}</ul>'


def breadcrumb_ol(crumbs: Sequence[tuple[str, str | None]], cls: str) -> str:
    items = []
    for i, (label, href) in enumerate(crumbs, 1):
        inner = (
            f'<a itemprop="item" href="{esc(href)}"><span itemprop="name">{esc(label)}</span></a>'
            if href
            else f'<span itemprop="name">{esc(label)}</span>'
        )
        items.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">{inner}'
            f'<meta itemprop="position" content="{i}"></li>'
        )
    return (
        f'<nav class="{cls}" aria-label="breadcrumb"><ol itemscope itemtype="https://schema.org/BreadcrumbList">'
        f'{"".join(items)}</ol></nav>'
    )


def search_form(action: str, *, param: str, placeholder: str, button: str, cls: str, hidden: dict[str, str] | None = None) -> str:
    hid = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in (hidden or {}).items())
    return (
        f'<form class="{cls}" action="{esc(action)}" method="get" role="search">{hid}'
        f'<input type="text" name="{esc(param)}" placeholder="{esc(placeholder)}" autocomplete="off" aria-label="{esc(placeholder)}">'
        f'<button type="submit">{esc(button)}</button></form>'
    )


def share_buttons(ctx: Ctx, url: str, title: str, cls: str, *, style: str = "text") -> str:
    """Facebook / Zalo / Twitter / Print / Email links. `style` text: labelled; icon: aria labels."""
    from urllib.parse import quote

    u = quote(url, safe="")
    t = quote(title, safe="")
    buttons = [
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}", "fb"),
        ("Zalo", f"https://sp.zalo.me/share_inline?url={u}", "zalo"),
        ("Twitter", f"https://twitter.com/intent/tweet?url={u}&text={t}", "tw"),
        ("Email", f"mailto:?subject={t}&body={u}", "mail"),
    ]
    out = [f'<div class="{cls}">']
    if style == "text":
        out.append('<span class="lbl">Chia sẻ:</span>')
        ctx.note("Chia sẻ:")
    for name, href, key in buttons:
        label = esc(name) if style == "text" else f'<i class="ic ic-{key}"></i>'
        out.append(f'<a class="s-{key}" href="{esc(href)}" target="_blank" rel="noopener" title="Chia sẻ qua {esc(name)}">{label}</a>')
    out.append('<a class="s-print" href="javascript:window.print()" title="In bài viết">'
               + ("In bài viết" if style == "text" else '<i class="ic ic-print"></i>') + "</a>")
    if style == "text":
        ctx.note("In bài viết")
    out.append("</div>")
    return "".join(out)


def tag_links(tags: Sequence[str], *, cls: str, label: str | None = "Từ khóa:", base: str = "/tag/") -> str:
    lbl = f'<span class="lbl">{esc(label)}</span>' if label else ""
    links = "".join(f'<a href="{esc(base + slugify(t))}" rel="tag">{esc(t)}</a>' for t in tags)
    return f'<div class="{cls}">{lbl}{links}</div>'


def news_items(items: Sequence[tuple[str, str, str | None, str | None]], *, ul_cls: str, with_thumb: bool = False,
               date_cls: str = "d", thumb_w: int = 120, thumb_h: int = 80, tag: str = "ul") -> str:
    """A <ul> (or `tag`) of (title, href, date text or None, thumb or None)."""
    out = [f'<{tag} class="{ul_cls}">']
    for title, href, date_text, thumb in items:
        img = ""
        if with_thumb:
            src = thumb or "/images/no-thumb.jpg"
            img = (f'<a class="th" href="{esc(href)}"><img src="{esc(src)}" alt="{esc(title)}" width="{thumb_w}" '
                   f'height="{thumb_h}" loading="lazy"></a>')
        date_html = f' <span class="{date_cls}">{esc(date_text)}</span>' if date_text else ""
        out.append(f"<li>{img}{a(href, title)}{date_html}</li>")
    out.append(f"</{tag}>")
    return "".join(out)


def banner(href: str, img: str, alt: str, w: int, h: int, cls: str) -> str:
    return (f'<div class="{cls}"><a href="{esc(href)}" target="_blank" rel="noopener">'
            f'<img src="{esc(img)}" alt="{esc(alt)}" width="{w}" height="{h}" loading="lazy"></a></div>')


PDF_PATH = "/Uploads/van-ban/ke-hoach-cchc-2024.pdf"
LOGIN_PATH = "/dang-nhap"
CHINHPHU_URL = "https://chinhphu.vn/"


def documents_box(ctx: Ctx, *, cls: str, heading_tag: str = "h3") -> str:
    """'Văn bản chỉ đạo' box: a PDF plan and links to the national portals."""
    heading = "Văn bản chỉ đạo, điều hành"
    ctx.note(heading, "Kế hoạch cải cách hành chính năm 2024")
    return (
        f'<div class="{cls}"><{heading_tag}>{esc(heading)}</{heading_tag}><ul>'
        f'<li><a href="{PDF_PATH}" type="application/pdf">Kế hoạch cải cách hành chính năm 2024 (PDF)</a></li>'
        f'<li><a href="{CHINHPHU_URL}" target="_blank" rel="noopener">Cổng Thông tin điện tử Chính phủ</a></li>'
        '<li><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Cổng Dịch vụ công quốc gia</a></li>'
        "</ul></div>"
    )


# --------------------------------------------------------------------------------------------
# Head, scripts that carry data, document

ICON_NAMES = (
    "home", "search", "menu", "close", "user", "login", "logout", "facebook", "zalo", "twitter", "youtube", "email",
    "print", "share", "link", "rss", "phone", "hotline", "clock", "calendar", "eye", "comment", "tag", "folder",
    "file", "pdf", "doc", "xls", "download", "upload", "image", "camera", "video", "play", "pause", "audio",
    "podcast", "mic", "tv", "radio", "map", "location", "weather", "sun", "cloud", "rain", "star", "heart", "like",
    "bell", "arrow-up", "arrow-down", "arrow-left", "arrow-right", "chevron-up", "chevron-down", "chevron-left",
    "chevron-right", "plus", "minus", "check", "info", "warning", "question", "settings", "font-size", "font-color",
    "contrast", "sitemap", "back-to-top",
)


def svg_sprite(prefix: str, names: Sequence[str] = ICON_NAMES[:36]) -> str:
    """An inline SVG symbol sprite (hidden), as theme builds ship them."""
    symbols = []
    for name in names:
        pts = [stable_int(prefix, name, k, lo=2, hi=22) for k in range(12)]
        d = (f"M{pts[0]} {pts[1]}L{pts[2]} {pts[3]}L{pts[4]} {pts[5]}C{pts[6]} {pts[7]} {pts[8]} {pts[9]} "
             f"{pts[10]} {pts[11]}ZM12 {pts[1]}a{pts[2] % 7 + 2} {pts[2] % 7 + 2} 0 1 0 0.01 0Z")
        symbols.append(f'<symbol id="{prefix}-i-{name}" viewBox="0 0 24 24"><path d="{d}"/></symbol>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;width:0;height:0;overflow:hidden" '
            f'aria-hidden="true">{"".join(symbols)}</svg>')


def site_config_script(ctx: Ctx, menu: Sequence[MenuEntry], *, comments: bool) -> str:
    """`window.__SITE__`: the theme's navigation tree and settings, as SPA-ish themes embed them."""
    import json

    config = {
        "site": ctx.portal,
        "host": ctx.host,
        "lang": "vi-VN",
        "theme": {"variant": ctx.variant, "version": f"{2 + ctx.variant}.{ctx.n('ver', 0, 9)}.{ctx.n('build', 0, 40)}"},
        "navigation": [
            {"title": label, "url": href, "children": [{"title": l, "url": h} for l, h in children]}
            for label, href, children in menu
        ],
        "ads": {"enabled": True, "server": "https://ads.example.invalid/", "lazy": True},
        "stats": {"endpoint": "https://stats.example.invalid/collect", "sample": 100},
        "features": {"darkMode": False, "fontResize": True, "comments": comments, "amp": False},
    }
    text = json.dumps(config, ensure_ascii=False, separators=(",", ":"))
    return "<script>window.__SITE__ = " + text.replace("</", "<\\/") + ";</script>"


def json_ld(data: dict[str, Any]) -> str:
    import json

    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return '<script type="application/ld+json">\n' + text.replace("</", "<\\/") + "\n</script>"


def head(*, title: str, description: str, canonical: str, site_name: str, og_type: str, image: str | None,
         keywords: Sequence[str] = (), css: str, extra: str = "", scripts: Sequence[str] = ()) -> str:
    desc = re.sub(r"\s+", " ", description).strip()
    if len(desc) > 220:
        desc = desc[:217].rsplit(" ", 1)[0] + "..."
    parts = [
        '<meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(desc)}">',
        f'<meta name="keywords" content="{esc(", ".join(keywords))}">' if keywords else "",
        '<meta name="robots" content="index, follow">',
        f'<link rel="canonical" href="{esc(canonical)}">',
        f'<meta property="og:site_name" content="{esc(site_name)}">',
        f'<meta property="og:type" content="{esc(og_type)}">',
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta property="og:description" content="{esc(desc)}">',
        f'<meta property="og:url" content="{esc(canonical)}">',
        f'<meta property="og:image" content="{esc(image)}">' if image else "",
        '<meta name="twitter:card" content="summary_large_image">',
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">',
        '<link rel="apple-touch-icon" href="/images/apple-touch-icon.png">',
        extra,
        f"<style>\n{css}\n</style>",
        *scripts,
    ]
    return "<head>\n" + "\n".join(p for p in parts if p) + "\n</head>"


def document(head_html: str, body_html: str, body_cls: str, lang: str = "vi") -> str:
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n{head_html}\n<body class="{body_cls}">\n{body_html}\n</body>\n</html>\n'


# --------------------------------------------------------------------------------------------
# Related / featured entries with deterministic filler


def related_entries(ctx: Ctx, related: Sequence[RelatedItem], *, count: int, salt: str,
                    filler_path: Callable[[str], str], date_fmt: DateFormat | None = None, fallback_date: datetime | None = None, avoid_path: str | None = None,
                    with_thumb: bool = False) -> list[tuple[str, str, str | None, str | None]]:
    """Entries for a news list: the given articles, else deterministic filler headlines.

    Every title shown is recorded as boilerplate. `date_fmt` formats an entry's date; filler and
    undated entries get `fallback_date` minus a few days (stable per title) when a date is wanted.
    """
    chosen = [r for r in related if r.path != avoid_path][:count]
    entries: list[tuple[str, str, str | None, str | None]] = []
    if chosen:
        for r in chosen:
            entries.append((r.title, r.path, _entry_date(ctx, r.title, r.published_at, date_fmt, fallback_date), None))
    else:
        for i, title in enumerate(filler_titles(ctx, salt, count)):
            entries.append((title, filler_path(title), _entry_date(ctx, title, None, date_fmt, fallback_date), None))
    if with_thumb:
        entries = [(t, p, d, f"/images/thumbs/{stable_hex(p, length=10)}.jpg") for t, p, d, _ in entries]
    ctx.note(*(t for t, _, _, _ in entries))
    return entries


def _entry_date(ctx: Ctx, title: str, when: datetime | None, date_fmt: DateFormat | None,
                fallback: datetime | None) -> str | None:
    if date_fmt is None:
        return None
    if when is None:
        if fallback is None:
            return None
        when = fallback - timedelta(days=ctx.n("age-" + title, 1, 20), minutes=ctx.n("min-" + title, 0, 600))
    return date_fmt(when)


def topics_box(ctx: Ctx, topics: Sequence[str], *, cls: str, heading: str = "Chủ đề nổi bật",
               heading_tag: str = "h3") -> str:
    """A tag cloud of the portal's running topics, linking to `/tag/<slug>`."""
    ctx.note(heading)
    links = " ".join(f'<a href="/tag/{slugify(t)}" rel="tag">#{esc(t)}</a>' for t in topics)
    return f'<div class="{cls}"><{heading_tag}>{esc(heading)}</{heading_tag}><div class="tags">{links}</div></div>'
