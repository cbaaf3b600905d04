"""``predikat run``: the nightly job. Discover, fetch politely, archive, extract, load.

    >>> from pipeline.run import run
    >>> log = run("corpus/sources.toml", "predikat.duckdb")              # doctest: +SKIP
    >>> log = run("corpus/recorded/sources.toml", "demo.duckdb",
    ...           replay="corpus/recorded/archive")                      # doctest: +SKIP

Discovery reads each source (RSS, sitemap, listing pages, JDIHN feed); items become article or
PDF fetches. Fetching runs in worker threads, many hosts at once and one request at a time per
host; everything else (parsing, extraction, the warehouse) runs here, in the calling thread.

Incremental by design: feeds are fetched with their validators (a 304 costs no body); a page
already stored is fetched again only conditionally, and not at all when its server gave no
validator; a body whose sha256 is already stored is neither archived nor extracted again. A
failing source is recorded in ``runs`` and does not stop the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from corpus.archive import ArchiveWriter, sha256_hex, sweep_orphans
from corpus.feeds import FeedError, FeedItem, parse_feed
from corpus.fetcher import Fetcher, FetchResult
from corpus.jdihn import FeedReport, JdihnError, JdihnRecord, iter_records, record_json
from corpus.listings import parse_listing
from corpus.scheduler import HostScheduler, Task
from corpus.sitemaps import parse_sitemap
from corpus.sources import Source, SourcesFile, load_sources
from extractors.text.html import block_text
from extractors.text.model import ParsedText
from extractors.version import EXTRACTOR_VERSION
from pipeline.ingest import archive_location, stored_warc_path
from pipeline.processing import DocumentProcessor
from pipeline.progress import Reporter
from pipeline.records import SourceDocument, document_id, short_hash
from pipeline.reference import refresh_reference_tables
from pipeline.upkeep import before_publish
from warehouse.load import insert_rows, upsert_regulations
from warehouse.publish import RunLog, WarehouseWriter, utcnow

BATCH = 32
MAX_CHILD_SITEMAPS = 10


@dataclass
class Item:
    kind: str  # discovery | article | pdf
    source: Source
    page: int = 1
    validators: dict | None = None
    feed_item: FeedItem | None = None
    regulation_id: str | None = None
    title: str | None = None
    published: object | None = None
    sitemap_depth: int = 0


@dataclass
class Crawl:
    con: duckdb.DuckDBPyConnection
    log: RunLog
    archive: ArchiveWriter
    fetcher: Fetcher
    config: SourcesFile
    processor: DocumentProcessor
    reporter: Reporter
    db_path: Path
    archive_root: Path
    replaying: bool = False
    batch: list[SourceDocument] = field(default_factory=list)
    regulations: list[dict] = field(default_factory=list)
    pdf_of: dict[str, str] = field(default_factory=dict)  # pdf url -> regulation_id
    fetch_rows: list[dict] = field(default_factory=list)
    validator_rows: dict[str, dict] = field(default_factory=dict)
    queued: set[str] = field(default_factory=set)
    host_delay: dict[str, float] = field(default_factory=dict)

    # ------------------------------------------------------------------ driving
    def run(self) -> None:
        scheduler = HostScheduler(self._fetch, self.config.settings.concurrency, self._delay_for)
        self.scheduler = scheduler
        for source in self.config.sources:
            self._set_delay(source, source.url)
            scheduler.submit(Task(source.url, _host(source.url), Item("discovery", source,
                                                                       validators=self._validators(source.url))))
        self.reporter.start("run", None)
        try:
            for task, result in scheduler.results():
                try:
                    self._handle(task, result)
                finally:
                    scheduler.done(task)
                    self.reporter.advance()
                if len(self.batch) >= BATCH:
                    self._flush()
            self._flush()
        finally:
            scheduler.stop()
            self.reporter.stop()

    def _fetch(self, task: Task) -> FetchResult:
        item: Item = task.payload
        limit = self.config.settings.max_feed_bytes if item.kind == "discovery" and item.source.kind == "jdihn" else \
            (60_000_000 if item.kind == "pdf" else None)
        return self.fetcher.fetch(task.url, allowed=item.source.allows, validators=item.validators, max_bytes=limit)

    def _delay_for(self, host: str) -> float:
        if self.replaying:
            return 0.0
        robots = self.fetcher.crawl_delay(host) or 0.0
        return max(self.host_delay.get(host, self.config.settings.delay), robots)

    def _set_delay(self, source: Source, url: str) -> None:
        host = _host(url)
        delay = source.delay if source.delay is not None else self.config.settings.delay
        self.host_delay[host] = max(self.host_delay.get(host, 0.0), delay)

    def _validators(self, url: str) -> dict | None:
        row = self.con.execute("SELECT etag, last_modified, sha256 FROM http_validators WHERE url = ?", [url]).fetchone()
        if row and (row[0] or row[1]):
            return {"etag": row[0], "last_modified": row[1], "sha256": row[2]}
        return None

    def _enqueue(self, item: Item, url: str) -> None:
        """Queue an article or PDF, unless this run has it already or it is stored and unchanged."""
        if url in self.queued:
            return
        self.queued.add(url)
        if not item.source.allows(url):
            self._skip(url, item.source, f"outside the source's allowed hosts ({_host(url)})")
            return
        stored = self.con.execute("SELECT sha256 FROM documents WHERE url = ?", [url]).fetchone()
        validators = self._validators(url)
        if stored and validators is None:
            # stored, and its server gave no validator to ask with: a news page does not change
            self.log.unchanged += 1
            return
        item.validators = validators
        self._set_delay(item.source, url)
        self.scheduler.submit(Task(url, _host(url), item))

    # ------------------------------------------------------------------ results
    def _handle(self, task: Task, result) -> None:
        item: Item = task.payload
        source = item.source
        if isinstance(result, Exception):  # a bug while fetching: report it, keep going
            result = FetchResult(task.url, task.url, None, "", [], None, {}, utcnow(), error=f"internal: {result}")
        self._record_fetch(task.url, source, result)
        if result.refused:
            self._skip(task.url, source, result.error)
            return
        if result.error:
            what = f"source {source.name}" if item.kind == "discovery" else task.url
            self.log.failed += 1
            self.log.error(what, result.error)
            self.reporter.warn(what, result.error)
            return
        if result.not_modified:
            if item.kind != "discovery":
                self.log.unchanged += 1
            return
        self.log.fetched += 1
        self._remember_validators(task.url, result)
        if item.kind == "discovery":
            try:
                self._discover(task, item, result)
            except (FeedError, JdihnError, ValueError) as error:
                self.log.failed += 1
                self.log.error(f"source {source.name}", str(error))
                self.reporter.warn(f"source {source.name}", str(error))
            return
        self._document(task, item, result)

    def _record_fetch(self, url: str, source: Source, result: FetchResult) -> None:
        outcome = "skipped" if result.refused else "failed" if result.error else \
            "not_modified" if result.not_modified else "fetched"
        self.fetch_rows.append({"run_id": self.log.run_id, "url": url, "source": source.name,
                                "fetched_at": result.fetched_at, "http_status": result.status, "outcome": outcome,
                                "reason": result.error, "sha256": sha256_hex(result.body) if result.body else None})

    def _remember_validators(self, url: str, result: FetchResult) -> None:
        etag, modified = result.header("ETag"), result.header("Last-Modified")
        if etag or modified:
            self.validator_rows[url] = {"url": url, "etag": etag, "last_modified": modified,
                                        "sha256": sha256_hex(result.body or b""), "checked_at": utcnow()}

    def _archive(self, url: str, result: FetchResult):
        archived = self.archive.write_exchange(url, result.request_headers, result.status, result.reason,
                                               result.headers, result.body or b"", result.fetched_at)
        return archived, stored_warc_path(self.db_path, self.archive_root, archived.warc_file)

    # ------------------------------------------------------------------ discovery
    def _discover(self, task: Task, item: Item, result: FetchResult) -> None:
        source = item.source
        self._archive(task.url, result)
        body = result.body or b""
        if source.kind == "rss":
            items = parse_feed(body)[: source.max_items]
            for feed_item in items:
                if source.fulltext:
                    self._enqueue(Item("article", source, title=feed_item.title, published=feed_item.published,
                                       feed_item=feed_item), feed_item.link)
                else:
                    self._feed_item_document(source, feed_item, result)
        elif source.kind == "sitemap":
            for entry in parse_sitemap(body)[: source.max_items]:
                if entry.is_sitemap and item.sitemap_depth == 0:
                    nxt = Item("discovery", source, validators=self._validators(entry.loc), sitemap_depth=1)
                    if entry.loc not in self.queued and len(self.queued) < MAX_CHILD_SITEMAPS + len(self.config.sources):
                        self.queued.add(entry.loc)
                        self.scheduler.submit(Task(entry.loc, _host(entry.loc), nxt))
                elif not entry.is_sitemap:
                    self._enqueue(Item("article", source), entry.loc)
        elif source.kind == "listing":
            links, next_url = parse_listing(body, result.final_url, result.header("Content-Type"),
                                            source.link_selector, source.link_pattern, source.next_selector)
            for link in links[: source.max_items]:
                self._enqueue(Item("article", source), link)
            if next_url and item.page < source.max_pages and next_url not in self.queued and source.allows(next_url):
                self.queued.add(next_url)
                self.scheduler.submit(Task(next_url, _host(next_url), Item("discovery", source, page=item.page + 1)))
        elif source.kind == "jdihn":
            self._jdihn(task, source, body)

    def _feed_item_document(self, source: Source, feed_item: FeedItem, result: FetchResult) -> None:
        """An RSS item stored without its page (fulltext = false): its own bytes are the evidence."""
        digest = sha256_hex(feed_item.raw)
        stored = self.processor.known_sha(feed_item.link)
        if stored == digest or feed_item.link in self.queued:
            if stored == digest:
                self.log.unchanged += 1
            return
        self.queued.add(feed_item.link)
        archived = self.archive.write_resource(feed_item.link, feed_item.raw, "application/rss+xml; item",
                                               result.fetched_at)
        from bs4 import BeautifulSoup

        summary = block_text(BeautifulSoup(feed_item.summary_html or "", "lxml")) if feed_item.summary_html else ""
        text = f"{feed_item.title}\n\n{summary}".strip()
        parsed = ParsedText(text, title=feed_item.title, published=feed_item.published,
                            published_at=feed_item.published_at, published_basis="metadata" if feed_item.published else None,
                            parser="rss-item", status="ok" if text else "empty",
                            note=None if text else "the feed item has no title or summary")
        self.batch.append(SourceDocument(
            feed_item.link, feed_item.raw, digest, result.fetched_at, source.name, kind="article",
            content_type="application/rss+xml", final_url=result.final_url, http_status=result.status,
            warc_file=stored_warc_path(self.db_path, self.archive_root, archived.warc_file),
            warc_offset=archived.offset, warc_length=archived.length, title_hint=feed_item.title,
            published_hint=feed_item.published, parsed=parsed,
        ))

    def _jdihn(self, task: Task, source: Source, body: bytes) -> None:
        report = FeedReport()
        for record in iter_records(body, report):
            row = regulation_row(source, task.url, record)
            self.regulations.append(row)
            if record.pdf_url and source.fetch_pdfs:
                self.pdf_of[record.pdf_url] = row["regulation_id"]
                self._enqueue(Item("pdf", source, regulation_id=row["regulation_id"], title=record.title,
                                   published=record.promulgated_on or record.enacted_on), record.pdf_url)
            if len(self.regulations) >= 1000:
                self._flush_regulations()
        if report.skipped:
            self.log.error(f"source {source.name}", f"{report.skipped} feed entries are not objects; skipped")
        if report.problem:
            self.log.failed += 1
            self.log.error(f"source {source.name}", report.problem)
            self.reporter.warn(f"source {source.name}", report.problem)
        self.reporter.info(f"{source.name}: {report.records} regulation records")

    # ------------------------------------------------------------------ documents
    def _document(self, task: Task, item: Item, result: FetchResult) -> None:
        body = result.body or b""
        digest = sha256_hex(body)
        if self.processor.known_sha(task.url) == digest:
            self.log.unchanged += 1
            return
        archived, warc_file = self._archive(task.url, result)
        self.batch.append(SourceDocument(
            task.url, body, digest, result.fetched_at, item.source.name,
            kind="regulation" if item.kind == "pdf" else "article",
            content_type=result.header("Content-Type"), final_url=result.final_url, http_status=result.status,
            warc_file=warc_file, warc_offset=archived.offset, warc_length=archived.length,
            title_hint=item.title if item.kind == "pdf" else None, published_hint=item.published,
        ))

    # ------------------------------------------------------------------ loading
    def _flush_regulations(self) -> None:
        if self.regulations:
            unique = {r["regulation_id"]: r for r in self.regulations}
            upsert_regulations(self.con, list(unique.values()))
            self.regulations = []

    def _flush(self) -> None:
        self._flush_regulations()
        if self.batch:
            outcomes = self.processor.process(self.batch)
            for source_doc, outcome in zip(self.batch, outcomes):
                if source_doc.url in self.pdf_of:
                    self._link_pdf(source_doc.url, outcome)
            self.batch = []
        if self.fetch_rows:
            insert_rows(self.con, "fetches", self.fetch_rows)
            self.fetch_rows = []
        if self.validator_rows:
            self.con.execute("BEGIN TRANSACTION")
            for row in self.validator_rows.values():
                self.con.execute("DELETE FROM http_validators WHERE url = ?", [row["url"]])
            insert_rows(self.con, "http_validators", list(self.validator_rows.values()))
            self.con.execute("COMMIT")
            self.validator_rows = {}

    def _link_pdf(self, url: str, outcome) -> None:
        row = self.con.execute("SELECT text_status FROM documents WHERE url = ?", [url]).fetchone()
        status = row[0] if row else ("failed" if outcome.status == "failed" else "skipped")
        self.con.execute("UPDATE regulations SET document_id = ?, pdf_status = ? WHERE pdf_url = ?",
                         [document_id(url) if row else None, status, url])

    def _skip(self, url: str, source: Source, reason: str) -> None:
        self.log.skipped += 1
        self.log.error(url, reason)
        self.reporter.info(f"skipped {url}: {reason}")


def regulation_row(source: Source, feed_url: str, record: JdihnRecord) -> dict:
    return {
        "regulation_id": short_hash(source.name, record.id_data or record.title),
        "source": source.name, "id_data": record.id_data, "reg_type": record.reg_type, "jenis": record.jenis,
        "number": record.number, "year": record.year, "title": record.title, "status": record.status,
        "enacted_on": record.enacted_on, "promulgated_on": record.promulgated_on, "subject": record.subject,
        "issuer": record.issuer, "source_url": feed_url, "detail_url": record.detail_url, "pdf_url": record.pdf_url,
        "document_id": None, "pdf_status": "pending" if record.pdf_url and source.fetch_pdfs else ("none" if not record.pdf_url else "skipped"),
        "record": record_json(record), "fetched_at": utcnow(),
    }


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def run(sources_path: str | Path, db_path: str | Path, archive_dir: str | Path | None = None,
        replay: str | Path | None = None, reporter: Reporter | None = None, fetcher: Fetcher | None = None,
        extractor=None) -> RunLog:
    config = load_sources(sources_path)
    db_path = Path(db_path)
    reporter = reporter or Reporter()
    archive_root = archive_location(db_path, archive_dir)
    if fetcher is None:
        adapter = None
        if replay is not None:
            from corpus.replay import WarcReplayAdapter

            adapter = WarcReplayAdapter(Path(replay))
        fetcher = Fetcher(config.settings, adapter)
    args = f"--sources {sources_path}" + (f" --replay {replay}" if replay else "")
    with WarehouseWriter(db_path, command="run", args=args, extractor_version=EXTRACTOR_VERSION) as writer:
        refresh_reference_tables(writer.con)
        sweep_orphans(archive_root)
        archive = ArchiveWriter(archive_root, writer.log.run_id)
        processor = DocumentProcessor(writer.con, writer.log, reporter, extractor)
        # replayed or folder-served responses cost no server anything: no politeness delay
        crawl = Crawl(writer.con, writer.log, archive, fetcher, config, processor, reporter, db_path, archive_root,
                      replaying=fetcher.adapter is not None)
        try:
            crawl.run()
            archive.close()
        except BaseException:
            archive.abandon()
            raise
        before_publish(writer.con, writer.log)
    return writer.log
