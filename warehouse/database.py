"""Opening warehouse files safely.

A warehouse is one DuckDB file. Readers open it read-only; the only writer is
``warehouse.publish.WarehouseWriter``, which never writes the file in place (see its docs).
Anything that is not a DuckDB database is refused with a one-line error and never touched.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

# A DuckDB file starts with an 8-byte checksum followed by the magic bytes "DUCK".
_MAGIC = b"DUCK"
_MAGIC_OFFSET = 8


class WarehouseError(Exception):
    """A problem with a warehouse file, worded for the person at the terminal."""


def is_duckdb_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(_MAGIC_OFFSET + len(_MAGIC))
    except OSError:
        return False
    return header[_MAGIC_OFFSET:] == _MAGIC


def check_warehouse_file(path: Path, *, must_exist: bool) -> None:
    """Refuse paths that are missing (when required), directories, or foreign files."""
    if not path.exists():
        if must_exist:
            raise WarehouseError(f"{path}: no such warehouse (run 'predikat ingest' or 'predikat run' first)")
        return
    if path.is_dir():
        raise WarehouseError(f"{path}: is a directory, not a DuckDB database")
    if path.stat().st_size == 0:
        raise WarehouseError(f"{path}: is an empty file, not a DuckDB database (refusing to overwrite it)")
    if not is_duckdb_file(path):
        raise WarehouseError(f"{path}: is not a DuckDB database (refusing to read or overwrite it)")


def connect_readonly(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection for queries, traces, exports and searches."""
    path = Path(path)
    check_warehouse_file(path, must_exist=True)
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise WarehouseError(f"{path}: cannot open the warehouse read-only: {_first_line(error)}") from error


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
