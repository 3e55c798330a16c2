"""The table a portal is rendered from: its names, menus, markup frames and habits.

One `PortalTemplate` per portal module; `render` draws every page from it. Markup frames are
`str.format` strings per variant (0: the live layout, 1: the redesign). Every frame may use the
variant's class names (`classes[variant]`: "p" is the class prefix, the others name elements)
plus the pieces listed on its field; a frame that does not need a piece leaves it out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from .common import DateFormat, MenuEntry

Pair = tuple[str, str]  # one string per variant


@dataclass(frozen=True)
class Banner:
    """An ad or service banner (image link); `cls` may use the class names."""

    href: str
    image: str
    alt: str
    width: int
    height: int
    cls: str = "{p}-ad"


@dataclass(frozen=True)
class Search:
    """The search form in the header."""

    action: str
    param: str
    placeholder: str
    button: str
    cls: str = "{p}-search"
    hidden: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------------------------
# Side-column boxes


@dataclass(frozen=True)
class NewsBox:
    """A list of other articles: "most_read" shows the related ones in reverse (`count` of them),
    "featured" the featured ones (5 on article pages, 3 on listings), each with filler headlines
    when none are given. Drawn in the portal's `side_box` frame."""

    source: Literal["most_read", "featured"]
    heading: str
    count: int = 5
    thumb: tuple[int, int] | None = None  # thumbnail width and height; None: titles only
    list_tag: str = "ul"
    portlet_id: str = ""  # the frame's {id}


@dataclass(frozen=True)
class TopicsBox:
    """A tag cloud of the portal's running topics."""

    topics: tuple[str, ...]


@dataclass(frozen=True)
class DocumentsBox:
    """"Văn bản chỉ đạo, điều hành": the reform plan PDF and the national portals."""


@dataclass(frozen=True)
class HotlineTable:
    heading: tuple[str, ...]  # lines of the table heading
    rows: tuple[tuple[str, ...], ...]  # name (in bold), then phone, email...


@dataclass(frozen=True)
class HotlinesBox:
    """Tables of officials' phone numbers and emails, one box each."""

    tables: tuple[HotlineTable, ...]


@dataclass(frozen=True)
class VisitCounterBox:
    """"Thống kê truy cập": total, today and online visitors (stable per page)."""


#: A side-column box: one of the kinds above, banners, or fixed markup (a frame without pieces).
SideBox = NewsBox | TopicsBox | DocumentsBox | HotlinesBox | VisitCounterBox | tuple[Banner, ...] | str


# --------------------------------------------------------------------------------------------
# Article body, related lists, pagination


@dataclass(frozen=True)
class BodyStyle:
    """How the CMS writes the article text. Block frames take {text}; figure frames {src} and
    {caption}; all may use {justify}, {center}, {right} (the `align` style of each)."""

    figure: Pair
    align: str = "text-align:{}"  # the style attribute as the editor writes it
    heading: Pair = ("<p><strong>{text}</strong></p>", "<p><strong>{text}</strong></p>")
    quote: str = "<p><em>{text}</em></p>"
    lead: str | None = None  # the lead again as the first body paragraph, if the CMS prints it there
    #: A figure followed by a paragraph, drawn as one: {src}, {caption}, {next} (the paragraph).
    figure_then_paragraph: str | None = None
    byline: Pair = ("{author}", "{author}")  # the signature without / with figures in the body
    separator: str = "\n"
    no_image: str = "/images/no-image.jpg"


@dataclass(frozen=True)
class RelatedBoxes:
    """"Tin liên quan" (with thumbnails) and "Tin cùng chuyên mục" in the `main_box` frame:
    pieces {related} and {same}."""

    related: int
    same: int


@dataclass(frozen=True)
class SameSectionList:
    """One dated "Tin cùng chuyên mục" list: piece {others}."""

    count: int


@dataclass(frozen=True)
class NewerOlderLists:
    """Liferay's dated "Tin mới hơn" / "Tin đã đưa" lists around the article's date: pieces
    {newer} and {older}."""


@dataclass(frozen=True)
class NumberedPager:
    """Previous, numbered pages within `window` of the current one, next. `open` may use the
    class names; `page`, `prev` and `next` take {url}; `page` and `current` take {n}."""

    open: str
    close: str
    page: str
    current: str
    prev: str
    next: str
    window: int


@dataclass(frozen=True)
class LiferayPager:
    """"Trang N / M" with first / previous / next / last buttons, disabled at the ends."""


# --------------------------------------------------------------------------------------------
# Page frames several portals share: {header}, {content}, {sidebar}, {pre}, {footer}


def boxed_page(outer: str) -> str:
    """The classic layout: everything in one wrapper element with the attributes `outer`."""
    return ("<div " + outer + '>{header}<div class="{wrap}"><div class="{row}"><div class="{main}">{content}</div>'
            '<div class="{side}">{sidebar}</div></div></div>{footer}</div>')


#: A redesign whose <main> is the page container.
MAIN_SHELL_PAGE = ('{header}<main class="{wrap}"><div class="{row}"><div class="{main}">{content}</div>'
                   '<aside class="{side}">{sidebar}</aside></div></main>{footer}')
#: A redesign whose <main> is the content column.
MAIN_COLUMN_PAGE = ('{header}<div class="{wrap}"><div class="{row}"><main class="{main}">{content}</main>'
                    '<aside class="{side}">{sidebar}</aside></div></div>{footer}')


# --------------------------------------------------------------------------------------------
# The table


@dataclass(frozen=True, kw_only=True)
class PortalTemplate:
    name: str
    site_name: str
    date_precision: Literal["second", "minute"]  # what the page conveys of the publication time
    classes: tuple[Mapping[str, str], Mapping[str, str]]
    menu: tuple[MenuEntry, ...]
    filler_path: Callable[[str], str]  # where a filler headline links to
    listing_url: str  # page N > 1 of a section: {path}, {dir} (path ending in "/"), {page}

    # Theme: the components stylesheet is assets/<name>.css.
    accent: str
    accent2: str
    font: str
    analytics: tuple[str, str]  # site id, measurement id
    ad_zones: tuple[str, ...]
    body_class: str  # may use {og_type}
    container: int = 1170
    scripts: tuple[str, ...] = ()  # further script assets
    head_links: str = ""
    og_site_name: str = ""  # when it is not `site_name`

    # Page frame: {header}, {content}, {sidebar}, {pre}, {footer}.
    page: Pair
    # Header: {search}, {nav} (the menu), {banner}, {hot_tags}.
    header: Pair
    header_notes: tuple[str, ...] = ()  # chrome texts of the header
    search: Search
    menu_home: str = ""  # the home entry of the classic (variant 0) menu
    banner: tuple[Banner, ...] = ()
    hot_tags: tuple[str, ...] = ()
    # Footer: {tag} (div, then footer), {lines}, {menu_links}, {sitemap}.
    footer: str
    footer_lines: tuple[str, ...]
    footer_notes: tuple[str, ...] = ()

    # Side column: boxes by name, their order per variant, their chrome texts.
    sidebar: Mapping[str, SideBox]
    sidebar_order: tuple[tuple[str, ...], tuple[str, ...]]
    side_notes: tuple[str, ...] = ()
    side_box: str  # a headed box: {heading}, {content}, {id}
    heading_tag: str = "h3"  # of the topics and documents boxes
    pre: str = ""  # a box before the content ({pre} of the page frame)
    pre_notes: tuple[str, ...] = ()

    # Article page: {crumbs}, {headline}, {section}, {dateline}, {text}, {share}, {tags}, {source},
    # {views}, {comments}, {lead_box} (the lead in the "sapo" class, if the classes name one) and
    # the pieces of `related`.
    article: Pair
    article_title: str = "{title} - {site}"
    body: BodyStyle
    related: RelatedBoxes | SameSectionList | NewerOlderLists
    main_box: str = ""  # a headed box in the main column: {heading}, {content}
    section_path: Literal["first_dir", "first_two_dirs", "slug"] = "first_dir"
    crumbs: tuple[tuple[str, str], ...] = ()  # between "Trang chủ" and the section
    crumb_sep: str = ""  # of the classic breadcrumb
    date_format: DateFormat | None = None  # of the visible date line; None: no date shown
    share: tuple[Literal["text", "icon"], Literal["text", "icon"]] = ("text", "text")
    tag_label: str = "Từ khóa:"
    page_notes: tuple[str, ...] = ()  # chrome texts shown whatever the article
    list_notes: tuple[str, ...] = ()  # chrome texts around the related lists
    section_is_chrome: bool = False  # the section label is shown as chrome (a boilerplate snippet)
    share_noted_last: bool = False  # the share bar's texts come after the list texts in the boilerplate
    source_label: str = ""  # a "source: <url>" line after the text, with this label
    comments: bool = False  # the comment box (and its script)
    news_article_ld: str = ""  # logo path: metadata with the publication time and JSON-LD NewsArticle

    # Listing page: {crumbs}, {section}, {rows}, {pager}; a row: {href}, {link}, {img}, {alt},
    # {when}, {summary}.
    listing: Pair
    listing_row: Pair
    listing_summary: str = "<p>{summary}</p>"
    listing_title: str = "{section} - {site}{page_suffix}"
    listing_description: str = "{section} - {site}"
    listing_key: str = "{path}?{page}"  # what makes a listing page's stable numbers its own
    listing_date_format: DateFormat
    listing_no_image: str = "/images/no-thumb.jpg"
    pager: NumberedPager | LiferayPager
    pager_head_links: bool = False  # <link rel="prev|next"> in the head
