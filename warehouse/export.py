"""Parquet export of every table and view, for Spark, Polars and pandas users.

DuckDB writes Parquet itself (``COPY ... TO ... (FORMAT parquet)``), from a read-only
connection; a ``manifest.json`` lists the files with their row counts and the schema version.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from warehouse.migrations import applied

SKIP = {"schema_migrations"}


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    rows = con.execute(
        "SELECT table_name, table_type FROM information_schema.tables"
        " WHERE table_schema = 'main' ORDER BY table_type, table_name"
    ).fetchall()
    return [(name, "view" if kind == "VIEW" else "table") for name, kind in rows if name not in SKIP]


def export_parquet(con: duckdb.DuckDBPyConnection, directory: Path) -> dict:
    directory.mkdir(parents=True, exist_ok=True)
    manifest = {"schema_versions": sorted(applied(con)), "files": []}
    for name, kind in relations(con):
        target = directory / f"{name}.parquet"
        con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{_quote(target)}' (FORMAT parquet, COMPRESSION zstd)")
        rows = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        manifest["files"].append({"name": name, "kind": kind, "file": target.name, "rows": rows})
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _quote(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")
