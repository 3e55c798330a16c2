"""Bytes to text, for pages whose charset declaration may be missing or wrong.

Vietnamese portals serve UTF-8 almost always, sometimes mislabelled (an old template declaring
iso-8859-1), and a few old ones serve windows-1258, whose tone marks are combining characters.
A page is read as UTF-8 when enough of its non-ASCII bytes form well-formed UTF-8 sequences, and
its invalid bytes then become U+FFFD one by one: stray bytes (a legacy widget, a cut sequence)
spoil only themselves, never the page. windows-1258 text is next to never well-formed UTF-8 (its
letters are single bytes >= 0xC0, seldom followed by continuation bytes), so the share tells the
two apart. Otherwise the declared charset, then windows-1258. Output is NFC.
"""

from __future__ import annotations

import codecs
import re

from ..core.textnorm import nfc
from .errors import EmptyPage, NotHtml, PageTooLarge

#: Pages larger than this are refused; the crawler's DOWNLOAD_MAXSIZE uses the same figure.
MAX_PAGE_BYTES = 10 * 1024 * 1024

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BINARY_MAGIC = (b"\x1f\x8b", b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def _is_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > len(head) * 0.05


def _charset_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def sniff_declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET_RE.search(data[:8192])
    return _charset_name(match.group(1).decode("ascii", "replace")) if match else None


#: The share of a page's non-ASCII characters that must be well-formed UTF-8 for it to be read as
#: UTF-8. Declared UTF-8 (or nothing declared): a tenth, so KBs of stray bytes (more than the page
#: has letters) do not turn the whole page into windows-1258 mojibake; windows-1258 text reaches a
#: few hundredths at most (a tone mark before a curly quote or a no-break space). Declared another
#: charset: four fifths, the bytes must clearly overrule the declaration (an old template's
#: iso-8859-1 on a UTF-8 page).
_UTF8_SHARE_WHEN_DECLARED_UTF8 = 0.1
_UTF8_SHARE_WHEN_DECLARED_OTHER = 0.8


def _utf8_share(text: str) -> float:
    """Of the non-ASCII characters of a page decoded as UTF-8 with replacement, the share that
    decoded well (each U+FFFD stands for an invalid byte or a cut sequence)."""
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return (non_ascii - bad) / non_ascii if non_ascii else 1.0


def _declares_utf8(declared: str | None) -> bool:
    return declared in (None, "utf-8")


def decode_html(data: bytes | str, declared: str | None = None, *, max_bytes: int = MAX_PAGE_BYTES) -> str:
    """Decode a page; `declared` is the charset from the HTTP Content-Type header, if any.

    Raises EmptyPage, NotHtml or PageTooLarge with a message naming what was wrong.
    """
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise PageTooLarge(f"page is {len(data) / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit")
        if not data.strip():
            raise EmptyPage("page is empty")
        return nfc(data)
    if len(data) > max_bytes:
        raise PageTooLarge(f"page is {len(data) / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit")
    if not data.strip():
        raise EmptyPage("page is empty")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return nfc(data[len(bom) :].decode(encoding, errors="replace"))
    if _is_binary(data[:8192]):
        raise NotHtml("input is binary data, not an HTML page")
    try:
        return nfc(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # The HTTP header, else the page's own <meta>: what the server says it sent.
    said = _charset_name(declared) or sniff_declared_charset(data)
    text = data.decode("utf-8", errors="replace")
    needed = _UTF8_SHARE_WHEN_DECLARED_UTF8 if _declares_utf8(said) else _UTF8_SHARE_WHEN_DECLARED_OTHER
    if _utf8_share(text) >= needed:
        return nfc(text)
    for encoding in (_charset_name(declared), sniff_declared_charset(data)):
        if encoding and encoding != "utf-8":
            try:
                return nfc(data.decode(encoding))
            except UnicodeDecodeError:
                continue
    return nfc(data.decode("cp1258", errors="replace"))
