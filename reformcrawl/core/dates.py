"""Publication times and in-body meeting dates from Vietnamese portal text.

Design:

* Regular expressions first. The portals print a handful of shapes (``05:02, 03/02/2023``,
  ``Thứ 6, 26.03.2021 | 14:49:57``, ``Thứ sáu, 11/11/2022, 16:45 CH``, ``08:37 06/02/2024``,
  ISO 8601 in meta tags). Precompiled patterns read them exactly and fast. Numeric dates are always
  day first: that is the Vietnamese order.
* dateparser is only a fallback, in `parse_timestamp`, on one isolated, already-normalized string
  that contains a digit. It is imported lazily so importing this module stays cheap.
  `dateparser.search.search_dates` is never used: over body text it reads "thứ năm" ("the fifth")
  as Thursday and "năm" ("year") as a date.
* The clock is always an argument (`now`, `reference`, `fetched_at`), never read. A date the text
  does not give is None: no invented day, no falling back to "now".
* Results are aware datetimes in `config.VIETNAM_TZ`. An explicit offset in the input keeps its
  instant and is converted; a date without a time is midnight Vietnam time.
* In-body dates often lack a year ("Chiều 3-2", "Sáng nay (26/3)"); they take the year that puts
  them on or shortly before a reference date (see `resolve_partial_date`).
* Positions from `find_partial_dates` index the NFC form of the text, which is the text itself for
  NFC input (extraction produces NFC).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, unquote, urlsplit

from ..config import VIETNAM_TZ
from .textnorm import nfc, squash_spaces

__all__ = [
    "date_from_url",
    "find_partial_dates",
    "find_timestamp",
    "month_from_url",
    "parse_timestamp",
    "reference_date",
    "resolve_partial_date",
    "to_vietnam",
]

_MIN_YEAR, _MAX_YEAR = 1900, 2100  # a wider year is a misread, not a portal date
_URL_MIN_YEAR = 1995  # no portal URL predates the web in Vietnam; guards against ids
_FALLBACK_MAX_LEN = 200  # a standalone timestamp is short; longer text never reaches dateparser
_PARTIAL_WINDOW = timedelta(days=7)  # how far after the reference a yearless date may fall

# --- pattern pieces -------------------------------------------------------------------------------
_DAYPART = r"sáng|trưa|chiều|tối|đêm"
# "Thứ năm" is Thursday; the number words must be consumed with "thứ", never read alone.
_WEEKDAY = r"\b(?:thứ\s?(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s?nhật|cn|t[2-7])\b"
_NOT_ALNUM = r"(?![^\W_])"  # end of a word, also after "a.m."


def _time_re(tag: str) -> str:
    """One clock time: 14:30, 14:30:05, 14h30, 14h, 14g30, 14 giờ 30 (phút); optional SA/CH/Chiều.

    A colon time is always a clock, so out-of-range numbers (25:00) match and are rejected when
    building the datetime: the timestamp is impossible, not midnight. "48 giờ", "72h" are
    durations, so those forms only match real hours.
    """
    return (
        rf"(?<![\d:./+])"
        rf"(?:(?P<h{tag}>\d{{1,2}}):(?P<m{tag}>\d\d)(?::(?P<s{tag}>\d\d)(?:[.,]\d+)?)?(?!\d)"
        rf"|(?P<g{tag}>[01]?\d|2[0-3])(?:[hg](?P<n{tag}>[0-5]\d)?['’′]?{_NOT_ALNUM}"
        rf"|\s?giờ(?:\s?(?P<k{tag}>[0-5]?\d)(?!\d)(?:\s?phút)?)?))"
        rf"(?:\s?(?P<ap{tag}>{_DAYPART}|a\.m\.|p\.m\.|am|pm|sa|ch){_NOT_ALNUM})?"
    )


_MONTHS = {"sept": 9} | {name.lower(): number for number in range(1, 13)
           for name in (calendar.month_name[number], calendar.month_abbr[number])}
_MONTH_NAMES = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"

_DATE = (
    # year first (ISO 8601 and 2023/07/19)
    r"(?:(?<![\d.:/-])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"
    # day first: 03/02/2023, 26.03.2021, 3-2-2023, 03/02/23
    r"|(?<![\d.:/-])(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?"
    r"(?P<y>\d{4}|\d{2})(?![\d]|[./-]\d)"
    # words: 19 tháng 7 năm 2023, 19 tháng 07, 2023
    r"|(?<![\d.:/-])(?P<td>\d{1,2})\stháng\s(?P<tm>\d{1,2})(?:\s?,\s?|\snăm\s|\s?/\s?|\s)"
    r"(?P<ty>\d{4})(?!\d)"
    # English on bilingual portals: 11 October 2022, Nov 18, 2021
    rf"|(?<![\d.:/-])(?P<ed>\d{{1,2}})\s(?P<em>{_MONTH_NAMES})\.?,?\s(?P<ey>\d{{4}})(?!\d)"
    rf"|\b(?P<em2>{_MONTH_NAMES})\.?\s(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<ey2>\d{{4}})(?!\d))"
)
_TIME_DATE_SEP = r"\s?[,|–—-]?\s?"


def _tz_re(tag: str) -> str:
    """A UTC offset after a time: Z, +07:00, +0700, GMT+7, (GMT+07:00)."""
    return (
        rf"(?:\s?\(?(?P<tz{tag}>(?:gmt|utc)\s?[+-]\d{{1,2}}(?::?\d{{2}})?"
        rf"|[+-]\d{{2}}:?\d{{2}}(?!\d)"
        rf"|z{_NOT_ALNUM})\)?)?"
    )


# [time] [day-part] [weekday] [ngày] DATE [time] [offset]: a time on either side of the date
# belongs to it.
_TIMESTAMP_RE = re.compile(
    rf"(?:{_time_re('1')}{_tz_re('1')}{_TIME_DATE_SEP}(?:lúc\s)?)?"
    rf"(?:\b(?P<dp>{_DAYPART})(?:\s(?:nay|qua|mai|hôm\snay|hôm\squa))?\s?,?\s?)?"
    rf"(?:{_WEEKDAY}\s?[,|–-]?\s?)?(?:ngày\s)?"
    rf"{_DATE}"
    rf"(?:(?:T|{_TIME_DATE_SEP}(?:(?:vào\s)?lúc\s)?(?:(?P<dp2>{_DAYPART})\s)?){_time_re('2')})?"
    rf"{_tz_re('2')}",
    re.IGNORECASE,
)
# Where a date may start. The full pattern is costly per position, so scanning starts just before
# the first hint; a timestamp's prefix ("23 giờ 59 chiều (GMT+07:00) - Chủ nhật, ngày ") is shorter.
_DATE_HINT_RE = re.compile(
    rf"\d\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?\d|\d\stháng\s\d|\d\s{_MONTH_NAMES}|\b{_MONTH_NAMES}\.?\s\d", re.IGNORECASE)
_PREFIX_WINDOW = 64
# Any numeric day-month-year shape: if the scan rejected one, it was impossible (31/02/2023) and
# must not be handed to dateparser, which would swap day and month (12/13/2023 -> 13 December).
_DATE_SHAPE_RE = re.compile(r"\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}|\d\stháng\s\d", re.I)
_RFC2822_RE = re.compile(r"^(?:[a-z]{3},\s?)?\d{1,2}\s[a-z]{3}\s\d{4}\s\d{1,2}:\d{2}", re.I)
_WEEKDAY_RE = re.compile(_WEEKDAY + r"\s?[,|–-]?", re.IGNORECASE)
_PREFIX_RE = re.compile(
    r"^(?:cập\snhật(?:\slúc|\sngày)?|ngày\sđăng|đăng\slúc|đăng\sngày|ngày|thời\sgian)\s?:?\s*",
    re.IGNORECASE,
)
_NOISE_RE = re.compile(r"\(?\b(?:gmt|utc)\s?\+\s?0?7(?::?00)?\)?|\+07:?00\b|[|]|\blúc\b", re.I)
_DIGIT_RE = re.compile(r"\d")


# --- small helpers --------------------------------------------------------------------------------
def to_vietnam(dt: datetime) -> datetime:
    """An aware datetime in Vietnam time; a naive one is taken as Vietnam local time."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        return dt.replace(tzinfo=VIETNAM_TZ)
    return dt.astimezone(VIETNAM_TZ)


def _full_year(year: int, digits: int, base_year: int | None) -> int:
    """Expand a 2-digit year to the century nearest `base_year` (2000s without one)."""
    if digits != 2:
        return year
    if base_year is None:
        return 2000 + year
    century = base_year // 100 * 100
    return min((c + year for c in (century - 100, century, century + 100)),
               key=lambda y: abs(y - base_year))


def _make_date(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # 31/02, month 13, day 0
        return None


def _shift_hour(hour: int, word: str | None) -> int:
    """Apply a day-part word (SA/CH, Sáng/Chiều/Tối...) to a 12-hour clock time."""
    if not word or hour == 0 or hour > 12:  # already a 24-hour time: 16:45 CH stays 16:45
        return hour
    word = word.lower()
    if word in ("sa", "am", "a.m.", "sáng"):
        return 0 if hour == 12 else hour
    if word in ("ch", "pm", "p.m.", "chiều"):
        return hour if hour == 12 else hour + 12
    if word == "trưa":  # noon: 11, 12 stay; 1 giờ trưa is 13:00
        return hour + 12 if hour <= 4 else hour
    if word == "tối":  # evening: 8 giờ tối is 20:00
        return hour if hour == 12 else hour + 12
    if word == "đêm":  # night: 11 giờ đêm is 23:00, 12 giờ đêm is 00:00, 2 giờ đêm is 02:00
        if hour == 12:
            return 0
        return hour + 12 if hour >= 6 else hour
    return hour


def _offset(raw: str | None, year_first: bool) -> tzinfo | None:
    """The input's own UTC offset, or None to mean Vietnam time."""
    if not raw:
        return None
    if raw.lower() == "z":
        return timezone.utc
    m = re.match(r"(gmt|utc)?\s?([+-])(\d{1,2})(?::?(\d{2}))?", raw, re.IGNORECASE)
    if m is None:
        return None
    # A bare "-10:00" after "08:00" is more likely a time range than an offset: ISO only.
    if m.group(2) == "-" and not m.group(1) and not year_first:
        return None
    minutes = int(m.group(3)) * 60 + int(m.group(4) or 0)
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if m.group(2) == "-" else minutes))


def _from_match(m: re.Match[str], now: datetime | None) -> datetime | None:
    """Build the datetime a `_TIMESTAMP_RE` match describes, or None when it is impossible."""
    base_year = to_vietnam(now).year if now is not None else None
    if m.group("iy"):
        y, mo, d = m.group("iy"), m.group("im"), m.group("id")
    elif m.group("y"):
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
    elif m.group("ty"):
        y, mo, d = m.group("ty"), m.group("tm"), m.group("td")
    elif m.group("ey"):
        y, mo, d = m.group("ey"), str(_MONTHS[m.group("em").lower()]), m.group("ed")
    else:
        y, mo, d = m.group("ey2"), str(_MONTHS[m.group("em2").lower()]), m.group("ed2")
    day = _make_date(_full_year(int(y), len(y), base_year), int(mo), int(d))
    if day is None:
        return None
    tag = next((t for t in "12" if m.group("h" + t) or m.group("g" + t)), None)
    if tag is None:
        return datetime.combine(day, time(0, 0), tzinfo=VIETNAM_TZ)
    hour = int(m.group("h" + tag) or m.group("g" + tag))
    minute = int(m.group("m" + tag) or m.group("n" + tag) or m.group("k" + tag) or 0)
    second = int(m.group("s" + tag) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    word = m.group("ap" + tag) or (m.group("dp2") if tag == "2" else None) or m.group("dp")
    clock = time(_shift_hour(hour, word), minute, second)
    tz = _offset(m.group("tz1") or m.group("tz2"), bool(m.group("iy"))) or VIETNAM_TZ
    return datetime.combine(day, clock, tzinfo=tz).astimezone(VIETNAM_TZ)


def _scan(text: str, now: datetime | None) -> datetime | None:
    """The first valid timestamp match; an impossible date (31/02/2023) is skipped."""
    hint = _DATE_HINT_RE.search(text)
    if hint is None:
        return None
    for m in _TIMESTAMP_RE.finditer(text, max(0, hint.start() - _PREFIX_WINDOW)):
        found = _from_match(m, now)
        if found is not None:
            return found
    return None


# --- timestamps -----------------------------------------------------------------------------------
def find_timestamp(text: str, *, now: datetime | None = None) -> datetime | None:
    """The first complete date (with the time next to it, if any) in a short line of text.

    Regex only. `now` only picks the century of a 2-digit year.

    >>> find_timestamp("Tin, ảnh: Thu Phương - 15:20, 19/07/2023").isoformat()
    '2023-07-19T15:20:00+07:00'
    """
    if not text:
        return None
    return _scan(squash_spaces(nfc(text)), now)


def parse_timestamp(text: str, *, now: datetime | None = None) -> datetime | None:
    """One standalone timestamp string (a page's date line or a meta tag's value).

    `now` only resolves 2-digit years and relative phrases in the dateparser fallback.
    """
    if not text:
        return None
    s = squash_spaces(nfc(text))
    if _RFC2822_RE.match(s):  # RSS pubDate, HTTP Last-Modified: English month names
        try:
            return to_vietnam(parsedate_to_datetime(s))
        except (TypeError, ValueError):
            pass  # not RFC 2822 after all; the Vietnamese shapes below may still read it
    s = _PREFIX_RE.sub("", squash_spaces(_WEEKDAY_RE.sub(" ", s)))
    found = _scan(s, now)
    if found is not None or _DATE_SHAPE_RE.search(s):
        return found
    if len(s) > _FALLBACK_MAX_LEN or not _DIGIT_RE.search(s):
        return None
    return _dateparser_fallback(squash_spaces(_NOISE_RE.sub(" ", s)), now)


def _dateparser_fallback(text: str, now: datetime | None) -> datetime | None:
    """dateparser on one isolated, normalized string; strict: day, month and year must be given."""
    import dateparser  # lazy: loading it costs a noticeable fraction of a second

    parsers = ["custom-formats", "absolute-time"]
    if now is not None:  # "2 giờ trước" needs a clock; without `now` there is none to read
        parsers.insert(0, "relative-time")
    # STRICT_PARSING fills nothing from the base; a fixed one keeps dateparser off the clock.
    base = to_vietnam(now).replace(tzinfo=None) if now is not None else datetime(2000, 1, 1)
    settings = {
        "DATE_ORDER": "DMY",
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,
        "TIMEZONE": VIETNAM_TZ.key,
        "TO_TIMEZONE": VIETNAM_TZ.key,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PARSERS": parsers,
    }
    try:
        parsed = dateparser.parse(text, languages=["vi"], settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError):  # dateparser on odd input
        return None
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    return to_vietnam(parsed)


# --- dates in URLs --------------------------------------------------------------------------------
_URL_DATE_RES = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),  # /2023/07/19/slug
    # /20230719/, /2023-07-19/, slug-2023_07_19.html
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<s>[-_.]?)(?P<m>\d{2})(?P=s)(?P<d>\d{2})(?!\d|[-_.]\d)"),
    # -20230719123456.htm (date and a valid clock time)
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)"),
)
# A whole query value: ?date=19/07/2023 (day first) or ?date=2023-07-19[T...]
_QUERY_DATE_RES = (
    re.compile(r"(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T.*)?"),
)
_URL_MONTH_RES = (
    re.compile(r"/(\d{4})(\d{2})(?=/|$)"),  # /thoi-su-chinh-tri/202307/slug-81c6907/
    re.compile(r"/(\d{4})/(\d{1,2})(?=/|$)"),  # /2023/07/slug
)


def _url_date(year: str, month: str, day: str) -> date | None:
    if not _URL_MIN_YEAR <= int(year) <= _MAX_YEAR:  # ids like -8293410 are not years
        return None
    return _make_date(int(year), int(month), int(day))


def date_from_url(url: str) -> date | None:
    """The full publication date a URL carries (path, then query), or None."""
    parts = urlsplit(url or "")
    path = unquote(parts.path)
    candidates = [m for pattern in _URL_DATE_RES for m in pattern.finditer(path)]
    for _key, value in parse_qsl(parts.query):
        candidates += filter(None, (p.fullmatch(value.strip()) for p in _QUERY_DATE_RES))
    for m in candidates:
        found = _url_date(m["y"], m["m"], m["d"])
        if found is not None:
            return found
    return None


def month_from_url(url: str) -> tuple[int, int] | None:
    """(year, month) from a URL such as /<section>/202307/<slug>-<id>/ or /2023/07/slug.

    A reference month for yearless in-body dates, never a publication time.
    """
    full = date_from_url(url)
    if full is not None:
        return full.year, full.month
    path = unquote(urlsplit(url or "").path)
    for pattern in _URL_MONTH_RES:
        for m in pattern.finditer(path):
            year, month = int(m[1]), int(m[2])
            if _URL_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12:
                return year, month
    return None


# --- in-body partial dates ------------------------------------------------------------------------
# Digits after a date word: d/m, d.m, d-m with an optional year. Never followed by another
# separator and digit, so "2-3/2" (a range) and "1.894" are not read.
_PARTIAL_DM = (
    r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![/.-]?\d)"
    r"|(?P<td>\d{1,2})\stháng\s(?P<tm>\d{1,2})(?:(?:\snăm\s|,\s?)(?P<ty>\d{4}))?(?!\d)"
)
_RELATIVE = r"hôm\snay|hôm\squa|ngày\smai|nay|qua|mai"
_PARTIAL_RE = re.compile(
    r"(?:"
    # Sáng 19.7 / Chiều ngày 02/02/2024 / Sáng nay (26/3) / Sáng thứ Năm (19/7)
    rf"\b(?:{_DAYPART})(?:\s(?:{_RELATIVE}))?(?:\s?,?\s(?:{_WEEKDAY}))?\s?,?\s?(?:ngày\s)?"
    r"|\bngày\s"  # ngày 15/12, ngày 4.4.2022, ngày 19 tháng 7
    r"|\b(?:hôm\s)?nay\s?(?=\()|\bhôm\squa\s?(?=\()|\bngày\smai\s?(?=\()"  # hôm nay (26/3)
    r")"
    rf"(?P<open>\(\s?)?(?:{_PARTIAL_DM})(?(open)\s?\))"
    # Sáng nay / Chiều qua without digits: the reference day itself or the day before.
    rf"|\b(?:{_DAYPART})\s(?P<rel>hôm\snay|hôm\squa|nay|qua)\b(?!\s?\(?\s?\d)",
    re.IGNORECASE,
)
_BARE_DM_RE = re.compile(rf"(?<![\d.,/-])(?:{_PARTIAL_DM})", re.IGNORECASE)
_RELATIVE_RE = re.compile(rf"\b(?P<rel>{_RELATIVE})\b", re.IGNORECASE)
_RELATIVE_DAYS = {"nay": 0, "hôm nay": 0, "qua": -1, "hôm qua": -1, "mai": 1, "ngày mai": 1}


def _resolve_digits(m: re.Match[str], reference: date) -> date | None:
    """The date a `_PARTIAL_DM` match names, with the year chosen against `reference`."""
    day, month, year = (m["d"], m["m"], m["y"]) if m["d"] else (m["td"], m["tm"], m["ty"])
    if year:
        return _make_date(_full_year(int(year), len(year), reference.year), int(month), int(day))
    # The latest of last year, this year and next year not more than a week after the reference:
    # an article reports a meeting held on or shortly before its date, or announces one days ahead.
    best = None
    for candidate_year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _make_date(candidate_year, int(month), int(day))
        if candidate is not None and candidate <= reference + _PARTIAL_WINDOW:
            best = candidate
    return best


def _relative_day(word: str, reference: date) -> date:
    return reference + timedelta(days=_RELATIVE_DAYS[squash_spaces(word.lower())])


def find_partial_dates(text: str, reference: date) -> list[tuple[int, int, date]]:
    """(start, end, date) for each in-body date phrase of a paragraph, in order.

    Only phrases that are clearly dates count (a day-part word or "ngày" before the digits, or
    "(26/3)" after "nay"); bare "25/25", "10/28", "6 tháng đầu năm", "2022-2025" do not.
    """
    found: list[tuple[int, int, date]] = []
    for m in _PARTIAL_RE.finditer(nfc(text or "")):
        resolved = _relative_day(m["rel"], reference) if m["rel"] else _resolve_digits(m, reference)
        if resolved is not None:
            found.append((m.start(), m.end(), resolved))
    return found


def resolve_partial_date(text: str, reference: date) -> date | None:
    """The date one short phrase names ("Chiều 3-2", "Sáng nay (26/3)", "ngày 15/12", "Sáng nay").

    A full date is returned as is; a yearless one takes the year that puts it on or shortly
    before `reference` (at most 7 days after). Without digits, "nay"/"qua"/"mai" are the reference
    day, the day before and the day after.
    """
    text = nfc(text or "")
    found = find_partial_dates(text, reference)
    if found:
        return found[0][2]
    if _DIGIT_RE.search(text):  # digits decide; an impossible day/month is None, not "today"
        m = _BARE_DM_RE.search(text)
        return _resolve_digits(m, reference) if m else None
    m = _RELATIVE_RE.search(text)
    return _relative_day(m["rel"], reference) if m else None


def reference_date(
    published_at: datetime | None, url: str, fetched_at: datetime | None
) -> date | None:
    """The date yearless in-body dates resolve against.

    published_at's local date; else the last day of the URL's month, capped at fetched_at's date;
    else fetched_at's local date; else None.
    """
    if published_at is not None:
        return to_vietnam(published_at).date()
    fetched = to_vietnam(fetched_at).date() if fetched_at is not None else None
    month = month_from_url(url) if url else None
    if month is not None:
        last = date(month[0], month[1], calendar.monthrange(*month)[1])
        return min(last, fetched) if fetched is not None else last
    return fetched
