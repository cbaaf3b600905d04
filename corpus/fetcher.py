"""The polite HTTP fetcher (requests + urllib3's Retry + Protego for robots.txt).

What it guarantees, per request:
- a User-Agent naming predikat; robots.txt obeyed (RFC 9309: a 4xx robots.txt allows all, an
  unreachable or 5xx one disallows all for this run);
- connect and read timeouts, a total time limit, and a maximum body size counted after
  decompression, so a slow or huge (or gzip-bomb) response is abandoned with a reason;
- retries with exponential backoff on 429, 5xx and connection errors, honouring Retry-After
  (capped, so a hostile server cannot park the crawler);
- redirects followed by hand: at most ``max_redirects``, each target inside the source's allowed
  hosts and allowed by robots.txt, loops detected;
- conditional GET when validators are known (If-None-Match / If-Modified-Since): a 304 costs no body.

Politeness between requests (one at a time per host, a delay between them) is the scheduler's
job (``corpus.scheduler``). A ``requests`` transport adapter can be mounted for replay
(``corpus.replay``): every rule above still applies to replayed responses.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from corpus.sources import CrawlerSettings

RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER = 60.0
_CHUNK = 65536


class CappedRetry(Retry):
    """urllib3's Retry, but a Retry-After longer than a minute is treated as a minute."""

    def get_retry_after(self, response):
        value = super().get_retry_after(response)
        return None if value is None else min(value, MAX_RETRY_AFTER)


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int | None
    reason: str
    headers: list[tuple[str, str]]
    body: bytes | None
    request_headers: dict[str, str]
    fetched_at: datetime
    error: str | None = None  # why nothing usable came back
    redirects: list[str] = field(default_factory=list)
    refused: bool = False  # not fetched by choice (robots.txt, a redirect off the allowed hosts)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300 and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((v for k, v in self.headers if k.lower() == lower), None)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Fetcher:
    def __init__(self, settings: CrawlerSettings | None = None, adapter: HTTPAdapter | None = None,
                 sleep=time.sleep) -> None:
        self.settings = settings or CrawlerSettings()
        self.adapter = adapter
        self.sleep = sleep
        self._local = threading.local()
        self._robots: dict[str, Protego | None] = {}
        self._robots_reason: dict[str, str] = {}
        self._robots_lock = threading.Lock()
        self.requests_made = 0  # every HTTP request sent, robots.txt included (tests count them)
        self._count_lock = threading.Lock()

    # ------------------------------------------------------------------ sessions
    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers.update({"User-Agent": self.settings.user_agent, "Accept-Language": "id,en;q=0.5"})
            retry = CappedRetry(total=self.settings.retries, connect=self.settings.retries,
                                read=self.settings.retries, status=self.settings.retries,
                                backoff_factor=0.5, status_forcelist=RETRY_STATUSES, allowed_methods={"GET"},
                                raise_on_status=False, respect_retry_after_header=True, redirect=0)
            adapter = self.adapter or HTTPAdapter(max_retries=retry, pool_maxsize=4)
            session.mount("http://", adapter)
            session.mount("https://", adapter)
            self._local.session = session
        return session

    # ------------------------------------------------------------------ robots.txt
    def robots_allows(self, url: str) -> tuple[bool, str | None]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            known = origin in self._robots
        if not known:
            parser, reason = self._load_robots(origin)
            with self._robots_lock:
                self._robots[origin] = parser
                if reason:
                    self._robots_reason[origin] = reason
        parser = self._robots[origin]
        if parser is None:
            return False, self._robots_reason.get(origin, "robots.txt unreachable: not crawling this host")
        if parser.can_fetch(url, self.settings.user_agent):
            return True, None
        return False, "disallowed by robots.txt"

    def crawl_delay(self, host: str) -> float | None:
        """The robots.txt Crawl-delay for ``host``, once its robots.txt has been read."""
        for origin, parser in list(self._robots.items()):
            if parser is not None and urlsplit(origin).netloc == host:
                delay = parser.crawl_delay(self.settings.user_agent)
                return float(delay) if delay else None
        return None

    def _load_robots(self, origin: str) -> tuple[Protego | None, str | None]:
        result = self._get(origin + "/robots.txt", {}, self.settings.max_bytes)
        if result.status is not None and 400 <= result.status < 500:
            return Protego.parse(""), None  # no robots.txt: everything is allowed
        if result.ok:
            text = (result.body or b"").decode("utf-8", errors="replace")
            return Protego.parse(text), None
        why = result.error or f"HTTP {result.status}"
        return None, f"robots.txt unreachable ({why}): not crawling this host"

    # ------------------------------------------------------------------ fetching
    def fetch(self, url: str, *, allowed=None, validators: dict | None = None, max_bytes: int | None = None) -> FetchResult:
        """GET ``url`` politely. ``allowed(url) -> bool`` bounds redirects to the source's hosts."""
        max_bytes = max_bytes or self.settings.max_bytes
        seen = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            permitted, why = self.robots_allows(current)
            if not permitted:
                return self._failure(url, current, why, seen, refused=why == "disallowed by robots.txt")
            headers = {}
            if validators and current == url:
                if validators.get("etag"):
                    headers["If-None-Match"] = validators["etag"]
                if validators.get("last_modified"):
                    headers["If-Modified-Since"] = validators["last_modified"]
            result = self._get(current, headers, max_bytes)
            result.url, result.redirects = url, seen[1:]
            if result.status in (301, 302, 303, 307, 308) and result.error is None:
                location = result.header("Location")
                if not location:
                    return self._failure(url, current, f"HTTP {result.status} without a Location", seen)
                target = urljoin(current, location)
                if target in seen:
                    return self._failure(url, target, "redirect loop", seen)
                if allowed is not None and not allowed(target):
                    return self._failure(url, target, f"redirect leaves the allowed hosts ({urlsplit(target).hostname})",
                                         seen, refused=True)
                seen.append(target)
                current = target
                continue
            if result.error is None and result.status is not None and result.status >= 400:
                result.error = f"HTTP {result.status} {result.reason}".strip()
            return result
        return self._failure(url, current, f"more than {self.settings.max_redirects} redirects", seen)

    def _failure(self, url, current, reason, seen, refused: bool = False) -> FetchResult:
        return FetchResult(url, current, None, "", [], None, {}, utcnow(), error=reason, redirects=seen[1:],
                           refused=refused)

    def _get(self, url: str, headers: dict, max_bytes: int) -> FetchResult:
        """One request with its body, retried on errors while reading the body."""
        attempts = 0
        while True:
            attempts += 1
            result = self._get_once(url, headers, max_bytes)
            retryable = result.error is not None and result.error.startswith(("connection", "timeout", "incomplete"))
            if not retryable or attempts > self.settings.retries:
                return result
            self.sleep(min(MAX_RETRY_AFTER, 0.5 * 2 ** (attempts - 1)))

    def _get_once(self, url: str, headers: dict, max_bytes: int) -> FetchResult:
        session = self._session()
        started = time.monotonic()
        moment = utcnow()
        request_headers = {**session.headers, **headers}
        with self._count_lock:
            self.requests_made += 1
        try:
            response = session.get(url, headers=headers, stream=True, allow_redirects=False,
                                   timeout=(self.settings.connect_timeout, self.settings.read_timeout))
        except requests.exceptions.Timeout:
            return FetchResult(url, url, None, "", [], None, request_headers, moment, error="timeout: no answer in time")
        except requests.exceptions.RetryError as error:
            return FetchResult(url, url, None, "", [], None, request_headers, moment, error=f"gave up after retries: {_short(error)}")
        except requests.exceptions.ConnectionError as error:
            return FetchResult(url, url, None, "", [], None, request_headers, moment, error=f"connection failed: {_short(error)}")
        except requests.exceptions.RequestException as error:
            return FetchResult(url, url, None, "", [], None, request_headers, moment, error=f"request failed: {_short(error)}")
        with response:
            raw_headers = list(response.raw.headers.items()) if response.raw is not None else list(response.headers.items())
            status, reason = response.status_code, response.reason or ""
            if status == 304 or status in (301, 302, 303, 307, 308) or status >= 400:
                return FetchResult(url, url, status, reason, raw_headers, None if status != 304 else None,
                                   request_headers, moment)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                   error=f"too large: {int(declared) / 1e6:.1f} MB declared, limit {max_bytes / 1e6:.0f} MB")
            chunks, size = [], 0
            try:
                for chunk in response.iter_content(_CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                           error=f"too large: over {max_bytes / 1e6:.0f} MB (after decompression)")
                    if time.monotonic() - started > self.settings.max_seconds:
                        return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                           error=f"too slow: over {self.settings.max_seconds:.0f} s")
                    chunks.append(chunk)
            except requests.exceptions.Timeout:
                return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                   error="timeout: the body stopped arriving")
            except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as error:
                return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                   error=f"incomplete body: {_short(error)}")
            except requests.exceptions.ContentDecodingError as error:
                return FetchResult(url, url, status, reason, raw_headers, None, request_headers, moment,
                                   error=f"undecodable body: {_short(error)}")
            return FetchResult(url, url, status, reason, raw_headers, b"".join(chunks), request_headers, moment)


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:200]
