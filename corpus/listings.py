"""Listing pages (a ministry regional office's ``/berita-utama``): article links and the next page."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urldefrag

from bs4 import BeautifulSoup

from extractors.text.decode import decode


def parse_listing(body: bytes, base_url: str, content_type: str | None, link_selector: str | None,
                  link_pattern: str | None, next_selector: str | None) -> tuple[list[str], str | None]:
    text, _ = decode(body, content_type)
    soup = BeautifulSoup(text, "lxml")
    anchors = soup.select(link_selector) if link_selector else soup.find_all("a", href=True)
    pattern = re.compile(link_pattern) if link_pattern else None
    links: list[str] = []
    for anchor in anchors:
        href = anchor.get("href")
        if not href:
            continue
        url = urldefrag(urljoin(base_url, href.strip()))[0]
        if pattern is not None and not pattern.search(url):
            continue
        if url != base_url and url not in links:
            links.append(url)
    next_url = None
    if next_selector:
        nxt = soup.select_one(next_selector)
        if nxt is not None and nxt.get("href"):
            next_url = urljoin(base_url, nxt["href"].strip())
    return links, next_url
