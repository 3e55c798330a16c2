"""Vietnamese numerals: digits with "." thousands and "," decimals, scale words, ordinal words.

Rules (the portals write numbers the Vietnamese way):

* ``.`` groups thousands and ``,`` is the decimal mark: "1.894" is 1894, "67,32" is 67.32,
  "1.000.000" is one million, "1.234,5" is 1234.5.
* A dot is a thousands separator only when every group after it has exactly three digits.
  "1.5" or "2.75" cannot be thousands groups, so they are read as an English-style decimal
  (1.5, 2.75): some pages and copied press releases write decimals that way, and reading "1.5"
  as 15 would be worse. "1.2345" fits neither convention and is rejected (None).
* A single comma is always the decimal mark, even before three digits: "1,234" is 1.234
  (Vietnamese convention; the portals never write English thousands with one comma).
  Two or more commas can only be thousands groups: "1,234,567" is 1234567. An English
  "1,234.5" (commas grouping, one dot decimal) is read as 1234.5.
* Scale words after the number multiply it: trăm 100, nghìn/ngàn 1e3, vạn 1e4, triệu 1e6,
  tỷ/tỉ 1e9; they chain ("3 nghìn tỷ" is 3e12).
* Ordinals for meetings may be written in words ("thứ hai mươi mốt") or Roman numerals
  ("khóa XV"): see `parse_number_words` and `roman_to_int`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_WORDS_PATTERN",
    "SCALE_PATTERN",
    "SCALES",
    "UNIT_WORDS",
    "int_to_roman",
    "parse_number",
    "parse_number_words",
    "roman_to_int",
]

#: Multipliers of the scale words, by their lowercase spelling.
SCALES: dict[str, float] = {
    "trăm": 1e2,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

#: A numeral as printed (digits with "." / "," separators), for use inside larger patterns.
NUMBER_PATTERN = r"\d+(?:[.,]\d+)*"
#: One or more scale words after a numeral ("triệu", "nghìn tỷ").
SCALE_PATTERN = r"(?:\s+(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r"))+"

_NUMERAL_RE = re.compile(rf"^([+-]?)({NUMBER_PATTERN})((?:\s+\S+)*)$")
_DOT_GROUPS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_COMMA_GROUPS_RE = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")
_ENGLISH_RE = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")
_VIETNAMESE_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")


def _digits_value(s: str) -> float | None:
    """The value of a bare numeral (no sign, no scale word)."""
    if s.isdigit():
        return float(s)
    if "." not in s and s.count(",") == 1:  # 67,32 / 3,5 / 1,234 (decimal, see module doc)
        return float(s.replace(",", "."))
    if "," not in s:
        if _DOT_GROUPS_RE.match(s):  # 1.894 / 1.000.000
            return float(s.replace(".", ""))
        whole, _, frac = s.partition(".")
        if s.count(".") == 1 and len(frac) in (1, 2):  # 1.5 / 2.75: decimal, see module doc
            return float(f"{whole}.{frac}")
        return None  # 1.2345, 1.23.4: neither convention
    if _VIETNAMESE_RE.match(s):  # 1.234,5
        return float(s.replace(".", "").replace(",", "."))
    if _COMMA_GROUPS_RE.match(s):  # 1,234,567
        return float(s.replace(",", ""))
    if _ENGLISH_RE.match(s):  # 1,234.5
        return float(s.replace(",", ""))
    return None


def parse_number(text: str) -> float | None:
    """A Vietnamese numeral with optional scale words, or None when `text` is not one.

    >>> parse_number("1.894"), parse_number("67,32"), parse_number("3,5 triệu")
    (1894.0, 67.32, 3500000.0)
    >>> parse_number("1.250 tỷ")
    1250000000000.0
    >>> parse_number("Nghị định 61") is None
    True
    """
    if not isinstance(text, str):
        return None
    s = unicodedata.normalize("NFC", text).strip().replace("\u00a0", " ")
    m = _NUMERAL_RE.match(s)
    if m is None:
        return None
    value = _digits_value(m.group(2))
    if value is None:
        return None
    for word in m.group(3).split():
        scale = SCALES.get(word.lower())
        if scale is None:
            return None
        value *= scale
    return -value if m.group(1) == "-" else value


# --- numbers in words ("thứ hai mươi mốt") -------------------------------------------------------
#: Digit words. "tư" (4) and "lăm"/"nhăm" (5), "mốt" (1) only occur after a tens word; "nhất"/"nhì"
#: only as the first ordinal.
UNIT_WORDS: dict[str, int] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9,
}
_TAIL_UNIT_WORDS: dict[str, int] = {**UNIT_WORDS, "mốt": 1, "lăm": 5, "nhăm": 5, "lẻ": 0}
_FIRST_ORDINALS: dict[str, int] = {"nhất": 1, "nhì": 2}

#: A regex alternation for a number in words, longest forms first ("hai mươi mốt" before "hai").
NUMBER_WORDS_PATTERN = (
    r"(?:(?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)\s+mươi"
    r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín))?"
    r"|mười(?:\s+(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín))?"
    r"|nhất|nhì|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)"
)


def parse_number_words(text: str) -> int | None:
    """1..99 written in words, as ordinals use them ("năm", "mười lăm", "hai mươi tư").

    "mười năm" is read as 15 (a common spelling of "mười lăm"). Returns None for anything else.

    >>> parse_number_words("hai mươi mốt"), parse_number_words("mười năm"), parse_number_words("tư")
    (21, 15, 4)
    """
    words = unicodedata.normalize("NFC", text or "").lower().split()
    if not words:
        return None
    if len(words) == 1 and words[0] in _FIRST_ORDINALS:
        return _FIRST_ORDINALS[words[0]]
    if words[0] == "mười":
        tens, rest = 10, words[1:]
    elif len(words) >= 2 and words[1] == "mươi" and words[0] in UNIT_WORDS:
        tens, rest = UNIT_WORDS[words[0]] * 10, words[2:]
        if tens == 10:  # "một mươi" is not a numeral
            return None
    else:
        tens, rest = 0, words
    if not rest:
        return tens or None
    if len(rest) != 1:
        return None
    table = _TAIL_UNIT_WORDS if tens else UNIT_WORDS
    unit = table.get(rest[0])
    if unit is None or (tens == 10 and rest[0] in ("mốt", "lẻ")):  # "mười mốt" is not used
        return None
    return tens + unit


# --- Roman numerals ("khóa XV", "kỳ họp thứ XV") ------------------------------------------------
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def roman_to_int(text: str) -> int | None:
    """The value of a well-formed uppercase Roman numeral ("XVIII" -> 18), else None."""
    s = (text or "").strip()
    if not s or not _ROMAN_RE.match(s):
        return None
    value, i = 0, 0
    for number, letters in _ROMAN_VALUES:
        while s.startswith(letters, i):
            value += number
            i += len(letters)
    return value or None


def int_to_roman(value: int) -> str:
    """18 -> "XVIII" (1..3999)."""
    if not 0 < value < 4000:
        raise ValueError(f"no Roman numeral for {value}")
    out = []
    for number, letters in _ROMAN_VALUES:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)
