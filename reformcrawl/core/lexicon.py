"""The monitor's vocabulary: abbreviations, place names, and helpers to match them in text.

Everything the detectors know about Vietnamese administrative wording lives here, as small
explicit tables meant to be read and extended:

* `ABBREVIATIONS`: the short forms the portals use (BCĐ, CCHC, HĐND, TTHC, TP.HCM...) and what
  they stand for. Session bodies and metric keys are built from the expanded forms.
* `PROVINCE_SLUGS`: the scope slug of each portal's province in metric keys.
* `CENTRAL_CITIES`: centrally-run cities, whose councils and committees are "Thành phố X",
  not "tỉnh X".

Matching is done on `fold_keep_length(text)`: the text folded like `textnorm.fold` (lowercase,
tone placement unified) but with every character kept in place, so positions found in the folded
text index the original text too. Patterns are written in readable Vietnamese and compiled with
`phrase_pattern`, which folds them the same way and lets any whitespace separate words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from .textnorm import VI_LOWER, VI_UPPER, fold, strip_accents

__all__ = [
    "ABBREVIATIONS",
    "CENTRAL_CITIES",
    "PROVINCE_SLUGS",
    "expand_abbreviations",
    "fold_keep_length",
    "folded_regex",
    "phrase_pattern",
    "province_slug",
    "sentence_spans",
    "spellings",
    "span_at",
    "unit_and_name",
]

#: Short form (folded, as matched) -> long form. Extend freely: longer keys win over shorter ones.
ABBREVIATIONS: dict[str, str] = {
    "bcđ": "ban chỉ đạo",
    "cchc": "cải cách hành chính",
    "hđnd": "hội đồng nhân dân",
    "ubnd": "ủy ban nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "tthc": "thủ tục hành chính",
    "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến",
    "csdl": "cơ sở dữ liệu",
    "cntt": "công nghệ thông tin",
    "cbcc": "cán bộ công chức",
    "cbccvc": "cán bộ công chức viên chức",
    "kt-xh": "kinh tế xã hội",
    "ttg": "thủ tướng",
    "tphcm": "thành phố hồ chí minh",
    "tp.hcm": "thành phố hồ chí minh",
    "tp. hcm": "thành phố hồ chí minh",
    "tp hcm": "thành phố hồ chí minh",
    "tp. hồ chí minh": "thành phố hồ chí minh",
    "tp hồ chí minh": "thành phố hồ chí minh",
    "hcm": "hồ chí minh",
    "tp.": "thành phố",
    "tp": "thành phố",
    "par index": "chỉ số cải cách hành chính",
    "sipas": "chỉ số hài lòng",
    "papi": "chỉ số hiệu quả quản trị và hành chính công",
}

#: Centrally-run cities (their name, as after "Thành phố").
CENTRAL_CITIES: tuple[str, ...] = ("Hồ Chí Minh", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

#: The provinces and centrally-run cities, as their names are printed (capitalized). A figure of
#: another province in a provincial article is that province's, never the portal's.
PROVINCES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
    "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk",
    "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh",
    "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
    "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế",
)

#: Scope slug of a province or city in metric keys. Unlisted places get a plain slug of their name.
PROVINCE_SLUGS: dict[str, str] = {
    "Hà Giang": "ha-giang",
    "Khánh Hòa": "khanh-hoa",
    "Ninh Bình": "ninh-binh",
    "An Giang": "an-giang",
    "Thành phố Hồ Chí Minh": "tp-hcm",
    "Hồ Chí Minh": "tp-hcm",
}


# fold() moves a tone from "o"/"u" to the following "a"/"e"/"y" at the end of a word ("hóa" ->
# "hoá", "thủy" -> "thuỷ"). On NFC text that is a swap of two precomposed letters: same length.
_TONED = {"ò": "\u0300", "ó": "\u0301", "ỏ": "\u0309", "õ": "\u0303", "ọ": "\u0323",
          "ù": "\u0300", "ú": "\u0301", "ủ": "\u0309", "ũ": "\u0303", "ụ": "\u0323"}
_RETONE_RE = re.compile(r"([òóỏõọùúủũụ])([aey])(?![^\W\d_])")


def _retone(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    bare = "o" if first in "òóỏõọ" else "u"
    return bare + unicodedata.normalize("NFC", second + _TONED[first])


def fold_keep_length(text: str) -> str:
    """`textnorm.fold` without squashing spaces: the result is exactly as long as `text`.

    Positions in the result index `text` (which must be NFC). Where lowercasing would change the
    length (exotic characters), those characters are left as they are.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _RETONE_RE.sub(_retone, lowered)


def folded_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a regex written in plain lowercase Vietnamese for use on `fold_keep_length` text.

    The pattern's letters get the folded tone placement ("của" -> "cuả", "hóa" -> "hoá"), so
    patterns can be written the way people spell the words.
    """
    return re.compile(_RETONE_RE.sub(_retone, unicodedata.normalize("NFC", pattern)), flags)


def phrase_pattern(*phrases: str) -> str:
    """A regex alternation matching any of `phrases` in folded text, whitespace-flexible."""
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = fold(phrase).split(" ")
        alternatives.append(r"\s+".join(re.escape(w) for w in words))
    return "(?:" + "|".join(alternatives) + ")"


_ABBREV_RE = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)


def expand_abbreviations(folded: str) -> str:
    """Replace the short forms in folded text by their long forms ("tthc" -> "thủ tục hành chính")."""
    return _ABBREV_RE.sub(lambda m: fold(ABBREVIATIONS[m.group(1)]), folded)


def spellings(long_form: str) -> tuple[str, ...]:
    """A long form and every short form `ABBREVIATIONS` gives for it.

    >>> spellings("ban chỉ đạo")
    ('ban chỉ đạo', 'bcđ')
    """
    key = fold(long_form)
    return (long_form, *(short for short, long in ABBREVIATIONS.items() if fold(long) == key))


def _slugify(name: str) -> str:
    bare = strip_accents(unicodedata.normalize("NFC", name)).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


_SLUGS_BY_FOLD = {fold(k): v for k, v in PROVINCE_SLUGS.items()}


def province_slug(province: str | None) -> str | None:
    """The scope slug of a province ("Hà Giang" -> "ha-giang", "Thành phố Hồ Chí Minh" -> "tp-hcm")."""
    if not province or not province.strip():
        return None
    key = fold(province)
    if key in _SLUGS_BY_FOLD:
        return _SLUGS_BY_FOLD[key]
    for prefix in ("tỉnh ", "thành phố ", "tp. ", "tp "):
        if key.startswith(prefix) and key[len(prefix):] in _SLUGS_BY_FOLD:
            return _SLUGS_BY_FOLD[key[len(prefix):]]
    return _slugify(province)


_CITY_KEYS = {fold(c) for c in CENTRAL_CITIES}


def unit_and_name(province: str) -> str:
    """How a body names its place: "tỉnh Hà Giang", "Thành phố Hồ Chí Minh"."""
    name = unicodedata.normalize("NFC", province).strip()
    key = fold(name)
    for prefix in ("tỉnh ", "thành phố ", "tp. ", "tp "):
        if key.startswith(prefix):
            name = name[len(prefix):].strip()
            key = fold(name)
            break
    if key in ("hcm", "tphcm"):
        name, key = "Hồ Chí Minh", fold("Hồ Chí Minh")
    if key in _CITY_KEYS:
        return f"Thành phố {name}"
    return f"tỉnh {name}"


#: A capitalized Vietnamese word, for place names read from the original text.
CAPITALIZED_WORD = f"[{VI_UPPER}][{VI_LOWER}]*"


#: How far (in characters) the detectors look back or ahead for the words around a number or a
#: meeting: enough for the longest real sentence, and it keeps 1 MB of odd text linear.
CONTEXT_WINDOW = 600
#: At most this many numbers (and meeting phrases) are read per text: an article has a few dozen;
#: beyond this the input is not an article, and the bound keeps the detectors fast on any input.
MAX_NUMBERS = 10_000
MAX_MEETING_PHRASES = 2_000


# --- sentences ------------------------------------------------------------------------------------
# Words ending in "." that do not end a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn").
_ABBREV_DOT = "".join(rf"(?<!\b(?i:{a}))" for a in ("tp", "tx", "ths", "ts", "gs", "pgs", "bs", "st", "v.v"))
_SENTENCE_END_RE = re.compile(
    rf"(?=[.!?…]){_ABBREV_DOT}[.!?…]+[\"'”’»)]*\s+(?=[^\s{VI_LOWER}])|\s*\n\s*(?=\S)"
)


@dataclass(frozen=True)
class Span:
    """A sentence: [start, end) in the text, and the index of its paragraph (line)."""

    start: int
    end: int
    paragraph: int


def sentence_spans(text: str) -> list[Span]:
    """Sentences: lines, split further after . ! ? … followed by a space and a non-lowercase letter.

    "Sáng 19.7," and "1.894" do not end a sentence (no space after the dot), nor does "TP. Hồ".
    """
    spans: list[Span] = []
    paragraph, start = 0, 0
    for m in _SENTENCE_END_RE.finditer(text):
        if text[start:m.start()].strip():
            spans.append(Span(start, m.end(), paragraph))
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    if text[start:].strip():
        spans.append(Span(start, len(text), paragraph))
    return spans


def span_at(spans: list[Span], starts: list[int], pos: int) -> Span:
    """The span containing `pos`, given `starts` = [s.start for s in spans]."""
    return spans[max(0, bisect.bisect_right(starts, pos) - 1)]


# --- figures: what a number next to these words is ------------------------------------------------
# All lists are folded (lowercase) Vietnamese; multi-word entries are matched as phrases.

#: Words right before a number that make it an identifier, an ordinal, a level, a date or a time:
#: "Nghị định 61", "Đề án 06", "thứ 7", "mức độ 3, 4", "quận 7", "nhóm 20 tỉnh", "năm 2022".
IDENTIFIER_BEFORE: tuple[str, ...] = (
    "nghị định", "quyết định", "nghị quyết", "thông tư", "chỉ thị", "kế hoạch", "công văn", "đề án",
    "văn bản", "thông báo", "kết luận", "điều", "khoản", "chương", "mục", "số", "mã",
    "quận", "phường", "ấp", "khóm", "khu phố", "tổ", "đường", "quốc lộ", "tỉnh lộ", "huyện lộ",
    "km", "lô", "tầng", "nhóm", "hạng", "mức", "mức độ", "cấp độ", "báo động", "khóa", "khoá",
    "kỳ", "đợt", "giai đoạn", "thứ", "top", "năm", "tháng", "ngày", "quý", "tuần", "sáng", "chiều",
    "tối", "đêm", "trưa", "mùng", "mồng", "lúc", "điện thoại", "hotline", "fax", "covid", "phiên bản",
    "lớp", "khối", "vòng", "bảng", "phụ lục", "hình", "trang", "tập", "level", "cấp độ",
)

#: Words right after a number that make it a measure, a duration, an age or a rank change, none of
#: which is one of the five figure kinds.
UNIT_AFTER: tuple[str, ...] = (
    "giờ", "phút", "giây", "ngày", "đêm", "tuần", "tháng", "năm", "quý", "thập kỷ", "thế kỷ", "h",
    "tuổi", "ha", "héc-ta", "hécta", "m", "km", "cm", "mm", "m2", "m3", "km2", "kg", "g", "tấn", "tạ",
    "yến", "lít", "mét", "độ", "kw", "kwh", "mw", "mwh", "sào", "mẫu", "thước", "bậc", "sao", "mũi",
    "cấp", "tết",
    "usd", "đô", "euro",
)

#: Words after a number that do not name what is counted (it is a range, a list or a clause).
NOT_A_NOUN: tuple[str, ...] = (
    "và", "hoặc", "đến", "tới", "là", "đã", "được", "có", "của", "trong", "với", "so", "tăng",
    "giảm", "mới", "thì", "cho", "để", "từ", "trên", "dưới", "hơn", "gần", "khoảng", "về", "tại",
    "ở", "này", "đó", "nào", "cũng", "vẫn", "đều", "sẽ", "chưa", "không", "bị", "nhưng", "mà",
    "do", "vì", "theo", "rồi", "nữa", "lên", "xuống", "ra", "vào", "qua", "sau", "trước", "như",
    "bằng", "còn", "lại", "đạt", "chiếm", "trở", "lần", "phần", "trăm", "nghìn", "ngàn", "triệu",
    "tỷ", "tỉ", "đồng", "x",
)

#: Nouns naming the parts of a fixed frame ("6 nội dung của CCHC", "8 lĩnh vực", "cả 3 tiêu chí"):
#: the size of such a set measures nothing.
CATEGORY_NOUNS: tuple[str, ...] = (
    "lĩnh vực", "nội dung", "tiêu chí", "trụ cột", "chỉ số thành phần", "khâu", "nhóm", "chương trình",
)

#: Administrative units: "63 tỉnh, thành phố", "20 sở, ban, ngành và 11 huyện" name a reference
#: set unless a predicate follows ("46 địa phương đã triển khai", "14 bộ, ngành thực thi").
ADMIN_UNITS: tuple[str, ...] = (
    "sở", "ban", "ngành", "bộ", "huyện", "quận", "thị xã", "thành phố", "phường", "xã", "thị trấn",
    "tỉnh", "thành", "địa phương", "tp",
)
#: Nouns often listed with commas as one counted group ("1.500 cán bộ, công chức, viên chức").
LISTED_NOUNS: tuple[str, ...] = (
    "cán bộ", "công chức", "viên chức", "người lao động", "người dân", "doanh nghiệp", "tổ chức",
    "cá nhân", "hội viên", "đoàn viên", "hợp tác xã", "hộ kinh doanh", "phản ánh", "kiến nghị",
)
#: What may follow a list of units that is only a reference set.
SET_FOLLOWERS: tuple[str, ...] = (
    "và", "trực thuộc", "của", "thuộc", "trong", "cả", "trên", "tham dự", "dự", "với", "về", "tại",
    "để", "cùng", "là",
)
#: Phrases before a unit count that make it the list of places connected to or attending a meeting.
ATTENDANCE_BEFORE: tuple[str, ...] = ("điểm cầu", "kết nối", "tham dự", "dự họp", "trực tuyến với",
                                      "trực tuyến tới", "trực tuyến đến")

#: Names of fixed lists: "25 dịch vụ công thiết yếu", "28 dịch vụ công theo Quyết định 422".
LIST_NAMES_AFTER: tuple[str, ...] = (
    "dịch vụ công thiết yếu", "dịch vụ công trực tuyến thiết yếu", "dịch vụ công theo",
    "dịch vụ công trực tuyến theo", "thủ tục hành chính thiết yếu",
)

#: Verbs that put a number in relation to another (a multiplier needs one).
CHANGE_WORDS: tuple[str, ...] = ("tăng", "giảm", "gấp", "cao hơn", "nhiều hơn", "lớn hơn", "thấp hơn",
                                 "ít hơn", "vượt")

#: Words that introduce a measured value and are not part of what is measured.
MEASURE_VERBS: tuple[str, ...] = (
    "đạt", "ước đạt", "chỉ đạt", "mới đạt", "đạt được", "là", "chiếm", "lên tới", "lên đến", "với",
    "có", "khoảng", "hơn", "gần", "trên", "dưới", "tới", "được", "đã", "bằng", "còn", "vẫn", "mới",
    "chỉ", "hiện", "hiện có", "dẫn đầu với", "dẫn đầu", "đứng đầu với", "cao nhất với", "ước",
    "ước tính", "nâng", "nâng tổng số", "tổng cộng", "gồm", "bao gồm", "thực hiện", "đến nay",
    "trong đó", "trong đó có", "thì", "cả", "toàn bộ", "tất cả", "riêng", "xấp xỉ", "trung bình",
    "bình quân",
)

#: Words of the measured phrase that say nothing about what is measured: left out of metric keys.
NON_CONCEPT_WORDS: tuple[str, ...] = (
    "tỷ lệ", "tỉ lệ", "tổng số", "số lượng", "số", "con số", "tổng", "các", "những", "mỗi", "được",
    "có", "là", "đã", "đang", "sẽ", "và", "với", "của", "trên", "tại", "ở", "theo", "cho", "để",
    "trong", "thì", "mà", "về", "này", "đó", "từ", "đến", "nay", "hiện", "năm", "tháng", "quý",
    "ngày", "đầu", "cuối", "cùng kỳ", "kỳ", "đạt", "chiếm", "khoảng", "hơn", "gần", "trên",
    "cả nước", "toàn quốc", "toàn tỉnh", "tỉnh", "thành phố", "địa bàn", "toàn", "cả", "nước",
    "trong đó", "dưới dạng", "dạng", "lên", "tới", "vẫn", "còn", "mới", "chỉ", "ước", "đạt được",
    "lượng", "ý kiến", "người dân được hỏi", "thực hiện", "tổ chức", "nâng", "ba cấp", "các cấp",
    "các loại", "loại", "bình quân", "trung bình", "lũy kế", "luỹ kế",
)

#: One spelling for words the portals write in several ways (applied after abbreviations).
SYNONYMS: dict[str, str] = {
    "thủ tục": "thủ tục hành chính",
    "thủ tục hành chính hành chính": "thủ tục hành chính",
    "số hoá": "số hóa",
    "đúng hẹn": "đúng hạn",
    "trước hạn": "đúng hạn",
    "trễ hẹn": "trễ hạn",
    "quá hạn": "trễ hạn",
    "tinh giảm": "tinh giản",
    "online": "trực tuyến",
    "qua mạng": "trực tuyến",
    "điều kiện kinh doanh": "quy định kinh doanh",
    "biên chế tinh giản": "tinh giản biên chế",
    "par index": "chỉ số cải cách hành chính",
    "chỉ số par index": "chỉ số cải cách hành chính",
    "chỉ số par": "chỉ số cải cách hành chính",
    "sipas": "chỉ số hài lòng",
    "chỉ số sipas": "chỉ số hài lòng",
    "chỉ số hài lòng về sự phục vụ hành chính": "chỉ số hài lòng",
    "cắt giảm, đơn giản hóa": "cắt giảm",
    "đơn giản hóa": "cắt giảm",
    "giải quyết trực tuyến": "trực tuyến",
    "xử lý trực tuyến": "trực tuyến",
    "nộp trực tuyến": "trực tuyến",
    "tiếp nhận trực tuyến": "trực tuyến",
}

#: The reform metrics that recur across articles and portals, most specific first. A concept whose
#: words contain every group of one entry (any spelling in the group) and none of its excluded
#: words gets the entry's name; other concepts are keyed by their own words.
METRICS: tuple[tuple[str, tuple[tuple[str, ...], ...], tuple[str, ...]], ...] = (
    ("tai-su-dung-du-lieu-so-hoa", (("tái sử dụng", "sử dụng lại"), ("dữ liệu", "kết quả số hóa")), ()),
    ("ket-qua-tthc-ban-dien-tu", (("kết quả",), ("bản điện tử", "giá trị pháp lý", "điện tử")), ("cổng",)),
    ("ho-so-tthc-so-hoa", (("hồ sơ",), ("số hóa",)), ()),
    ("ho-so-truc-tuyen-toan-trinh", (("hồ sơ",), ("toàn trình",)), ("dịch vụ công",)),
    ("tthc-dvc-truc-tuyen-toan-trinh", (("toàn trình",),), ()),
    ("tthc-dvc-truc-tuyen-mot-phan", (("một phần",), ("dịch vụ công", "trực tuyến")), ()),
    ("ho-so-dung-han", (("đúng hạn",),), ("trễ hạn",)),
    ("ho-so-tre-han", (("trễ hạn",),), ()),
    ("giao-dich-thanh-toan-truc-tuyen", (("giao dịch",), ("thanh toán",)), ("số tiền", "tiền")),
    ("so-tien-thanh-toan-truc-tuyen", (("tiền", "giá trị"), ("thanh toán", "giao dịch")), ()),
    ("thanh-toan-truc-tuyen", (("thanh toán",), ("trực tuyến",)), ("giao dịch",)),
    ("tai-khoan-dinh-danh-dien-tu", (("tài khoản",), ("định danh",)), ()),
    ("phieu-khao-sat", (("phiếu", "người được khảo sát", "người dân được khảo sát", "lượt khảo sát"), ("khảo sát",)), ()),
    # Complaints handled (not received, not within someone's remit): a cumulative count of their own.
    ("phan-anh-kien-nghi-da-xu-ly", (("phản ánh",), ("xử lý xong", "hoàn tất xử lý", "đã xử lý", "được xử lý",
                                                    "giải quyết xong", "đã giải quyết", "được giải quyết")),
     ("thẩm quyền", "tiếp nhận", "đúng hạn", "trễ hạn")),
    ("phan-anh-kien-nghi", (("phản ánh",), ("kiến nghị",)), ()),
    ("ho-so-truc-tuyen", (("hồ sơ",), ("trực tuyến",)), ("kết quả",)),
    ("ho-so-tthc-tiep-nhan", (("hồ sơ",), ("tiếp nhận",)), ("trung tâm",)),
    ("tthc-co-hieu-luc", (("thủ tục hành chính",), ("hiệu lực",)), ("cấp tỉnh", "cấp huyện", "cấp xã")),
    ("tthc-phan-cap", (("thủ tục hành chính",), ("phân cấp",)), ("thực thi",)),
    ("tthc-lien-thong", (("thủ tục",), ("liên thông",)), ()),
    ("chu-ky-so", (("chữ ký số", "chứng thư số"),), ()),
    ("tinh-gian-bien-che", (("tinh giản",), ("biên chế",)), ("địa phương",)),
    ("quy-dinh-kinh-doanh-phe-duyet-cat-giam", (("quy định kinh doanh",), ("phê duyệt",)), ()),
    ("quy-dinh-kinh-doanh-cat-giam", (("quy định kinh doanh",), ("cắt giảm",)), ()),
    # PAR INDEX's component on e-government, the one articles follow year to year; a share of
    # records or services, a plan's tasks are other figures about the same programme.
    ("chi-so-thanh-phan-chinh-phu-so", (("chính phủ số", "chính phủ điện tử"),),
     ("tỷ lệ", "hồ sơ", "dịch vụ công", "nhiệm vụ", "kế hoạch", "chỉ tiêu")),
    ("par-index", (("chỉ số cải cách hành chính",),), ("lĩnh vực", "sở", "ubnd", "ủy ban nhân dân")),
    # SIPAS by its name, or by its definition ("mức hài lòng của người dân, tổ chức đối với sự
    # phục vụ của cơ quan hành chính nhà nước"), whose first clause a comma may cut off.
    ("sipas", (("chỉ số hài lòng", "mức hài lòng", "mức độ hài lòng", "sự phục vụ của cơ quan hành chính"),), ()),
    ("papi", (("papi", "hiệu quả quản trị và hành chính công"),), ()),
    ("dvc-truc-tuyen", (("dịch vụ công",), ("trực tuyến",)), ("thủ tục hành chính", "hồ sơ")),
)

#: Things a count counts that are never another's count: "621.384 hồ sơ đề nghị cấp tài khoản"
#: counts applications, not accounts (a procedure and its online service are counted alike).
COUNTED_THINGS: tuple[str, ...] = ("hồ sơ", "tài khoản", "giao dịch", "phản ánh", "phiếu")

#: What is handled in a period: a count of these is a flow, whatever the metric.
FLOW_COUNT_NOUNS: tuple[str, ...] = ("hồ sơ", "giao dịch", "lượt", "phản ánh")

#: Stocks: a level on the day, whatever period the sentence names ("Năm 2023, ... tỷ lệ hồ sơ
#: được số hóa đạt 68,9%" is the share at the year's end, comparable with any later level).
STOCK_METRICS: frozenset[str] = frozenset({
    "ho-so-tthc-so-hoa", "ket-qua-tthc-ban-dien-tu", "tthc-dvc-truc-tuyen-toan-trinh", "tthc-dvc-truc-tuyen-mot-phan",
    "tthc-co-hieu-luc", "tthc-phan-cap", "dvc-truc-tuyen", "tai-khoan-dinh-danh-dien-tu", "tai-su-dung-du-lieu-so-hoa",
    "tthc-lien-thong", "chu-ky-so",
})

#: Metrics published once a year (indexes): without a period in the text, their period is the year.
YEARLY_METRICS: frozenset[str] = frozenset({"par-index", "sipas", "papi", "chi-so-thanh-phan-chinh-phu-so"})

#: Metrics whose service level is part of the quantity: "1.113 dịch vụ công trực tuyến mức độ 4"
#: and "1.346 ... mức độ 3, 4" are different counts (the share of records filed online is not).
LEVELLED_METRICS: frozenset[str] = frozenset({"dvc-truc-tuyen"})

#: Phrases that place a figure in the whole country, or in the article's province.
NATIONAL_CUES: tuple[str, ...] = (
    "cả nước", "toàn quốc", "trên cả nước", "các bộ, ngành", "các bộ ngành", "bộ, ngành, địa phương",
    "thủ tướng", "các địa phương trong cả nước",
)
#: Words before a national cue that make it a comparison, not the figure's scope
#: ("dẫn đầu cả nước", "mức trung bình của cả nước").
COMPARISON_BEFORE_CUE: tuple[str, ...] = ("dẫn đầu", "trung bình", "bình quân", "mức chung", "so với", "nhóm", "xếp", "đứng",
                                          "hơn", "cao nhất", "thấp nhất", "đầu")
PROVINCIAL_CUES: tuple[str, ...] = (
    "toàn tỉnh", "tỉnh", "trên địa bàn", "thành phố", "tphcm", "tp.hcm", "tp. hcm", "địa phương này",
)
#: A count of these is a count of the country's units: its scope is national.
NATIONAL_UNIT_NOUNS: tuple[str, ...] = ("địa phương", "tỉnh, thành phố", "tỉnh, thành", "bộ, ngành",
                                         "bộ ngành", "tỉnh thành")
#: Words before a figure that mark it as a target, not a result.
TARGET_CUES: tuple[str, ...] = ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch đề ra", "đặt ra")
#: Words before a count that make it a running total, not the period's result
#: ("nâng tổng số quy định ... được cắt giảm từ năm 2021 đến nay là 2.770").
CUMULATIVE_CUES: tuple[str, ...] = ("nâng tổng số", "lũy kế", "luỹ kế", "cộng dồn", "tổng cộng từ")
#: A single unit whose own results the sentence reports (the Public Administration Service Centre
#: of the province): its figures are a different quantity from the province's.
SUB_UNIT_ACTORS: tuple[str, ...] = ("trung tâm phục vụ hành chính công", "trung tâm")
