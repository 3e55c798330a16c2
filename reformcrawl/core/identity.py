"""What a figure is beyond its words: the period it covers, whose it is, and its role.

Two readings are the same metric only when they share scope, measure, unit and period type; only
readings (not targets, comparisons, past values or parts) are compared. Everything here reads
the folded text around a figure (`lexicon.fold_keep_length`: positions index the original text);
pure functions, no I/O.

Period types: `cumulative` (a level on the day: "tỷ lệ số hóa đạt 78,15%"), `year`, `N-months`
("6 tháng đầu năm", "9 tháng năm 2023"), `quarter`, `month`, `year-to-date` ("từ đầu năm đến
nay"); a running total ("từ năm 2021 đến nay", "lũy kế") is `cumulative` too. A stock (the
share of records digitized, the number of procedures in force) is a level whatever period the
sentence names (`lexicon.STOCK_METRICS`).

Scopes: the country, the portal's province, another province named in the text, or a *part*
of the province (a district, a department, a level of government, "nhiều huyện", "5 sở"), which
is its own scope and never the province's.

Roles: `reading` (the value the article reports as current), `target` (plans, goals, forecasts),
`comparison` (a change or a ratio against another time: "tăng 12,5% so với", "gấp 3 lần"),
`past` (an earlier value given as context: "cùng kỳ năm trước chỉ đạt 45%", "tăng từ 67% lên").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .lexicon import folded_regex, phrase_pattern
from .textnorm import fold, strip_accents

READING, TARGET, COMPARISON, PAST = "reading", "target", "comparison", "past"
CUMULATIVE = "cumulative"
UNKNOWN = "unknown"  # a count over a period the text does not name: never compared

_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                 "mười một": 11, "mười hai": 12}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_YEAR = r"(?P<y>(?:19|20)\d\d)"

#: Period phrases, most specific first; each gives a type (and the words as printed).
_PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (CUMULATIVE, folded_regex(
        r"(?<!\w)(?:từ\s+(?:năm\s+)?(?:19|20)\d\d\s+(?:đến|tới)(?!\w)|giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d"
        r"|sau\s+\d+\s+năm|(?:lũy|luỹ)\s+kế(?:\s+(?:từ|kể\s+từ)\s+(?:năm\s+)?(?:19|20)\d\d)?|cộng\s+dồn|tính\s+đến\s+nay"
        r"|kể\s+từ\s+(?:năm\s+)?(?:19|20)\d\d|từ\s+năm\s+(?:19|20)\d\d(?=\s*,)"
        r"|(?:kể\s+)?từ\s+khi\s+(?:vận\s+hành|triển\s+khai|đi\s+vào\s+hoạt\s+động|khai\s+trương|thành\s+lập)"
        r"|(?<!đầu\snăm\s)(?<!\d\s)(?:cho\s+)?đến\s+nay(?!\w))")),
    ("year-to-date", folded_regex(r"(?<!\w)từ\s+đầu\s+năm(?:\s+(?:" + _YEAR + r"|nay))?(?:\s+(?:đến|tới)\s+nay)?")),
    ("quarter", folded_regex(r"(?<!\w)quý\s+(?:i{1,3}|iv|[1-4])(?!\w)(?:(?:\s*[/.-]\s*|\s+năm\s+)" + _YEAR + r")?")),
    ("months", folded_regex(r"(?<!\w)" + _COUNT + r"\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+" + _YEAR + r")?(?!\w)")),
    ("month", folded_regex(r"(?<!\w)(?:trong\s+)?tháng\s+(?:\d{1,2}(?:\s*[/.-]\s*|\s+năm\s+)" + _YEAR
                           + r"|này|qua|trước|\d{1,2}(?![\d/.-]))(?!\w)")),
    ("year", folded_regex(r"(?<!\w)(?:(?:cả\s+năm|trong\s+năm|năm)\s+(?:" + _YEAR + r"|nay|qua)|cả\s+năm|trong\s+năm)(?!\w)(?!\s*\d)")),
)
_LEADING_REACH = 60  # how far into its sentence a period covers the whole sentence
_REFERENCE_RE = folded_regex(r"(?<!\w)(?:so\s+với|cùng\s+kỳ|hơn|so)(?:\s+(?:cùng\s+kỳ|mức|kết\s+quả))?\s*$")
_POINT_IN_TIME_RE = folded_regex(
    r"(?<!\w)(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:đầu|giữa|cuối|hết|ngày))?|sau(?:\s+(?:đợt|khi))?|trước|kể\s+từ|vào(?:\s+(?:đầu|giữa|cuối))?)"
    r"(?:\s+\S+){0,3}?\s*$")

#: "chỉ tiêu" is a target ("vượt chỉ tiêu 60%", "đặt chỉ tiêu năm 2023"), or an indicator ("hai
#: chỉ tiêu quan trọng", "các chỉ tiêu thành phần"), which these words after it tell.
_TARGET_RE = folded_regex(r"(?<!\w)(?:" + phrase_pattern(
    "phấn đấu", "mục tiêu", "kế hoạch", "dự kiến", "dự báo", "đặt ra", "đề ra", "phải đạt", "sẽ đạt",
    "cần đạt", "yêu cầu", "định hướng", "lộ trình", "cam kết")
    + r"|chỉ\s+tiêu(?!\s+(?:quan\s+trọng|chính|này|đó|cơ\s+bản|chủ\s+yếu|thành\s+phần|kinh\s+tế|xã\s+hội|về)))(?!\w)")
_FUTURE_YEAR_RE = folded_regex(r"(?<!\w)(?:đến|tới|vào|trước|đến\s+hết|đến\s+cuối)\s+(?:năm\s+)?" + _YEAR + r"(?!\w)")
_CHANGE_RE = folded_regex(
    r"(?<!\w)(?:tăng|giảm|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|vượt|hụt|chênh\s+lệch|gấp)"
    r"(?:\s+(?:thêm|gần|hơn|khoảng|trên|được|tới|đến|tương\s+ứng|lần\s+lượt))*\s*$")
_LEVEL_AFTER_CHANGE_RE = folded_regex(r"(?<!\w)(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+(?:mức|con\s+số))?\s*(?:gần|hơn|khoảng|trên)?\s*$")
_SO_VOI_AFTER_RE = folded_regex(r"[^\d;,.!?\n]{0,12}?(?<!\w)so\s+với")
_PAST_RE = folded_regex(r"(?<!\w)(?:cùng\s+kỳ|năm\s+trước|năm\s+ngoái|trước\s+đó|trước\s+đây|từ\s+mức)(?!\w)")
#: "so với năm 2022 (45%)", "so với mức 45%": the value compared with comes right after "so với".
_COMPARED_WITH_RE = folded_regex(
    r"(?<!\w)so\s+với(?:\s+(?:cùng\s+kỳ|mức|năm\s+(?:19|20)\d\d|năm\s+trước|kết\s+quả|của))*\s*(?:\(|là|:)?\s*$")
#: How far back in its sentence a target word ("phấn đấu", "chỉ tiêu") governs a figure: a whole
#: long sentence, but not a 1 MB one, searched once per figure.
_TARGET_REACH = 400
_PAST_REACH = 35  # "cùng kỳ năm 2023 chỉ đạt 58,4%": the cue is close before the value
_FROM_RE = folded_regex(r"(?<!\w)từ\s*$")
_TO_AFTER_RE = folded_regex(r"\s*(?:\S+\s+){0,3}?(?:lên|xuống|tới|đến)\s")

#: Parts of a province: districts and towns by name, departments, levels of government, groups.
_UNIT_NAME_RE = re.compile(
    r"(?<![\w.])(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|TP\.?|[Tt]hành\s+phố)\s+"
    r"(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w]*){0,3}|\d{1,2})")
_DEPARTMENT_RE = re.compile(
    r"(?<![\w.])(?:Sở\s+[A-ZĐ]|Công\s+an\s+(?:tỉnh|thành\s+phố|huyện)|Ban\s+[Qq]uản\s+lý|Văn\s+phòng\s+(?:UBND|Ủy)|"
    r"Bảo\s+hiểm\s+xã\s+hội|Cục\s+[A-ZĐ]|Chi\s+cục\s+[A-ZĐ])")
_PART_GROUP_RE = folded_regex(
    r"(?<!\w)(?:cấp\s+(?:xã|huyện|tỉnh)|(?:\d+\s*/\s*\d+|\d+|nhiều|một\s+số|một\s+vài|hai|ba|bốn|năm|sáu|các|những|đa\s+số|phần\s+lớn)"
    r"\s+(?:sở|huyện|quận|xã|phường|thị\s+trấn|thị\s+xã|đơn\s+vị|cơ\s+quan|địa\s+phương|thành\s+phố|tp|bộ\s+phận|"
    r"trung\s+tâm|ngành|doanh\s+nghiệp|hộ|thị\s+trường))(?!\w)")
#: Words before a part's name that make it a source or a person, not the figure's scope.
_NOT_SCOPE_BEFORE_RE = folded_regex(
    r"(?<!\w)(?:theo|giám\s+đốc|phó\s+giám\s+đốc|lãnh\s+đạo|đại\s+diện|chánh\s+văn\s+phòng|trưởng|phó|của|do)\s*$")
#: A department that acts or reports ("Sở Thông tin và Truyền thông đã phối hợp ... cấp 2.145
#: chứng thư", "Sở Nội vụ cho biết") is the source of the province's figure, not its scope.
_AGENT_AFTER_RE = folded_regex(
    r"[^,;.]{0,40}?(?<!\w)(?:đã\s+)?(?:phối\s+hợp|cho\s+biết|báo\s+cáo|thông\s+tin|tổ\s+chức|thực\s+hiện|công\s+bố|chủ\s+trì)(?!\w)")


@dataclass(frozen=True)
class Period:
    kind: str  # cumulative, year, 6-months, quarter, month, year-to-date, multi-year
    label: str  # as printed ("9 tháng năm 2023"); empty for a level on the day
    year: int | None = None


def _period_from(match: re.Match[str], name: str, text: str) -> Period:
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if name == "months":
        raw = fold(groups["n"])
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        if count >= 12:
            return Period("year", text[match.start():match.end()], year)
        name = f"{count}-months"
    label = text[match.start():match.end()].strip()
    if name == CUMULATIVE and _AS_OF_NOW_RE.fullmatch(fold(label)):
        label = ""  # "đến nay": a level on the day of the article, which its date says
    return Period(name, label, year)


_AS_OF_NOW_RE = folded_regex(r"(?:cho\s+|tính\s+)?đến\s+nay")


def find_period(text: str, folded: str, lo: int, start: int, sentence_start: int) -> Period | None:
    """The period named in folded[lo:start] nearest the figure, or at the start of its sentence.

    A month, quarter or year after "đến", "tính đến", "sau"... is a point in time ("đến cuối
    tháng 9/2024, tỷ lệ số hóa đạt"): the figure is a level on that day, `cumulative`.
    """
    best: tuple[int, Period] | None = None
    taken: list[tuple[int, int]] = []
    for name, pattern in _PERIODS:  # most specific first: "từ năm 2021 đến nay" is not "năm 2021"
        for m in pattern.finditer(folded, lo, start):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if _REFERENCE_RE.search(folded, max(0, m.start() - 20), m.start()):
                continue  # "so với cùng kỳ năm 2022": the period compared with, not the figure's
            period = _period_from(m, name, text)
            if name in ("month", "quarter", "year") and _POINT_IN_TIME_RE.search(folded, max(0, m.start() - 25), m.start()):
                period = Period(CUMULATIVE, period.label, period.year)
            if best is None or m.start() > best[0]:
                best = (m.start(), period)
    if best is not None:
        return best[1]
    if lo > sentence_start:  # "6 tháng đầu năm 2023, ... tiếp nhận X; tỷ lệ ... đạt Y": Y's too (the
        # sentence's leading period, not one in a parenthesis or a comparison mid-sentence)
        return find_period(text, folded, sentence_start, min(start, sentence_start + _LEADING_REACH), sentence_start)
    return None


def role_of(folded: str, *, kind: str, start: int, end: int, clause: int, sentence_start: int,
            publication_year: int | None) -> str:
    """Reading, target, comparison or past, from the words around the figure (see the module doc).

    `clause` is where the figure's own words start: its clause, or the end of the figure before it
    in the sentence (whose "so với" is not this one's).
    """
    before = folded[max(clause, start - 60):start]
    if kind == "multiplier":
        return COMPARISON
    if _TARGET_RE.search(folded, max(sentence_start, start - _TARGET_REACH), start):
        return TARGET
    future = None
    for m in _FUTURE_YEAR_RE.finditer(folded, max(sentence_start, start - 80), min(len(folded), end + 30)):
        future = m
    if future is not None and publication_year is not None and int(future.group("y")) > publication_year:
        return TARGET
    if _FROM_RE.search(before) and _TO_AFTER_RE.match(folded, end):
        return PAST  # "tăng từ 67,32% lên 78,15%": the first is where it was
    if _CHANGE_RE.search(before) and not _LEVEL_AFTER_CHANGE_RE.search(before):
        return COMPARISON
    if _SO_VOI_AFTER_RE.match(folded, end) and not re.search(r"\d", folded[end:end + 40].split("so với")[0]):
        return COMPARISON
    if _PAST_RE.search(folded, max(clause, start - _PAST_REACH), start) or _COMPARED_WITH_RE.search(before):
        return PAST
    wider = folded[max(sentence_start, start - 60):start]
    if wider.rstrip().endswith("(") and _COMPARED_WITH_RE.search(wider):
        return PAST  # "tăng 0,66 điểm so với năm 2023 (43,24 điểm)": the value compared with
    return READING


@dataclass(frozen=True)
class ScopeCue:
    at: int
    kind: str  # "national", "province", "other", "part"
    name: str = ""  # the other province's slug, or the part's words


def part_cues(text: str, folded: str, province: str | None) -> list[ScopeCue]:
    """Every part of the province named in the text (districts, departments, levels, groups)."""
    own = fold(province or "")
    own_city = own.removeprefix("thành phố ")
    cues: list[ScopeCue] = []
    for m in _UNIT_NAME_RE.finditer(text):
        name = fold(m.group("name"))
        if own and (name == own_city or f"thành phố {name}" == own or name in own):
            continue  # "Thành phố Hồ Chí Minh" on its own portal is the whole, not a part
        if fold(m.group(0)).startswith(("tp", "thành phố")) and name in _PROVINCE_NAMES:
            continue  # a centrally-run city elsewhere: another province, found below
        cues.append(ScopeCue(m.start(), "part", fold(m.group(0))))
    for m in _DEPARTMENT_RE.finditer(text):
        if _AGENT_AFTER_RE.match(folded, m.end()):
            continue
        cues.append(ScopeCue(m.start(), "part", _department_name(fold(text[m.start():m.start() + 40]))))
    for m in _PART_GROUP_RE.finditer(folded):
        if re.match(r"(?:các|những)\s+cơ\s+quan", m.group(0)):
            continue  # "các cơ quan (hành chính ba cấp)": all of them, the whole
        cues.append(ScopeCue(m.start(), "part", m.group(0)))
    return [c for c in cues if not _NOT_SCOPE_BEFORE_RE.search(folded, max(0, c.at - 25), c.at)]


#: Where a department's name ends: punctuation, a number, or the verb of its sentence.
_NAME_END_RE = re.compile(r"[,;:.()\d]|\s(?:đạt|có|là|đã|được|với|tiếp|dẫn|giải|xếp|chiếm|cao|thấp|thực|ban|trình)(?!\w)")


def _department_name(folded_words: str) -> str:
    """ "sở tư pháp" of "sở tư pháp đạt cao nhất với 91,6%"."""
    end = _NAME_END_RE.search(folded_words)
    return (folded_words[:end.start()] if end else folded_words).strip()


_PROVINCE_NAMES = frozenset(fold(name) for name in lx.PROVINCES)
_CITY_NAMES = frozenset(fold(c) for c in lx.CENTRAL_CITIES)
#: City names that also name a person or a province's part ("Hồ Chí Minh", "Thừa Thiên Huế").
_NEEDS_CITY_PREFIX = frozenset({fold("Hồ Chí Minh"), fold("Huế")})
#: Province names as printed (capitalized: "hòa bình" is peace, "Hòa Bình" a province); a
#: centrally-run city needs its "Thành phố"/"TP." ("Hồ Chí Minh" alone is a person).
_OTHER_PROVINCE_RE = re.compile(
    r"(?<![\w.])(?P<prefix>(?:[Tt]ỉnh|[Tt]hành\s+phố|TP\.?|Tp\.?)\s*)?(?P<name>" + "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lx.PROVINCES, key=len, reverse=True)) + r")(?![\w])")


def other_province_cues(text: str, province: str | None) -> list[ScopeCue]:
    """Provinces other than the portal's own named in the text."""
    own = fold(province or "").removeprefix("thành phố ")
    cues = []
    for m in _OTHER_PROVINCE_RE.finditer(text):
        name = " ".join(fold(m.group("name")).split())
        if own and (name == own or name in own):
            continue
        if name in _NEEDS_CITY_PREFIX and not m.group("prefix"):
            continue  # "tư tưởng Hồ Chí Minh" is a person's; only "TP. Hồ Chí Minh" the city
        cues.append(ScopeCue(m.start(), "other", _slug(name)))
    return cues


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-")


_SCOPE_NAMES = {**{_slug(name): name for name in lx.PROVINCES}, **{slug: name for name, slug in lx.PROVINCE_SLUGS.items()}}


def scope_label(scope: str) -> str:
    """How a person names a scope key: "cả nước", "An Giang", "huyện Châu Thành"."""
    if scope == "national":
        return "cả nước"
    if scope.startswith("part:"):
        return scope[len("part:"):]
    return _SCOPE_NAMES.get(scope, scope)
