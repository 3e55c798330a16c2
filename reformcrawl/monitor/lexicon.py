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

import re
import unicodedata

from reformcrawl.textnorm import VI_LOWER, VI_UPPER, fold, strip_accents

__all__ = [
    "ABBREVIATIONS",
    "CENTRAL_CITIES",
    "PROVINCE_SLUGS",
    "expand_abbreviations",
    "fold_keep_length",
    "folded_regex",
    "phrase_pattern",
    "province_slug",
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
