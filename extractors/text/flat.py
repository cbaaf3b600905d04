"""A last-resort HTML to text for pages nested too deeply to build a tree from.

Tree builders (libxml2, BeautifulSoup) either drop content past a few hundred levels of nesting
or take quadratic time on it; a streaming tokenizer (the standard library's ``HTMLParser``) does
neither: it sees tags and text in order and keeps only the text, with breaks at block tags.
"""

from __future__ import annotations

from html.parser import HTMLParser

import lxml.etree
import lxml.html

from extractors.text.plain import normalise_text

MAX_DEPTH = 200
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"}
_SKIP = {"script", "style", "noscript", "template"}


def nesting_depth(markup: str | bytes) -> int:
    """Maximum element depth as libxml2 sees it (it stops counting at about 255)."""
    try:
        root = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return 0
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def flat_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return normalise_text("".join(collector.parts))
