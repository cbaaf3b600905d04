"""Nightly operations with real processes: SIGKILL and re-run, a reader holding the file open,
and a hostile batch of inputs."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PREDIKAT = [sys.executable, "-m", "pipeline.cli"]


def predikat(*args, **kwargs):
    return subprocess.run(PREDIKAT + [str(a) for a in args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, **kwargs)


def articles(folder: Path, count: int) -> Path:
    """``count`` article files written from the annotated sets."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for name in ("dev.jsonl", "articles_ham.jsonl", "articles_other.jsonl"):
        texts += [json.loads(line)["text"] for line in (ROOT / "tests" / "eval" / name).read_text().splitlines() if line]
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text(texts[i % len(texts)] + f"\n\n(salinan {i})", encoding="utf-8")
    return folder


def snapshot(db: Path):
    con = duckdb.connect(str(db), read_only=True)
    try:
        facts = con.execute("SELECT d.url, f.holder, f.region_code, f.predikat, f.grade, f.year, f.status "
                            "FROM facts f JOIN documents d USING (document_id) ORDER BY ALL").fetchall()
        docs = con.execute("SELECT url, sha256 FROM documents ORDER BY url").fetchall()
        return docs, facts
    finally:
        con.close()


def test_sigkill_at_any_moment_then_rerun_equals_an_undisturbed_run(tmp_path):
    folder = articles(tmp_path / "in", 120)
    clean = tmp_path / "clean.duckdb"
    assert predikat("ingest", folder, "--db", clean).returncode == 0
    expected = snapshot(clean)

    db = tmp_path / "killed.duckdb"
    for delay in (2.0, 7.5, 11.0):
        process = subprocess.Popen(PREDIKAT + ["-q", "ingest", str(folder), "--db", str(db)], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if db.exists():  # the published file is always a whole warehouse
            duckdb.connect(str(db), read_only=True).close()
    finished = predikat("-q", "ingest", folder, "--db", db)
    assert finished.returncode == 0, finished.stderr
    assert snapshot(db) == expected
    con = duckdb.connect(str(db), read_only=True)
    statuses = [row[0] for row in con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
    con.close()
    assert statuses[-1] == "ok" and "failed" in statuses  # the killed runs are on record
    assert not list((tmp_path / "archive").glob("*.open"))


def test_reader_holding_the_file_does_not_break_the_run(tmp_path):
    db = tmp_path / "w.duckdb"
    assert predikat("-q", "ingest", SEED, "--db", db).returncode == 0
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(db)!r}, read_only=True)
        print(con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
        sys.stdin.readline()                       # hold the file open until told
        print(con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert reader.stdout.readline().strip() == "1"
    new = tmp_path / "new.txt"
    new.write_text("Judul\nKota Palu meraih predikat Kabupaten/Kota Peduli HAM tahun 2023.", encoding="utf-8")
    run = predikat("-q", "ingest", new, "--db", db)
    assert run.returncode == 0, run.stderr
    out, _ = reader.communicate("go\n", timeout=60)
    assert reader.returncode == 0 and out.strip() == "1"      # the old reader saw a consistent old view
    con = duckdb.connect(str(db), read_only=True)             # a new reader sees the new article
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    con.close()


def test_hostile_batch(tmp_path):
    from tests.pipeline.site import make_pdf

    db = tmp_path / "w.duckdb"
    assert predikat("-q", "ingest", SEED, "--db", db).returncode == 0
    before = snapshot(db)[1]
    bad = tmp_path / "batch"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "random.pdf").write_bytes(os.urandom(4096))
    pdf = make_pdf(["PERATURAN DAERAH NOMOR 3 TAHUN 2020 TENTANG BANTUAN HUKUM"] * 30)
    (bad / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (bad / "nul.txt").write_bytes(b"Judul\nKota Palu\x00 meraih predikat Peduli HAM tahun 2023.")
    (bad / "cp1252.html").write_bytes(("<html><body><article><h1>Berita</h1><p>Kota Palembang meraih “Peduli HAM” "
                                       "tahun 2023." + " isi" * 80 + "</p></article></body></html>").encode("cp1252"))
    (bad / "huge.html").write_bytes(b"<html><body>" + b"<p>x</p>" * 4_000_000 + b"</body></html>")
    (bad / "nested.html").write_bytes(b"<div>" * 50000 + b"Kota Kediri meraih predikat Peduli HAM 2021." + b"</div>" * 50000)
    good = bad / "good.txt"
    good.write_text("Judul\nKabupaten Lahat meraih predikat Kabupaten/Kota Peduli HAM tahun 2023.", encoding="utf-8")
    started = time.monotonic()
    result = predikat("ingest", bad, tmp_path / "missing.txt", "--db", db)
    assert time.monotonic() - started < 300
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.returncode == 1  # some paths could not be used; the rest landed
    for name, reason in [("empty.txt", "empty"), ("random.pdf", "not a PDF"), ("truncated.pdf", "PDF"),
                         ("huge.html", "MB limit"), ("missing.txt", "no such file")]:
        line = next((l for l in result.stderr.splitlines() if name in l), "")
        assert reason in line, (name, result.stderr)
    docs, facts = snapshot(db)
    assert set(before) <= set(facts)                                      # nothing stored was lost
    landed = {f[2] for f in facts}
    assert {"16.04", "72.71", "16.71", "35.71"} <= landed                # good, NUL, cp1252, nested files
    foreign = tmp_path / "foreign.duckdb"
    foreign.write_bytes(b"PAR1 not a warehouse")
    result = predikat("ingest", good, "--db", foreign)
    assert result.returncode == 5 and "not a DuckDB database" in result.stderr and "Traceback" not in result.stderr
    assert foreign.read_bytes() == b"PAR1 not a warehouse"
