"""Numbered meetings in an article: "phiên họp thứ năm", "kỳ họp thứ 15", "họp phiên thứ ba".

`find_sessions(title, text, reference=..., province=...)` returns one `SessionMention` per
(body, number) the article names. Pure: no I/O, no clock.

Rules
-----
Mentions. "phiên họp / họp phiên / kỳ họp (kì họp) [lần] thứ N", in any case, in the title and
the text. A bare "phiên thứ hai" (a sitting within a session) and "họp lần thứ N" (any group
meeting for the Nth time) are not numbered meetings of a body. N is digits ("thứ 7"), words
("thứ bảy", "thứ mười lăm", "thứ hai mươi mốt"; "mười năm" is 15 unless "năm" starts a year:
"kỳ họp thứ mười năm 2023" is the 10th) or an uppercase Roman numeral ("thứ XV"). A weekday is
not a meeting: an ordinal that can be a weekday (2..7) followed by ", 19/7" or "(19/7)", or
capitalized and followed by a date ("thứ Năm ngày 19/7"). "phiên họp thứ ba ngày 3/2/2023"
(lowercase, "ngày") is the third meeting and its date.

Body. Bodies are found by patterns built from the `lexicon.ABBREVIATIONS` spellings (BCĐ, CCHC,
HĐND, TP., TPHCM...) and normalized: "Ban Chỉ đạo cải cách hành chính của Chính phủ" (every
spelling of the Government's steering committee), "Ban Chỉ đạo cải cách hành chính tỉnh X" (a
province's; "Thành phố X" for a centrally-run city; the province argument when the text says only
"tỉnh"), "HĐND tỉnh X khóa R" / "HĐND Thành phố Hồ Chí Minh khóa R" (R Roman, "khoá"/"khóa 18"
accepted; the term of another mention of the same council in the article when this one has none),
"Quốc hội khóa R". A place name is the capitalized words after "tỉnh" on the same line. A bare
"Ban Chỉ đạo"/"BCĐ" refers to the closest full steering-committee mention before it (after it, if
none before). Other committees ("Ban Chỉ đạo Trung ương ...", "HĐND huyện ...") are recognized as
bodies nobody tracks: a meeting they hold is skipped.
A mention takes, in order: the body right after it ("phiên họp thứ bảy của Ban Chỉ đạo ...",
"kỳ họp thứ 15, HĐND tỉnh ..."); the closest body before it in the article (title included; in
its sentence first by construction); the first body after it in its sentence. Except for the
first, the body must fit the meeting: a "kỳ họp" is a council's, other meetings a committee's.
A meeting the article names with its body (right after it, or as the subject a few words before
it: "BCĐ CCHC tỉnh Hà Giang tổ chức phiên họp lần thứ hai") keeps that body for its other
mentions whose body is only nearby or a bare "Ban Chỉ đạo". No body: no result (an unnamed
meeting is not alertable).

Role. "mentioned" when the words right around the mention refer to another meeting ("từ / so với /
như / sau / theo / kể từ phiên họp thứ N", "kết luận ... tại phiên họp thứ N", "quán triệt /
triển khai / thực hiện kết luận (của ...) phiên họp thứ N", "được giao tại", "phiên họp thứ N
trước đó / lần trước"). Otherwise "held" when the mention is in the title, is "họp phiên thứ N",
has a reporting verb in its clause (chủ trì, tổ chức, khai mạc, bế mạc, diễn ra, dự họp, tham
dự, tiến hành, kết thúc, triệu tập...) or is in the first paragraph (the lead); else "mentioned".
One result per (body, number); held beats mentioned.

Date. A held meeting takes the first in-body date (`dates.find_partial_dates`, plus day ranges
"từ ngày 6 đến 8/12" -> the first day) of a sentence that reports it, looking before the mention
first (dates of documents, "Quyết định 422, ngày 4.4.2022", are skipped); else, when it is the
title's or the lead's meeting, the date of the text's first sentence. A mentioned meeting takes a
date only when its own words give one: right after it ("phiên họp thứ ba ngày 3/2/2023",
"(ngày 10/10)") or right before it ("Ngày 19/7/2022, tại phiên họp thứ hai"). No reference date:
no dates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .dates import find_partial_dates, resolve_partial_date
from .lexicon import (
    CAPITALIZED_WORD,
    CONTEXT_WINDOW,
    MAX_MEETING_PHRASES,
    Span,
    fold_keep_length,
    folded_regex,
    phrase_pattern,
    sentence_spans,
    span_at,
    spellings,
    unit_and_name,
)
from .model import Role, SessionMention
from .numbers import (
    NUMBER_WORDS_PATTERN,
    int_to_roman,
    parse_number_words,
    roman_to_int,
)
from .textnorm import fold, nfc

__all__ = ["GOVERNMENT_COMMITTEE", "find_sessions"]

GOVERNMENT_COMMITTEE = "Ban Chỉ đạo cải cách hành chính của Chính phủ"

BodyKind = Literal["committee", "council"]

# --- bodies ---------------------------------------------------------------------------------------
_ABBR_GAP = r"(?:\s*\([^()\n]{1,12}\))?"  # "Ban Chỉ đạo (BCĐ) Cải cách hành chính (CCHC)"
# Spellings come from lexicon.ABBREVIATIONS: a new short form there is recognized here too.
_BAN = phrase_pattern(*spellings("ban chỉ đạo"))
_CCHC = phrase_pattern(*spellings("cải cách hành chính"))
_HDND = phrase_pattern(*spellings("hội đồng nhân dân"))
_GOV = phrase_pattern("chính phủ")
_HCM = phrase_pattern(*spellings("thành phố hồ chí minh"))
_CITY = phrase_pattern(*spellings("thành phố"))
_UNIT = rf"(?P<unit>tỉnh|{_HCM}|{_CITY})"
_TERM = r"(?:\s*,?\s*(?:khoá|khóa)\s+(?P<term>[ivxlcdm]{1,7}|\d{1,2})(?![\w]))?"
# Steering committees that are not the reform committee: recognized so that their meetings are
# not given to the reform committee by proximity.
_OTHER_COMMITTEE_HEADS = phrase_pattern(
    "trung ương", "quốc gia", "phòng", "về", "thi đua", "chương trình", "xây dựng", "phát triển",
    "thực hiện", "đề án", "chuyển đổi số", "tổng điều tra", "công tác", "389", "liên ngành",
    "thành phố về", "tỉnh về", "các chương trình", "dự án", "tái cơ cấu",
)
_BODY_RE = folded_regex(
    # 1. the Government's reform committee
    rf"(?P<gov>{_BAN}{_ABBR_GAP}\s+(?:về\s+)?{_CCHC}{_ABBR_GAP}\s+(?:của\s+)?{_GOV})"
    # 2. a provincial reform committee ("BCĐ CCHC tỉnh", "Ban Chỉ đạo CCHC TP.HCM")
    rf"|(?P<prov>{_BAN}{_ABBR_GAP}\s+(?:về\s+)?{_CCHC}{_ABBR_GAP}(?:\s+(?:của\s+)?{_UNIT})?)"
    # 3. another steering committee
    rf"|(?P<other>{_BAN}\s+{_OTHER_COMMITTEE_HEADS}(?!\w))"
    # 4. a bare "Ban Chỉ đạo" / "BCĐ": the committee named before
    rf"|(?P<bare>{_BAN}{_ABBR_GAP})"
    # 5. a People's Council
    rf"|(?P<council>{_HDND}{_ABBR_GAP}"
    rf"(?:\s+(?P<cunit>tỉnh|{_HCM}|{_CITY}|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|các\s+cấp))?)"
    # 6. the National Assembly and its Standing Committee
    rf"|(?P<ubtvqh>{phrase_pattern('ủy ban thường vụ quốc hội')})"
    rf"|(?P<qh>{phrase_pattern('quốc hội')}(?!\s+(?:hoá|hóa)))",
)
# A place name after "tỉnh": capitalized words on the same line ("tỉnh Hà Giang", "tỉnh Bà Rịa -
# Vũng Tàu"), never a word that starts the next sentence or line ("HĐND tỉnh\n\nSáng nay ...").
_NOT_A_NAME = r"(?!(?:Khóa|Khoá|Kỳ|Kì|Lần|Nhiệm|Về|Của|Và|Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Tại|Trong|Theo)\b)"
_NAME_RE = re.compile(
    rf"[ \t]+{_NOT_A_NAME}({CAPITALIZED_WORD}"
    rf"(?:(?:[ \t]+|[ \t]?-[ \t]?){_NOT_A_NAME}{CAPITALIZED_WORD}){{0,3}})"
)
_TERM_RE = re.compile(_TERM, re.IGNORECASE)
_HCM_UNIT_RE = folded_regex(r"hcm|hồ\s+chí\s+minh")
_LOCAL_UNITS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "các cấp")


@dataclass
class _Body:
    start: int
    end: int
    name: str | None  # None: a body nobody tracks
    kind: BodyKind
    bare: bool = False
    place: str | None = None  # councils: "tỉnh Hà Giang", for filling in a missing term
    term: str | None = None


def _place(original: str, folded: str, unit: str | None, unit_end: int, province: str | None
           ) -> tuple[str | None, int]:
    """The place a body names after its unit word, and where that name ends.

    "tỉnh Hà Giang" -> "tỉnh Hà Giang"; a bare "tỉnh" -> the province argument; "TP.HCM" ->
    "Thành phố Hồ Chí Minh". Returns (None, unit_end) when the place cannot be told.
    """
    unit_key = re.sub(r"\s+", " ", unit or "")
    if _HCM_UNIT_RE.search(unit_key):
        return unit_and_name("Hồ Chí Minh"), unit_end
    m = _NAME_RE.match(original, unit_end)
    name = re.sub(r"\s+", " ", m.group(1)) if m else None
    if unit_key in ("tỉnh",):
        if name:
            return f"tỉnh {name}", m.end()
        return (unit_and_name(province) if province else None), unit_end
    if unit_key.startswith("thành phố") or unit_key.startswith("tp"):
        if name:
            place = unit_and_name(name)
            if place.startswith("Thành phố"):
                return place, m.end()
            return f"thành phố {name}", m.end()  # a provincial city's own council
        if province and unit_and_name(province).startswith("Thành phố"):
            return unit_and_name(province), unit_end
        return None, unit_end
    return None, unit_end


def _term(original: str, pos: int) -> tuple[str | None, int]:
    m = _TERM_RE.match(original, pos)
    if m is None or not m.group("term"):
        return None, pos
    raw = m.group("term")
    if raw.isdigit():
        return (int_to_roman(int(raw)) if 0 < int(raw) < 100 else None), m.end()
    return (raw.upper() if roman_to_int(raw.upper()) else None), m.end()


def _find_bodies(original: str, folded: str, province: str | None) -> list[_Body]:
    bodies: list[_Body] = []
    for m in _BODY_RE.finditer(folded):
        if m.group("gov"):
            bodies.append(_Body(m.start(), m.end(), GOVERNMENT_COMMITTEE, "committee"))
        elif m.group("prov"):
            place, end = (None, m.end())
            if m.group("unit"):
                place, end = _place(original, folded, m.group("unit"), m.end("unit"), province)
            if place is None and m.group("unit") is None:  # "Ban Chỉ đạo CCHC" alone: refers back
                bodies.append(_Body(m.start(), m.end(), None, "committee", bare=True))
            else:
                name = f"Ban Chỉ đạo cải cách hành chính {place}" if place else None
                bodies.append(_Body(m.start(), end, name, "committee"))
        elif m.group("other"):
            bodies.append(_Body(m.start(), m.end(), None, "committee"))
        elif m.group("bare"):
            bodies.append(_Body(m.start(), m.end(), None, "committee", bare=True))
        elif m.group("council"):
            unit = re.sub(r"\s+", " ", m.group("cunit") or "")
            if unit in _LOCAL_UNITS:
                bodies.append(_Body(m.start(), m.end(), None, "council"))
                continue
            end = m.end()
            if unit:
                place, end = _place(original, folded, unit, m.end("cunit"), province)
            else:  # "HĐND" alone: the province's council when the portal says which
                place = unit_and_name(province) if province else None
            term, end = _term(original, end)
            bodies.append(_Body(m.start(), end, None, "council", place=place, term=term))
        elif m.group("ubtvqh"):
            bodies.append(_Body(m.start(), m.end(), "Ủy ban Thường vụ Quốc hội", "committee"))
        elif m.group("qh"):
            term, end = _term(original, m.end())
            bodies.append(_Body(m.start(), end, "Quốc hội" + (f" khóa {term}" if term else ""),
                                "council"))
    _resolve_bare(bodies)
    _name_councils(bodies)
    return bodies


def _resolve_bare(bodies: list[_Body]) -> None:
    """A bare "Ban Chỉ đạo" names the closest full committee before it (or after it)."""
    full = [b for b in bodies if b.kind == "committee" and not b.bare and b.name]
    starts = [b.start for b in full]
    for body in bodies:
        if not body.bare:
            continue
        i = bisect.bisect_left(starts, body.start)
        if i > 0:
            body.name = full[i - 1].name
        elif i < len(full):
            body.name = full[i].name


def _name_councils(bodies: list[_Body]) -> None:
    """"HĐND tỉnh X khóa R"; a mention without a term takes the term of another one of X."""
    terms: dict[str, list[tuple[int, str]]] = {}
    for b in bodies:
        if b.kind == "council" and b.place and b.term:
            terms.setdefault(b.place, []).append((b.start, b.term))
    for b in bodies:
        if b.kind != "council" or b.name is not None or not b.place:
            continue
        term = b.term
        if term is None and b.place in terms:
            known = terms[b.place]
            i = bisect.bisect_left(known, (b.start, ""))
            term = known[i - 1][1] if i > 0 else known[0][1]
        b.name = f"HĐND {b.place}" + (f" khóa {term}" if term else "")


# --- meeting mentions -----------------------------------------------------------------------------
_SESSION_RE = folded_regex(
    r"(?<!\w)(?P<kind>phiên\s+họp|họp\s+phiên|kỳ\s+họp|kì\s+họp)\s+"
    r"(?:(?P<lan>lần)\s+)?thứ\s+"
    rf"(?P<num>\d{{1,3}}(?![\d/]|[.,]\d)|{NUMBER_WORDS_PATTERN}(?!\w)|[ivxlcdm]{{1,7}}(?!\w))"
)
_WEEKDAY_NUMBERS = {2, 3, 4, 5, 6, 7}
# "thứ Năm, 19/7", "thứ năm (19/7)", "thứ Năm ngày 19/7": a weekday. "thứ năm, ngày 19/7" and
# "thứ ba ngày 3/2/2023" (lowercase, with "ngày") are meetings and their dates.
_WEEKDAY_DATE_RE = folded_regex(r"\s*[,(–-]\s*\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)")
_WEEKDAY_CAPITAL_DATE_RE = folded_regex(r"\s*[,(–-]?\s*(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)")
_YEAR_AFTER_RE = folded_regex(r"\s+(?:\d{4}(?!\d)|nay\b|ngoái\b|học\b|tài\s+chính\b)")


@dataclass
class _Mention:
    start: int
    end: int
    number: int
    kind: str  # the meeting word, folded ("phiên họp", "kỳ họp", ...)
    evidence: str


def _read_number(original: str, folded: str, m: re.Match[str]) -> tuple[int | None, int]:
    raw, end = m.group("num"), m.end("num")
    if raw.isdigit():
        return int(raw), end
    if raw[0] in "ivxlcdm" and " " not in raw and parse_number_words(raw) is None:
        roman = original[m.start("num"):end]
        return (roman_to_int(roman) if roman.isupper() else None), end
    words = raw.split()
    # "kỳ họp thứ mười năm 2023": "năm" starts the year, it is not the unit of "mười lăm".
    if len(words) > 1 and words[-1] == "năm" and _YEAR_AFTER_RE.match(folded, end):
        words = words[:-1]
        end = m.start("num") + len(raw[:raw.rfind("năm")].rstrip())
    return parse_number_words(" ".join(words)), end


def _find_mentions(original: str, folded: str) -> list[_Mention]:
    mentions: list[_Mention] = []
    for m in _SESSION_RE.finditer(folded):
        if len(mentions) >= MAX_MEETING_PHRASES:
            break
        kind = re.sub(r"\s+", " ", m.group("kind")).replace("kì", "kỳ")
        number, end = _read_number(original, folded, m)
        if not number:
            continue
        capital = original[m.start("num"):m.start("num") + 1].isupper()
        if number in _WEEKDAY_NUMBERS and (
            _WEEKDAY_DATE_RE.match(folded, end)
            or (capital and not original[m.start():end].isupper() and _WEEKDAY_CAPITAL_DATE_RE.match(folded, end))
        ):
            continue  # "thứ Năm, 19/7": a weekday
        mentions.append(_Mention(m.start(), end, number, kind, original[m.start():end]))
    return mentions


# --- which body, which role, which date -----------------------------------------------------------
_CONNECTOR_RE = folded_regex(r"[\s,:–—-]*(?:\([^()\n]{0,40}\)\s*,?\s*)?(?:của\s+)?$")
_ADJACENT_WINDOW = 60
_SUBJECT_WORDS = 8  # at most this many words between a body and the meeting it holds
_MAX_BODIES_BACK = 200  # bodies of the wrong kind skipped looking back (bounds odd inputs)


def _fits(mention: _Mention, body: _Body) -> bool:
    return (body.kind == "council") == (mention.kind == "kỳ họp")


def _body_for(mention: _Mention, bodies: list[_Body], starts: list[int], sentence: Span, folded: str
              ) -> tuple[_Body | None, bool]:
    """The body holding a meeting, and whether the text names it right at the meeting (strong)
    rather than nearby (weak)."""
    i = bisect.bisect_left(starts, mention.end)
    if i < len(bodies) and bodies[i].start <= mention.end + _ADJACENT_WINDOW:
        # right after: "phiên họp thứ bảy của Ban Chỉ đạo", "kỳ họp thứ 15, HĐND tỉnh"
        if _CONNECTOR_RE.match(folded[mention.end:bodies[i].start]):
            return bodies[i], not bodies[i].bare  # a bare "Ban Chỉ đạo" only refers back
    j = bisect.bisect_left(starts, mention.start) - 1
    stop = max(-1, j - _MAX_BODIES_BACK)
    while j > stop:  # the closest body before it (in its sentence, else in the article)
        b = bodies[j]
        if b.end <= mention.start and _fits(mention, b):
            # "Ban Chỉ đạo CCHC tỉnh Hà Giang tổ chức phiên họp lần thứ hai": named as the subject
            close = b.start >= sentence.start and len(folded[b.end:mention.start].split()) <= _SUBJECT_WORDS
            return b, close and not b.bare
        j -= 1
    while i < len(bodies) and bodies[i].start < sentence.end:  # the first after it in its sentence
        if _fits(mention, bodies[i]):
            return bodies[i], False
        i += 1
    return None, False


_MENTIONED_BEFORE_RE = folded_regex(
    r"(?:(?<!\w)(?:từ|kể\s+từ|so\s+với|như|sau|trước|theo|đối\s+với|tiếp\s+theo)"
    r"\s+(?:(?:tại|ở|với)\s+)?(?:các\s+)?"
    r"|kết\s+luận\b[^;]{0,120}?(?<!\w)(?:tại|ở)\s+"
    # carrying out the conclusions of a meeting: "quán triệt kết luận phiên họp thứ sáu"
    r"|(?<!\w)(?:quán\s+triệt|triển\s+khai|thực\s+hiện|thông\s+báo|theo)\s+(?:các\s+|những\s+)?"
    r"(?:nội\s+dung\s+)?kết\s+luận(?:\s+số\s+\S+)?(?:\s+của\s+[^;]{0,80}?)?\s+"
    r"|(?<!\w)(?:giao|đề\s+ra|nêu\s+ra)\s+(?:tại|ở)\s+)$"
)
_MENTIONED_AFTER_RE = folded_regex(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?,?\s*(?:trước\s+đó|lần\s+trước|kỳ\s+trước|trước\b)"
)
_HELD_RE = folded_regex(
    r"(?<!\w)(?:chủ\s+trì|tổ\s+chức|khai\s+mạc|bế\s+mạc|diễn\s+ra|họp\s+phiên|dự\s+phiên\s+họp|"
    r"dự\s+họp|tham\s+dự|tiến\s+hành|bước\s+vào|kết\s+thúc|triệu\s+tập)(?!\w)"
)
_HELD_RIGHT_BEFORE_RE = folded_regex(r"(?:kết\s+luận|phát\s+biểu|dự|tại)\s+$")


def _clause(folded: str, sentence: Span, pos: int) -> tuple[int, int]:
    """The ";"-delimited part of the sentence around `pos`, at most CONTEXT_WINDOW each side."""
    lo = max(sentence.start, pos - CONTEXT_WINDOW)
    hi = min(sentence.end, pos + CONTEXT_WINDOW)
    start = folded.rfind(";", lo, pos)
    end = folded.find(";", pos, hi)
    return (lo if start < 0 else start + 1), (hi if end < 0 else end)


def _window(sentence: Span, pos: int) -> Span:
    """The part of a sentence within CONTEXT_WINDOW characters of `pos`."""
    return Span(max(sentence.start, pos - CONTEXT_WINDOW), min(sentence.end, pos + CONTEXT_WINDOW),
                sentence.paragraph)


def _role(mention: _Mention, folded: str, sentence: Span, in_title: bool, in_lead: bool) -> Role:
    clause_start, clause_end = _clause(folded, sentence, mention.start)
    before = folded[max(clause_start, mention.start - 160):mention.start]
    if _MENTIONED_BEFORE_RE.search(before) or _MENTIONED_AFTER_RE.match(folded, mention.end):
        return "mentioned"
    if in_title or mention.kind == "họp phiên":
        return "held"
    if _HELD_RE.search(folded, clause_start, clause_end):
        return "held"
    if in_lead:
        return "held"
    return "mentioned"


_DOCUMENT_BEFORE_RE = folded_regex(
    r"(?:quyết\s+định|nghị\s+định|nghị\s+quyết|thông\s+tư|kế\s+hoạch|công\s+văn|chỉ\s+thị|"
    r"thông\s+báo|kết\s+luận|văn\s+bản|đề\s+án|chương\s+trình|quy\s+định|luật)"
    r"\s+(?:số\s+)?\d[^\s,;]*[^;]{0,50}$"
)


# A session over several days: "từ ngày 6 đến 8/12", "trong 2 ngày 6 và 7/12", "ngày 6-8/12/2023".
_DAY_RANGE_RE = folded_regex(
    r"(?<!\w)ngày\s+(?P<d>\d{1,2})\s*(?:đến|tới|-|–|và)\s*(?:ngày\s+)?\d{1,2}\s*(?P<rest>[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{4})?)(?![\d/.-]\d)"
)


def _dates_in(original: str, folded: str, span: Span, reference: date) -> list[tuple[int, date]]:
    """In-body dates of a sentence (absolute positions), without the dates of documents; a range
    of days gives its first day."""
    found = []
    for start, _end, day in find_partial_dates(original[span.start:span.end], reference):
        pos = span.start + start
        if _DOCUMENT_BEFORE_RE.search(folded, max(span.start, pos - 80), pos):
            continue
        found.append((pos, day))
    for m in _DAY_RANGE_RE.finditer(folded, span.start, span.end):
        rest = re.sub(r"\s+", "", m.group("rest"))
        day = resolve_partial_date(f"ngày {m.group('d')}{rest}", reference)
        if day is not None and not _DOCUMENT_BEFORE_RE.search(folded, max(span.start, m.start() - 80), m.start()):
            found.append((m.start(), day))
    return sorted(found)


def _held_date(mention: _Mention, original: str, folded: str, sentence: Span, reference: date
               ) -> date | None:
    dates = _dates_in(original, folded, _window(sentence, mention.start), reference)
    before = [d for p, d in dates if p < mention.start]
    after = [d for p, d in dates if p >= mention.end]
    return before[0] if before else (after[0] if after else None)


_DATE_RIGHT_AFTER_RE = folded_regex(
    r"\s*,?\s*(?:\(\s*)?(?:(?:diễn\s+ra|tổ\s+chức|họp)\s+)?(?:vào\s+)?"
    r"(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?(?P<date>\d{1,2}\s?[/.-]\s?\d{1,2}(?:[/.-]\d{2,4})?)"
    r"(?!\d)"
)


# "Ngày 19/7/2022, tại phiên họp thứ hai": the date right before the meeting it introduces.
_DATE_THEN_MEETING_RE = folded_regex(r"\s*\)?\s*,?\s*(?:(?:tại|trong|ở)\s+)?$")


def _mentioned_date(mention: _Mention, original: str, folded: str, sentence: Span, reference: date
                    ) -> date | None:
    m = _DATE_RIGHT_AFTER_RE.match(folded, mention.end)
    if m is not None:
        return resolve_partial_date(original[m.start("date"):m.end("date")], reference)
    lo = max(sentence.start, mention.start - 120)
    for start, end, day in find_partial_dates(original[lo:mention.start], reference):
        if _DATE_THEN_MEETING_RE.fullmatch(folded, lo + end, mention.start):
            return day
    return None


# --- the detector ---------------------------------------------------------------------------------
@dataclass
class _Found:
    body: str
    number: int
    role: Role
    date: date | None
    evidence: str
    order: int
    lead_meeting: bool = False  # held in the title or the lead: may take the first sentence's date


def find_sessions(
    title: str | None,
    text: str,
    *,
    reference: date | None,
    province: str | None,
) -> tuple[SessionMention, ...]:
    """The numbered meetings an article names, one per (body, number), in order of appearance."""
    title = nfc(title or "").strip()
    text = nfc(text or "")
    if not title and not text.strip():
        return ()
    # The title is the article's first line; the text starts after it.
    original = f"{title}\n\n{text}" if title else text
    text_start = len(title) + 2 if title else 0
    folded = fold_keep_length(original)
    mentions = _find_mentions(original, folded)
    if not mentions:
        return ()
    bodies = _find_bodies(original, folded, province)
    body_starts = [b.start for b in bodies]
    spans = sentence_spans(original)
    starts = [s.start for s in spans]
    text_spans = [s for s in spans if s.start >= text_start]
    lead_paragraph = text_spans[0].paragraph if text_spans else -1
    first_sentence = text_spans[0] if text_spans else None

    # A meeting named with its body somewhere in the article ("phiên họp thứ sáu của BCĐ CCHC của
    # Chính phủ") keeps that body where another mention of it only has a body nearby ("BCĐ CCHC
    # tỉnh quán triệt kết luận ... tại phiên họp thứ sáu").
    resolved = [_body_for(m, bodies, body_starts, span_at(spans, starts, m.start), folded) for m in mentions]
    named: dict[tuple[int, bool], _Body] = {}
    for mention, (body, strong) in zip(mentions, resolved):
        if strong and body is not None:
            named.setdefault((mention.number, body.kind == "council"), body)

    found: dict[tuple[str, int], _Found] = {}
    for order, (mention, (body, strong)) in enumerate(zip(mentions, resolved)):
        sentence = span_at(spans, starts, mention.start)
        if not strong:
            body = named.get((mention.number, mention.kind == "kỳ họp"), body)
        if body is None or not body.name:
            continue
        in_title = mention.start < text_start
        in_lead = not in_title and sentence.paragraph == lead_paragraph
        role = _role(mention, folded, sentence, in_title, in_lead)
        day = None
        if reference is not None:
            if role == "held":
                day = _held_date(mention, original, folded, sentence, reference)
            else:
                day = _mentioned_date(mention, original, folded, sentence, reference)
        key = (fold(body.name), mention.number)
        current = found.get(key)
        candidate = _Found(body.name, mention.number, role, day, mention.evidence, order)
        if current is None:
            found[key] = candidate
        elif current.role == "mentioned" and role == "held":
            candidate.order = current.order
            found[key] = candidate
        elif current.role == role and current.date is None and day is not None:
            current.date = day
        if role == "held" and (in_title or in_lead):
            found[key].lead_meeting = True

    results = []
    for item in sorted(found.values(), key=lambda f: f.order):
        day = item.date
        if (item.role == "held" and day is None and reference is not None
                and item.lead_meeting and first_sentence is not None):
            dates = _dates_in(original, folded, first_sentence, reference)
            day = dates[0][1] if dates else None
        results.append(SessionMention(item.body, item.number, day, item.role, item.evidence))
    return tuple(results)
