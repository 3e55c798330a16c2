"""The one renderer of article and listing pages, driven by a portal's `PortalTemplate`.

The order in which chrome texts are noted is the order of `RenderedPage.boilerplate`: article
pieces, then the box before the content, the side column, the header, the footer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from ..corpus import CorpusArticle
from .common import (
    Content,
    Ctx,
    ListingItem,
    RelatedItem,
    RenderedPage,
    a,
    banner,
    breadcrumb_ol,
    breadcrumb_ul,
    content_of,
    document,
    documents_box,
    esc,
    filler_titles,
    finish,
    fmt_ddmmyyyy,
    head,
    json_ld,
    menu_nav,
    menu_ul,
    news_items,
    related_entries,
    search_form,
    share_buttons,
    site_config_script,
    slugify,
    stable_int,
    svg_sprite,
    tag_links,
    tags_for,
    to_vn,
    topics_box,
    vn_int,
)
from .table import (
    Banner,
    DocumentsBox,
    HotlinesBox,
    LiferayPager,
    NewsBox,
    PortalTemplate,
    RelatedBoxes,
    SameSectionList,
    SideBox,
    TopicsBox,
    VisitCounterBox,
)
from .theme import script, standard_scripts, stylesheet

Entry = tuple[str, str, str | None, str | None]  # title, path, date text, thumbnail

#: Side-column boxes that note their own texts do so in this order, after the news lists and
#: the portal's `side_notes`.
_SELF_NOTING_BOXES = (TopicsBox, DocumentsBox, HotlinesBox, VisitCounterBox)


def _host(portal: str) -> str:
    from ...portals import get_portal

    return get_portal(portal).host


def listing_url(t: PortalTemplate, section_path: str, page: int) -> str:
    """Page `page` of a section listing; page 1 is the section path itself."""
    if page <= 1:
        return section_path
    folder = section_path if section_path.endswith("/") else section_path + "/"
    return t.listing_url.format(path=section_path, dir=folder, page=page)


def _section_path(t: PortalTemplate, article: CorpusArticle) -> str:
    """The listing the article belongs to (the active menu entry, the last breadcrumb)."""
    if t.section_path == "slug":
        return "/" + slugify(article.section)
    parts = article.path.strip("/").split("/")
    keep = parts[:2] if t.section_path == "first_two_dirs" and len(parts) >= 3 else parts[:1]
    return "/" + "/".join(keep) + "/" if keep[0] else "/"


@dataclass
class _Drawing:
    """One page being drawn: the table, the variant, the notes (in `ctx`)."""

    t: PortalTemplate
    variant: int
    ctx: Ctx

    @property
    def names(self) -> Mapping[str, str]:
        return self.t.classes[self.variant]

    def fill(self, frame: str, **pieces: str) -> str:
        clash = self.names.keys() & pieces.keys()
        if clash:
            raise ValueError(f"{self.t.name}: pieces {sorted(clash)} shadow class names")
        return frame.format_map({**self.names, **pieces})

    def crumbs(self, trail: Sequence[tuple[str, str]]) -> str:
        crumbs = [("Trang chủ", "/"), *self.t.crumbs, *trail]
        if self.variant == 0:
            return breadcrumb_ul(crumbs, self.names["bc"], sep=self.t.crumb_sep)
        return breadcrumb_ol(crumbs, self.names["bc"])

    def banners(self, banners: Sequence[Banner]) -> str:
        return "".join(banner(b.href, b.image, b.alt, b.width, b.height, self.fill(b.cls)) for b in banners)

    # ----------------------------------------------------------------------------------------
    # Chrome

    def header(self, active: str | None) -> str:
        t, names = self.t, self.names
        s = t.search
        search = search_form(s.action, param=s.param, placeholder=s.placeholder, button=s.button, cls=self.fill(s.cls),
                             hidden=dict(s.hidden))
        if self.variant == 0:
            nav = menu_ul(t.menu, ul_cls=names["menu"], li_cls=names["li"], sub_cls=names["sub"], active=active,
                          home_html=t.menu_home)
        else:
            nav = menu_nav(t.menu, nav_cls=names["menu"], item_cls=names["li"], drop_cls=names["sub"], active=active)
        hot_tags = "".join(a(f"/tag/{slugify(tag)}", tag) for tag in t.hot_tags)
        self.ctx.note(*t.header_notes)
        return self.fill(t.header[self.variant], search=search, nav=nav, banner=self.banners(t.banner),
                         hot_tags=hot_tags)

    def footer(self) -> str:
        t = self.t
        self.ctx.note(*t.footer_lines, *t.footer_notes)
        sitemap = "".join(f'<ul><li><b>{a(h, label)}</b></li>{"".join(f"<li>{a(h2, l2)}</li>" for l2, h2 in sub)}</ul>'
                          for label, h, sub in t.menu)
        return self.fill(t.footer, tag=("div", "footer")[self.variant],
                         lines="".join(f"<p>{esc(line)}</p>" for line in t.footer_lines),
                         menu_links="".join(f"<li>{a(h, label)}</li>" for label, h, _ in t.menu), sitemap=sitemap)

    def pre(self) -> str:
        self.ctx.note(*self.t.pre_notes)
        return self.fill(self.t.pre)

    def sidebar(self, featured: Sequence[RelatedItem], related: Sequence[RelatedItem], featured_count: int) -> str:
        t, ctx = self.t, self.ctx
        boxes: dict[str, str] = {}
        for name, box in t.sidebar.items():
            if isinstance(box, NewsBox):
                boxes[name] = self.news_box(box, featured, related, featured_count)
        ctx.note(*t.side_notes)
        for kind in _SELF_NOTING_BOXES:
            boxes.update((name, self.side_box(box)) for name, box in t.sidebar.items() if isinstance(box, kind))
        for name, box in t.sidebar.items():
            if isinstance(box, (str, tuple)):
                boxes[name] = self.side_box(box)
        return "".join(boxes[name] for name in t.sidebar_order[self.variant])

    def news_box(self, box: NewsBox, featured: Sequence[RelatedItem], related: Sequence[RelatedItem],
                 featured_count: int) -> str:
        if box.source == "featured":
            entries = related_entries(self.ctx, featured, count=featured_count, salt="hot",
                                      filler_path=self.t.filler_path, with_thumb=True)
        else:
            entries = related_entries(self.ctx, list(related)[::-1], count=box.count, salt="most",
                                      filler_path=self.t.filler_path)
        width, height = box.thumb or (120, 80)
        items = news_items(entries, ul_cls=self.names["list"], with_thumb=box.thumb is not None, thumb_w=width,
                           thumb_h=height, tag=box.list_tag)
        return self.fill(self.t.side_box, heading=box.heading, id=box.portlet_id, content=items)

    def side_box(self, box: SideBox) -> str:
        ctx, names, tag = self.ctx, self.names, self.t.heading_tag
        if isinstance(box, str):
            return self.fill(box)
        if isinstance(box, tuple):
            return self.banners(box)
        if isinstance(box, TopicsBox):
            return topics_box(ctx, box.topics, cls=names["box"], heading_tag=tag)
        if isinstance(box, DocumentsBox):
            return documents_box(ctx, cls=names["box"], heading_tag=tag)
        if isinstance(box, HotlinesBox):
            return self.hotlines(box)
        if isinstance(box, VisitCounterBox):
            return self.visit_counter()
        raise TypeError(f"not a side box: {box!r}")

    def hotlines(self, box: HotlinesBox) -> str:
        self.ctx.note(*(line for table in box.tables for line in table.heading))
        out = []
        for table in box.tables:
            rows = []
            for i, (name, *details) in enumerate(table.rows, 1):
                self.ctx.note(name, *details)
                rows.append(f'<tr><td class="stt">{i}</td><td><p><strong>{esc(name)}</strong></p>'
                            + "".join(f"<p>{esc(d)}</p>" for d in details) + "</td></tr>")
            heading = "<br>".join(esc(line) for line in table.heading)
            out.append(self.fill('<div class="{box}"><table class="{hot}"><thead><tr><th colspan="2">{heading}</th>'
                                 '</tr></thead><tbody>{rows}</tbody></table></div>', heading=heading, rows="".join(rows)))
        return "".join(out)

    def visit_counter(self) -> str:
        ctx = self.ctx
        total, today, online = ctx.n("total", 2_400_000, 3_900_000), ctx.n("today", 800, 4_800), ctx.n("online", 12, 180)
        ctx.note("Thống kê truy cập", "Lượt truy cập", "Hôm nay", "Đang online")
        table = (f'<table class="{self.names["stat"]}"><tbody>'
                 f'<tr><td>Lượt truy cập</td><td class="n">{vn_int(total)}</td></tr>'
                 f'<tr><td>Hôm nay</td><td class="n">{vn_int(today)}</td></tr>'
                 f'<tr><td>Đang online</td><td class="n">{online}</td></tr></tbody></table>')
        return self.fill(self.t.side_box, heading="Thống kê truy cập", id="", content=table)

    def document(self, *, title: str, description: str, canonical: str, og_type: str, image: str | None,
                 keywords: Sequence[str], head_extra: str, content: str, sidebar: str, pre: str,
                 active: str | None) -> str:
        t, names = self.t, self.names
        scripts = [site_config_script(self.ctx, t.menu, comments=t.comments),
                   *standard_scripts(site=t.analytics[0], measurement_id=t.analytics[1], ad_zones=t.ad_zones),
                   *(script(name) for name in t.scripts)]
        css = stylesheet(f"{t.name}.css", names, accent=t.accent, accent2=t.accent2, font=t.font, container=t.container)
        head_html = head(title=title, description=description, canonical=canonical,
                         site_name=t.og_site_name or t.site_name, og_type=og_type, image=image, keywords=keywords,
                         css=css, extra=t.head_links + head_extra, scripts=scripts)
        header = self.header(active)
        body = self.fill(t.page[self.variant], header=header, footer=self.footer(), content=content, sidebar=sidebar,
                         pre=pre)
        body = svg_sprite(names["p"]) + body + script("menu.js", toggle=f'{names["p"]}-toggle', menu=names["menu"])
        return document(head_html, body, self.fill(t.body_class, og_type=og_type))

    # ----------------------------------------------------------------------------------------
    # Article pieces

    def text(self, content: Content) -> str:
        """The article text: lead (where the CMS repeats it), blocks, signature."""
        style = self.t.body
        aligns = {how: style.align.format(how) for how in ("justify", "center", "right")}
        parts = [self.fill(style.lead, text=esc(content.lead), **aligns)] if style.lead and content.lead else []
        blocks = content.blocks
        i = 0
        while i < len(blocks):
            block, text = blocks[i], esc(blocks[i].text)
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if block.kind == "figure":
                src = esc(block.image or style.no_image)
                if style.figure_then_paragraph and following is not None and following.kind == "p":
                    parts.append(self.fill(style.figure_then_paragraph, src=src, caption=text,
                                           next=esc(following.text), **aligns))
                    i += 2
                    continue
                parts.append(self.fill(style.figure[self.variant], src=src, caption=text, **aligns))
            elif block.kind == "heading":
                parts.append(self.fill(style.heading[self.variant], text=text))
            elif block.kind == "quote":
                parts.append(self.fill(style.quote, text=text))
            else:
                parts.append(f'<p style="{aligns["justify"]}">{text}</p>')
            i += 1
        if content.author:
            byline = style.byline[bool(content.figures)].format(author=content.author)
            parts.append(f'<p style="{aligns["right"]}"><strong>{esc(byline)}</strong></p>')
            if byline != content.author:  # a bare name is content; a decorated signature is chrome
                self.ctx.note(byline)
        return style.separator.join(parts)

    def related(self, article: CorpusArticle, related: Sequence[RelatedItem]) -> dict[str, str]:
        spec, ctx, names, filler = self.t.related, self.ctx, self.names, self.t.filler_path
        if isinstance(spec, RelatedBoxes):
            rel = related_entries(ctx, related, count=spec.related, salt="rel", filler_path=filler,
                                  avoid_path=article.path, with_thumb=True)
            same = related_entries(ctx, list(related)[spec.related:], count=spec.same, salt="same", filler_path=filler,
                                   avoid_path=article.path)
            box = self.t.main_box
            return {"related": self.fill(box, heading="Tin liên quan",
                                         content=news_items(rel, ul_cls=names["list"], with_thumb=True)),
                    "same": self.fill(box, heading="Tin cùng chuyên mục", content=news_items(same, ul_cls=names["list"]))}
        if isinstance(spec, SameSectionList):
            others = related_entries(ctx, related, count=spec.count, salt="others", filler_path=filler,
                                     avoid_path=article.path, date_fmt=fmt_ddmmyyyy, fallback_date=article.published_at)
            items = "".join(f"<li>{a(h, title)} <i>({esc(d)})</i></li>" for title, h, d, _ in others)
            return {"others": self.fill('<div class="{p}-others"><h3>Tin cùng chuyên mục</h3><ul class="{list}">{items}'
                                        '</ul></div>', items=items)}
        newer, older = self._newer_older(article, related)
        return {"newer": self.fill('<div class="{p}-newer"><h3>Tin mới hơn</h3>{items}</div>', items=self._dated(newer)),
                "older": self.fill('<div class="{p}-older"><h3>Tin đã đưa</h3>{items}</div>', items=self._dated(older))}

    def _newer_older(self, article: CorpusArticle, related: Sequence[RelatedItem]) -> tuple[list[Entry], list[Entry]]:
        """Split related articles into newer and older ones, with dates (filler when none given)."""
        ctx, filler, pub = self.ctx, self.t.filler_path, article.published_at
        if related:
            if any(r.published_at is not None for r in related):
                def latest_first(items: list[RelatedItem]) -> list[RelatedItem]:
                    return sorted(items, key=lambda r: (r.published_at is not None, r.published_at or pub), reverse=True)

                newer = latest_first([r for r in related if r.published_at is not None and r.published_at > pub])[-5:]
                older = latest_first([r for r in related if r not in newer])[:8]
            else:
                half = (len(related) + 1) // 2
                newer, older = list(related[:half]), list(related[half:])
            entries_new = related_entries(ctx, newer, count=5, salt="newer", filler_path=filler, date_fmt=fmt_ddmmyyyy,
                                          fallback_date=pub + timedelta(days=25)) if newer else []
            entries_old = related_entries(ctx, older, count=8, salt="older", filler_path=filler, date_fmt=fmt_ddmmyyyy,
                                          fallback_date=pub) if older else []
            return entries_new, entries_old
        titles_new = filler_titles(ctx, "newer", 3)
        titles_old = filler_titles(ctx, "older", 6, avoid=titles_new)
        when_new = {t: pub + timedelta(days=ctx.n("n" + t, 1, 6)) for t in titles_new}
        when_old = {t: pub - timedelta(days=ctx.n("o" + t, 1, 30)) for t in titles_old}
        entries_new = [(t, filler(t), fmt_ddmmyyyy(when_new[t]), None)
                       for t in sorted(titles_new, key=lambda t: (when_new[t], t), reverse=True)]
        entries_old = [(t, filler(t), fmt_ddmmyyyy(when_old[t]), None)
                       for t in sorted(titles_old, key=lambda t: (when_old[t], t), reverse=True)]
        ctx.note(*titles_new, *titles_old)
        return entries_new, entries_old

    def _dated(self, entries: Sequence[Entry]) -> str:
        items = "".join(f'<li>{a(h, t)} <span class="d">({esc(d)})</span></li>' if d else f"<li>{a(h, t)}</li>"
                        for t, h, d, _ in entries)
        return f'<ul class="{self.names["list"]}">{items}</ul>'

    def comments(self, key: str) -> str:
        """The comment form and the (never loading) comment list, with its script."""
        self.ctx.note("Ý kiến ()", "0 / 500 ký tự", "Đang tải dữ liệu", "Gửi ý kiến",
                      "Ý kiến của bạn sẽ được biên tập trước khi đăng")
        return self.fill(
            '<div class="{p}-cmt" id="comment-box" data-id="{key}"><div class="ttl">Ý kiến (<span class="cnt"></span>)</div>'
            '<form class="{p}-cmt-form" action="/binh-luan/gui" method="post">'
            '<textarea name="content" maxlength="500" placeholder="Nhập ý kiến của bạn..."></textarea>'
            '<div class="count"><span class="len">0</span> / 500 ký tự</div>'
            '<input type="text" name="name" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email">'
            '<button type="submit">Gửi ý kiến</button><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng</p>'
            '</form><div class="{p}-cmt-list"><div class="loading">Đang tải dữ liệu</div></div></div>', key=esc(key),
        ) + script("comments.js")

    def news_article_head(self, article: CorpusArticle, content: Content, url: str, image: str | None) -> str:
        t = self.t
        published = to_vn(article.published_at).isoformat()
        ld = json_ld({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": content.title,
            "description": content.lead or (content.texts[0] if content.texts else ""),
            "image": [image] if image else [],
            "datePublished": published,
            "dateModified": published,
            "author": {"@type": "Person", "name": content.author or t.site_name},
            "publisher": {"@type": "Organization", "name": t.site_name,
                          "logo": {"@type": "ImageObject", "url": self.ctx.url(t.news_article_ld)}},
        })
        return (f'<meta property="article:published_time" content="{published}">'
                f'\n<meta property="article:section" content="{esc(article.section)}">\n{ld}')

    def pager(self, section_path: str, page: int, pages: int) -> str:
        spec = self.t.pager

        def url(n: int) -> str:
            return esc(listing_url(self.t, section_path, n))

        if isinstance(spec, LiferayPager):
            def button(label: str, target: int, enabled: bool) -> str:
                return f"<li>{a(listing_url(self.t, section_path, target), label)}</li>" if enabled else (
                    f'<li><span class="disabled">{esc(label)}</span></li>')

            return (f'<div class="lfr-pagination"><div class="lfr-pagination-page-selector">Trang {page} / {pages}</div>'
                    f'<ul class="lfr-pagination-buttons pager">{button("Đầu", 1, page > 1)}'
                    f'{button("Trang trước", page - 1, page > 1)}{button("Trang sau", page + 1, page < pages)}'
                    f'{button("Cuối", pages, page < pages)}</ul></div>')
        out = [self.fill(spec.open)]
        if page > 1:
            out.append(spec.prev.format(url=url(page - 1)))
        for n in range(max(1, page - spec.window), min(pages, page + spec.window) + 1):
            out.append(spec.current.format(n=n) if n == page else spec.page.format(url=url(n), n=n))
        if page < pages:
            out.append(spec.next.format(url=url(page + 1)))
        out.append(spec.close)
        return "".join(out)


def render_article(t: PortalTemplate, article: CorpusArticle, *, state: str, variant: int,
                   related: Sequence[RelatedItem], featured: Sequence[RelatedItem]) -> RenderedPage:
    ctx = Ctx(t.name, _host(t.name), article.key, variant)
    drawing = _Drawing(t, variant, ctx)
    names, p = drawing.names, drawing.names["p"]
    content = content_of(article, state)
    url = ctx.url(article.path)
    section_path = _section_path(t, article)

    # Pieces in the order they note their chrome texts.
    ctx.note(*t.page_notes)
    if t.section_is_chrome:
        ctx.note(article.section)
    text = drawing.text(content)
    source = ""
    if t.source_label:
        source = f'<p class="{p}-src"><em>{esc(t.source_label)} {esc(f"http://{ctx.host}{article.path}")}</em></p>'
        ctx.note(t.source_label)
    share_style = t.share[variant]
    share = "" if t.share_noted_last else share_buttons(ctx, url, content.title, f"{p}-share", style=share_style)
    lists = drawing.related(article, related)
    ctx.note(*t.list_notes)
    if t.share_noted_last:
        share = share_buttons(ctx, url, content.title, f"{p}-share", style=share_style)
    comments = drawing.comments(article.key) if t.comments else ""

    tags = tags_for(content, article.section)
    lead_box = f'<div class="{names["sapo"]}"><strong>{esc(content.lead)}</strong></div>' if (
        content.lead and "sapo" in names) else ""
    main = drawing.fill(
        t.article[variant], crumbs=drawing.crumbs([(article.section, section_path)]), headline=esc(content.title),
        section=esc(article.section), text=text, lead_box=lead_box, source=source, share=share, comments=comments,
        tags=tag_links(tags, cls=f"{p}-tags", label=t.tag_label),
        dateline=esc(t.date_format(article.published_at)) if t.date_format else "",
        views=str(stable_int(article.key, "views", lo=120, hi=2400)), **lists,
    )
    first_image = next((b.image for b in content.figures if b.image), None)
    image = ctx.url(first_image) if first_image else None
    pre = drawing.pre()
    sidebar = drawing.sidebar(featured, related, 5)
    html = drawing.document(
        title=t.article_title.format(title=content.title, site=t.site_name),
        description=content.lead or content.texts[0], canonical=url, og_type="article", image=image, keywords=tags,
        head_extra=drawing.news_article_head(article, content, url, image) if t.news_article_ld else "",
        content=main, sidebar=sidebar, pre=pre, active=section_path,
    )
    return finish(ctx, html, [content.title, *content.texts, content.author or ""])


def render_listing(t: PortalTemplate, *, section_title: str, section_path: str, items: Sequence[ListingItem],
                   page: int, pages: int, variant: int, featured: Sequence[RelatedItem],
                   most_read: Sequence[RelatedItem] = ()) -> RenderedPage:
    ctx = Ctx(t.name, _host(t.name), t.listing_key.format(path=section_path, page=page), variant)
    drawing = _Drawing(t, variant, ctx)
    if t.section_is_chrome:
        ctx.note(section_title)
    rows = "".join(drawing.fill(
        t.listing_row[variant], href=esc(it.path), link=a(it.path, it.title), alt=esc(it.title),
        img=esc(it.image or t.listing_no_image), when=esc(t.listing_date_format(it.published_at)),
        summary=drawing.fill(t.listing_summary, summary=esc(it.summary)) if it.summary else "",
    ) for it in items)
    main = drawing.fill(t.listing[variant], crumbs=drawing.crumbs([(section_title, section_path)]),
                        section=esc(section_title), rows=rows, pager=drawing.pager(section_path, page, pages))
    head_extra = ""
    if t.pager_head_links and page > 1:
        head_extra += f'<link rel="prev" href="{esc(ctx.url(listing_url(t, section_path, page - 1)))}">'
    if t.pager_head_links and page < pages:
        head_extra += f'<link rel="next" href="{esc(ctx.url(listing_url(t, section_path, page + 1)))}">'
    page_suffix = f" - Trang {page}" if page > 1 else ""
    pre = drawing.pre()
    sidebar = drawing.sidebar(featured, most_read or featured, 3)
    html = drawing.document(
        title=t.listing_title.format(section=section_title, site=t.site_name, page_suffix=page_suffix),
        description=t.listing_description.format(section=section_title, site=t.site_name),
        canonical=ctx.url(listing_url(t, section_path, page)), og_type="website", image=None, keywords=(),
        head_extra=head_extra, content=main, sidebar=sidebar, pre=pre, active=section_path,
    )
    return finish(ctx, html, [it.title for it in items] + [it.summary or "" for it in items])
