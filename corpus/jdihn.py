"""JDIHN member feeds (``/feed/document.json`` and kin): streamed, normalised, defensive.

The official format is one top-level JSON array of flat objects with no pagination; a member's
feed can be 74 MB, so it is read with ijson one record at a time. Members differ: key case varies
(``urlAbstrak``/``urlabstrak``), empties are null, "" or "-", ``idData`` is a string or a number,
and some wrap the array in ``{"data": [...]}``. Records that are not objects are skipped; a
truncated feed yields the records before the break and reports where it broke.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import ijson

from extractors.citations import canonical_type, find_citations

_EMPTY = {"", "-", "--", "null", "none", "n/a", "0000-00-00"}


class JdihnError(ValueError):
    """A feed that cannot be read at all."""


@dataclass
class FeedReport:
    records: int = 0
    skipped: int = 0
    problem: str | None = None  # why reading stopped early
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JdihnRecord:
    id_data: str | None
    jenis: str | None
    reg_type: str | None
    number: str | None
    year: int | None
    title: str | None
    status: str | None
    enacted_on: date | None
    promulgated_on: date | None
    subject: str | None
    issuer: str | None
    detail_url: str | None
    pdf_url: str | None
    original: dict


def clean(value):
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, str):
        text = " ".join(value.split())
        return None if text.lower() in _EMPTY else text
    return None


def _date(value) -> date | None:
    text = clean(value)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _year(value) -> int | None:
    text = clean(value)
    if text and text[:4].isdigit() and 1900 <= int(text[:4]) <= 2100:
        return int(text[:4])
    return None


def _url(value) -> str | None:
    text = clean(value)
    return text if text and text.lower().startswith(("http://", "https://")) else None


def normalise(raw: dict) -> JdihnRecord:
    r = {str(k).lower(): v for k, v in raw.items()}
    title = clean(r.get("judul"))
    jenis = clean(r.get("jenis")) or clean(r.get("singkatanjenis"))
    number = clean(r.get("noperaturan"))
    year = _year(r.get("tahun_pengundangan"))
    if year is None:
        day = _date(r.get("tanggal_pengundangan")) or _date(r.get("tanggal_penetapan"))
        year = day.year if day else None
    reg_type = None
    citations = find_citations(title or "")
    if citations and (number is None or citations[0].number == number):
        reg_type = citations[0].reg_type
    elif jenis:
        reg_type = canonical_type(jenis, number)
    return JdihnRecord(
        id_data=clean(r.get("iddata")), jenis=jenis, reg_type=reg_type, number=number, year=year, title=title,
        status=clean(r.get("status")), enacted_on=_date(r.get("tanggal_penetapan")),
        promulgated_on=_date(r.get("tanggal_pengundangan")), subject=clean(r.get("subjek")),
        issuer=clean(r.get("teubadan")), detail_url=_url(r.get("urldetailperaturan")),
        pdf_url=_url(r.get("urldownload")), original=raw,
    )


def _prefix(body: bytes) -> str:
    """"item" for a bare array, "data.item" for a {"data": [...]} envelope."""
    head = body.lstrip()[:1]
    if head == b"[":
        return "item"
    if head == b"{":
        return "data.item"
    raise JdihnError("not a JDIHN feed: the body is not a JSON array or object")


def iter_records(body: bytes | io.BufferedIOBase, report: FeedReport) -> Iterator[JdihnRecord]:
    """Records of a feed given as bytes or a binary file, one at a time."""
    stream = io.BytesIO(body) if isinstance(body, (bytes, bytearray)) else body
    first = stream.read(64)
    stream.seek(0)
    prefix = _prefix(first)
    try:
        for raw in ijson.items(stream, prefix, use_float=True):
            if not isinstance(raw, dict):
                report.skipped += 1
                continue
            report.records += 1
            yield normalise(raw)
    except ijson.common.IncompleteJSONError as error:
        report.problem = f"feed truncated or malformed after {report.records} records: {str(error).splitlines()[0][:120]}"
    except ijson.common.JSONError as error:
        report.problem = f"feed is not valid JSON after {report.records} records: {str(error).splitlines()[0][:120]}"


def record_json(record: JdihnRecord) -> str:
    return json.dumps(record.original, ensure_ascii=False, default=str)
