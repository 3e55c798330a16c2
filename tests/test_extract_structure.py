"""Extraction by structure on layouts the portal templates do not produce: where the article is,
which date is its publication time, which heading is its headline, and the path each page took."""

from __future__ import annotations

from datetime import datetime

import pytest

from reformcrawl.config import VIETNAM_TZ
from reformcrawl.extract import extract_page
from reformcrawl.extract.metadata import choose_published
from reformcrawl.monitor.health import unhealthy_reason

BODY = [
    "Sáng 15/6, Sở Nội vụ tổ chức sơ kết công tác kiểm tra công vụ 6 tháng đầu năm 2023 với sự tham dự "
    "của lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố trong tỉnh.",
    "Theo báo cáo, 6 tháng đầu năm, Tổ kiểm tra công vụ đã kiểm tra đột xuất 126 cơ quan, đơn vị cấp tỉnh, "
    "cấp huyện và cấp xã, tập trung vào việc chấp hành thời giờ làm việc và thái độ tiếp dân.",
    "Phát biểu kết luận, Giám đốc Sở Nội vụ đề nghị người đứng đầu các cơ quan tăng cường tự kiểm tra, "
    "chấn chỉnh kỷ luật, kỷ cương hành chính và xử lý nghiêm các trường hợp vi phạm trong thời gian tới.",
]
TITLE = "Chấn chỉnh lề lối làm việc của cán bộ, công chức"
URL = "https://sonoivu.dongthap.gov.vn/tin-tuc/chan-chinh-le-loi-lam-viec-cua-can-bo-cong-chuc"
FETCHED = datetime(2025, 3, 7, 9, 0, tzinfo=VIETNAM_TZ)

HEADER = ('<div class="topbar">Thứ Sáu, ngày 07/03/2025 | <a href="/lien-he">Liên hệ</a></div>'
          '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>')
SIDEBAR = ('<div class="box"><h3>Tin mới</h3><ul>'
           '<li><a href="/tin-tuc/ra-mat-mo-hinh-to-cong-nghe-so">Ra mắt mô hình Tổ công nghệ số cộng đồng</a>'
           ' <span>(06/03/2025)</span></li>'
           '<li><a href="/tin-tuc/thong-bao-ket-qua-xet-tuyen">Thông báo kết quả xét tuyển viên chức năm 2024</a>'
           ' <span>(04/03/2025)</span></li></ul></div>')
COMMENTS = ('<div class="binhluan"><h3>Ý kiến bạn đọc</h3>'
            '<div><b>Nguyễn Văn A</b> - 21/07/2023 14:05<p>Bài viết rất hay, mong tỉnh tiếp tục làm tốt.</p></div></div>')


def page(*, title_tag: str = f"<h1>{TITLE}</h1>", head: str = "<title>Sở Nội vụ tỉnh Đồng Tháp</title>",
         date_before: str = "", date_after: str = "", extra_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>{HEADER}<table><tr><td class='left'>{SIDEBAR}</td>"
            f"<td class='main'><div class='news'>{title_tag}{date_before}<div class='content'>{paragraphs}</div>"
            f"{date_after}{extra_body}</div>{COMMENTS}</td></tr></table><div class='footer'>"
            f"Điện thoại: 0277.3851.234 - Email: snv@dongthap.gov.vn</div></body></html>")


def test_the_date_by_the_headline_wins_over_header_sidebar_and_comments() -> None:
    article = extract_page(page(date_before="<div class='date'>Thứ 5, 22.06.2023 | 11:42:05</div>"), URL,
                           fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 6, 22, 11, 42, 5, tzinfo=VIETNAM_TZ)
    assert article.published_at_source == "date_line"
    assert article.title == TITLE  # the <h1>, not the <title> that names the department
    assert article.paragraphs == BODY
    assert (article.extraction, article.confident) == ("region", True)


def test_with_no_date_by_the_headline_none_from_header_sidebar_or_comments() -> None:
    article = extract_page(page(), URL, fetched_at=FETCHED)
    assert article.published_at is None and article.published_at_source is None


def test_a_date_printed_under_the_body_before_the_comments() -> None:
    article = extract_page(page(date_after="<p class='ngay'>Ngày đăng: 16/06/2023 15:00</p>"), URL, fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 6, 16, 15, 0, tzinfo=VIETNAM_TZ)


def test_a_permalink_time_element_gives_its_datetime() -> None:
    date = ('<span class="posted-on"><a href="/tin-tuc/chan-chinh" rel="bookmark">'
            '<time class="entry-date published" datetime="2023-07-13T00:50:00+00:00">13/07/2023</time></a></span>')
    article = extract_page(page(date_before=date), URL, fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 7, 13, 7, 50, tzinfo=VIETNAM_TZ)


def test_title_only_in_og_title_is_found_in_the_page() -> None:
    head = f"<title>Cổng thông tin</title><meta property='og:title' content='{TITLE}'>"
    html = page(title_tag=f"<div class='tieude'><b>{TITLE}</b></div>", head=head,
                date_before="<div>Cập nhật lúc 14:30 ngày 05/03/2023</div>")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.title == TITLE
    assert article.published_at == datetime(2023, 3, 5, 14, 30, tzinfo=VIETNAM_TZ)


def test_metadata_date_wins_and_takes_the_time_of_the_date_line_when_it_has_none() -> None:
    day = datetime(2023, 3, 5, 0, 0, tzinfo=VIETNAM_TZ)
    line = datetime(2023, 3, 5, 14, 30, tzinfo=VIETNAM_TZ)
    assert choose_published(meta=day, date_line=line, url_day=None, listing=None) == (line, "meta+date_line")
    other = datetime(2023, 3, 6, 9, 0, tzinfo=VIETNAM_TZ)
    assert choose_published(meta=day, date_line=other, url_day=None, listing=None) == (day, "meta")
    assert choose_published(meta=None, date_line=None, url_day=day.date(), listing=line) == (day, "url")
    assert choose_published(meta=None, date_line=None, url_day=None, listing=line) == (line, "listing")


def test_a_page_without_paragraph_structure_takes_the_page_path_and_is_not_empty() -> None:
    text = "<br><br>".join(BODY)
    html = (f"<html><head><title>{TITLE}</title></head><body>{HEADER}<table><tr><td>{SIDEBAR}</td>"
            f"<td><h1>{TITLE}</h1>{text}</td></tr></table></body></html>")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.text
    assert all(p[:60] in article.text for p in BODY)


def test_hotline_tables_go_and_a_layout_table_holding_them_stays() -> None:
    hotline = ("<table class='hotline'><tr><td>Ông Trương Long Hồ</td><td>0983.570.009</td><td>tlho@angiang.gov.vn</td></tr>"
               "<tr><td>Phòng Tổng hợp</td><td>02963.957.006</td><td>tonghop@angiang.gov.vn</td></tr></table>")
    article = extract_page(page(extra_body=hotline), URL, fetched_at=FETCHED)
    assert article.paragraphs == BODY


@pytest.mark.parametrize("counts, reason", [
    ({"listing_pages": 2, "article_links": 9, "new": 4, "low_confidence": 3}, "low-confidence extraction on 3 of 4 pages"),
    ({"listing_pages": 2, "article_links": 9, "new": 4, "low_confidence": 1}, None),  # one odd page is no redesign
])
def test_portal_unhealthy_when_most_pages_are_low_confidence(counts: dict, reason: str | None) -> None:
    assert unhealthy_reason(counts) == reason


def test_a_utc_publication_time_comes_out_in_vietnam_time() -> None:
    head = ('<title>Sở Nội vụ tỉnh Đồng Tháp</title>'
            '<meta property="article:published_time" content="2023-06-15T01:30:00Z">')
    article = extract_page(page(head=head), URL, fetched_at=FETCHED)
    assert article.to_dict()["published_at"] == "2023-06-15T08:30:00+07:00"


def _legacy_page(*, doc_title: str, headline_markup: str, banner: str = "", sapo_box: str = "") -> bytes:
    """An old table layout: a banner row, a left menu, the article cell."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><meta charset='utf-8'><title>{doc_title}</title></head><body><table>"
            f"<tr><td colspan='2'>{banner}<img src='/banner.jpg'></td></tr><tr><td class='left'>{SIDEBAR}</td>"
            f"<td>{headline_markup}<font size='1'>Cập nhật lúc 09:15 - Thứ Năm, 15/06/2023 | Lượt xem: 1.204 | In bài</font>"
            f"{sapo_box}<div class='noidung'>{paragraphs}</div></td></tr></table></body></html>").encode("utf-8")


def test_a_site_name_in_title_leaves_the_headline_to_the_line_above_the_body() -> None:
    html = _legacy_page(doc_title="UBND huyện Tam Nông - tỉnh Đồng Tháp",
                        headline_markup=f"<font size='4' color='#036'><b>{TITLE}</b></font><br>")
    article = extract_page(html, "https://tamnong.dongthap.gov.vn/index.php?mod=tin&id=4412", fetched_at=FETCHED)
    assert article.title == TITLE
    assert article.published_at == datetime(2023, 6, 15, 9, 15, tzinfo=VIETNAM_TZ)
    assert article.text == "\n\n".join(BODY)  # the date line with its counter and print button is not text


def test_title_printed_in_a_styled_cell_wins_over_a_banner_heading() -> None:
    html = _legacy_page(doc_title=TITLE, banner="<h1>ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG TỈNH ĐỒNG THÁP</h1>",
                        headline_markup=f"<div class='tieude'>{TITLE}</div>")
    assert extract_page(html, "https://tamnong.dongthap.gov.vn/?id=4412", fetched_at=FETCHED).title == TITLE


def test_a_generic_title_and_a_headline_printed_twice() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (f"<html><head><title>Chi tiết tin tức</title></head><body><div class='pagetitle'><h1>{TITLE}</h1></div>"
            f"<div class='news-detail'><h2 class='ArticleTitle'>{TITLE}</h2><div class='ArticleDate'>15/06/2023 02:40 CH"
            f"</div><div class='content'>{paragraphs}</div></div></body></html>")
    article = extract_page(html, "https://snv.dongthap.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=88", fetched_at=FETCHED)
    assert article.title == TITLE
    assert article.published_at == datetime(2023, 6, 15, 14, 40, tzinfo=VIETNAM_TZ)


def test_the_printed_part_of_a_long_title() -> None:
    html = _legacy_page(doc_title=f"{TITLE} - Sở Nội vụ tỉnh Đồng Tháp, cơ quan thường trực cải cách hành chính",
                        headline_markup=f"<span class='news-title'>{TITLE}</span><br>")
    assert extract_page(html, "https://snv.dongthap.gov.vn/NewsDetail.aspx?newsid=7", fetched_at=FETCHED).title == TITLE


def test_a_sapo_in_its_own_box_is_the_first_paragraph() -> None:
    sapo = ("Chiều 14/6, Sở Nội vụ tỉnh Đồng Tháp tổ chức hội nghị sơ kết công tác cải cách hành chính, "
            "chỉ ra những hạn chế còn tồn tại trong việc chấp hành kỷ luật, kỷ cương hành chính.")
    html = _legacy_page(doc_title=TITLE, headline_markup=f"<h1>{TITLE}</h1>",
                        sapo_box=f"<div class='sapo'><p><b>{sapo}</b></p></div>")
    article = extract_page(html, "https://snv.dongthap.gov.vn/tin-tuc/chan-chinh", fetched_at=FETCHED)
    assert article.text.split("\n\n")[0] == sapo


def test_a_short_declared_title_is_the_sites_name_and_the_time_after_the_body_is_read() -> None:
    # <title> and og:title name the department only; the headline is an <h2>, the time follows the body
    html = page(title_tag=f"<h2 class='newsTitle'>{TITLE}</h2>",
                head="<title>Tin tức - Sở Nội vụ</title><meta property='og:title' content='Sở Nội vụ'>",
                date_after="<div class='metainfo'>Hữu Huynh | 10 giờ 40, Thứ năm, 15/06/2023</div>")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.title == TITLE
    assert article.published_at == datetime(2023, 6, 15, 10, 40, tzinfo=VIETNAM_TZ)
    assert article.paragraphs == BODY


def test_a_microformat_published_time_wins_over_the_date_heading_and_comment_times() -> None:
    # Blogger: the date heading above the title, the time in <abbr class="published" title="ISO">
    html = page(date_before="<h2 class='date-header'><span>Thứ Năm, 15 tháng 6, 2023</span></h2>",
                date_after=("<span class='post-timestamp'>lúc <abbr class='published' "
                            "title='2023-06-15T09:10:00.000+07:00'>9:10 SA</abbr></span>"))
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 6, 15, 9, 10, tzinfo=VIETNAM_TZ)
    assert article.published_at_source == "meta"


def test_a_long_form_page_keeps_its_cover_sapo_and_drops_pull_quotes_and_credits() -> None:
    sapo = ("Sáng nay (26/3), Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai các giải pháp nâng cao chất lượng "
            "hoạt động của Bộ phận một cửa cấp huyện, cấp xã trên địa bàn.")
    quote = "“" + BODY[1][:90].rstrip() + "…”"
    html = ("<html><head><meta charset='utf-8'><title>Báo Đắk Nông</title>"
            f"<meta property='og:title' content='{TITLE}'></head><body>"
            "<div class='emag-top'><a href='/'>BÁO ĐẮK NÔNG</a></div><div class='emag-cover'>"
            "<div class='emag-cover__title'>Chấn chỉnh lề lối làm việc<br>của cán bộ, công chức</div>"
            f"<div class='emag-sapo'>{sapo}</div></div><div class='emag-body'>"
            f"<section><p>{BODY[0]}</p><p>{BODY[1]}</p></section>"
            f"<section class='emag-quote'><blockquote>{quote}</blockquote></section>"
            f"<section><p>{BODY[2]}</p></section>"
            "<div class='emag-credits'><p>Nội dung: Thanh Hà</p><p>Thiết kế: Minh Tú</p></div></div></body></html>")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.paragraphs == [sapo, *BODY]
    assert article.title == TITLE


@pytest.mark.parametrize("line", [
    "<div class='info'><span class='date'>22/06/2023</span> <span class='time'>11:42</span></div>",
    "<div class='info'><span><i class='icon-clock'></i> 11:42</span> <span><i class='icon-calendar'></i> 22/06/2023</span></div>",
])
def test_a_date_and_its_time_in_sibling_elements_are_read_together(line: str) -> None:
    article = extract_page(page(date_before=line), URL, fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 6, 22, 11, 42, tzinfo=VIETNAM_TZ)


def test_a_long_headline_and_a_toolbar_do_not_hide_the_time_at_the_end_of_the_body() -> None:
    long_title = "Sở Nội vụ công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính năm 2023"
    html = page(title_tag=f"<h1>{long_title}</h1><div class='toolbar'><a href='#'>In bài</a> | <a href='#'>Gửi email</a></div>",
                date_after="<p class='update'><i>(Cập nhật: 16:45, 21/12/2023)</i></p>")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.published_at == datetime(2023, 12, 21, 16, 45, tzinfo=VIETNAM_TZ)


CAPTION = "Quang cảnh cuộc họp tại Trung tâm Phục vụ hành chính công tỉnh."


@pytest.mark.parametrize("picture", [
    f"<p style='text-align:center'><img src='/a.jpg'></p><p class='caption'><em>{CAPTION}</em></p>",
    ("<table class='tr-caption-container'><tr><td><a href='/a.jpg'><img src='/a.jpg'></a></td></tr>"
     f"<tr><td class='tr-caption'>{CAPTION}</td></tr></table>"),
    f"<dl class='image-inline captioned'><dt><a href='/a.jpg'><img src='/a.jpg'></a></dt><dd class='image-caption'>{CAPTION}</dd></dl>",
])
def test_a_pictures_caption_is_article_text(picture: str) -> None:
    html = page().replace(f"<p>{BODY[1]}</p>", f"<p>{BODY[1]}</p>{picture}")
    article = extract_page(html, URL, fetched_at=FETCHED)
    assert article.paragraphs == [BODY[0], BODY[1], CAPTION, BODY[2]]


def test_a_caption_class_without_a_picture_is_not_brought_back() -> None:
    html = page().replace(f"<p>{BODY[1]}</p>", f"<p>{BODY[1]}</p><p class='caption'>Xem thêm các tin khác của Sở Nội vụ</p>")
    assert "Xem thêm" not in (extract_page(html, URL, fetched_at=FETCHED).text or "")


def test_a_portlets_section_heading_that_the_title_and_the_url_repeat_is_not_the_headline() -> None:
    # WebSphere: <title> and the URL name the section ("Tin tức - Sự kiện"), the portlet's title
    # bar prints it as an <h2>, the menu and the breadcrumb link it; the headline is the <h1>
    html = page(head="<title>Sở Nội vụ tỉnh Đồng Tháp - Tin tức sự kiện</title>",
                title_tag=("<div class='wpthemeBreadcrumb'><a href='/'>Trang chủ</a> &gt; "
                           "<a href='tin-tuc-su-kien'>Tin tức - Sự kiện</a></div>"
                           "<h2><span>Tin tức - Sự kiện</span></h2>"
                           f"<table><tr><td><h1 class='tieu-de'>{TITLE}</h1></td></tr></table>"))
    article = extract_page(html, "https://sonoivu.dongthap.gov.vn/wps/portal/tin-tuc-su-kien/chi-tiet?id=42",
                           fetched_at=FETCHED)
    assert article.title == TITLE
    assert article.paragraphs == BODY
