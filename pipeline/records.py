"""Turning a read document and its extraction into warehouse rows.

This is where the packages meet: ``corpus`` gives bytes and where they are archived,
``extractors`` gives text and facts, ``warehouse`` takes ``DocumentRecord`` rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from extractors.extract import Extraction
from extractors.text.model import ParsedText
from warehouse.load import DocumentRecord


def short_hash(*parts) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def document_id(url: str) -> str:
    return short_hash(url)


@dataclass
class SourceDocument:
    """Bytes that were read, where they came from and where they are archived."""

    url: str
    body: bytes
    sha256: str
    fetched_at: datetime
    source: str
    kind: str = "article"
    content_type: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    title_hint: str | None = None
    published_hint: date | None = None  # from a feed or annotation, trusted over the page
    parsed: object | None = None  # a ParsedText made by the caller (an RSS item has no page to parse)


def build_record(source: SourceDocument, parsed: ParsedText, extraction: Extraction | None, run_id: str,
                 extractor_version: str) -> DocumentRecord:
    doc_id = document_id(source.url)
    published = source.published_hint or parsed.published or (extraction.published if extraction else None)
    basis = "metadata" if source.published_hint else (parsed.published_basis if parsed.published else
                                                        (extraction.published_basis if extraction else None))
    document = {
        "document_id": doc_id,
        "url": source.url,
        "final_url": source.final_url,
        "source": source.source,
        "kind": source.kind,
        "title": source.title_hint or parsed.title,
        "published_at": parsed.published_at,
        "published_date": published,
        "published_basis": basis or "none",
        "place": extraction.place if extraction else None,
        "byline": parsed.byline,
        "editor": parsed.editor,
        "tags": parsed.tags or None,
        "fetched_at": source.fetched_at,
        "http_status": source.http_status,
        "content_type": source.content_type,
        "sha256": source.sha256,
        "byte_length": len(source.body),
        "warc_file": source.warc_file,
        "warc_offset": source.warc_offset,
        "warc_length": source.warc_length,
        "text": parsed.text,
        "text_status": parsed.status,
        "text_note": parsed.note,
        "extractor_version": extractor_version,
        "run_id": run_id,
    }
    record = DocumentRecord(document)
    if extraction is not None:
        add_extraction(record, extraction)
    return record


def add_extraction(record: DocumentRecord, extraction: Extraction) -> None:
    doc_id = record.document["document_id"]
    version = record.document["extractor_version"]
    for f in extraction.facts:
        record.facts.append({
            "fact_id": short_hash(doc_id, f.holder_kind, f.region_code, f.holder if f.holder_kind == "unit" else "",
                                  f.predikat, f.grade, f.year, f.status, f.mention_start),
            "document_id": doc_id, "holder_kind": f.holder_kind, "holder": f.holder, "unit_kind": f.unit_kind,
            "region_code": f.region_code, "predikat": f.predikat, "grade": f.grade, "year": f.year,
            "year_basis": f.year_basis, "status": f.status, "status_cue": f.status_cue, "mention": f.mention,
            "mention_start": f.mention_start, "mention_end": f.mention_end, "evidence": f.evidence,
            "evidence_start": f.evidence_start, "evidence_end": f.evidence_end, "link_method": f.link_method,
            "confidence": f.confidence, "extractor_version": version,
        })
    for c in extraction.citations:
        record.citations.append({
            "document_id": doc_id, "mention": c.mention, "reg_type": c.reg_type, "number": c.number, "year": c.year,
            "title": c.title, "start": c.start, "end": c.end, "regulation_id": None,
        })
    for r in extraction.regions:
        if r.code is None:
            continue
        record.mentions.append({
            "document_id": doc_id, "start": r.start_char, "end": r.end_char, "surface": r.text,
            "region_code": r.code, "role": r.role, "method": r.method, "confidence": r.confidence,
        })
