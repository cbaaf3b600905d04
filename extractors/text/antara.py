"""ANTARA article pages (antaranews.com and its regional desks).

Selectors follow the current template (``wrap__article-detail-*``, 2023 onwards) with the older
ones as fallbacks (``post-content``, ``h1.post-title``); every selector is a hypothesis the page
may drop, so each field falls back to the generic parser's answer. "Baca juga" links, the credit
line and the anti-crawling notice are removed from the text; the credit gives byline and editor.
"""

from __future__ import annotations

import re

from extractors.dates import find_long_dates
from extractors.text.html import block_text, meta_content, parse_generic, soup_of, strip_junk
from extractors.text.model import ParsedText

TITLE = [".wrap__article-detail-title h1", "h1.post-title", "article h1", "h1"]
INFO = [".wrap__article-detail-info", ".article-date", "span.article-date", ".text-secondary"]
BODY = [".wrap__article-detail-content", "div.post-content", "article .post-content", "article"]
CREDIT = re.compile(r"Pewarta\s*:\s*(?P<byline>.+?)(?:\s*(?:Editor|Penerjemah|Uploader)\s*:\s*(?P<editor>.+?))?"
                    r"(?:\s*(?:Penerjemah|Uploader)\s*:.*?)?(?:\s*Copyright\s*©.*)?$", re.IGNORECASE | re.DOTALL)
NOTICE = re.compile(r"(Dilarang keras mengambil konten.*|Copyright\s*©\s*ANTARA.*|COPYRIGHT\s*©.*)", re.IGNORECASE)


def is_antara(url: str | None, body: bytes) -> bool:
    if url and "antaranews.com" in url:
        return True
    return b"wrap__article-detail" in body[:200_000]


def _first(soup, selectors):
    for selector in selectors:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            return found
    return None


def parse_antara(body: bytes, content_type: str | None, url: str | None = None) -> ParsedText:
    generic = parse_generic(body, content_type, url)
    soup = soup_of(body, content_type)
    title_tag = _first(soup, TITLE)
    title = " ".join(title_tag.get_text(" ", strip=True).split()) if title_tag else generic.title
    info = _first(soup, INFO)
    dates = find_long_dates(info.get_text(" ", strip=True)) if info else []
    byline = editor = None
    for credit in soup.select("p.text-muted, .text-muted.small, .article-credit"):
        m = CREDIT.search(" ".join(credit.get_text(" ", strip=True).split()))
        if m:
            byline = m.group("byline").strip(" ,")
            editor = (m.group("editor") or "").strip(" ,") or None
        credit.decompose()
    tags = [a.get_text(strip=True) for a in soup.select('a[href*="/tag/"]') if a.get_text(strip=True)]
    if not tags:
        keywords = meta_content(soup, "keywords", "news_keywords")
        tags = [k.strip() for k in keywords.split(",") if k.strip()] if keywords else []
    strip_junk(soup)
    container = _first(soup, BODY)
    if container is None:
        generic.parser = "antara(generic)"
        generic.byline, generic.editor, generic.tags = byline, editor, tags
        return generic
    for tag in container.select(".baca-juga, .ads, [class*='ads-'], .wrap__article-detail-tags, .tag, .tags"):
        tag.decompose()
    text = block_text(container)
    text = "\n".join(line for line in text.split("\n") if not NOTICE.match(line.strip()))
    text = text.strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    if not text:
        return ParsedText("", title=title, status="empty", note="the article body is empty", parser="antara")
    published, moment, basis = generic.published, generic.published_at, generic.published_basis
    if dates:
        published, basis = dates[0].value, "page"
        moment = dates[0].moment.replace(tzinfo=None) if dates[0].moment else moment
    return ParsedText(text, title=title, published=published, published_at=moment, published_basis=basis,
                      byline=byline, editor=editor, tags=tags, parser="antara")
