"""Bytes to ``str`` for pages that may misdeclare their encoding.

Order: a byte-order mark; then the declared charset (HTTP header or ``<meta charset>``) if the
bytes really decode with it; then charset-normalizer's detection; then UTF-8 with replacement.
Windows-1252 pages declared as UTF-8 are the common case in Indonesian regional sites.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def declared_charset(content_type: str | None, body: bytes) -> str | None:
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
        if m:
            return m.group(1)
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Returns (text, encoding used). NUL bytes are removed; line ends become ``\\n``."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _clean(body.decode(encoding, errors="replace")), encoding
    declared = declared_charset(content_type, body)
    if declared:
        try:
            codecs.lookup(declared)
            return _clean(body.decode(declared)), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return _clean(body.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return _clean(body.decode(best.encoding, errors="replace")), best.encoding
    return _clean(body.decode("utf-8", errors="replace")), "utf-8"


def _clean(text: str) -> str:
    return text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
