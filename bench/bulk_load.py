"""Bulk load: 200,000 facts through Arrow (what predikat does) against executemany, same run.

Target (issue 5): >= 100,000 rows/s for the Arrow path. executemany is measured on a sample
(it is too slow to load all 200,000 rows in a benchmark run) and reported as rows/s.

    python bench/bulk_load.py [--rows 200000] [--sample 5000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from warehouse.load import insert_rows  # noqa: E402
from warehouse.migrations import migrate  # noqa: E402

CODES = ["16.01", "16.02", "16.71", "35.06", "35.71", "72.71", "73.01", "33.14"]


def fact_rows(count: int) -> list[dict]:
    rng = random.Random(7)
    evidence = "Kabupaten Lahat, Muara Enim dan Kota Palembang meraih predikat Kabupaten/Kota Peduli HAM tahun 2023."
    return [{
        "fact_id": f"{i:016x}", "document_id": f"{i // 10:016x}", "holder_kind": "region", "holder": "Kabupaten Lahat",
        "unit_kind": None, "region_code": rng.choice(CODES), "predikat": "KKPHAM", "grade": "Peduli HAM",
        "year": rng.randint(2015, 2025), "year_basis": "explicit", "status": "achieved", "status_cue": "meraih",
        "mention": "Kabupaten Lahat", "mention_start": 0, "mention_end": 15, "evidence": evidence,
        "evidence_start": 0, "evidence_end": len(evidence), "link_method": "official", "confidence": 0.9,
        "extractor_version": "bench",
    } for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=5_000)
    args = parser.parse_args()
    rows = fact_rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "bench.duckdb"))
        migrate(con)
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        insert_rows(con, "facts", rows)
        con.execute("COMMIT")
        arrow_seconds = time.perf_counter() - start
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == args.rows
        con.execute("DELETE FROM facts")
        columns = list(rows[0])
        sql = f"INSERT INTO facts ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        sample = [[r[c] for c in columns] for r in rows[: args.sample]]
        start = time.perf_counter()
        con.execute("BEGIN TRANSACTION")
        con.executemany(sql, sample)
        con.execute("COMMIT")
        many_seconds = time.perf_counter() - start
        con.close()
    arrow_rate = args.rows / arrow_seconds
    many_rate = args.sample / many_seconds
    print(f"Arrow bulk insert:  {args.rows:>7} rows in {arrow_seconds:6.2f} s = {arrow_rate:>10,.0f} rows/s (target >= 100,000)")
    print(f"executemany:        {args.sample:>7} rows in {many_seconds:6.2f} s = {many_rate:>10,.0f} rows/s")
    print(f"Arrow is {arrow_rate / many_rate:,.0f}x faster")


if __name__ == "__main__":
    main()
