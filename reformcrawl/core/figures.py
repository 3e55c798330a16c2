"""Figures in an article's body: "67,32% hồ sơ TTHC được số hóa", "1.894 TTHC", "25/25", "gần 4 lần".

`find_figures(text, province=...)` reads every number of the body text once and keeps those that
say how many, how much or what share of something (the title is not used). Pure: no I/O.

Kinds and raw text
------------------
* percent     "67,32%", "67,32 %", "67,32 phần trăm" (raw as printed);
* ratio       "25/25", "153/699": value the numerator, `denominator` the second number;
* money       "1.250 tỷ đồng" -> 1.25e12, "50.000đ" (value in đồng; raw with the scale word and
              "đồng"); amounts in other currencies are not figures;
* multiplier  "gần 4 lần", "hơn 12 lần", "2,3 lần" after a verb of change (tăng, giảm, gấp, cao
              hơn...) or before "so với"; raw keeps "gần"/"hơn";
* count       a number (with its scale word: "3,5 triệu") followed by the noun it counts:
              "1.894 TTHC", "84.140 người", "3,5 triệu hồ sơ" (3500000). A bare number counts only
              as "tổng số X ... là 1.902".
Qualifiers ("hơn 4,2 triệu", "trên 30%") are not part of the raw text, except for multipliers.

Not figures
-----------
* identifiers, ordinals, levels and dates, by the word before a count or ratio
  (`lexicon.IDENTIFIER_BEFORE`: "Nghị định 61", "Quyết định 422", "Đề án 06", "thứ 7", "lần thứ 2",
  "xếp thứ 5/63" — a rank, even written like a ratio —, "mức độ 3, 4", "quận 7, 8", "nhóm 20
  tỉnh", "năm 2022", "tháng 7"), or by a capital word right before a count mid-sentence ("Games
  31"). Percentages and money are never identifiers ("mức 3,5 triệu đồng" is an amount);
* numbers glued to letters or other numbers: "Nghị định 61/2018/NĐ-CP", "Covid-19", "12B", "14h30",
  dates and times ("4.4.2022", "19/7", "15/12/2023", "14:49", "3-2"; in-body dates found by
  `dates.find_partial_dates`), ranges ("2021-2025"), phone numbers ("0983.570.009": no valid
  thousands grouping), ids with a leading zero ("06"), and plain 4-digit numbers (years: a count of
  a thousand or more is written "1.894");
* measures, durations, ages and rank changes, by the word after (`lexicon.UNIT_AFTER`: ha, sào,
  mm, m, tấn, giờ, ngày, tháng — "6 tháng đầu năm" —, tuổi, bậc, sao...);
* the size of a fixed frame: "6 nội dung", "8 lĩnh vực", "cả 3 tiêu chí" (`CATEGORY_NOUNS`),
  "25 dịch vụ công thiết yếu" (`LIST_NAMES_AFTER`), "63 tỉnh, thành phố" / "63 địa phương", units
  connected to a meeting ("điểm cầu 22 Bộ ngành"), and unit lists with no predicate
  ("20 sở, ban, ngành và 11 huyện, thị xã, thành phố."); "46 địa phương đã triển khai",
  "14 bộ, ngành thực thi" and the units a counted result is spread over ("98 quy định ... tại
  6 bộ, ngành") are counts;
* session numbers and terms ("phiên họp thứ 7", "khóa XV": "thứ" and no digits).

Subject and metric
------------------
`subject` is the phrase that names what is measured: the noun phrase after the number ("hồ sơ
TTHC được số hóa"), or, when nothing substantive follows ("đạt 78,15%", "(đạt 35,48%)", "chiếm
29,43%", "tăng gần 4 lần"), the phrase before it ("tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC"),
or the subject of the figure it qualifies in the same sentence ("672 TTHC ... (đạt 35,48%)").

`metric` is "<scope>/<concept>/<kind>". scope: "national" when the nearest scope cue says so
("cả nước", "toàn quốc", "các bộ, ngành", "Thủ tướng"...), or the count is of the country's units
("46 địa phương"); the province's slug (`lexicon.province_slug`) on a provincial cue ("tỉnh",
"toàn tỉnh", "trên địa bàn", "Thành phố"); without a cue in the sentence, the cue carried from
earlier sentences of the paragraph, else national in an article on the Government steering
committee's meeting, else the province. concept: the words of the subject and of the words before
the number in its clause, abbreviations expanded (`lexicon.ABBREVIATIONS`), synonyms unified
(`lexicon.SYNONYMS`); a known reform metric (`lexicon.METRICS`) gives its name, otherwise the
remaining content words, deduplicated and sorted (word order does not matter). Marks added to
the concept: "trung-tam-" before the figures of the one-stop Service Centre ("Trung tâm tiếp
nhận 31.482 hồ sơ": a unit, not the province), "-luy-ke" for a running total ("nâng tổng số ...
là 2.770"), "-tang"/"-giam" for a change ("tăng 35,6%", "giảm 14 vụ", every multiplier) and
"-muc-tieu" for a target ("phấn đấu ... đạt trên 30%").
A figure printed twice (same raw text, kind and metric: the lead repeated in the body) is listed
once. At most `lexicon.MAX_NUMBERS` numbers are read, and context is looked for within
`lexicon.CONTEXT_WINDOW` characters, so any input takes linear time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice

from . import lexicon as lx
from .dates import find_partial_dates
from .identity import (
    COMPARISON,
    CUMULATIVE,
    PAST,
    READING,
    UNKNOWN,
    Period,
    ScopeCue,
    find_period,
    other_province_cues,
    part_cues,
    role_of,
)
from .lexicon import (
    fold_keep_length,
    folded_regex,
    phrase_pattern,
    sentence_spans,
    span_at,
)
from .model import Figure, FigureKind
from .numbers import SCALES, parse_number
from .textnorm import fold, nfc, strip_accents

__all__ = ["find_figures", "metric_concept"]

# --- patterns -------------------------------------------------------------------------------------
# A maximal run of digits and separators; what it is decides later ("1.894", "25/25", "4.4.2022").
_TOKEN_RE = re.compile(r"(?<![\w.,/:\-–])\d+(?:[.,/:\-]\d+)*(?:(?![\w])|(?=[đĐ](?![\w])))")
_PERCENT_RE = folded_regex(r"\s?%|\s+phần\s+trăm(?!\w)")
_SCALE_RE = folded_regex(r"(?:\s+(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")(?!\w))+")
_MONEY_RE = folded_regex(r"\s*(?:đồng|vnđ|vnd)(?!\w)|đ(?!\w)")
_TIMES_RE = folded_regex(r"\s+lần(?!\w)(?!\s+thứ)")
_QUALIFIER_RE = folded_regex(r"(?:(?<!\w)(?P<q>gần|hơn))\s+$")
_IDENTIFIER_WORDS = (
    r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        [w for w in lx.IDENTIFIER_BEFORE if w != "số"], key=len, reverse=True))
    + r"|(?<!tổng\s)(?<!lượng\s)số|xếp|đứng)"
)
_IDENTIFIER_RE = folded_regex(_IDENTIFIER_WORDS + r"\s*$")
# "mức độ 3, 4", "quận 7, 8": the later small numbers of a list after such a word
_IDENTIFIER_LIST_RE = folded_regex(_IDENTIFIER_WORDS + r"\s*(?:\d{1,2}\s*(?:,|và|hoặc|-|–)\s*)+$")
_WORD_AFTER_RE = re.compile(r"\s+(?:\([^()\n]{1,15}\)\s+)?([^\W\d_][\w-]*)")
_UNITS = frozenset(lx.UNIT_AFTER)
_NOT_A_NOUN = frozenset(lx.NOT_A_NOUN)
_CATEGORY_RE = folded_regex(r"\s+" + phrase_pattern(*lx.CATEGORY_NOUNS) + r"(?!\w)")
_LIST_NAME_RE = folded_regex(
    r"\s+(?:\([^()\n]{1,12}\)\s*)?" + phrase_pattern(*lx.LIST_NAMES_AFTER).replace(
        r"dịch\s+vụ\s+công", r"dịch\s+vụ\s+công(?:\s*\([^()\n]{1,12}\))?") + r"(?!\w)"
)
_UNIT_WORD = phrase_pattern(*lx.ADMIN_UNITS)
_ADMIN_RE = folded_regex(
    rf"\s+(?P<units>{_UNIT_WORD}(?:\s*,\s*{_UNIT_WORD}|\s+{_UNIT_WORD})*)(?!\w)"
    rf"(?P<rest>\s*(?:$|[.,;:)!?…]|\s(?:{phrase_pattern(*lx.SET_FOLLOWERS)})(?!\w)))?"
)
_LISTABLE = phrase_pattern(*lx.ADMIN_UNITS, *lx.LISTED_NOUNS)
_UNIT_LIST_RE = folded_regex(rf"\s+{_LISTABLE}(?:\s*,\s*{_LISTABLE})+(?!\w)")
# "98 quy định kinh doanh tại 6 bộ, ngành": units over which a counted result is spread are counted.
_SPREAD_RE = folded_regex(r"\d[^;]{0,120}\s(?:tại|ở)\s+$")
_ATTENDANCE_RE = folded_regex(phrase_pattern(*lx.ATTENDANCE_BEFORE))
_CHANGE_BEFORE_RE = folded_regex(
    r"(?<!\w)(?P<w>" + phrase_pattern(*lx.CHANGE_WORDS) + r")(?:\s+(?:được|thêm|lên|xuống|gần|hơn"
    r"|khoảng|trên|tới|đến))*\s+$"
)
_SO_VOI_AFTER_RE = folded_regex(r"\s*,?\s*so\s+với")
_BARE_TOTAL_RE = folded_regex(
    r"(?:tổng\s+số|số\s+lượng|(?<!\w)số(?=\s+(?:thủ\s+tục|hồ\s+sơ|tài\s+khoản|dịch\s+vụ|phản\s+ánh|giao\s+dịch"
    r"|cán\s+bộ|người|doanh\s+nghiệp|văn\s+bản|chứng\s+thư|tthc|dvc)(?!\w)))"
    r"(?P<what>[^;]{2,160}?)(?:\s+đến\s+nay|\s+hiện\s+nay)?\s+"
    r"(?:là|lên\s+tới|lên\s+đến|lên)\s+$"
)
_DENOMINATOR_AFTER_RE = folded_regex(r"\s+(?:tổng\s+số|số|so\s+với|trở\s+lên|trở\s+xuống|mức\s+trung\s+bình)(?!\w)")
_TARGET_RE = folded_regex(phrase_pattern(*lx.TARGET_CUES))
_CUMULATIVE_RE = folded_regex(r"(?<!\w)" + phrase_pattern(*lx.CUMULATIVE_CUES) + r"(?!\w)")
_ACTOR_RE = folded_regex(r"(?<!\w)" + phrase_pattern(*lx.SUB_UNIT_ACTORS) + r"(?!\w)")
_GOV_MEETING_RE = folded_regex(
    phrase_pattern(*lx.spellings("ban chỉ đạo")) + r"(?:\s*\([^()]{1,12}\))?\s+"
    + phrase_pattern(*lx.spellings("cải cách hành chính")) + r"(?:\s*\([^()]{1,12}\))?\s+(?:của\s+)?chính\s+phủ"
)
_SESSION_WORD_RE = folded_regex(r"phiên\s+họp|họp\s+phiên")
#: A lead on the Government's nationwide conference ("Thủ tướng chủ trì hội nghị trực tuyến toàn
#: quốc ..., Phó Chủ tịch UBND tỉnh dự tại điểm cầu ..."): its report's figures are the country's.
_NATIONAL_CONFERENCE_RE = folded_regex(r"(?<!\w)(?:hội\s+nghị\s+)?trực\s+tuyến\s+toàn\s+quốc(?!\w)")
_GOVERNMENT_RE = folded_regex(r"(?<!\w)(?:thủ\s+tướng|chính\s+phủ)(?!\w)")
_ANNOUNCEMENT_RE = folded_regex(r"(?<!\w)công\s+bố(?!\w)")
#: "giá trị trung bình (Chỉ số ...) của các tỉnh, thành phố": the country's average, a quantity of its own.
_AVERAGE_RE = folded_regex(r"(?<!\w)(?:trung\s+bình|bình\s+quân)(?!\w)")
_AVERAGE_OF_ALL_RE = folded_regex(
    r"(?<!\w)(?:các\s+tỉnh|cả\s+nước|toàn\s+quốc|các\s+địa\s+phương|63\s+tỉnh)(?!\w)")
_COMPARED_RE = folded_regex(r"(?<!\w)(?:so\s+với|hơn|chênh\s+lệch|khoảng\s+cách)(?!\w)")

# Where a phrase naming a quantity stops.
_PHRASE_STOP_RE = folded_regex(
    r"\s*(?:[,;:.!?…\"“”()\[\]/]|\s-\s|–|—|$)"
    r"|\s+(?:\d|và(?=(?:\s+\S+){0,3}?\s+\d))"
    r"|\s+(?:là|đạt|chiếm|tăng|giảm|so\s+với|trong\s+đó|thì|nâng|với|nhưng|đến\s+nay"
    r"|hiện\s+nay|trở\s+lên|cao\s+nhất|thấp\s+nhất|mới|để|nhằm|khi|nên|do)(?!\w)"
)
_ABBR_PAREN_RE = re.compile(r"\s*\([^()\n]{1,15}\)")
_MAX_PHRASE_WORDS = 12
_GENERIC_NOUNS = frozenset(("người", "trường hợp", "lượt", "cái", "chiếc", "con", "quy định", "vụ",
                            "hồ sơ", "thủ tục", "ca", "đơn vị", "lần"))

_NATIONAL_RE = folded_regex(r"(?<!\w)" + phrase_pattern(*lx.NATIONAL_CUES) + r"(?!\w)")
_PROVINCIAL_BASE = phrase_pattern(*[c for c in lx.PROVINCIAL_CUES if c != "tỉnh"])
# Not "các tỉnh", "cấp tỉnh", "5 tỉnh", nor the predicate of "Quảng Trị là tỉnh có ...".
_PROVINCE_WORD = r"(?<!các\s)(?<!cấp\s)(?<!\d\s)(?<!là\s)tỉnh(?!\s*,\s*thành)(?!\s+thành)"
_NATIONAL_UNITS_RE = folded_regex(r"\s+" + phrase_pattern(*lx.NATIONAL_UNIT_NOUNS) + r"(?!\w)")


@dataclass
class _Found:
    start: int  # where the raw text starts
    num_start: int
    num_end: int
    end: int  # end of the raw text
    raw: str
    value: float
    kind: FigureKind
    denominator: float | None = None
    after: int = 0  # where the words after the figure start
    sentence: lx.Span | None = None
    subject: str = ""
    words: str = ""  # the text the concept is made of
    direction: str = ""
    target: bool = False
    cumulative: bool = False
    actor: str = ""
    scope: str = ""  # "national", "province", "other", "part"
    scope_name: str = ""  # the other province's slug, or the part's words
    scope_explicit: bool = False  # a cue in its sentence named it (not a default)
    concept: str = ""
    period: Period | None = None
    role: str = READING
    extra: dict = field(default_factory=dict)


# --- reading numbers ------------------------------------------------------------------------------
def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _previous_word(text: str, pos: int, sentence_start: int) -> tuple[str, bool]:
    """The word before `pos` and whether it starts its sentence."""
    m = re.search(r"(\S+)\s+$", text[max(sentence_start, pos - 40):pos])
    if m is None:
        return "", True
    word_start = max(sentence_start, pos - 40) + m.start(1)
    first = not text[sentence_start:word_start].strip(" \t\n\"“'(–-")
    return m.group(1), first


def _read(text: str, folded: str, m: re.Match[str], sentence: lx.Span,
          date_spans: list[tuple[int, int]]) -> _Found | None:
    token = m.group()
    start, end = m.start(), m.end()
    if "-" in token or ":" in token or _in_spans(start, date_spans):
        return None
    # "Nghị định 61", "thứ 7", "mức độ 3, 4": not for percentages and amounts of money, which
    # such words never precede except as a rate or an amount ("mức 3,5 triệu đồng").
    identifier = bool(_IDENTIFIER_RE.search(folded, max(0, start - 30), start) or (
        len(token) <= 2 and _IDENTIFIER_LIST_RE.search(folded, max(0, start - 60), start)))
    if "/" in token:
        return None if identifier else _read_ratio(text, folded, token, start, end, sentence)
    digits = token.replace(".", "").replace(",", "")
    if token.isdigit() and len(token) >= 4:
        return None  # a year or an id: counts of a thousand and more are written "1.894"
    if token.startswith("0") and len(token.split(",")[0]) > 1:
        return None  # "06", "0983...": identifiers and phone numbers
    value = parse_number(token)
    if value is None or not digits:
        return None
    p = _PERCENT_RE.match(folded, end)
    if p:
        return _Found(start, start, end, p.end(), text[start:p.end()], value, "percent", after=p.end())
    scale_end = end
    s = _SCALE_RE.match(folded, end)
    if s:
        for word in text[end:s.end()].split():
            value *= SCALES[word.lower()]
        scale_end = s.end()
    money = _MONEY_RE.match(folded, scale_end)
    if money:
        return _Found(start, start, end, money.end(), text[start:money.end()], value, "money",
                      after=money.end())
    if identifier:
        return None
    times = _TIMES_RE.match(folded, scale_end)
    if times:
        before = folded[max(0, start - 40):start]
        if not (_CHANGE_BEFORE_RE.search(before + " ") or _CHANGE_BEFORE_RE.search(before)
                or _SO_VOI_AFTER_RE.match(folded, times.end())):
            return None
        q = _QUALIFIER_RE.search(folded, max(0, start - 8), start)
        raw_start = q.start("q") if q else start
        return _Found(raw_start, start, end, times.end(), text[raw_start:times.end()], value,
                      "multiplier", after=times.end())
    return _read_count(text, folded, start, end, scale_end, value, sentence)


def _read_ratio(text: str, folded: str, token: str, start: int, end: int, sentence: lx.Span
                ) -> _Found | None:
    parts = token.split("/")
    if len(parts) != 2 or any(p.startswith("0") and len(p) > 1 for p in parts):
        return None
    a, b = parse_number(parts[0]), parse_number(parts[1])
    if a is None or b is None or b <= 0 or a > b or "," in token:
        return None
    word = _WORD_AFTER_RE.match(text, end)
    noun = fold(word.group(1)) if word else ""
    if noun in _UNITS:
        return None  # "24/24 giờ"
    if not word and a <= 31 and b <= 12:
        return None  # "(3/5)": a date, not a ratio
    prev, first = _previous_word(text, start, sentence.start)
    if prev[:1].isupper() and not first and not prev.endswith((",", ";", ":")):
        return None  # "Quyết định 15/2020"
    return _Found(start, start, end, end, token, a, "ratio", denominator=b, after=end)


def _read_count(text: str, folded: str, start: int, end: int, scale_end: int, value: float,
                sentence: lx.Span) -> _Found | None:
    prev, first = _previous_word(text, start, sentence.start)
    if prev[:1].isupper() and not first and prev[-1:].isalnum():
        return None  # "Đề án 06", "SEA Games 31": a name's number
    word = _WORD_AFTER_RE.match(text, scale_end)
    found = _Found(start, start, end, scale_end, text[start:scale_end], value, "count",
                   after=scale_end)
    if word is None or word.start(1) > scale_end + 20:
        bare = _BARE_TOTAL_RE.search(folded, max(sentence.start, start - lx.CONTEXT_WINDOW), start)
        if bare is None or text[scale_end:scale_end + 1].isalnum():
            return None
        found.extra["total_of"] = text[bare.start("what"):bare.end("what")].strip()
        return found
    noun = fold(word.group(1))
    if noun in _UNITS or noun in _NOT_A_NOUN:
        return None
    if _CATEGORY_RE.match(folded, scale_end) or _LIST_NAME_RE.match(folded, scale_end):
        return None
    admin = _ADMIN_RE.match(folded, scale_end)
    if admin:
        units = admin.group("units")
        if admin.group("rest") is not None and not _SPREAD_RE.search(folded, max(sentence.start, start - 200), start):
            return None  # "20 sở, ban, ngành và ...", "63 tỉnh, thành phố trực thuộc Trung ương"
        if value == 63 and re.match(r"(?:tỉnh|địa|thành)", units):
            return None  # the country's 63 provinces
        if _ATTENDANCE_RE.search(folded, max(sentence.start, start - 80), start):
            return None  # "kết nối tới 22 bộ, ngành": who attended
    return found


# --- subjects -------------------------------------------------------------------------------------
def _phrase_after(text: str, folded: str, pos: int) -> str:
    """The phrase after a figure, up to punctuation or a new predicate; short abbreviations in
    parentheses ("dịch vụ công (DVC) thiết yếu") do not stop it."""
    out_end = pos
    i = pos
    words = 0
    units = _UNIT_LIST_RE.match(folded, pos)
    if units:  # "bộ, ngành", "xã, phường": one noun despite the comma
        i = out_end = units.end()
        words = len(units.group().split())
    while i < len(text) and words < _MAX_PHRASE_WORDS:
        level = _LEVEL_AFTER_RE.match(folded, i)
        if level:  # "dịch vụ công trực tuyến mức độ 3, 4"
            i = out_end = level.end()
            words += 3
            continue
        paren = _ABBR_PAREN_RE.match(text, i)
        if paren and paren.group().strip()[1:-1].replace(" ", "").isupper():
            i = paren.end()
            continue
        if _PHRASE_STOP_RE.match(folded, i):
            break
        m = re.match(r"\s+\S+?(?=[\s,;:.!?…\"“”()\[\]/]|$)", text[i:])
        if m is None:
            break
        i += m.end()
        out_end = i
        words += 1
    return text[pos:out_end].strip()


_LEADING_NOISE_RE = folded_regex(
    r"^(?:\s|[,;:(])*(?:(?:đến\s+nay|hiện\s+nay|hiện|theo\s+báo\s+cáo|trong\s+đó(?:\s+có)?|riêng"
    r"|ngoài\s+ra|bên\s+cạnh\s+đó|đáng\s+chú\s+ý|qua\s+đó|như\s+vậy|năm\s+\d{4}|quý\s+\S+"
    r"|\d+\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+\d{4})?|từ\s+đầu\s+năm\s+đến\s+nay"
    r"|với|và|có|là|đạt|được|đã)(?!\w)\s*,?\s*)+"
)


def _strip_measure_words(phrase_folded: str) -> tuple[int, int]:
    """Bounds of a before-phrase without trailing measure verbs and leading adverbials."""
    start, end = 0, len(phrase_folded)
    m = _LEADING_NOISE_RE.match(phrase_folded)
    if m:
        start = m.end()
    tail = _TRAILING_MEASURE_RE.search(phrase_folded, start, end)
    if tail:
        end = tail.start()
    return start, max(start, end)


_TRAILING_MEASURE_RE = folded_regex(
    r"(?:(?:^|\s|,)(?:" + phrase_pattern(*lx.MEASURE_VERBS, *lx.CHANGE_WORDS, "thêm", "lên", "xuống")
    + r"))+\s*,?\s*$"
)


_PAREN_RE = re.compile(r"[()]")


def _clause_start(folded: str, sentence: lx.Span, pos: int) -> int:
    """After the last ";" or ":" before `pos` in its sentence, or inside a "(" still open at `pos`
    (looking back at most `lexicon.CONTEXT_WINDOW` characters)."""
    lo = max(sentence.start, pos - lx.CONTEXT_WINDOW)
    cut = max(folded.rfind(";", lo, pos), folded.rfind(":", lo, pos))
    lo = max(lo, cut + 1)
    depth = 0
    for m in reversed(list(_PAREN_RE.finditer(folded, lo, pos))):
        if m.group() == ")":
            depth += 1
        elif depth == 0:
            return m.start() + 1
        else:
            depth -= 1
    return lo


def _before_phrase(text: str, folded: str, start: int, lower: int) -> str:
    """The words before a figure back to `lower` (the clause start or the previous figure):
    from the last "tỷ lệ" if there is one, else from the last comma; measure verbs and leading
    adverbials left out."""
    seg_f = folded[lower:start]
    tl = max(seg_f.rfind("tỷ lệ"), seg_f.rfind("tỉ lệ"))
    if tl >= 0:
        seg_start = lower + tl
    else:
        comma = seg_f.rstrip(" ,").rfind(",")
        seg_start = lower + comma + 1 if comma >= 0 else lower
    s, e = _strip_measure_words(folded[seg_start:start])
    return text[seg_start + s:seg_start + e].strip(" ,;:(")


def _context_words(text: str, lower: int, start: int, limit: int = 10) -> str:
    """The last `limit` words before a figure, back to `lower`: what it is counted for."""
    return " ".join(text[lower:start].split()[-limit:])


# --- metric keys ----------------------------------------------------------------------------------
_SYNONYM_ITEMS = sorted(lx.SYNONYMS.items(), key=lambda kv: len(kv[0]), reverse=True)
_SYNONYM_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(fold(k)).replace(r"\ ", r"\s+") for k, _ in _SYNONYM_ITEMS) + r")(?!\w)"
)
_SYNONYM_MAP = {fold(k): fold(v) for k, v in _SYNONYM_ITEMS}
_NON_CONCEPT_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+")
                             for w in sorted(lx.NON_CONCEPT_WORDS, key=len, reverse=True)) + r")(?!\w)"
)
_DIRECTION_WORDS_RE = re.compile(r"(?<!\w)(?:tăng|giảm|gấp)(?!\w)")
def _phrase_re(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fold(phrase)) + r"(?!\w)")


_METRICS = [
    (name, [[_phrase_re(a) for a in group] for group in groups], [_phrase_re(x) for x in excluded])
    for name, groups, excluded in lx.METRICS
]
_METRIC_NAMES = frozenset(name for name, _, _ in lx.METRICS)


_LEVEL_RE = folded_regex(r"(?<!\w)mức\s+độ\s+\d(?:\s*(?:,|và|-|–)\s*\d)*(?!\d)")
_LEVEL_AFTER_RE = folded_regex(r"\s+mức\s+độ\s+\d(?:\s*(?:,|và|-|–)\s*\d)*(?!\d)")


def _normalize(words: str) -> str:
    # an abbreviation in parentheses names the quantity ("Chỉ số ... (PAPI)"): keep it, drop the rest
    s = re.sub(r"\(\s*([A-ZĐ]{2,}[A-ZĐ\s]{0,8})\s*\)", r" \1 ", words)
    s = fold(lx.expand_abbreviations(fold(s)))
    s = re.sub(r"\([^()]*\)", " ", s)
    # the service level is part of the quantity: "mức độ 3, 4" -> one word "mucdo34"
    s = _LEVEL_RE.sub(lambda m: " mucdo" + "".join(re.findall(r"\d", m.group())) + " ", s)
    s = re.sub(r"(?<!\w)\d+(?:[.,/]\d+)*%?", " ", s)
    s = re.sub(r"[\"“”'’:;!?…/()\[\]–—-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    for _ in range(2):
        s = _SYNONYM_RE.sub(lambda m: _SYNONYM_MAP[re.sub(r"\s+", " ", m.group(1))], s)
    return s


@lru_cache(maxsize=1024)
def _could_name(words: str) -> bool:
    """Whether the words hold every word group of some known metric (its exclusions aside)."""
    s = _normalize(words)
    return any(all(any(a.search(s) for a in group) for group in groups) for _, groups, _ in _METRICS)


@lru_cache(maxsize=4096)
def known_metric(words: str) -> str | None:
    """The name of the reform metric (`lexicon.METRICS`) the words name, if any."""
    s = _normalize(words)
    for name, groups, excluded in _METRICS:
        if all(any(a.search(s) for a in group) for group in groups) and not any(x.search(s) for x in excluded):
            level = re.search(r"(?<!\w)mucdo(\d+)", s)
            if level and name in lx.LEVELLED_METRICS:
                return f"{name}-muc-do-{'-'.join(level.group(1))}"
            return name
    return None


@lru_cache(maxsize=4096)
def metric_concept(words: str, *, province: str | None = None) -> str:
    """The concept part of a metric key for a phrase naming a quantity.

    >>> metric_concept("hồ sơ TTHC được số hóa") == metric_concept("tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC")
    True
    """
    known = known_metric(words)
    if known is not None:
        return known
    s = _normalize(words)
    s = _NON_CONCEPT_RE.sub(" ", s.replace(",", " "))
    s = _DIRECTION_WORDS_RE.sub(" ", s)  # the direction is a suffix of the key
    if province:
        for w in fold(province).split():
            s = re.sub(r"(?<!\w)" + re.escape(w) + r"(?!\w)", " ", s)
    syllables = sorted({strip_accents(w) for w in s.split() if w.isalnum()})
    slug = "-".join(re.sub(r"[^a-z0-9]", "", w) for w in syllables[:16])
    return re.sub(r"-+", "-", slug).strip("-") or "so-lieu"


_COMPARISON_RE = folded_regex(
    r"(?<!\w)(?:" + phrase_pattern(*lx.COMPARISON_BEFORE_CUE) + r")(?:\s+(?:của|với|trong))?\s+$"
)


@lru_cache(maxsize=64)
def _provincial_re(province: str | None) -> re.Pattern[str]:
    """Provincial cues, with the province's own name ("Khánh Hòa xếp thứ...")."""
    names = [province] if province else []
    if province and fold(province).startswith("thành phố "):
        names.append(province[len("Thành phố "):])
    extra = "|".join(phrase_pattern(n) for n in names if n.strip())
    return folded_regex(rf"(?<!\w)(?:{_PROVINCIAL_BASE}|{_PROVINCE_WORD}" + (f"|{extra}" if extra else "")
                        + r")(?!\w)")


def _cues(folded: str, lo: int, hi: int, province: str | None) -> list[tuple[int, str]]:
    """Scope cues in folded[lo:hi], in order: (position, "national" | "province")."""
    cues = []
    for m in _NATIONAL_RE.finditer(folded, lo, hi):
        if not _COMPARISON_RE.search(folded, max(0, m.start() - 30), m.start()):
            cues.append((m.start(), "national"))
    for m in _provincial_re(province).finditer(folded, lo, hi):
        cues.append((m.start(), "province"))
    return sorted(cues)


# --- the detector ---------------------------------------------------------------------------------
_ANY_DAY = date(2000, 1, 1)  # date *positions* do not depend on the reference


def find_figures(text: str, *, province: str | None, title: str | None = None,
                 publication_year: int | None = None) -> tuple[Figure, ...]:
    """The figures of a body text, in order, each printed figure once, with their identity.

    `title` can name the scope of the whole article (a district's article); `publication_year`
    tells a target year ("đến năm 2025") from a past one.
    """
    text = nfc(text or "")
    if not re.search(r"\d", text):
        return ()
    folded = fold_keep_length(text)
    spans = sentence_spans(text)
    starts = [s.start for s in spans]
    date_spans = [(s, e) for s, e, _ in find_partial_dates(text, _ANY_DAY)]

    found: list[_Found] = []
    for m in islice(_TOKEN_RE.finditer(text), lx.MAX_NUMBERS):
        sentence = span_at(spans, starts, m.start())
        item = _read(text, folded, m, sentence, date_spans)
        if item is not None:
            item.sentence = sentence
            found.append(item)
    if not found:
        return ()

    _describe(text, folded, found, province, title)
    _assign_scopes(text, folded, spans, found, province, title)
    _assign_periods_and_roles(text, folded, spans, found, publication_year)
    slug = lx.province_slug(province) or "national"
    figures: list[Figure] = []
    seen: set[tuple[str, str, str]] = set()
    for item in found:
        concept = item.concept
        if item.actor and not concept.startswith(item.actor):
            concept = f"{item.actor}-{concept}"
        period = item.period or Period(CUMULATIVE, "")
        scope = _scope_key(item, slug, province)
        metric = f"{scope}/{concept}/{item.kind}/{period.kind}"
        key = (item.raw, item.kind, metric)
        if key in seen:
            continue  # the same figure printed twice (lead and body)
        seen.add(key)
        figures.append(Figure(
            item.raw, item.value, item.kind, item.denominator, item.subject, metric,
            scope=scope, measure=concept, unit=_unit(item), period=period.kind, period_label=period.label,
            role=item.role, certain=_certain(item, concept),
        ))
    return tuple(figures)


def _scope_key(item: _Found, slug: str, province: str | None) -> str:
    if item.scope == "part":
        return "part:" + item.scope_name
    if item.scope == "other":
        return item.scope_name
    return "national" if item.scope == "national" or not province else slug


def _unit(item: _Found) -> str:
    if item.kind == "percent":
        return "%"
    if item.kind == "money":
        return "đồng"
    if item.kind == "multiplier":
        return "lần"
    after = item.extra.get("after", "")
    return " ".join(after.split()[:2]) if after else ""


def _certain(item: _Found, concept: str) -> bool:
    """The identity rests on the text's own words: a known measure (or one named by several
    words), and a scope a cue in the text gave (or the province, for a reading)."""
    known = concept in _METRIC_NAMES or _base_metric(concept) in _METRIC_NAMES
    return item.role == READING and item.scope != "part" and (known or concept.count("-") >= 2)


def _describe(text: str, folded: str, found: list[_Found], province: str | None, title: str | None) -> None:
    """Subject, concept words, direction and target of each figure."""
    previous: _Found | None = None
    in_sentence: list[_Found] = []  # the figures before this one in its sentence
    for item in found:
        sentence = item.sentence
        assert sentence is not None
        clause = _clause_start(folded, sentence, item.start)
        lo = max(sentence.start, item.start - lx.CONTEXT_WINDOW)
        same_sentence_prev = previous if previous is not None and previous.sentence == sentence else None
        if same_sentence_prev is None:
            in_sentence = []
        lower = clause
        if clause > sentence.start and folded[clause - 1] == ":" and not _has_content(text[clause:item.start]):
            # "tổng số thủ tục đã được phân cấp: 97 thủ tục": the label before the colon names it
            lower = max(sentence.start, folded.rfind(";", sentence.start, clause - 1) + 1,
                        folded.rfind(":", sentence.start, clause - 1) + 1)
        if same_sentence_prev is not None and same_sentence_prev.end > lower:
            lower = same_sentence_prev.end
        change = _CHANGE_BEFORE_RE.search(folded, max(sentence.start, item.start - 40), item.start)
        if change:
            item.direction = "giam" if fold(change.group("w")).startswith(("giảm", "thấp", "ít")) else "tang"
        elif item.kind == "multiplier":
            item.direction = "tang"
        item.target = bool(_TARGET_RE.search(folded, lo, item.start))
        item.cumulative = item.kind == "count" and bool(_CUMULATIVE_RE.search(folded, lower, item.start))
        actor = _ACTOR_RE.search(folded, lo, item.start)
        item.actor = "trung-tam" if actor else ""

        after = _phrase_after(text, folded, item.after)
        after_folded = fold(after)
        before = _before_phrase(text, folded, item.start, lower)
        substantive_after = bool(after) and not _DENOMINATOR_AFTER_RE.match(" " + after_folded) and (
            after_folded.split()[0] not in _NOT_A_NOUN)
        item.extra["after"] = after if substantive_after else ""
        total = _BARE_TOTAL_RE.search(folded, lower, item.start)

        if item.kind in ("count", "ratio"):
            noun = after if substantive_after else ""
            if item.extra.get("total_of") or total:
                what = item.extra.get("total_of") or text[total.start("what"):total.end("what")].strip()
                item.subject = what
                item.words = what + " | " + noun
            else:
                if not noun or fold(noun) in _GENERIC_NOUNS:
                    item.subject = (before + " " + noun).strip() if before else noun
                else:
                    item.subject = noun
                item.words = _context_words(text, lower, item.start) + " | " + noun
        elif substantive_after and item.kind != "multiplier":
            item.subject = after
            item.words = after + " | " + before
        elif _has_content(before):
            item.subject = before
            item.words = before
        elif same_sentence_prev is not None:  # "(đạt 35,48%)", ", chiếm 29,43%", ", tăng 2,3 lần"
            item.subject = same_sentence_prev.subject
            item.words = same_sentence_prev.words
            if not item.direction:
                item.direction = same_sentence_prev.direction
        else:
            item.subject = before or after
            item.words = item.subject
        item.concept = metric_concept(item.words, province=province)
        if item.concept not in _METRIC_NAMES:
            item.concept = _concept_in_context(text, folded, item, sentence, clause) or item.concept
        if (item.concept not in _METRIC_NAMES and item.kind == "count" and _INDEX_SCORE_RE.match(item.extra["after"])
                and not _QUOTED_NAME_RE.search(text, max(sentence.start, lower), item.start)):
            # "An Giang đạt 43,12 điểm": a score, of the index the article names last before it
            item.concept = _index_named_before(text, item.start, title) or item.concept
        if item.concept not in _METRIC_NAMES and _elliptical_share_of(item, previous):
            assert previous is not None
            item.concept = previous.concept  # "..., tỷ lệ xử lý đạt 95,6%": the share of the count before
        raised_total = item.kind == "count" and bool(_RAISED_TOTAL_RE.search(folded, lo, item.start))
        if item.concept not in _METRIC_NAMES and (raised_total or not _has_content(_LEVEL_WORDS_RE.sub(" ", before))):
            # "(cả nước đạt 78,3%)", "cao hơn mức 84,2% của cả nước", "nâng tổng số lên 3.962 người":
            # no measure of its own, the same as the figure of its kind before it in the sentence
            same = next((f for f in reversed(in_sentence[-_BESIDE_REACH:])
                         if f.kind == item.kind and f.concept in _METRIC_NAMES), None)
            if same is not None:
                item.concept = same.concept
                item.extra["total"] = raised_total
        if item.kind == "count" and item.concept in _METRIC_NAMES:
            counted = _counted_other_thing(item.extra.get("after", ""), item.concept)
            if counted:  # "621.384 hồ sơ đề nghị cấp tài khoản": applications, not accounts
                item.concept += "-" + counted
        if _is_average(folded, item, sentence, clause, lower):
            item.extra["average"] = True
            if item.concept not in _METRIC_NAMES:
                item.concept = _concept_in_context(text, folded, item, sentence, clause, ranking=True) or item.concept
            if item.concept not in _METRIC_NAMES or item.concept in lx.YEARLY_METRICS:
                # the provinces' average of an index is not the country's score; of a rate
                # ("bình quân cả nước"), it is the country's rate
                item.concept += "-trung-binh"
        previous = item
        in_sentence.append(item)


#: "nâng tổng số (người tinh giản từ năm 2015) lên 3.962": the running total of what was just counted.
_RAISED_TOTAL_RE = folded_regex(r"(?<!\w)nâng\s+tổng\s+số(?:\s+[^.;:!?]{0,60}?)?\s+lên\s*$")
#: Words placing a value beside another's, not naming it ("cao hơn mức", "so với mức chung").
_LEVEL_WORDS_RE = folded_regex(
    r"(?<!\w)(?:cao|thấp|nhiều|ít)?\s*hơn|so\s+với|mức(?:\s+chung)?|bình\s+quân|trung\s+bình|của(?!\w)")
#: "43,12 điểm", "46,9 điểm, tăng ...": points of an index score (not "điểm phần trăm", "điểm cầu").
_INDEX_SCORE_RE = folded_regex(r"\s*điểm(?:\s*(?:[,.;:)]|$)|\s+(?:tăng|giảm|so|xếp|đứng|cao|thấp|và|trong|trên|,))")


#: A component's name in quotes ("chỉ số “Quản trị điện tử” đạt 3,62 điểm"): its own measure.
_QUOTED_NAME_RE = re.compile(r"[“\"][^”\"\n]{3,80}[”\"]")
_INDEX_REACH = 3000  # characters before a score searched for its index's name (then the title)


def _index_named_before(text: str, end: int, title: str | None) -> str | None:
    """The yearly index (PAR INDEX, SIPAS, PAPI) named nearest before `end`, else in the title."""
    for sentence in _namings(text, max(0, end - _INDEX_REACH), end):
        for name in reversed(sentence):
            if name in lx.YEARLY_METRICS:
                return name
    for sentence in _namings(title or "", 0, len(title or "")):
        for name in sentence:
            if name in lx.YEARLY_METRICS:
                return name
    return None


def _elliptical_share_of(item: _Found, previous: _Found | None) -> bool:
    """A percent whose few words ("tỷ lệ xử lý") all come from the known count just before it in
    the paragraph ("80.117 phản ánh, kiến nghị được xử lý xong"): the share of that count."""
    if (previous is None or item.kind != "percent" or previous.kind != "count"
            or previous.concept not in _METRIC_NAMES or previous.sentence is None or item.sentence is None
            or previous.sentence.paragraph != item.sentence.paragraph):
        return False
    own = set(item.concept.split("-"))
    if item.concept == "so-lieu" or len(own) > 3:
        return False
    theirs = {strip_accents(w) for w in fold(previous.words).replace(",", " ").split()}
    return own <= theirs


_COUNTED_THINGS = [(_phrase_re(w), re.sub(r"\W+", "-", strip_accents(fold(w))).strip("-")) for w in lx.COUNTED_THINGS]
_METRIC_WORDS = {name: [_phrase_re(w) for group in groups for w in group] for name, groups, _ in lx.METRICS}


def _counted_other_thing(noun: str, concept: str) -> str:
    """The slug of what a count counts when that is a thing of its own (`lexicon.COUNTED_THINGS`)
    that the metric's words do not name ("hồ sơ" for an account metric), else ""."""
    head = _normalize(" ".join(noun.split()[:3]))
    if not head or any(w.search(head) for w in _METRIC_WORDS[concept]):
        return ""
    for pattern, slug in _COUNTED_THINGS:
        m = pattern.match(head)
        if m is not None:
            return slug
    return ""


def _base_metric(concept: str) -> str:
    """The lexicon's name in a concept with a service level or an average added."""
    return concept.split("-muc-do-")[0].removesuffix("-trung-binh")


#: A count of these over a named period is that period's ("Trong 9 tháng, các cơ quan đã số hóa
#: được 58.214 hồ sơ"), even for a metric whose share is a level.
_FLOW_NOUN_RE = re.compile(r"(?:" + "|".join(re.escape(fold(w)) for w in lx.FLOW_COUNT_NOUNS) + r")(?!\w)")
_POINTS_AFTER_RE = folded_regex(r"\s*(?:điểm\s+phần\s+trăm|điểm\s*%|điểm\s+%)(?!\w)")


def _is_average(folded: str, item: _Found, sentence: lx.Span, clause: int, lower: int) -> bool:
    """"giá trị trung bình của các tỉnh, thành phố là 85,76%", "cao hơn giá trị trung bình của các
    tỉnh (86,92%)": the value is the country's average (the comparison is the other figure's)."""
    in_parens = clause > sentence.start and folded[clause - 1] == "("
    lo = max(sentence.start, clause - lx.CONTEXT_WINDOW) if in_parens else lower
    average = None
    for average in _AVERAGE_RE.finditer(folded, lo, item.start):
        pass
    if average is None or not _AVERAGE_OF_ALL_RE.search(folded, average.end(), item.start):
        return False
    return not _COMPARED_RE.search(folded, average.end() if in_parens else lower, item.start)


_ANAPHORA_RE = folded_regex(
    r"(?<!\w)(?:chỉ\s+số|tỷ\s+lệ|tỉ\s+lệ|con\s+số|số\s+lượng|kết\s+quả)\s+(?:này|đó|trên|của\s+(?:tỉnh|thành\s+phố|địa\s+phương))(?!\w)")
#: A rank or an average with no measure of its own ("Quảng Ninh dẫn đầu với 91,24%", "giá trị
#: trung bình của các tỉnh đạt 84,87%") is of the index the paragraph is about.
_RANKING_RE = folded_regex(
    r"(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|xếp\s+(?:thứ|vị\s+trí|hạng)|giữ\s+vị\s+trí|vị\s+trí\s+(?:thứ|dẫn)"
    r"|giá\s+trị\s+trung\s+bình|mức\s+trung\s+bình)(?!\w)")
_LINKING_VERB_RE = re.compile(r"(?<!\w)(?:đạt|là|chiếm|ở mức|với)\s*$")
_OWN_SENTENCE_REACH = 300  # characters of its sentence before a figure searched for a naming
_LEADING_VOI = 6  # "Với 90,43%, ...": the figure right after a sentence's opening "Với"
_BESIDE_REACH = 4  # earlier figures of the sentence a value with no measure may borrow from
_RANK_AFTER_REACH = 30  # "Với 87,01%, Ninh Bình xếp thứ 17/63": a rank just after the figure
_LEADING_PERIOD = 40  # how far into a sentence a period phrase covers the paragraph after it
_ANAPHORA_REACH = 90  # characters of the sentence before that "chỉ số này" may refer to
_SEGMENT_RE = re.compile(r"[.;,:!?()]")
_CLAUSE_TAIL_RE = re.compile(r"[^;,.!?\n]{0,120}")  # up to a comma: ", trong đó ..." is another figure's


def _concept_in_context(text: str, folded: str, item: _Found, sentence: lx.Span, clause: int, *,
                        ranking: bool = False) -> str | None:
    """A known metric that "chỉ số này", "tỷ lệ của tỉnh" refers to (named just before, in the same
    paragraph; for a rank or an average, in this paragraph or the one before), or that the figure's
    clause names after the number ("781 thủ tục ... đã được cung cấp dịch vụ công trực tuyến toàn
    trình"). The nearest naming wins."""
    ranking = (ranking or bool(_RANKING_RE.search(folded, clause, item.start))
               or bool(_RANKING_RE.search(folded, item.end, min(sentence.end, item.end + _RANK_AFTER_REACH))))
    if ranking or _ANAPHORA_RE.search(folded, clause, item.start):
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        if ranking:  # a rank: this paragraph or the one before, whose subject is the index ranked
            before = len(text[:paragraph].rstrip())
            paragraph = text.rfind("\n", 0, before) + 1 if before else paragraph
        reach = sentence.start - paragraph if ranking else _ANAPHORA_REACH
        own = _namings(text, max(sentence.start, item.start - _OWN_SENTENCE_REACH), item.start)
        if own:  # named in its own sentence: the nearest naming
            return own[0][-1]
        earlier = _namings(text, max(paragraph, sentence.start - reach), sentence.start)
        if earlier:
            # The nearest sentence naming one; if it names several ("công bố Chỉ số cải cách
            # hành chính ... và Chỉ số hài lòng ..."), the first, its topic.
            return earlier[0][0]
    tail = _CLAUSE_TAIL_RE.match(text, item.after)
    if tail is not None:
        named = known_metric(item.words + " " + tail.group())
        if named is not None:
            return named
    if item.start - sentence.start <= _LEADING_VOI and fold(text[sentence.start:item.start]).strip() == "với":
        # "Với 90,43%, Chỉ số CCHC năm 2023 của tỉnh tăng ...": the clause after it names it
        after = _namings(text, item.end, min(sentence.end, item.end + lx.CONTEXT_WINDOW))
        if after:
            return after[-1][0]
    head = max(sentence.start, item.start - _OWN_SENTENCE_REACH)  # (a 1 MB "sentence" stays linear)
    *opening, own = _SEGMENT_RE.split(text[head:item.start])
    if opening and not _has_content(own) and _LINKING_VERB_RE.search(fold(own)) and not item.extra.get("after"):
        # "Về Chỉ số SIPAS 2022, tỉnh đạt 83,47%": the clause is only "[it] reaches", the
        # sentence's opening clauses name what reaches it (the nearest naming). Not an item of a
        # list ("…; 10/28 DVC theo …"), which has its own words.
        named = _namings(text, head, item.start - len(own))
        if named:
            return named[0][-1]
    return None


def _namings(text: str, start: int, end: int) -> list[list[str]]:
    """The known metrics each sentence of `text[start:end]` names, in text order, the sentence
    nearest to `end` first (sentences naming none are left out)."""
    sentences: list[list[str]] = []
    for sentence in reversed(_SENTENCE_SPLIT_RE.split(text[start:end])):
        names: list[str] = []
        for segment in _SEGMENT_RE.split(sentence):
            if not _could_name(segment):
                continue  # no ending of it names one either (cheap: one test of the whole clause)
            words = segment.split()
            found: list[str] = []
            limit = len(words)
            while limit > 0:  # the last naming of the clause (its shortest form), then earlier ones
                at = next((i for i in range(limit - 1, -1, -1) if known_metric(" ".join(words[i:limit]))), None)
                if at is None:
                    break
                found.append(known_metric(" ".join(words[at:limit])) or "")
                limit = at
            names.extend(reversed(found))
        if names:
            sentences.append(names)
    return sentences


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+|\n+")


def _has_content(phrase: str) -> bool:
    s = _NON_CONCEPT_RE.sub(" ", _normalize(phrase).replace(",", " "))
    return any(w.isalpha() for w in s.split())


def _assign_scopes(text: str, folded: str, spans: list[lx.Span], found: list[_Found], province: str | None,
                   title: str | None) -> None:
    """Whose each figure is, from the nearest scope cue before it in its sentence (the country,
    the province, another province, a part of the province), else after it, else the last cue of
    the paragraph's earlier sentences, else the article's default (see the module docstring)."""
    default = ScopeCue(-1, "province")
    if _GOV_MEETING_RE.search(folded) and _SESSION_WORD_RE.search(folded):
        default = ScopeCue(-1, "national")  # an article on the Government committee's meeting
    lead = folded[:spans[0].end] if spans else ""
    if (_NATIONAL_CONFERENCE_RE.search(lead) and _GOVERNMENT_RE.search(lead)
            and not _ANNOUNCEMENT_RE.search(lead)):
        default = ScopeCue(-1, "national")  # the nationwide conference, the province a bridge point
    if title:
        title_parts = part_cues(nfc(title), fold_keep_length(nfc(title)), province)
        if title_parts and not _cues(fold_keep_length(nfc(title)), 0, len(title), province):
            default = ScopeCue(-1, "part", title_parts[0].name)  # a district's or a department's article
    cues = sorted(
        [ScopeCue(at, kind) for at, kind in _cues(folded, 0, len(folded), province)]
        + other_province_cues(text, province) + part_cues(text, folded, province),
        key=lambda c: c.at,
    )
    positions = [c.at for c in cues]
    paragraph_start: dict[int, int] = {}
    for span in spans:
        paragraph_start.setdefault(span.paragraph, span.start)
    for item in found:
        sentence = item.sentence
        assert sentence is not None
        if (item.extra.get("average") or _NATIONAL_UNITS_RE.match(folded, item.end)
                or _NATIONAL_UNITS_RE.match(folded, item.after)):
            item.scope, item.scope_explicit = "national", True
            continue
        cue = None
        lo = max(sentence.start, item.start - lx.CONTEXT_WINDOW)
        i = bisect.bisect_left(positions, item.start) - 1
        if i >= 0 and positions[i] >= lo:  # the nearest cue before it in its sentence
            cue = cues[i]
            if cue.kind == "part" and cue.at < _clause_start(folded, sentence, item.start):
                cue = None  # a part named in an earlier clause ("; sang tháng 9, tỷ lệ này ...")
        after = item.extra.get("after", "")
        if cue is None and after:  # "67% hồ sơ được số hóa trên cả nước"
            j = bisect.bisect_left(positions, item.after)
            if j < len(positions) and positions[j] <= item.after + len(after):
                cue = cues[j]
        explicit = cue is not None
        if cue is None:  # the last cue of the earlier sentences of the paragraph (not a part's)
            k = bisect.bisect_left(positions, sentence.start) - 1
            while k >= 0 and positions[k] >= paragraph_start[sentence.paragraph] and cues[k].kind == "part":
                k -= 1
            if k >= 0 and positions[k] >= paragraph_start[sentence.paragraph]:
                cue = cues[k]
        cue = cue or default
        item.scope, item.scope_name, item.scope_explicit = cue.kind, cue.name, explicit


#: "phân cấp thêm 12 thủ tục": what was added in the period, a flow even of a stock's things.
_ADDED_BEFORE_RE = folded_regex(r"(?<!\w)thêm(?:\s+(?:được|gần|hơn|khoảng|trên))?\s*$")


def _paragraph_period(text: str, folded: str, spans: list[lx.Span], sentence: lx.Span) -> Period | None:
    """A period named at the start of an earlier sentence of the paragraph ("Năm 2023, ... . Tỷ lệ
    hồ sơ trực tuyến đạt 51,36%."), the nearest one."""
    earlier = [s for s in spans if s.paragraph == sentence.paragraph and s.start < sentence.start]
    for span in reversed(earlier):
        period = find_period(text, folded, span.start, min(span.end, span.start + _LEADING_PERIOD), span.start)
        if period is not None:
            return period
    return None


def _assign_periods_and_roles(text: str, folded: str, spans: list[lx.Span], found: list[_Found],
                              publication_year: int | None) -> None:
    """The period each figure covers (named in its clause or at its sentence's start, else the
    paragraph's, else the measure's usual one) and its role."""
    lead_period = None
    if spans:
        lead_end = min([spans[0].end] + [item.start for item in found if item.start >= spans[0].start])
        lead_period = find_period(text, folded, spans[0].start, lead_end, spans[0].start)
        if lead_period is not None and lead_period.kind == CUMULATIVE:
            lead_period = None
    previous: _Found | None = None
    previous_end = 0
    for item in found:
        sentence = item.sentence
        assert sentence is not None
        clause = _clause_start(folded, sentence, item.start)
        period = find_period(text, folded, clause, item.start, sentence.start) or _paragraph_period(
            text, folded, spans, sentence)
        base = _base_metric(item.concept)
        added = item.kind == "count" and bool(_ADDED_BEFORE_RE.search(folded, max(clause, item.start - 30), item.start))
        stock = base in lx.STOCK_METRICS and not added and not (item.kind == "count" and _FLOW_NOUN_RE.match(
            fold(item.extra.get("after", ""))))
        if period is None and lead_period is not None and not stock:
            period = lead_period  # a review of "6 tháng đầu năm 2024" reports its figures for that period
        if item.extra.get("total"):  # a running total "từ năm 2015": to the article's day
            period = Period(CUMULATIVE, period.label if period else "")
        elif stock and period is not None:
            period = Period(CUMULATIVE, period.label, period.year)
        if period is None and base in lx.YEARLY_METRICS:
            period = Period("year", "")
        if period is None and item.kind in ("count", "money") and not stock and not item.cumulative:
            # A count of what was done ("cắt giảm 628 quy định") covers some period the text does
            # not name: never the same quantity as a running total or another period's count.
            period = Period(UNKNOWN, "")
        item.period = period
        own = max(clause, previous_end) if previous is not None and previous.sentence == sentence else clause
        item.role = role_of(folded, kind=item.kind, start=item.start, end=item.end, clause=own,
                            sentence_start=sentence.start, publication_year=publication_year)
        if _POINTS_AFTER_RE.match(folded, item.end):
            item.role = COMPARISON  # "cao hơn mức trung bình 0,88 điểm phần trăm": a difference
        previous, previous_end = item, item.end
    # A level at the end of a year long gone ("Cuối năm 2019, toàn tỉnh mới có 640 cán bộ ...; đến
    # nay, con số này đã tăng"), in an article of 2021, is history, not the article's reading. An
    # index is published the year after the one it assesses: in January 2024 the newest PAR INDEX
    # is 2022's.
    if publication_year is not None:
        for item in found:
            lag = 2 if item.concept.removesuffix("-trung-binh") in lx.YEARLY_METRICS else 1
            if (item.role == READING and item.period is not None and item.period.year
                    and item.period.year < publication_year - lag):
                item.role = PAST
    # A value of an earlier year, beside the newer value of the same quantity, is context.
    newest: dict[tuple[str, str, str, str], int] = {}
    for item in found:
        if item.role == READING and item.period is not None and item.period.year:
            key = (item.scope, item.scope_name, item.concept, item.period.kind)
            newest[key] = max(newest.get(key, 0), item.period.year)
    for item in found:
        if item.role == READING and item.period is not None and item.period.year:
            key = (item.scope, item.scope_name, item.concept, item.period.kind)
            if item.period.year < newest[key]:
                item.role = PAST
