"""Generic article HTML to text: the largest article container, paragraph breaks kept.

Outlets without a dedicated parser come here. Boilerplate (scripts, navigation, footers, "Baca
juga" links) is removed; block elements become paragraphs so that sentences do not run into each
other. When no container holds enough text, trafilatura (a maintained main-text extractor) is
asked instead.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from bs4 import BeautifulSoup, Comment, Tag

from extractors.dates import find_long_dates
from extractors.text.decode import decode
from extractors.text.model import ParsedText
from extractors.text.plain import normalise_text
from extractors.text.read_also import READ_ALSO

BLOCKS = {"p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
          "blockquote", "figcaption", "header", "main", "pre", "dd", "dt", "td", "th"}
JUNK = ["script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "svg", "button", "select",
        "template", "object", "embed"]
CONTAINERS = ["[itemprop=articleBody]", ".wrap__article-detail-content", ".post-content", ".entry-content",
              ".article-content", ".detail-content", ".content-detail", ".read__content", ".detail__body-text",
              ".post-body", "article", "main", "#content", ".content"]
MIN_BODY_CHARS = 200


def soup_of(body: bytes, content_type: str | None) -> BeautifulSoup:
    text, _ = decode(body, content_type)
    return BeautifulSoup(text, "lxml")


def strip_junk(root: Tag) -> None:
    for name in JUNK:
        for tag in root.find_all(name):
            tag.decompose()
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in root.find_all(["p", "div", "span", "strong", "a", "li", "b"]):
        if tag.decomposed:
            continue
        text = tag.get_text(" ", strip=True)
        if READ_ALSO.match(text) and len(text) < 300:
            tag.decompose()


def block_text(root: Tag) -> str:
    """Text with a blank line between block elements and a line break for ``<br>``."""
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    return normalise_text(root.get_text(""))


def meta_content(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key}) \
            or soup.find("meta", attrs={"itemprop": key})
        if tag and tag.get("content"):
            return tag["content"].strip()
    return None


def iso_moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def title_of(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return " ".join(h1.get_text(" ", strip=True).split())
    og = meta_content(soup, "og:title")
    if og:
        return og
    if soup.title and soup.title.get_text(strip=True):
        return re.split(r"\s+[-|–]\s+", soup.title.get_text(strip=True))[0]
    return None


def published_of(soup: BeautifulSoup, page_text: str) -> tuple:
    moment = iso_moment(meta_content(soup, "article:published_time", "datePublished", "pubdate", "og:updated_time"))
    if moment is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        moment = iso_moment(time_tag["datetime"]) if time_tag else None
    if moment is not None:
        local = moment.replace(tzinfo=timezone.utc).astimezone(timezone.utc)
        return (local + _WIB).date(), moment, "metadata"
    dates = find_long_dates(page_text[:3000])
    if dates:
        return dates[0].value, dates[0].moment.replace(tzinfo=None) if dates[0].moment else None, "page"
    return None, None, None


from datetime import timedelta  # noqa: E402  (kept next to its one use)

_WIB = timedelta(hours=7)


def parse_generic(body: bytes, content_type: str | None, url: str | None = None) -> ParsedText:
    soup = soup_of(body, content_type)
    title = title_of(soup)
    strip_junk(soup)
    candidates = [tag for selector in CONTAINERS for tag in soup.select(selector)]
    best = max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)), default=None)
    text = block_text(best) if best is not None else ""
    parser = "html"
    if len(text) < MIN_BODY_CHARS:
        extracted = _trafilatura(body, content_type)
        if extracted and len(extracted) > len(text):
            text, parser = extracted, "trafilatura"
    if len(text) < MIN_BODY_CHARS and soup.body is not None:
        fallback = block_text(soup.body)
        if len(fallback) > len(text):
            text, parser = fallback, "html-body"
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}" if text else title
    if not text.strip():
        return ParsedText("", title=title, status="empty", note="the page has no readable text", parser=parser)
    published, moment, basis = published_of(soup, text)
    return ParsedText(text, title=title, published=published, published_at=moment, published_basis=basis, parser=parser)


def _trafilatura(body: bytes, content_type: str | None) -> str | None:
    try:
        import trafilatura

        text, _ = decode(body, content_type)
        extracted = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
        return normalise_text(extracted) if extracted else None
    except Exception:  # trafilatura is a fallback: its failure must not lose the document
        return None
