"""The text rules applied after trafilatura, on plain lists of lines."""

from __future__ import annotations

import pytest

from reformcrawl.extract.body import clean_lines
from reformcrawl.extract.rules import byline_author, is_chrome, split_glued
from reformcrawl.portals import get_portal

BODY = "Phiên họp được kết nối trực tuyến tới 63 địa phương và các bộ, ngành Trung ương tham dự đầy đủ."


def test_glued_caption_is_split_from_its_sentence() -> None:
    line = "Đồng chí Chủ tịch UBND tỉnh chủ trì hội nghịTại hội nghị, các đại biểu đã nghe báo cáo."
    assert split_glued(line) == ["Đồng chí Chủ tịch UBND tỉnh chủ trì hội nghị", "Tại hội nghị, các đại biểu đã nghe báo cáo."]


def test_caption_ending_in_a_period_is_split_too() -> None:
    line = "Đồng chí Giám đốc Sở trả lời chất vấn.Ông Nguyễn Văn A cho biết năm nay sở đã làm được nhiều việc."
    assert split_glued(line) == ["Đồng chí Giám đốc Sở trả lời chất vấn.", "Ông Nguyễn Văn A cho biết năm nay sở đã làm được nhiều việc."]


@pytest.mark.parametrize(
    "line",
    [
        "Hội nghị diễn ra tại Tp.Hồ Chí Minh với sự tham dự của nhiều đại biểu các tỉnh.",
        "Người dân thanh toán qua ZaloPay và VinaPhone Money rất thuận tiện cho mọi giao dịch.",
        "Ứng dụng VNeID được cài đặt trên iPhone của người dân tại bộ phận một cửa.",
        "Hệ thống eGov của tỉnh được kết nối với Cổng dịch vụ công quốc gia từ năm 2022.",
    ],
)
def test_brand_names_are_not_split(line: str) -> None:
    assert split_glued(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "268 lượt xem", "Lượt xem: 1.024", "Ý kiến ()", "Bình luận (3)", "0 / 500 ký tự", "Đang tải dữ liệu",
        "Cỡ chữ Màu chữ image", "Thống kê truy cập", "Đang online: 12", "Responsive image",
        "Điện thoại: 0983.570.009", "Điện thoại: 02963.957.049 - 0378.247.247", "Email: tlho@angiang.gov.vn",
        "© Bản quyền thuộc về Báo Hà Giang.", "Giấy phép số 478/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
        "Từ khóa: cải cách hành chính, chuyển đổi số", "In bài viết", "Chia sẻ:",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", [BODY, "Năm 2023, tỉnh có 1.894 TTHC, đạt 35,48%.", "Điện thoại thông minh giúp người dân nộp hồ sơ."])
def test_body_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "author"),
    [("Tin, ảnh: THU PHƯƠNG", "THU PHƯƠNG"), ("Tuyết Nhung (nbtv.vn)", "Tuyết Nhung"), ("N.V", "N.V"),
     ("Minh Thư", "Minh Thư"), ("Bài và ảnh: Hoàng Anh", "Hoàng Anh")],
)
def test_signatures(line: str, author: str) -> None:
    assert byline_author(line) == author


def test_clean_lines_drops_header_chrome_duplicates_and_takes_the_signature() -> None:
    lines = [
        "Thời sự", "Thứ 6, 26.03.2021 | 14:49:57", "Tiêu đề bài viết", BODY, BODY,
        "Quang cảnh hội nghị.", "Quang cảnh hội nghị.", "Một đoạn khác của bài viết nói về kết quả cải cách hành chính năm qua.",
        "Tin, ảnh: THU PHƯƠNG", "Nguồn Hà Giang: http://baohagiang.vn/x-81c6907/", "Tin liên quan", "- Một tin khác",
    ]
    body = clean_lines(lines, title="Tiêu đề bài viết", portal=get_portal("baohagiang"))
    assert body.paragraphs == [BODY, "Quang cảnh hội nghị.", "Một đoạn khác của bài viết nói về kết quả cải cách hành chính năm qua."]
    assert body.author == "THU PHƯƠNG"


def test_clean_lines_without_a_portal_uses_the_generic_rules() -> None:
    body = clean_lines([BODY, "268 lượt xem", "Ý kiến ()", "0 / 500 ký tự"], title=None, portal=None)
    assert body.paragraphs == [BODY]
    assert body.author is None


def test_a_last_sentence_starting_with_theo_is_kept() -> None:
    last = "Theo kế hoạch, đến năm 2025 toàn tỉnh hoàn thành số hóa hồ sơ, kết quả giải quyết TTHC."
    assert clean_lines([BODY, last], title=None, portal=None).paragraphs == [BODY, last]
