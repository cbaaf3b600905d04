"""RSS and Atom feeds, parsed safely.

The bytes are first screened with defusedxml: a feed that declares entities or a DTD is refused
(billion-laughs and external-entity attacks). Then feedparser normalises RSS 0.9x/1.0/2.0 and
Atom, forgiving the malformed markup real feeds have. Each item keeps the exact bytes of its
``<item>``/``<entry>`` element, so an item stored without its page can be traced to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

_ITEM = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.DOTALL | re.IGNORECASE)


class FeedError(ValueError):
    """A feed that cannot or must not be read."""


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str
    published: date | None
    published_at: datetime | None
    summary_html: str
    raw: bytes  # the item's own bytes in the feed


def screen_xml(body: bytes, what: str = "feed") -> bool:
    """Refuse entity declarations; returns False when the XML is merely malformed."""
    try:
        safe_fromstring(body)
    except DefusedXmlException as error:
        raise FeedError(f"{what} refused: it declares {type(error).__name__.replace('Forbidden', '').lower() or 'entities'}"
                        " (possible entity-expansion attack)") from None
    except ParseError:
        return False
    return True


def parse_feed(body: bytes) -> list[FeedItem]:
    if not body.strip():
        raise FeedError("empty feed")
    well_formed = screen_xml(body)
    parsed = feedparser.parse(body)
    if not parsed.entries:
        why = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        raise FeedError(f"{'malformed' if not well_formed else 'empty'} feed, no items{why}")
    raws = [m.group(0) for m in _ITEM.finditer(body)]
    items = []
    for index, entry in enumerate(parsed.entries):
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        moment = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            moment = datetime(*stamp[:6], tzinfo=timezone.utc).replace(tzinfo=None)
        summary = entry.get("summary") or ""
        if not summary and entry.get("content"):
            summary = entry["content"][0].get("value", "")
        raw = raws[index] if len(raws) == len(parsed.entries) else f"{entry.get('title', '')}\n{link}\n{summary}".encode()
        published = _local_date(entry.get("published") or entry.get("updated"), moment)
        items.append(FeedItem(link, (entry.get("title") or "").strip(), published, moment, summary, raw))
    if not items and not well_formed:
        raise FeedError(f"malformed feed, no usable items: {parsed.get('bozo_exception', 'not well-formed XML')}")
    return items


def _local_date(text: str | None, moment: datetime | None) -> date | None:
    """The date as the feed wrote it ("Thu, 28 May 2026 13:27:46 +0700" is 28 May in Indonesia)."""
    if text:
        m = re.search(r"(\d{1,2}) (\w{3}) (\d{4})", text)
        months = {m_: i for i, m_ in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
        if m and m.group(2).lower() in months:
            try:
                return date(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                pass
    return moment.date() if moment else None
