"""Text rules for what trafilatura leaves around an article on Vietnamese portals.

These are widgets every portal CMS of the region prints (view counters, comment boxes, font-size
toolbars, hotline tables, "related news" headings). They match whole lines, after whitespace is
collapsed, case-insensitively. Portal-specific lines live in the portal definitions instead.
"""

from __future__ import annotations

import re

from ..core import dates
from ..core.textnorm import VI_LOWER, VI_UPPER, fold

_I = re.IGNORECASE

_PHONE = r"(?:\+?84|0)\d{1,3}(?:[ .-]?\d{2,4}){2,4}"

#: A line that is nothing but page chrome.
CHROME_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^\d[\d.,]*\s*lượt\s*(?:xem|đọc|truy cập|thích|chia sẻ)$",
        r"^(?:lượt xem|lượt đọc|số lượt xem)\s*:?\s*\d[\d.,]*$",
        r"^(?:ý kiến|bình luận|ý kiến bạn đọc|gửi ý kiến|gửi bình luận|viết bình luận)\s*(?:\(\s*\d*\s*\))?\s*:?$",
        r"^\d+\s*/\s*\d+\s*ký tự$",
        r"^đang tải(?: dữ liệu)?\s*\.*$",
        r"^(?:họ (?:và )?tên|email|e-mail|nội dung|mã xác nhận|mã bảo vệ)\s*\*?\s*:?$",
        r"^cỡ chữ\b.{0,40}$",
        r"^(?:màu chữ|in bài(?: viết)?|bản in|gửi email|gửi bài|chia sẻ|chia sẻ bài viết|lưu bài viết|"
        r"quay lại|trở về|về đầu trang|đầu trang|phóng to|thu nhỏ|nghe đọc bài|đọc bài)\b.{0,20}$",
        r"^(?:thống kê truy cập|lượt truy cập|tổng lượt truy cập|tổng số lượt truy cập|hôm nay|hôm qua|"
        r"tuần này|tháng này|đang online|đang truy cập|trực tuyến|số người online)\s*:?\s*[\d.,]*$",
        r"^(?:responsive image|image|img|ảnh)$",
        r"^(?:từ khóa|từ khoá|tags?|thẻ)\s*:.*$",
        r"^(?:điện thoại|đt|tel|fax|hotline|di động)\s*:?\s*" + _PHONE + r"(?:\s*[-–,/;]\s*" + _PHONE + r")*$",
        r"^(?:email|e-mail|thư điện tử)\s*:?\s*\S+@\S+$",
        r"^" + _PHONE + r"$",
        r"^\d{1,2}\.?$",
        r"^(?:số điện thoại|đường dây nóng|hotline|tiếp nhận phản ánh|phản ánh kiến nghị)\b.{0,80}$",
        r"^(?:xem thêm|đọc thêm|xem tiếp)\s*:?.{0,200}$",
        # breadcrumbs: "Trang chủ > Tin tức > Cải cách hành chính"
        r"^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,60}){2,}$",
        # site footers
        r"^(?:©|\(c\)|copyright\b|bản quyền\b).{0,200}$",
        r"^giấy phép(?: số| xuất bản| hoạt động)?\b.{0,150}$",
        r"^(?:chịu trách nhiệm|tổng biên tập|phó tổng biên tập|trưởng ban biên tập)\b.{0,120}$",
        r"^(?:địa chỉ|tòa soạn|toà soạn|trụ sở)\s*:.{0,160}$",
        r"^(?:báo|đài|cổng|trang|tạp chí)\b.{0,60}[-–]\s*cơ quan (?:của|ngôn luận)\b.{0,120}$",
        r"^(?:theo dõi chúng tôi|kết nối với chúng tôi|ghi rõ nguồn)\b.{0,120}$",
    )
)

#: A short heading after which nothing belongs to the article (related lists, comments).
TAIL_MARKERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^(?:tin|bài|bài viết|các tin|các bài)\s+(?:liên quan|mới hơn|đã đưa|cũ hơn|khác|cùng chuyên mục|"
        r"cùng danh mục|cùng loại|nổi bật|đọc nhiều|mới nhất|mới)\s*:?$",
        r"^(?:ý kiến|bình luận|ý kiến bạn đọc)\s*(?:\(\s*\d*\s*\))?\s*:?$",
        r"^(?:thống kê truy cập)$",
        r"^(?:số điện thoại tiếp nhận|đường dây nóng)\b.{0,80}$",
    )
)

#: Signature lines that name the author; the `author` group is the name.
BYLINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"^(?:tin|bài|ảnh|tin,\s*ảnh|tin\s+và\s+ảnh|bài,\s*ảnh|bài\s+và\s+ảnh|tin\s*/\s*ảnh|bài\s*/\s*ảnh|"
        r"nhóm phóng viên|phóng viên|pv|tác giả)\s*:\s*(?P<author>.{2,60})$",
        r"^(?P<author>[^()]{2,40}?)\s*\((?:[a-z0-9-]+\.)+(?:vn|com|net)\)$",
    )
)

#: An attribution line at the very end ("Nguồn: ...", "Theo ..."), not body text.
SOURCE_LINE = re.compile(r"^(?:nguồn\s*:?|theo)\s+[^\s,;]+(?:\s+[^\s,;]+){0,7}$", _I)

_UP, _LO = f"[{VI_UPPER}]", f"[{VI_LOWER}]"
_NAME_WORD = rf"(?:{_UP}{_LO}*|{_UP}+|{_UP}\.(?:{_UP}\.?)*)"
#: A signature without a label: "Minh Thư", "THU PHƯƠNG", "N.V", "H.L".
BARE_SIGNATURE = re.compile(r"^" + _NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){0,4}$")
_NAMES = rf"{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,4}}(?:\s*[,–-]\s*{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,4}}){{0,3}}"
#: The credits of a long-form ("e-magazine") article: "Nội dung: Thanh Hà", "Thiết kế: Minh Tú".
#: The label is a credit only before names (a capitalised word each), so "Nội dung: triển khai ..."
#: in a body stays.
BYLINES += (
    re.compile(r"^(?i:nội dung|thực hiện|thiết kế|trình bày|đồ họa|đồ hoạ|kỹ thuật|biên tập|video|ảnh)"
               rf"\s*:\s*(?P<author>{_NAMES})$"),
)

#: A caption glued to the next sentence: "...chủ trì hội nghịTại hội nghị, ...".
GLUED_SENTENCE = re.compile(rf"(?<={_LO}{_LO}|{_LO}[.!?…]|[0-9][.!?…])(?={_UP}{_LO})")
#: "Tp.Hồ Chí Minh", "Q.Bình Thạnh": a short abbreviation before a period is not a sentence end.
_ABBREVIATION = re.compile(rf"^{_UP}?{_LO}{{0,2}}[.]$")

_UPPER_CAMEL_WORD = re.compile(r"[A-ZĐ][A-Za-z]*$")


def split_glued(line: str) -> list[str]:
    """Split "...hội nghịTại hội nghị, ..." into the caption and the sentence it was glued to.

    A split needs a lowercase letter (or a sentence end after one) directly followed by a
    capitalized word, and a left word that is lowercase or carries Vietnamese diacritics: brand
    names (VinaPhone, ZaloPay) and abbreviations (Tp.Hồ Chí Minh) stay whole.
    """
    parts: list[str] = []
    start = 0
    for match in GLUED_SENTENCE.finditer(line):
        cut = match.start()
        left_word = line[:cut].rsplit(" ", 1)[-1]
        if _UPPER_CAMEL_WORD.match(left_word) and left_word.isascii() or _ABBREVIATION.match(left_word):
            continue
        before = line[start:cut].strip()
        if len(before.split()) < 3 or len(line[cut:].split()) < 3:
            continue
        parts.append(before)
        start = cut
    parts.append(line[start:].strip())
    return parts


def is_chrome(line: str, extra: tuple[re.Pattern[str], ...] = ()) -> bool:
    return any(p.search(line) for p in CHROME_LINES) or any(p.search(line) for p in extra)


def is_tail_marker(line: str) -> bool:
    return any(p.search(line) for p in TAIL_MARKERS)


def byline_author(line: str, extra: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """The author named by a signature line, or None if the line is not one."""
    for pattern in (*extra, *BYLINES):
        match = pattern.search(line)
        if match:
            return match.group("author").strip(" .-–")
    if len(line) <= 40 and BARE_SIGNATURE.match(line):
        return line.strip()
    return None


def is_date_line(line: str) -> bool:
    """A line that is a timestamp and little else ("Thứ 6, 26.03.2021 | 14:49:57", "Cập nhật lúc
    10:05 - Thứ Ba, 28/05/2024 Lượt xem: 4.670 In bài Gửi email A+ A-")."""
    if len(line) > 160 or dates.find_timestamp(line) is None:
        return False
    rest = PAGE_FURNITURE_RE.sub(" ", fold(line))
    words = [w for w in re.split(r"[\s|,:»/()\[\]-]+", rest) if w and not any(ch.isdigit() for ch in w)]
    return len(words) <= 4


#: The words a date line of a portal is made of besides the date: weekday names, "cập nhật lúc",
#: view counters, print and e-mail buttons, font-size toggles.
PAGE_FURNITURE_RE = re.compile(
    r"(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày"
    r"|ngày|lúc|giờ|phút|lượt\s+(?:xem|đọc)|số\s+lượt\s+xem|in\s+bài|bản\s+in|gửi\s+email|gửi\s+bài|chia\s+sẻ"
    r"|bình\s+luận|cỡ\s+chữ|a\+|a-|sa|ch|am|pm|gmt\+?7?)(?!\w)"
)
