"""``predikat reextract``: run a new extractor over stored documents, without refetching.

Each document's bytes are read back from its WARC record (the stored text is the fallback when
the record is missing), parsed and extracted again; its facts, citations and mentions are
replaced in one transaction per batch, inside a run that publishes atomically like any other.
Documents already extracted by the current version are left alone unless ``everything``.
"""

from __future__ import annotations

from pathlib import Path

from corpus.archive import read_record
from extractors.text.model import ParsedText
from extractors.version import EXTRACTOR_VERSION
from pipeline.processing import DocumentProcessor
from pipeline.progress import Reporter
from pipeline.records import SourceDocument
from pipeline.reference import refresh_reference_tables
from pipeline.upkeep import before_publish
from warehouse.provenance import resolve_archive_path
from warehouse.publish import RunLog, WarehouseWriter

BATCH = 64
_COLUMNS = ("url, sha256, fetched_at, source, kind, content_type, final_url, http_status, warc_file, warc_offset,"
            " warc_length, title, published_date, published_basis, text, text_status, text_note")


def reextract(db_path: str | Path, everything: bool = False, reporter: Reporter | None = None,
              extractor=None) -> RunLog:
    db_path = Path(db_path)
    reporter = reporter or Reporter()
    with WarehouseWriter(db_path, command="reextract", args="--all" if everything else "",
                         extractor_version=EXTRACTOR_VERSION) as writer:
        con, log = writer.con, writer.log
        refresh_reference_tables(con)
        where = "" if everything else "WHERE extractor_version <> ?"
        params = [] if everything else [EXTRACTOR_VERSION]
        rows = con.execute(f"SELECT {_COLUMNS} FROM documents {where} ORDER BY url", params).fetchall()
        names = [c.strip() for c in _COLUMNS.split(",")]
        processor = DocumentProcessor(con, log, reporter, extractor)
        reporter.start("reextract", len(rows))
        for start in range(0, len(rows), BATCH):
            batch = [dict(zip(names, row)) for row in rows[start : start + BATCH]]
            sources = [_source(db_path, row, log, reporter) for row in batch]
            processor.process(sources, force=True)
            reporter.advance(len(batch))
        reporter.stop()
        before_publish(con, log)
    return log


def _source(db_path: Path, row: dict, log: RunLog, reporter: Reporter) -> SourceDocument:
    body, parsed = None, None
    if row["warc_file"]:
        try:
            path = resolve_archive_path(db_path, row["warc_file"])
            body = read_record(path.parent, path.name, row["warc_offset"]).body
        except (OSError, ValueError) as error:
            reporter.warn(row["url"], f"archived bytes unreadable ({error}); re-extracting the stored text")
    if body is None or (row["content_type"] or "").startswith("application/rss+xml"):
        # an RSS item, or bytes we cannot read back: the stored text is what was extracted before
        parsed = ParsedText(row["text"] or "", title=row["title"], published=row["published_date"],
                            published_basis=row["published_basis"], status=row["text_status"], note=row["text_note"],
                            parser="stored")
        body = body if body is not None else (row["text"] or "").encode("utf-8")
    return SourceDocument(
        row["url"], body, row["sha256"], row["fetched_at"], row["source"], kind=row["kind"],
        content_type=row["content_type"], final_url=row["final_url"], http_status=row["http_status"],
        warc_file=row["warc_file"], warc_offset=row["warc_offset"], warc_length=row["warc_length"],
        title_hint=row["title"] if row["kind"] == "regulation" else None,
        published_hint=row["published_date"] if row["published_basis"] == "metadata" else None, parsed=parsed,
    )
