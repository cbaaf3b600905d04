"""What a parser returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class ParsedText:
    text: str
    title: str | None = None
    published: date | None = None
    published_at: datetime | None = None  # UTC
    published_basis: str | None = None  # metadata | page
    byline: str | None = None
    editor: str | None = None
    tags: list[str] = field(default_factory=list)
    status: str = "ok"  # ok | empty | scanned | unreadable | too_large
    note: str | None = None  # why, when status is not ok
    parser: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"
