"""Vietnamese text normalization shared by extraction, relevance and the monitor.

Two spellings of the same word are common on the portals: the old tone placement
("hoá", "uỷ", "thuý") and the new one ("hóa", "ủy", "thúy"), and text copied from Word often
arrives decomposed (NFD) or in windows-1258's combining form. `fold` maps all of these to one
key for matching; output text is only NFC-normalized, never folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Vietnamese letters, for regex character classes (Unicode ranges interleave cases, so spell them).
VI_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
VI_UPPER = VI_LOWER.upper()

_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")

# Old-style tone placement on the first vowel of "oa", "oe", "uy" -> new style on the second.
_TONES = "\u0301\u0300\u0309\u0303\u0323"  # sắc, huyền, hỏi, ngã, nặng (combining)
_OLD_TONE_RE = re.compile(
    r"([oOuU])([" + _TONES + r"])([aAeEyY])(?![a-zA-Z\u0300-\u036f])"
)


def nfc(text: str) -> str:
    """NFC-normalize (windows-1258 and copy-paste from Word produce decomposed text)."""
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    """Collapse runs of spaces (including no-break and zero-width ones) to one space."""
    return _SPACE_RE.sub(" ", text).strip()


def fold(text: str) -> str:
    """A matching key: lowercase, NFC, new-style tone placement, single spaces.

    >>> fold("Số hoá hồ sơ") == fold("số hóa  hồ sơ")
    True
    >>> fold("Tỉnh uỷ") == fold("tỉnh ủy")
    True
    """
    # The detectors fold the same sentences and phrases several times per page (4-5 times on
    # average); short strings are remembered, long ones (whole texts) are not kept alive.
    return _fold_short(text) if len(text) <= _FOLD_CACHE_MAX_CHARS else _fold(text)


_FOLD_CACHE_MAX_CHARS = 600


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    moved = _OLD_TONE_RE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return squash_spaces(unicodedata.normalize("NFC", moved))


_fold_short = lru_cache(maxsize=256)(_fold)


def strip_accents(text: str) -> str:
    """ASCII-ish form: no diacritics, đ -> d. Used for slugs and metric keys."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


# C0 controls except tab and newline, DEL, C1 controls; and the characters XML 1.0 forbids
# (lone surrogates, U+FFFE/U+FFFF).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def strip_controls(text: str) -> str:
    """Text taken from a page, made safe for a terminal, XML, CSV or an alert: control characters
    (ESC sequences' introducer included) and XML-forbidden code points removed; tab and newline kept.

    >>> strip_controls("Tin\\x1b[31m mới\\x0b")
    'Tin[31m mới'
    """
    return _CONTROL_RE.sub("", text)
