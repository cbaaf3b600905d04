"""The sources registry: a TOML file with one ``[[source]]`` table per source.

    [crawler]                      # optional, defaults shown
    user_agent = "predikat/0.1 (+https://github.com/predikat/predikat)"
    delay = 1.0                    # seconds between two requests to one host
    concurrency = 8                # hosts fetched at once (never two requests at once to one host)

    [[source]]
    name = "antara-sumsel"         # unique; stored in documents.source
    kind = "rss"                   # rss | sitemap | listing | jdihn
    url = "https://sumsel.antaranews.com/rss/terkini.xml"
    fulltext = false               # fetch the article pages (default true)
    delay = 2.0                    # optional, per source
    allowed_hosts = ["sumsel.antaranews.com"]   # default: the url's host
    link_selector = "a[href*='/berita-utama/']" # listing: which links are articles
    next_selector = "a[rel=next]"               # listing: pagination
    max_pages = 3                               # listing: how many listing pages
    max_items = 50                 # at most this many new items per run (default 200)

Errors name the file and the source, in one line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

KINDS = {"rss", "sitemap", "listing", "jdihn"}
DEFAULT_USER_AGENT = "predikat/0.1 (+https://github.com/predikat/predikat; governance-evidence research crawler)"


class SourcesError(ValueError):
    """A problem in a sources file, worded for the person who wrote it."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    url: str
    fulltext: bool = True
    delay: float | None = None
    allowed_hosts: tuple[str, ...] = ()
    link_selector: str | None = None
    link_pattern: str | None = None
    next_selector: str | None = None
    max_pages: int = 1
    max_items: int = 200
    fetch_pdfs: bool = True

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def allows(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.allowed_hosts)


@dataclass(frozen=True)
class CrawlerSettings:
    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 1.0
    concurrency: int = 8
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_seconds: float = 120.0  # a response slower than this in total is abandoned
    max_bytes: int = 20_000_000
    max_feed_bytes: int = 200_000_000  # JDIHN member feeds reach 74 MB
    max_redirects: int = 5
    retries: int = 3


@dataclass
class SourcesFile:
    path: Path
    settings: CrawlerSettings
    sources: list[Source] = field(default_factory=list)


def load_sources(path: str | Path) -> SourcesFile:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SourcesError(f"{path}: cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise SourcesError(f"{path}: not valid TOML: {error}") from None
    settings = _settings(path, data.get("crawler", {}))
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise SourcesError(f"{path}: no [[source]] tables")
    sources, names = [], set()
    for index, table in enumerate(raw, 1):
        source = _source(path, index, table)
        if source.name in names:
            raise SourcesError(f"{path}: source {source.name!r} is defined twice")
        names.add(source.name)
        sources.append(source)
    return SourcesFile(path, settings, sources)


def _settings(path: Path, table: dict) -> CrawlerSettings:
    known = set(CrawlerSettings.__dataclass_fields__)
    unknown = set(table) - known
    if unknown:
        raise SourcesError(f"{path}: unknown [crawler] keys: {', '.join(sorted(unknown))}")
    try:
        return CrawlerSettings(**table)
    except TypeError as error:
        raise SourcesError(f"{path}: [crawler]: {error}") from None


def _source(path: Path, index: int, table: dict) -> Source:
    where = f"{path}: source #{index}"
    if not isinstance(table, dict):
        raise SourcesError(f"{where}: not a table")
    name = table.get("name")
    if not name or not isinstance(name, str):
        raise SourcesError(f"{where}: needs a name")
    where = f"{path}: source {name!r}"
    kind = table.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}")
    url = table.get("url")
    parts = urlsplit(url or "")
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SourcesError(f"{where}: url must be an http(s) URL, not {url!r}")
    allowed = table.get("allowed_hosts") or [parts.hostname]
    fields = set(Source.__dataclass_fields__)
    unknown = set(table) - fields
    if unknown:
        raise SourcesError(f"{where}: unknown keys: {', '.join(sorted(unknown))}")
    values = dict(table)
    values["allowed_hosts"] = tuple(h.lower() for h in allowed)
    if kind == "listing" and not (values.get("link_selector") or values.get("link_pattern")):
        raise SourcesError(f"{where}: a listing source needs link_selector or link_pattern")
    try:
        return Source(**values)
    except TypeError as error:
        raise SourcesError(f"{where}: {error}") from None
