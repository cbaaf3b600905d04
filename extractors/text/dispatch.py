"""Choosing a parser by content type, file name and a look at the bytes."""

from __future__ import annotations

from extractors.text.decode import decode
from extractors.text.flat import MAX_DEPTH, flat_text, nesting_depth
from extractors.text.model import ParsedText
from extractors.text.plain import parse_plain

__all__ = ["ParsedText", "to_text", "kind_of"]


def kind_of(content_type: str | None, name: str | None, body: bytes) -> str:
    """``pdf``, ``html`` or ``text``."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    lowered = (name or "").lower().split("?")[0]
    if ctype == "application/pdf" or lowered.endswith(".pdf") or body[:5] == b"%PDF-":
        return "pdf"
    if ctype in {"text/html", "application/xhtml+xml"} or lowered.endswith((".html", ".htm")):
        return "html"
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def to_text(body: bytes, content_type: str | None = None, name: str | None = None,
            max_bytes: int | None = None) -> ParsedText:
    if max_bytes is not None and len(body) > max_bytes:
        return ParsedText("", status="too_large", note=f"{len(body) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
    if not body.strip():
        return ParsedText("", status="empty", note="the file is empty")
    kind = kind_of(content_type, name, body)
    try:
        # the PDF and HTML parsers (pdfplumber, BeautifulSoup) are imported when a document needs them:
        # a run over plain-text files never pays for them
        if kind == "pdf":
            from extractors.text.pdf import parse_pdf

            return parse_pdf(body)
        if kind == "html":
            from extractors.text.antara import is_antara, parse_antara
            from extractors.text.html import parse_generic

            text, _ = decode(body, content_type)
            if nesting_depth(text) >= MAX_DEPTH:
                flat = flat_text(text)
                note = f"nested more than {MAX_DEPTH} levels deep: text extracted without the page structure"
                return ParsedText(flat, title=flat.split("\n", 1)[0][:200] or None, note=note, parser="html-flat",
                                  status="ok" if flat else "empty")
            if is_antara(name, body):
                return parse_antara(body, content_type, name)
            return parse_generic(body, content_type, name)
        return parse_plain(body, content_type)
    except RecursionError:
        return ParsedText("", status="unreadable", note="the page is nested too deeply to parse")
