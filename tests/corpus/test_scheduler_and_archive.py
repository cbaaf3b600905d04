"""Host scheduling and the WARC archive."""

import threading
import time

from corpus.archive import ArchiveWriter, read_record, sha256_hex, sweep_orphans
from corpus.scheduler import HostScheduler, Task


def test_one_request_at_a_time_per_host_and_hosts_in_parallel():
    active: dict[str, int] = {}
    peak: dict[str, int] = {}
    overall = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def fetch(task):
        with lock:
            active[task.host] = active.get(task.host, 0) + 1
            peak[task.host] = max(peak.get(task.host, 0), active[task.host])
            overall["now"] += 1
            overall["peak"] = max(overall["peak"], overall["now"])
        time.sleep(0.02)
        with lock:
            active[task.host] -= 1
            overall["now"] -= 1
        return task.url

    scheduler = HostScheduler(fetch, concurrency=4, delay_for=lambda host: 0.0)
    scheduler.submit(*[Task(f"http://{h}/{i}", h) for h in ("a", "b", "c", "d") for i in range(5)])
    seen = []
    for task, result in scheduler.results():
        seen.append(result)
        scheduler.done(task)
    assert len(seen) == 20
    assert set(peak.values()) == {1}
    assert overall["peak"] > 1


def test_delay_spaces_requests_to_a_host():
    starts = []

    def fetch(task):
        starts.append(time.monotonic())
        return None

    scheduler = HostScheduler(fetch, concurrency=2, delay_for=lambda host: 0.2)
    scheduler.submit(*[Task(f"http://a/{i}", "a") for i in range(3)])
    for task, _ in scheduler.results():
        scheduler.done(task)
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert all(gap >= 0.19 for gap in gaps)


def test_follow_up_tasks_are_fetched_before_results_end():
    scheduler = HostScheduler(lambda task: task.url, concurrency=2, delay_for=lambda host: 0.0)
    scheduler.submit(Task("http://a/feed", "a", payload="feed"))
    urls = []
    for task, result in scheduler.results():
        urls.append(result)
        if task.payload == "feed":
            scheduler.submit(Task("http://b/article", "b"))
        scheduler.done(task)
    assert urls == ["http://a/feed", "http://b/article"]


def test_archive_records_read_back_byte_exact(tmp_path):
    writer = ArchiveWriter(tmp_path, "run1")
    from datetime import datetime

    body = "Kota Palembang meraih predikat\n".encode() * 10
    first = writer.write_resource("file:///x.txt", body, "text/plain", datetime(2024, 2, 19))
    second = writer.write_exchange("https://x.go.id/a", {"User-Agent": "predikat"}, 200, "OK",
                                   [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], b"<p>hi</p>",
                                   datetime(2024, 2, 19))
    writer.close()
    assert read_record(tmp_path, first.warc_file, first.offset).body == body
    stored = read_record(tmp_path, second.warc_file, second.offset)
    assert stored.body == b"<p>hi</p>" and stored.http_status == 200
    assert "Content-Encoding" not in stored.headers  # the body is stored decoded
    assert first.sha256 == sha256_hex(body)


def test_killed_run_leaves_only_open_files_which_are_swept(tmp_path):
    from datetime import datetime

    writer = ArchiveWriter(tmp_path, "dead")
    writer.write_resource("file:///x", b"x", "text/plain", datetime(2024, 1, 1))
    # no close(): the process "died"
    assert list(tmp_path.glob("*.open"))
    assert sweep_orphans(tmp_path) and not list(tmp_path.glob("*.open"))
