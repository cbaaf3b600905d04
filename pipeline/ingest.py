"""``predikat ingest``: local files and folders through the same path crawled documents take.

    >>> from pipeline.ingest import ingest
    >>> log = ingest(["articles/"], "predikat.duckdb")      # doctest: +SKIP
    >>> log.new, log.facts                                   # doctest: +SKIP

Each file's bytes are archived as a WARC ``resource`` record under its ``file://`` URI and hashed;
a file whose URI and sha256 are already stored is skipped, a changed one replaces its document
and facts. Missing or unreadable paths are reported one line each; the good files still land.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from corpus.archive import ArchiveWriter, sha256_hex, sweep_orphans
from extractors.version import EXTRACTOR_VERSION
from pipeline.processing import MAX_PDF_BYTES, DocumentProcessor
from pipeline.progress import Reporter
from pipeline.records import SourceDocument
from pipeline.reference import refresh_reference_tables
from pipeline.upkeep import before_publish
from warehouse.database import WarehouseError
from warehouse.publish import RunLog, WarehouseWriter, utcnow

INGESTABLE = {".txt", ".text", ".html", ".htm", ".pdf"}
# documents extracted and loaded together: DuckDB statements cost ~40 ms each whatever their size,
# and the staging copy is published only at the end, so a batch only bounds memory
BATCH = 256


class NothingToIngest(WarehouseError):
    """Every path given was missing or unusable: the warehouse is not touched."""


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (folders walked, sorted) and (path, reason) for the paths that cannot be."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append((str(raw), "no such file or directory"))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INGESTABLE)
            if not found:
                problems.append((str(raw), f"no {', '.join(sorted(INGESTABLE))} files in this folder"))
            files.extend(found)
        elif path.suffix.lower() not in INGESTABLE:
            problems.append((str(raw), f"not a file type predikat reads ({', '.join(sorted(INGESTABLE))})"))
        else:
            files.append(path)
    return list(dict.fromkeys(files)), problems


def archive_location(db_path: Path, archive_dir: Path | None) -> Path:
    return Path(archive_dir) if archive_dir else db_path.resolve().parent / "archive"


@lru_cache(maxsize=64)
def stored_warc_path(db_path: Path, archive_root: Path, name: str) -> str:
    """Where a WARC file is, as stored in ``documents.warc_file``: relative to the warehouse's
    folder when the archive is inside it (so the two can move together), else absolute.
    (Cached: a run writes every document to the same few WARC files, and resolving paths costs
    system calls.)"""
    full = (archive_root / name).resolve()
    base = db_path.resolve().parent
    try:
        return str(full.relative_to(base))
    except ValueError:
        return str(full)


def read_file(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise ValueError(f"{size / 1e6:.1f} MB is over the {limit / 1e6:.0f} MB limit for a document")
    with path.open("rb") as handle:
        return handle.read()


def ingest(paths: Iterable[str | Path], db_path: str | Path, archive_dir: str | Path | None = None,
           reporter: Reporter | None = None, extractor=None) -> RunLog:
    db_path = Path(db_path)
    reporter = reporter or Reporter()
    paths = list(paths)
    files, problems = expand_paths(paths)
    if not files:
        reasons = "; ".join(f"{item}: {reason}" for item, reason in problems) or "no paths given"
        raise NothingToIngest(f"nothing to ingest: {reasons}")
    archive_root = archive_location(db_path, archive_dir)
    with WarehouseWriter(db_path, command="ingest", args=" ".join(map(str, paths)),
                         extractor_version=EXTRACTOR_VERSION) as writer:
        log = writer.log
        for item, reason in problems:
            log.failed += 1
            log.error(item, reason)
            reporter.warn(item, reason)
        refresh_reference_tables(writer.con)
        sweep_orphans(archive_root)
        archive = ArchiveWriter(archive_root, log.run_id)
        processor = DocumentProcessor(writer.con, log, reporter, extractor)
        reporter.start("ingest", len(files))
        try:
            for start in range(0, len(files), BATCH):
                chunk = files[start : start + BATCH]
                processor.process(list(_sources(chunk, archive, processor, db_path, archive_root, log, reporter)))
                reporter.advance(len(chunk))
            archive.close()
        except BaseException:
            archive.abandon()
            raise
        finally:
            reporter.stop()
        before_publish(writer.con, writer.log)
    return log


def _sources(chunk, archive: ArchiveWriter, processor: DocumentProcessor, db_path: Path, archive_root: Path,
             log: RunLog, reporter: Reporter):
    urls = {path: path.resolve().as_uri() for path in chunk}
    known = processor.known_shas(list(urls.values()))
    for path in chunk:
        try:
            body = read_file(path, MAX_PDF_BYTES if path.suffix.lower() == ".pdf" else 20_000_000)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            log.failed += 1
            log.error(str(path), reason)
            reporter.warn(str(path), reason)
            continue
        log.fetched += 1
        url = urls[path]
        digest = sha256_hex(body)
        now = utcnow()
        content_type = mimetypes.guess_type(path.name)[0] or "text/plain"
        if known.get(url) == digest:
            # unchanged: nothing to archive again; the processor counts it
            yield SourceDocument(url, body, digest, now, "local", content_type=content_type)
            continue
        archived = archive.write_resource(url, body, content_type, now)
        yield SourceDocument(
            url, body, digest, now, "local",
            kind="regulation" if path.suffix.lower() == ".pdf" else "article",
            content_type=content_type,
            warc_file=stored_warc_path(db_path, archive_root, archived.warc_file),
            warc_offset=archived.offset, warc_length=archived.length,
        )


def default_db() -> Path:
    return Path(os.environ.get("PREDIKAT_DB", "predikat.duckdb"))
