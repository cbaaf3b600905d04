"""XML sitemaps (urlset and sitemapindex), screened like feeds."""

from __future__ import annotations

from dataclasses import dataclass

from defusedxml.ElementTree import fromstring as safe_fromstring

from corpus.feeds import FeedError, screen_xml


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None
    is_sitemap: bool  # an entry of a sitemapindex: another sitemap to read


def parse_sitemap(body: bytes) -> list[SitemapEntry]:
    if not screen_xml(body, "sitemap"):
        raise FeedError("malformed sitemap XML")
    root = safe_fromstring(body)
    kind = root.tag.rsplit("}", 1)[-1]
    entries = []
    for node in root:
        name = node.tag.rsplit("}", 1)[-1]
        if name not in {"url", "sitemap"}:
            continue
        loc = lastmod = None
        for child in node:
            child_name = child.tag.rsplit("}", 1)[-1]
            if child_name == "loc" and child.text:
                loc = child.text.strip()
            elif child_name == "lastmod" and child.text:
                lastmod = child.text.strip()
        if loc:
            entries.append(SitemapEntry(loc, lastmod, kind == "sitemapindex"))
    return entries
