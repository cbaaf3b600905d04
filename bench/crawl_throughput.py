"""Crawl throughput: 20 local hosts, 100 ms latency each, at most 1 request/s per host.

Twenty HTTP servers on 127.0.0.2 ... 127.0.0.21 each answer after 100 ms; predikat's fetcher
and host scheduler (the crawler's core) fetch 12 pages from each with a 1 s per-host delay and
20 hosts at a time. The ideal is 20 requests/s (one per host per second).

Target (issue 4): aggregate throughput >= 80% of the ideal.

    python bench/crawl_throughput.py [--hosts 20] [--pages 12]
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus.fetcher import Fetcher  # noqa: E402
from corpus.scheduler import HostScheduler, Task  # noqa: E402
from corpus.sources import CrawlerSettings  # noqa: E402

LATENCY = 0.1


class SlowPage(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/robots.txt":
            self.send_response(404)
            self.end_headers()
            return
        time.sleep(LATENCY)
        body = b"<html><body><p>halaman</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args()
    servers = []
    for n in range(args.hosts):
        server = ThreadingHTTPServer((f"127.0.0.{n + 2}", 0), SlowPage)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    fetcher = Fetcher(CrawlerSettings(delay=1.0, concurrency=args.hosts))
    scheduler = HostScheduler(lambda task: fetcher.fetch(task.url), concurrency=args.hosts, delay_for=lambda host: 1.0)
    tasks = [Task(f"http://{s.server_address[0]}:{s.server_address[1]}/berita/{i}",
                  f"{s.server_address[0]}:{s.server_address[1]}") for s in servers for i in range(args.pages)]
    start = time.perf_counter()
    scheduler.submit(*tasks)
    ok = 0
    for task, result in scheduler.results():
        ok += bool(result.ok)
        scheduler.done(task)
    elapsed = time.perf_counter() - start
    for server in servers:
        server.shutdown()
    total = len(tasks)
    # one host's pages at 1 request/s take (pages - 1) s plus one response: the ideal schedule
    ideal = (args.pages - 1) * 1.0 + LATENCY
    print(f"{args.hosts} hosts x {args.pages} pages, {LATENCY * 1000:.0f} ms latency, 1 request/s per host")
    print(f"{total} requests ({ok} ok) in {elapsed:.2f} s: {total / elapsed:.1f} requests/s")
    print(f"ideal schedule {ideal:.2f} s ({args.hosts} requests/s in steady state): efficiency {ideal / elapsed:.0%} (target >= 80%)")


if __name__ == "__main__":
    main()
