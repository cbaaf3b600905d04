"""Provenance for auditors: a fact back to its sentence, bytes, URL and time.

``trace_fact`` reads the fact, its evidence and its document, then re-reads the archived bytes
from their WARC record and hashes them again, so the report says whether what was stored still
matches the digest recorded when it was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from corpus.archive import read_record, sha256_hex
from warehouse.database import WarehouseError


@dataclass
class Trace:
    fact: dict
    document: dict
    region: dict | None
    evidence_marked: str
    archive_path: Path | None
    rehash: str | None
    rehash_problem: str | None
    local_file_sha: str | None  # for file:// documents: the file on disk now

    @property
    def bytes_match(self) -> bool:
        return self.rehash is not None and self.rehash == self.document["sha256"]


def _row(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> dict | None:
    cursor = con.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row))


def mark_mention(evidence: str, evidence_start: int, mention_start: int, mention_end: int) -> str:
    """The evidence sentence with the mention wrapped in »…«."""
    a, b = mention_start - evidence_start, mention_end - evidence_start
    if 0 <= a <= b <= len(evidence):
        return f"{evidence[:a]}»{evidence[a:b]}«{evidence[b:]}"
    return evidence


def resolve_archive_path(db_path: Path, warc_file: str) -> Path:
    path = Path(warc_file)
    return path if path.is_absolute() else db_path.resolve().parent / path


def trace_fact(con: duckdb.DuckDBPyConnection, fact_id: str, db_path: Path) -> Trace:
    fact = _row(con, "SELECT * FROM facts WHERE fact_id = ?", [fact_id])
    if fact is None:
        candidates = con.execute("SELECT fact_id FROM facts WHERE fact_id LIKE ? ORDER BY 1 LIMIT 3",
                                 [fact_id + "%"]).fetchall()
        if len(candidates) == 1:
            fact = _row(con, "SELECT * FROM facts WHERE fact_id = ?", [candidates[0][0]])
        elif candidates:
            raise WarehouseError(f"fact id prefix {fact_id!r} is ambiguous: {', '.join(c[0] for c in candidates)}...")
        else:
            raise WarehouseError(f"no fact with id {fact_id!r} (list some with: predikat query \"SELECT fact_id, holder,"
                                 " predikat, year FROM facts LIMIT 20\")")
    document = _row(con, "SELECT * FROM documents WHERE document_id = ?", [fact["document_id"]])
    region = _row(con, "SELECT * FROM regions WHERE code = ?", [fact["region_code"]]) if fact["region_code"] else None
    marked = mark_mention(fact["evidence"], fact["evidence_start"], fact["mention_start"], fact["mention_end"])
    archive_path = rehash = problem = None
    if document.get("warc_file"):
        archive_path = resolve_archive_path(db_path, document["warc_file"])
        try:
            stored = read_record(archive_path.parent, archive_path.name, document["warc_offset"])
            rehash = sha256_hex(stored.body)
        except (OSError, ValueError, StopIteration) as error:
            problem = f"cannot read the archived record: {error}"
    else:
        problem = "the document has no archived bytes"
    local_sha = None
    if document["url"].startswith("file://"):
        from urllib.parse import unquote, urlparse

        local = Path(unquote(urlparse(document["url"]).path))
        if local.is_file():
            local_sha = sha256_hex(local.read_bytes())
    return Trace(fact, document, region, marked, archive_path, rehash, problem, local_sha)
