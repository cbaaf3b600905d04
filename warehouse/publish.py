"""The one writer: build into a staging copy, publish it atomically.

DuckDB lets one process write a database file, and a reader that holds the file open would make
a writer fail to open it. So predikat never writes the published file in place:

1. take ``<db>.lock`` (a second run exits at once with a clear message);
2. copy the published file to ``<db>.staging`` and write there, in transactions;
3. on success, insert the ``runs`` row, CHECKPOINT, close, fsync, and ``os.replace`` the staging
   file over the published one (atomic on POSIX). Readers that had the old file open keep
   reading the old version undisturbed; a new connection sees the new data.

A run that fails is discarded and leaves one ``runs`` row with status ``failed``. A run that is
killed (SIGKILL, power loss) leaves ``<db>.run.json``; the next writer finds it, discards the
stale staging file and records the interrupted run as ``failed``. The published file is never
half-written, so a re-run ends with exactly the rows an undisturbed run gives.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from warehouse.database import WarehouseError, check_warehouse_file
from warehouse.migrations import migrate


class WarehouseBusy(WarehouseError):
    """Another predikat process is writing the warehouse."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_run_id(now: datetime | None = None) -> str:
    now = now or utcnow()
    return f"{now:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


@dataclass
class RunLog:
    """Counts and errors of one run, written to the ``runs`` table when it ends."""

    run_id: str
    command: str
    args: str
    extractor_version: str
    started_at: datetime = field(default_factory=utcnow)
    fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    facts: int = 0
    errors: list[dict] = field(default_factory=list)

    def error(self, item: str, reason: str) -> None:
        self.errors.append({"item": item, "reason": reason})

    @property
    def status(self) -> str:
        if self.failed and not (self.new or self.changed or self.unchanged):
            return "failed"
        return "partial" if self.failed else "ok"

    def row(self, status: str, finished_at: datetime | None) -> list:
        return [self.run_id, self.command, self.started_at, finished_at, status, self.fetched, self.new, self.changed,
                self.unchanged, self.skipped, self.failed, self.facts, json.dumps(self.errors, ensure_ascii=False),
                self.extractor_version, self.args]


_INSERT_RUN = ("INSERT INTO runs (run_id, command, started_at, finished_at, status, fetched, new, changed, unchanged,"
               " skipped, failed, facts, errors, extractor_version, args) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


class WarehouseWriter:
    """Context manager for one run that writes the warehouse.

        with WarehouseWriter(path, command="ingest", args="...", extractor_version=V) as writer:
            writer.con.execute(...)      # a connection to the staging copy
            writer.log.new += 1
        # published here (status from writer.log), or discarded with a 'failed' runs row
    """

    def __init__(self, path: Path | str, *, command: str, args: str = "", extractor_version: str = "",
                 lock_timeout: float = 0) -> None:
        self.path = Path(path)
        self.staging = self.path.with_name(self.path.name + ".staging")
        self.journal = self.path.with_name(self.path.name + ".run.json")
        self.lock = FileLock(str(self.path.with_name(self.path.name + ".lock")))
        self.lock_timeout = lock_timeout
        self.log = RunLog(new_run_id(), command, args, extractor_version)
        self.con: duckdb.DuckDBPyConnection | None = None
        self.published = False
        self.interrupted: dict | None = None

    # ------------------------------------------------------------------ enter
    def __enter__(self) -> "WarehouseWriter":
        check_warehouse_file(self.path, must_exist=False)
        if not self.path.parent.exists():
            raise WarehouseError(f"{self.path.parent}: no such directory for the warehouse")
        try:
            self.lock.acquire(timeout=self.lock_timeout)
        except Timeout:
            holder = self._read_journal()
            who = f" (run {holder['run_id']}, pid {holder['pid']})" if holder else ""
            raise WarehouseBusy(f"{self.path}: another predikat run is writing this warehouse{who}; try again when it ends") from None
        try:
            self.interrupted = self._read_journal()
            self._open_staging()
            self._write_journal()
            if self.interrupted:
                self._record_interrupted(self.interrupted)
        except BaseException:
            self._discard()
            self.lock.release()
            raise
        return self

    def _open_staging(self) -> None:
        self._remove_staging()
        if self.path.exists():
            shutil.copyfile(self.path, self.staging)
            wal = self.path.with_name(self.path.name + ".wal")
            if wal.exists():  # a reader that crashed in read-write mode left its log: keep its data
                shutil.copyfile(wal, self.staging.with_name(self.staging.name + ".wal"))
        try:
            self.con = duckdb.connect(str(self.staging))
        except duckdb.Error as error:
            raise WarehouseError(f"{self.path}: cannot open a working copy: {str(error).splitlines()[0]}") from error
        migrate(self.con)

    def _write_journal(self) -> None:
        entry = {"run_id": self.log.run_id, "pid": os.getpid(), "command": self.log.command,
                 "started_at": self.log.started_at.isoformat()}
        self.journal.write_text(json.dumps(entry), encoding="utf-8")

    def _read_journal(self) -> dict | None:
        try:
            return json.loads(self.journal.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _record_interrupted(self, entry: dict) -> None:
        started = datetime.fromisoformat(entry.get("started_at")) if entry.get("started_at") else utcnow()
        errors = json.dumps([{"item": entry.get("command", "run"), "reason":
                              f"interrupted: process {entry.get('pid')} ended before publishing; its work was discarded"}])
        exists = self.con.execute("SELECT count(*) FROM runs WHERE run_id = ?", [entry.get("run_id")]).fetchone()[0]
        if not exists:
            self.con.execute(
                "INSERT INTO runs (run_id, command, started_at, finished_at, status, errors, extractor_version, args)"
                " VALUES (?, ?, ?, NULL, 'failed', ?, '', '')",
                [entry.get("run_id", new_run_id()), entry.get("command", "run"), started, errors],
            )

    # ------------------------------------------------------------------ exit
    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.publish(self.log.status)
            else:
                self._discard()
                reason = "interrupted by the user" if exc_type is KeyboardInterrupt else f"{exc_type.__name__}: {exc}"
                self.log.error(self.log.command, reason)
                self._publish_failure()
        finally:
            self.journal.unlink(missing_ok=True)
            self.lock.release()

    def publish(self, status: str) -> None:
        if self.published:
            return
        self.con.execute(_INSERT_RUN, self.log.row(status, utcnow()))
        self.con.execute("CHECKPOINT")
        self.con.close()
        self.con = None
        _fsync(self.staging)
        os.replace(self.staging, self.path)
        _fsync_dir(self.path.parent)
        self.published = True

    def _publish_failure(self) -> None:
        """Record the failed run in the published warehouse, leaving everything else as it was."""
        try:
            self._open_staging()
            if self.interrupted:
                self._record_interrupted(self.interrupted)
            self.publish("failed")
        except Exception:
            self._discard()  # the run failed already; never let the bookkeeping hide why

    def _discard(self) -> None:
        if self.con is not None:
            try:
                self.con.close()
            except duckdb.Error:
                pass
            self.con = None
        self._remove_staging()

    def _remove_staging(self) -> None:
        for leftover in (self.staging, self.staging.with_name(self.staging.name + ".wal")):
            leftover.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
