"""The shared document path: parse, extract, build rows, load. Used by ingest, run and eval.

Everything a run reads goes through ``DocumentProcessor.process``, in batches, so local files,
crawled pages and replayed archives are extracted and stored the same way.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

import duckdb

from extractors.text import ParsedText, to_text
from extractors.version import EXTRACTOR_VERSION
from pipeline.progress import Reporter
from pipeline.records import SourceDocument, build_record
from warehouse.load import load_documents
from warehouse.publish import RunLog

MAX_DOCUMENT_BYTES = 20_000_000  # a news page or decree over this is not an article: refuse it
MAX_PDF_BYTES = 60_000_000


@dataclass
class Outcome:
    url: str
    status: str  # new | changed | unchanged | skipped | failed
    reason: str | None = None
    facts: int = 0


class DocumentProcessor:
    """Parses and extracts batches of ``SourceDocument`` into the warehouse of ``con``."""

    def __init__(self, con: duckdb.DuckDBPyConnection, log: RunLog, reporter: Reporter | None = None,
                 extractor=None) -> None:
        self.con = con
        self.log = log
        self.reporter = reporter or Reporter()
        self._extractor = extractor

    @property
    def extractor(self):
        # Building the spaCy pipeline takes seconds: only when a document actually needs it.
        if self._extractor is None:
            from extractors.extract import Extractor

            # Building the pipeline and extracting allocate millions of objects that either live as
            # long as the process (16,000 tokenizer exceptions, the gazetteer, the matchers) or are
            # freed by reference counting (tokens, spans, frames): young collections can be rare,
            # and once built the pipeline is moved out of the collector's reach. This takes the
            # collector from about 0.6 s to 0.1 s of a 1,200-article ingest (bench/extraction_speed.py).
            gc.set_threshold(50_000, 10, 10)
            self._extractor = Extractor()
            gc.freeze()
        return self._extractor

    def known_sha(self, url: str) -> str | None:
        row = self.con.execute("SELECT sha256 FROM documents WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def known_shas(self, urls: list[str]) -> dict[str, str]:
        """Stored digests of many URLs in one query."""
        if not urls:
            return {}
        import pyarrow as pa

        self.con.register("_predikat_urls", pa.table({"url": urls}))
        try:
            rows = self.con.execute(
                "SELECT d.url, d.sha256 FROM documents d JOIN _predikat_urls u USING (url)").fetchall()
        finally:
            self.con.unregister("_predikat_urls")
        return dict(rows)

    def process(self, batch: list[SourceDocument], force: bool = False) -> list[Outcome]:
        """Store the batch; ``force`` re-extracts documents whose bytes are already stored."""
        outcome_of: dict[int, Outcome] = {}
        parsed: list[tuple[SourceDocument, ParsedText, str]] = []
        known = self.known_shas([source.url for source in batch])
        seen: set[str] = set()
        for source in batch:
            if source.url in seen:
                # the same file or URL twice in one batch ("a.txt ./sub/../a.txt", a feed listing a link
                # twice): one document row, never two
                outcome_of[id(source)] = Outcome(source.url, "skipped", "listed twice in this batch", 0)
                continue
            seen.add(source.url)
            previous = known.get(source.url)
            if previous == source.sha256 and not force:
                outcome_of[id(source)] = Outcome(source.url, "unchanged")
                continue
            limit = MAX_PDF_BYTES if source.kind == "regulation" else MAX_DOCUMENT_BYTES
            text = source.parsed or to_text(source.body, source.content_type, source.final_url or source.url,
                                            max_bytes=limit)
            if text.status == "too_large":
                outcome_of[id(source)] = Outcome(source.url, "failed", text.note)
                continue
            parsed.append((source, text, "changed" if previous else "new"))
        extractable = [(s, t) for s, t, _ in parsed if t.text.strip() and t.status in {"ok", "scanned"}]
        results = self.extractor.extract_many((t.text, s.published_hint or t.published) for s, t in extractable) \
            if extractable else iter(())
        extraction_of = {id(s): e for (s, _), e in zip(extractable, results)}
        records = []
        stored: set[str] = set()  # documents already in the warehouse: their rows are replaced
        for source, text, state in parsed:
            record = build_record(source, text, extraction_of.get(id(source)), self.log.run_id, EXTRACTOR_VERSION)
            records.append(record)
            if source.url in known:
                stored.add(record.document["document_id"])
            if text.status != "ok":
                outcome_of[id(source)] = Outcome(source.url, "skipped", f"stored without facts: {text.note}", 0)
            else:
                outcome_of[id(source)] = Outcome(source.url, state, None, len(record.facts))
        load_documents(self.con, records, stored)
        outcomes = [outcome_of[id(source)] for source in batch]
        for outcome in outcomes:
            self._count(outcome)
        return outcomes

    def _count(self, outcome: Outcome) -> None:
        log = self.log
        if outcome.status == "new":
            log.new += 1
        elif outcome.status == "changed":
            log.changed += 1
        elif outcome.status == "unchanged":
            log.unchanged += 1
        elif outcome.status == "skipped":
            log.skipped += 1
            log.error(outcome.url, outcome.reason or "skipped")
            self.reporter.warn(outcome.url, outcome.reason or "skipped")
        elif outcome.status == "failed":
            log.failed += 1
            log.error(outcome.url, outcome.reason or "failed")
            self.reporter.warn(outcome.url, outcome.reason or "failed")
        log.facts += outcome.facts
