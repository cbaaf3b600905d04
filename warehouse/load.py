"""Bulk, idempotent loading into the warehouse.

A document is loaded with everything extracted from it, replacing what was there for the same
``document_id``, in one transaction per batch. Rows go in as Arrow tables (DuckDB scans them
without copying), which is orders of magnitude faster than ``executemany`` (see
``bench/bulk_load.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from operator import itemgetter

import duckdb
import pyarrow as pa

# Children of a document, deleted and re-inserted with it.
_DOCUMENT_CHILDREN = ("facts", "regulation_citations", "region_mentions")


@dataclass
class DocumentRecord:
    """One document and what was extracted from it, as column-name dictionaries."""

    document: dict
    facts: list[dict] = field(default_factory=list)
    citations: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> int:
    """Insert dictionaries by column name through one Arrow table."""
    if not rows:
        return 0
    columns = [c for c in _columns(con, table) if c in rows[0]]
    try:  # rows built by one function share their keys: itemgetter runs at C speed
        arrow = pa.table({c: list(map(itemgetter(c), rows)) for c in columns})
    except KeyError:
        arrow = pa.table({c: [row.get(c) for row in rows] for c in columns})
    con.register("_predikat_rows", arrow)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _predikat_rows")
    finally:
        con.unregister("_predikat_rows")
    return len(rows)


def _delete_where_in(con: duckdb.DuckDBPyConnection, tables, key: str, values: list[str]) -> None:
    con.register("_predikat_ids", pa.table({key: values}))
    try:
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM _predikat_ids)")
    finally:
        con.unregister("_predikat_ids")


def _in_transaction(con: duckdb.DuckDBPyConnection, work) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        work()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert_children(con: duckdb.DuckDBPyConnection, records: list[DocumentRecord]) -> int:
    facts = insert_rows(con, "facts", [f for r in records for f in r.facts])
    insert_rows(con, "regulation_citations", [c for r in records for c in r.citations])
    insert_rows(con, "region_mentions", [m for r in records for m in r.mentions])
    return facts


def load_documents(con: duckdb.DuckDBPyConnection, records: list[DocumentRecord],
                   stored: set[str] | None = None) -> int:
    """Replace the given documents and their facts, citations and mentions. Returns facts loaded.

    ``stored``: the document ids among ``records`` that may already be in the warehouse, when the
    caller knows (``None``: any of them). A first load skips the five deletes, which cost more than
    the inserts."""
    if not records:
        return 0
    loaded = []
    ids = [r.document["document_id"] for r in records]
    if stored is not None:
        ids = [i for i in ids if i in stored]

    def work() -> None:
        if ids:
            _delete_where_in(con, _DOCUMENT_CHILDREN + ("documents",), "document_id", ids)
        insert_rows(con, "documents", [r.document for r in records])
        loaded.append(_insert_children(con, records))

    _in_transaction(con, work)
    return loaded[0]


def upsert_regulations(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> int:
    if not rows:
        return 0

    def work() -> None:
        _delete_where_in(con, ("regulations",), "regulation_id", [r["regulation_id"] for r in rows])
        insert_rows(con, "regulations", rows)

    _in_transaction(con, work)
    return len(rows)


def link_citations(con: duckdb.DuckDBPyConnection) -> int:
    """Point each citation at the stored JDIH record with the same type, number and year."""
    con.execute(
        """
        UPDATE regulation_citations AS c SET regulation_id = r.regulation_id
        FROM (
            SELECT reg_type, lower(number) AS number, year, min(regulation_id) AS regulation_id
            FROM regulations WHERE reg_type IS NOT NULL AND number IS NOT NULL
            GROUP BY ALL
        ) AS r
        WHERE c.reg_type = r.reg_type AND lower(c.number) = r.number AND c.year = r.year
          AND c.regulation_id IS DISTINCT FROM r.regulation_id
        """
    )
    return con.execute("SELECT count(*) FROM regulation_citations WHERE regulation_id IS NOT NULL").fetchone()[0]


def refresh_regions(con: duckdb.DuckDBPyConnection, regions: list[dict], aliases: list[dict]) -> None:
    """Make the ``regions`` and ``region_aliases`` tables equal to the gazetteer data files."""
    current = con.execute("SELECT count(*) FROM regions").fetchone()[0]
    same = current == len(regions) and con.execute(
        "SELECT count(*) FROM region_aliases").fetchone()[0] == len(aliases)
    if same:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM regions")
        con.execute("DELETE FROM region_aliases")
        insert_rows(con, "regions", regions)
        insert_rows(con, "region_aliases", aliases)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
