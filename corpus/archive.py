"""The raw archive: every body predikat reads is kept, as read, in WARC files (warcio).

- fetched pages and PDFs: a ``request`` and a ``response`` record each;
- local files (``predikat ingest``): a ``resource`` record with the file's ``file://`` URI.

Each run writes its own files, ``predikat-<run_id>-NNNNN.warc.gz``, first under a ``.open``
name; ``close()`` renames them. A killed run leaves only ``.open`` files, which no published
document points at; ``sweep_orphans`` removes them. Every document knows its WARC file and the
byte offset of its record, so ``read_record`` gives back the exact bytes years later.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_OPEN = ".open"
_MAX_FILE_BYTES = 1 << 30  # start a new WARC file after 1 GiB, as common crawlers do


@dataclass(frozen=True)
class ArchivedRecord:
    warc_file: str  # path relative to the archive root
    offset: int
    length: int
    sha256: str


@dataclass(frozen=True)
class StoredBody:
    url: str
    record_type: str
    body: bytes
    http_status: int | None
    headers: dict[str, str]
    date: str | None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _warc_date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class ArchiveWriter:
    def __init__(self, root: Path, run_id: str, max_file_bytes: int = _MAX_FILE_BYTES) -> None:
        self.root = Path(root)
        self.run_id = run_id
        self.max_file_bytes = max_file_bytes
        self._sequence = 0
        self._handle = None
        self._writer: WARCWriter | None = None
        self._name: str | None = None
        self.written: list[str] = []

    def _ensure_file(self) -> None:
        if self._handle is not None and self._handle.tell() < self.max_file_bytes:
            return
        self._finish_file()
        self.root.mkdir(parents=True, exist_ok=True)
        self._sequence += 1
        self._name = f"predikat-{self.run_id}-{self._sequence:05d}.warc.gz"
        self._handle = open(self.root / (self._name + _OPEN), "wb")
        self._writer = WARCWriter(self._handle, gzip=True)

    def _write(self, record) -> tuple[int, int]:
        self._ensure_file()
        offset = self._handle.tell()
        self._writer.write_record(record)
        self._handle.flush()
        return offset, self._handle.tell() - offset

    def write_resource(self, url: str, body: bytes, content_type: str, moment: datetime) -> ArchivedRecord:
        self._ensure_file()
        record = self._writer.create_warc_record(
            url, "resource", payload=io.BytesIO(body),
            warc_headers_dict={"WARC-Date": _warc_date(moment), "Content-Type": content_type or "application/octet-stream"},
        )
        offset, length = self._write(record)
        return ArchivedRecord(self._name, offset, length, sha256_hex(body))

    def write_exchange(self, url: str, request_headers: dict[str, str], status: int, reason: str,
                       response_headers: list[tuple[str, str]], body: bytes, moment: datetime) -> ArchivedRecord:
        """A request record and the response record for it; returns where the response is."""
        self._ensure_file()
        date = _warc_date(moment)
        path = _request_target(url)
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {path} HTTP/1.1", list(request_headers.items()), is_http_request=True),
            warc_headers_dict={"WARC-Date": date},
        )
        # The body is stored decoded (requests undoes gzip/chunked), so the headers that describe
        # the wire encoding are dropped and Content-Length made true.
        headers = [(k, v) for k, v in response_headers
                   if k.lower() not in {"content-encoding", "transfer-encoding", "content-length"}]
        headers.append(("Content-Length", str(len(body))))
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders(f"{status} {reason or ''}".strip(), headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date},
        )
        self._write(request)
        offset, length = self._write(response)
        return ArchivedRecord(self._name, offset, length, sha256_hex(body))

    def _finish_file(self) -> None:
        if self._handle is None:
            return
        self._handle.close()
        opened = self.root / (self._name + _OPEN)
        opened.replace(self.root / self._name)
        self.written.append(self._name)
        self._handle = self._writer = None

    def close(self) -> None:
        self._finish_file()

    def abandon(self) -> None:
        """Drop the file being written (a failed run): nothing published points at it."""
        if self._handle is not None:
            self._handle.close()
            (self.root / (self._name + _OPEN)).unlink(missing_ok=True)
            self._handle = self._writer = None


def _request_target(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def read_record(root: Path, warc_file: str, offset: int) -> StoredBody:
    """The record at ``offset`` of ``root/warc_file``, body decoded as it was stored."""
    path = Path(root) / warc_file
    with open(path, "rb") as handle:
        handle.seek(offset)
        for record in ArchiveIterator(handle):
            headers = {}
            status = None
            if record.http_headers is not None and record.rec_type == "response":
                headers = {k: v for k, v in record.http_headers.headers}
                status = int(record.http_headers.get_statuscode() or 0)
            body = record.content_stream().read()
            return StoredBody(record.rec_headers.get_header("WARC-Target-URI"), record.rec_type, body, status,
                              headers, record.rec_headers.get_header("WARC-Date"))
    raise FileNotFoundError(f"{path}: no WARC record at offset {offset}")


def iter_responses(root: Path):
    """Every response and resource record under ``root``, oldest file first (for replay)."""
    for path in sorted(Path(root).glob("*.warc.gz")) + sorted(Path(root).glob("*.warc")):
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                if record.rec_type not in {"response", "resource"}:
                    continue
                headers, status = {}, None
                if record.http_headers is not None and record.rec_type == "response":
                    headers = {k: v for k, v in record.http_headers.headers}
                    status = int(record.http_headers.get_statuscode() or 0)
                body = record.content_stream().read()
                yield (path.name, iterator.get_record_offset(), StoredBody(
                    record.rec_headers.get_header("WARC-Target-URI"), record.rec_type, body, status, headers,
                    record.rec_headers.get_header("WARC-Date")))


def sweep_orphans(root: Path) -> list[str]:
    """Remove ``.open`` files left by a killed run; nothing published refers to them."""
    removed = []
    if Path(root).exists():
        for path in Path(root).glob(f"*{_OPEN}"):
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed
