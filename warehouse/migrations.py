"""Versioned schema migrations: ``warehouse/sql/NNN_name.sql``, applied in order, once each.

Each file runs in its own transaction and is recorded in ``schema_migrations``. A warehouse made
by a newer predikat (with migrations this code does not know) is refused rather than guessed at.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from warehouse.database import WarehouseError

SQL_DIR = Path(__file__).resolve().parent / "sql"
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


def available() -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(SQL_DIR.glob("*.sql")):
        m = _NAME.match(path.name)
        if m:
            found.append((int(m.group(1)), m.group(2), path))
    return found


def applied(con: duckdb.DuckDBPyConnection) -> set[int]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet applied; return their versions."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL)"
    )
    done = applied(con)
    known = {version for version, _, _ in available()}
    unknown = done - known
    if unknown:
        raise WarehouseError(
            f"the warehouse has schema migrations {sorted(unknown)} that this predikat does not know; upgrade predikat"
        )
    new = []
    for version, name, path in available():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, name, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        new.append(version)
    return new


def check_current(con: duckdb.DuckDBPyConnection) -> None:
    """For readers: the file must be a predikat warehouse this code understands."""
    done = applied(con)
    if not done:
        raise WarehouseError("this DuckDB file is not a predikat warehouse (no schema_migrations table)")
    unknown = done - {version for version, _, _ in available()}
    if unknown:
        raise WarehouseError(f"the warehouse was made by a newer predikat (migrations {sorted(unknown)})")
