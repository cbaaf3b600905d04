"""Serving a folder of site files as if it were the web: for recording a corpus and for tests.

``SiteFolderAdapter(root, pages)`` answers GETs for the URLs listed in ``pages`` (dicts with
``url``, ``file``, ``content_type`` and optional ``etag``, ``last_modified``, ``status``) from
files under ``root``, honouring If-None-Match and If-Modified-Since like a real server. Every
other URL is a 404. Mounted on ``corpus.fetcher.Fetcher`` it exercises the whole crawler offline.
"""

from __future__ import annotations

import io
from pathlib import Path

from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3.response import HTTPResponse


class SiteFolderAdapter(BaseAdapter):
    def __init__(self, root: Path, pages: list[dict]) -> None:
        super().__init__()
        self.root = Path(root)
        self.pages = {page["url"]: page for page in pages}
        self.served: list[str] = []
        self._builder = HTTPAdapter()

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        self.served.append(request.url)
        page = self.pages.get(request.url)
        if page is None:
            return self._build(request, 404, "Not Found", {"Content-Type": "text/plain"}, b"not found")
        headers = {"Content-Type": page.get("content_type", "application/octet-stream")}
        if page.get("etag"):
            headers["ETag"] = page["etag"]
        if page.get("last_modified"):
            headers["Last-Modified"] = page["last_modified"]
        if (page.get("etag") and request.headers.get("If-None-Match") == page["etag"]) or (
                page.get("last_modified") and request.headers.get("If-Modified-Since") == page["last_modified"]):
            return self._build(request, 304, "Not Modified", headers, b"")
        body = (self.root / page["file"]).read_bytes()
        status = int(page.get("status", 200))
        return self._build(request, status, "OK" if status == 200 else "Not Found", headers, body)

    def _build(self, request, status: int, reason: str, headers: dict, body: bytes):
        headers = {**headers, "Content-Length": str(len(body))}
        raw = HTTPResponse(body=io.BytesIO(body), headers=headers, status=status, reason=reason,
                           preload_content=False, decode_content=False)
        return self._builder.build_response(request, raw)

    def close(self) -> None:
        pass
