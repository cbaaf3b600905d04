"""Streaming a 75 MB JDIHN feed: peak memory and records per second.

A feed the size of jdih.kemenkum.go.id's (about 74 MB, one JSON array) is generated, then read
by ``corpus.jdihn.iter_records`` in a fresh process, once from a file and once from bytes in
memory (as ``predikat run`` holds a fetched body); each prints its peak resident memory.

Target (issue 4): under 200 MB peak.

    python bench/jdihn_feed.py [--megabytes 75]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from corpus.jdihn import FeedReport, iter_records
report = FeedReport()
start = time.perf_counter()
if sys.argv[2] == "file":
    with open(sys.argv[1], "rb") as handle:
        count = sum(1 for _ in iter_records(handle, report))
else:
    body = open(sys.argv[1], "rb").read()
    count = sum(1 for _ in iter_records(body, report))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{count}} {{seconds:.2f}} {{peak:.0f}} {{report.problem}}")
"""


def record(i: int, rng: random.Random) -> dict:
    year = rng.randint(1990, 2025)
    kinds = [("Peraturan Daerah", "PERDA"), ("Peraturan Wali Kota", "Perwal"), ("Peraturan Menteri", "PERMEN"),
             ("Keputusan Menteri", "KEPMEN"), ("Peraturan Bupati", "Perbup")]
    jenis, short = rng.choice(kinds)
    number = rng.randint(1, 120)
    return {
        "idData": str(i) if i % 3 else i, "tahun_pengundangan": str(year), "tanggal_penetapan": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "tanggal_pengundangan": f"{year}-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}", "jenis": jenis,
        "noPeraturan": str(number), "judul": f"{jenis} Nomor {number} Tahun {year} tentang Penyelenggaraan "
        f"Pelayanan Publik dan Perlindungan Hak Asasi Manusia di Daerah bagian {i}", "noPanggil": "-",
        "singkatanJenis": short, "tempatTerbit": "Palembang", "penerbit": "-", "deskripsiFisik": "-",
        "sumber": f"Lembaran Daerah Tahun {year} Nomor {number}", "subjek": "HAK ASASI MANUSIA - PELAYANAN PUBLIK",
        "isbn": None, "status": rng.choice(["Berlaku", "Tidak Berlaku", "Dicabut"]), "bahasa": "Indonesia",
        "bidangHukum": "Hukum Tata Negara", "teuBadan": "Pemerintah Kota Palembang", "nomorIndukBuku": "-",
        "fileDownload": f"dok-{i}.pdf", "urlDownload": f"https://jdih.example.go.id/storage/dok-{i}.pdf",
        "abstrak": "Abstrak " + "ringkasan peraturan " * rng.randint(5, 15),
        "urlabstrak" if i % 2 else "urlAbstrak": "-",
        "urlDetailPeraturan": f"https://jdih.example.go.id/dokumen/view?id={i}", "operasi": "4", "display": "1",
    }


def write_feed(path: Path, megabytes: int) -> int:
    rng = random.Random(11)
    target = megabytes * 1_000_000
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        written = 1
        while written < target:
            piece = ("," if count else "") + json.dumps(record(count, rng), ensure_ascii=False)
            handle.write(piece)
            written += len(piece.encode("utf-8"))
            count += 1
        handle.write("]")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=75)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "document.json"
        written = write_feed(feed, args.megabytes)
        size = feed.stat().st_size / 1e6
        print(f"feed: {size:.1f} MB, {written} records")
        for mode in ("file", "memory"):
            out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), str(feed), mode],
                                 capture_output=True, text=True, check=True).stdout.split()
            count, seconds, peak = int(out[0]), float(out[1]), float(out[2])
            print(f"from {mode:6}: {count} records in {seconds:5.1f} s = {count / seconds:8,.0f} records/s; "
                  f"peak memory {peak:.0f} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
