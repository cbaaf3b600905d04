"""Replay: serve requests from a WARC archive instead of the network.

Mounted on the fetcher's session (``Fetcher(adapter=WarcReplayAdapter(...))``), it answers
every GET with the last recorded response for that URL, so ``predikat run --replay DIR`` takes
exactly the live code path (robots.txt, redirects, conditional requests, parsing) offline. URLs
not in the archive answer 404. A request carrying a validator that matches the recorded ETag or
Last-Modified answers 304, as the live server would.
"""

from __future__ import annotations

import io
from pathlib import Path

from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3.response import HTTPResponse
from warcio.archiveiterator import ArchiveIterator

from corpus.archive import read_record


class WarcReplayAdapter(BaseAdapter):
    def __init__(self, roots: list[Path] | Path) -> None:
        super().__init__()
        roots = [roots] if isinstance(roots, (str, Path)) else list(roots)
        self.index: dict[str, tuple[Path, int]] = {}
        for root in roots:
            root = Path(root)
            if not root.is_dir():
                raise FileNotFoundError(f"{root}: no such archive folder to replay")
            for path in sorted(root.glob("*.warc.gz")) + sorted(root.glob("*.warc")):
                with open(path, "rb") as handle:
                    iterator = ArchiveIterator(handle)
                    for record in iterator:
                        if record.rec_type == "response":
                            uri = record.rec_headers.get_header("WARC-Target-URI")
                            self.index[uri] = (path, iterator.get_record_offset())
        self._builder = HTTPAdapter()
        self.served: list[str] = []

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        self.served.append(request.url)
        hit = self.index.get(request.url)
        if hit is None:
            return self._build(request, 404, "Not Found", {"Content-Type": "text/plain"}, b"not in the replayed archive")
        path, offset = hit
        stored = read_record(path.parent, path.name, offset)
        headers = dict(stored.headers)
        etag = _header(headers, "ETag")
        modified = _header(headers, "Last-Modified")
        if (etag and request.headers.get("If-None-Match") == etag) or (
                modified and request.headers.get("If-Modified-Since") == modified):
            return self._build(request, 304, "Not Modified", {k: v for k, v in headers.items() if k.lower() in {"etag", "last-modified"}}, b"")
        return self._build(request, stored.http_status or 200, "OK", headers, stored.body)

    def _build(self, request, status: int, reason: str, headers: dict, body: bytes):
        raw = HTTPResponse(body=io.BytesIO(body), headers=headers, status=status, reason=reason,
                           preload_content=False, decode_content=False)
        return self._builder.build_response(request, raw)

    def close(self) -> None:
        pass


def _header(headers: dict, name: str) -> str | None:
    lower = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lower), None)
