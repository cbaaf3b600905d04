"""Plain text: the first non-blank line is the title (as in saved news articles)."""

from __future__ import annotations

import re

from extractors.text.decode import decode
from extractors.text.model import ParsedText

_SPACES = re.compile(r"[ \t\u00a0]+")


def normalise_text(text: str) -> str:
    """Tidy white space without moving words: runs of spaces become one, lines are trimmed,
    more than one blank line becomes one."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


# Line-breaking tags left in text that was copied out of a page ("...pada 2014.<br /><br />Herkulanus ...",
# "<p style=\"text-align: justify;\">Asisten ..."): each is a line break, or sentences run together.
_LINE_TAGS = re.compile(r"<\s*(?:br|/?p|/?div)\b[^<>]{0,200}>", re.IGNORECASE)


def parse_plain(body: bytes, content_type: str | None = None) -> ParsedText:
    text, _ = decode(body, content_type)
    text = normalise_text(_LINE_TAGS.sub("\n", text))
    if not text:
        return ParsedText("", status="empty", note="the file has no text", parser="plain")
    title = next((line for line in text.split("\n") if line.strip()), None)
    return ParsedText(text, title=title, parser="plain")
