"""The one writer: atomic publish, failure, busy lock, interrupted runs, foreign files."""

import json

import duckdb
import pytest

from warehouse.database import WarehouseError, connect_readonly
from warehouse.migrations import available, migrate
from warehouse.publish import WarehouseBusy, WarehouseWriter


def count(db, sql):
    con = connect_readonly(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_new_warehouse_has_every_migration(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="test"):
        pass
    assert count(db, "SELECT count(*) FROM schema_migrations") == len(available())
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'ok'") == 1


def test_migrations_are_applied_once(tmp_path):
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    assert migrate(con) == [v for v, _, _ in available()]
    assert migrate(con) == []


def test_changes_are_invisible_until_published(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="test"):
        pass
    with WarehouseWriter(db, command="test") as writer:
        writer.con.execute("INSERT INTO region_aliases VALUES ('16', 'Bumi Sriwijaya', 'nickname')")
        assert count(db, "SELECT count(*) FROM region_aliases") == 0  # a reader still sees the old file
    assert count(db, "SELECT count(*) FROM region_aliases") == 1


def test_a_failed_run_changes_nothing_but_records_itself(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="test"):
        pass
    with pytest.raises(RuntimeError):
        with WarehouseWriter(db, command="boom") as writer:
            writer.con.execute("INSERT INTO region_aliases VALUES ('16', 'x', 'y')")
            raise RuntimeError("disk on fire")
    assert count(db, "SELECT count(*) FROM region_aliases") == 0
    con = connect_readonly(db)
    status, errors = con.execute("SELECT status, errors FROM runs WHERE command = 'boom'").fetchone()
    con.close()
    assert status == "failed" and "disk on fire" in json.loads(errors)[-1]["reason"]
    assert not (tmp_path / "w.duckdb.staging").exists()


def test_second_writer_is_told_the_warehouse_is_busy(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="first"):
        with pytest.raises(WarehouseBusy, match="another predikat run"):
            with WarehouseWriter(db, command="second"):
                pass


def test_an_interrupted_run_is_recorded_by_the_next_writer(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="test"):
        pass
    # what SIGKILL leaves behind: a journal and a half-written staging copy
    (tmp_path / "w.duckdb.run.json").write_text(json.dumps(
        {"run_id": "20240101T000000Z-dead", "pid": 999999, "command": "run", "started_at": "2024-01-01T00:00:00"}))
    (tmp_path / "w.duckdb.staging").write_bytes(b"half written")
    with WarehouseWriter(db, command="next"):
        pass
    con = connect_readonly(db)
    row = con.execute("SELECT status, errors FROM runs WHERE run_id = '20240101T000000Z-dead'").fetchone()
    con.close()
    assert row[0] == "failed" and "interrupted" in row[1]


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 100])
def test_foreign_files_are_refused_and_untouched(tmp_path, content):
    db = tmp_path / "foreign.duckdb"
    db.write_bytes(content)
    with pytest.raises(WarehouseError, match="not a DuckDB database|empty file"):
        with WarehouseWriter(db, command="test"):
            pass
    assert db.read_bytes() == content
    with pytest.raises(WarehouseError):
        connect_readonly(db)


def test_reader_needs_an_existing_warehouse(tmp_path):
    with pytest.raises(WarehouseError, match="no such warehouse"):
        connect_readonly(tmp_path / "nope.duckdb")
