"""A no-change nightly run over a warehouse of 10,000 documents.

The warehouse gets 10,000 documents (3 KB of text and 5 facts each) and the validators of five
feeds from a previous night; a local server answers those feeds with 304 Not Modified. The whole
`predikat run` process is timed: start-up, copying the warehouse to its staging file,
migrations check, five conditional requests, the runs row, checkpoint, fsync and publish.

Target (issue 5): under 10 s of local work.

    python bench/nightly_nochange.py [--documents 10000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _articles import texts  # noqa: E402
from pipeline.reference import refresh_reference_tables  # noqa: E402
from warehouse.load import DocumentRecord, insert_rows, load_documents  # noqa: E402
from warehouse.publish import WarehouseWriter  # noqa: E402
from warehouse.search import rebuild_index  # noqa: E402

ETAG = '"feed-v1"'


class Feeds(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/robots.txt":
            self.send_response(404)
            self.end_headers()
        elif self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.end_headers()
        else:
            body = b"<rss><channel></channel></rss>"
            self.send_response(200)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def build(db: Path, count: int, feeds: list[str]) -> None:
    pool = texts()
    with WarehouseWriter(db, command="bench") as writer:
        refresh_reference_tables(writer.con)
        batch = []
        for i in range(count):
            text = pool[i % len(pool)]
            doc_id = f"{i:016x}"
            document = {"document_id": doc_id, "url": f"https://x.antaranews.com/berita/{i}/a", "source": "bench",
                        "kind": "article", "title": text.split("\n", 1)[0], "published_date": date(2024, 1, 1),
                        "published_basis": "metadata", "fetched_at": datetime(2024, 1, 2), "sha256": f"{i:064x}",
                        "byte_length": len(text), "text": text, "text_status": "ok", "extractor_version": "bench",
                        "run_id": "bench"}
            facts = [{"fact_id": f"{i:012x}{n:04x}", "document_id": doc_id, "holder_kind": "region", "holder": "Lahat",
                      "region_code": "16.04", "predikat": "KKPHAM", "year": 2023, "status": "achieved",
                      "mention": "Lahat", "mention_start": 0, "mention_end": 5, "evidence": text[:200],
                      "evidence_start": 0, "evidence_end": 200, "confidence": 0.9, "extractor_version": "bench"}
                     for n in range(5)]
            batch.append(DocumentRecord(document, facts))
            if len(batch) == 1000:
                load_documents(writer.con, batch)
                batch = []
        load_documents(writer.con, batch)
        insert_rows(writer.con, "http_validators", [
            {"url": url, "etag": ETAG, "last_modified": None, "sha256": "0", "checked_at": datetime(2024, 1, 2)}
            for url in feeds])
        rebuild_index(writer.con)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Feeds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feeds = [f"{base}/rss/feed{n}.xml" for n in range(5)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "nightly.duckdb"
        build(db, args.documents, feeds)
        size = db.stat().st_size / 1e6
        sources = Path(tmp) / "sources.toml"
        sources.write_text("[crawler]\ndelay = 0.0\n" + "".join(
            f'[[source]]\nname = "feed{n}"\nkind = "rss"\nurl = "{url}"\n' for n, url in enumerate(feeds)))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import pipeline.cli"], cwd=ROOT, check=True)
        startup = time.perf_counter() - start
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", "-q", "run", "--sources", str(sources),
                               "--db", str(db)], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
    server.shutdown()
    print(f"warehouse: {args.documents} documents, {size:.0f} MB")
    print(f"no-change run: {seconds:.2f} s in all (interpreter and imports {startup:.2f} s), exit {done.returncode}")
    print(f"  {done.stdout.strip()}")
    print(f"target: under 10 s")


if __name__ == "__main__":
    main()
