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


def parse_plain(body: bytes, content_type: str | None = None) -> ParsedText:
    text, _ = decode(body, content_type)
    text = normalise_text(text)
    if not text:
        return ParsedText("", status="empty", note="the file has no text", parser="plain")
    title = next((line for line in text.split("\n") if line.strip()), None)
    return ParsedText(text, title=title, parser="plain")
