"""`predikat ingest`, `trace`, `query` through the CLI runner: the walking-skeleton acceptance."""

import json
import re

import duckdb
import pytest

from pipeline.cli import cli
from tests.conftest import SEED

KEEP = {"16.01", "16.03", "16.04", "16.05", "16.06", "16.08", "16.09", "16.10", "16.12", "16.71", "16.72", "16.73"}
COACH = {"16.02", "16.07", "16.11", "16.13", "16.74"}


@pytest.fixture
def seed_file(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    return path


def query(runner, db, sql, fmt="json"):
    result = runner.invoke(cli, ["query", sql, "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    return json.loads(result.output) if fmt == "json" else result.output


def test_seed_gives_12_plus_5_regions_and_the_citation(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    result = cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = query(cli_runner, db, "SELECT region_code, year, status FROM facts WHERE predikat = 'KKPHAM'")
    keep = {r["region_code"] for r in rows if (r["status"], r["year"]) == ("maintain_target", 2024)}
    coach = {r["region_code"] for r in rows if (r["status"], r["year"]) == ("target", 2024)}
    assert (keep, coach) == (KEEP, COACH)
    cites = query(cli_runner, db, "SELECT reg_type, number, year FROM regulation_citations")
    assert cites == [{"reg_type": "Permenkumham", "number": "25", "year": 2023}]


def test_trace_shows_sentence_file_and_a_matching_digest(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    fact = query(cli_runner, db, "SELECT fact_id FROM facts WHERE region_code = '16.13' AND status = 'target'")[0]
    result = cli_runner.invoke(cli, ["trace", fact["fact_id"], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Lima daerah yang dibina untuk meraih" in result.output and "»Musirawas Utara«" in result.output
    assert "seed.txt" in result.output
    digests = re.findall(r"\b[0-9a-f]{64}\b", result.output)
    assert digests and len(set(digests)) == 1 and "matches" in result.output


def test_same_file_twice_adds_nothing(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    before = query(cli_runner, db, "SELECT count(*) AS n FROM facts")[0]["n"]
    result = cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    assert "unchanged 1" in result.output
    assert query(cli_runner, db, "SELECT count(*) AS n FROM facts")[0]["n"] == before
    assert query(cli_runner, db, "SELECT count(*) AS n FROM documents")[0]["n"] == 1


def test_one_file_named_twice_in_one_call_is_one_document(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    (tmp_path / "sub").mkdir()
    roundabout = tmp_path / "sub" / ".." / seed_file.name
    result = cli_runner.invoke(cli, ["ingest", str(seed_file), str(roundabout), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert query(cli_runner, db, "SELECT count(*) AS n FROM documents")[0]["n"] == 1
    once = tmp_path / "once.duckdb"
    cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(once)])
    count = "SELECT count(*) AS n, count(DISTINCT fact_id) AS d FROM facts"
    assert query(cli_runner, db, count) == query(cli_runner, once, count)
    assert query(cli_runner, db, count)[0]["n"] == query(cli_runner, db, count)[0]["d"] >= 17


def test_changed_file_replaces_its_facts(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    seed_file.write_text("Judul\nKota Palembang meraih predikat WTP atas LKPD tahun anggaran 2023.", encoding="utf-8")
    result = cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    assert "changed 1" in result.output
    rows = query(cli_runner, db, "SELECT predikat, region_code FROM facts")
    assert rows == [{"predikat": "OPINI_BPK", "region_code": "16.71"}]


def test_folder_ingest_and_csv_output(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "a.html").write_text("<html><body><h1>Kabar</h1><p>Kota Palu meraih predikat Peduli HAM 2023."
                                              + " isi" * 60 + "</p></body></html>", encoding="utf-8")
    result = cli_runner.invoke(cli, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0 and "new 2" in result.output
    csv = query(cli_runner, db, "SELECT region_code FROM facts WHERE region_code = '72.71'", fmt="csv")
    assert csv.splitlines() == ["region_code", "72.71"]


def test_missing_path_is_one_line_and_creates_nothing(cli_runner, tmp_path):
    db = tmp_path / "w.duckdb"
    result = cli_runner.invoke(cli, ["ingest", str(tmp_path / "nope.txt"), "--db", str(db)])
    assert result.exit_code == 5
    assert "nope.txt: no such file or directory" in result.output and "Traceback" not in result.output
    assert not db.exists()


def test_foreign_db_file_is_refused_and_untouched(cli_runner, tmp_path, seed_file):
    db = tmp_path / "notes.duckdb"
    db.write_text("my precious notes")
    result = cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    assert result.exit_code == 5 and "not a DuckDB database" in result.output
    assert db.read_text() == "my precious notes"


def test_query_is_read_only_and_reports_sql_errors(cli_runner, tmp_path, seed_file):
    db = tmp_path / "w.duckdb"
    cli_runner.invoke(cli, ["ingest", str(seed_file), "--db", str(db)])
    bad = cli_runner.invoke(cli, ["query", "SELEC nonsense", "--db", str(db)])
    assert bad.exit_code == 5 and "query failed" in bad.output
    write = cli_runner.invoke(cli, ["query", "DELETE FROM facts", "--db", str(db)])
    assert write.exit_code == 5
    assert duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM facts").fetchone()[0] > 0


def test_every_command_has_help_with_an_example(cli_runner):
    for command in cli.commands:
        result = cli_runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, command
