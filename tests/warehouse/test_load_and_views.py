"""Idempotent loading, the researcher views, export and search."""

from datetime import date, datetime

import pytest

from pipeline.reference import refresh_reference_tables
from warehouse.database import connect_readonly
from warehouse.export import export_parquet
from warehouse.load import DocumentRecord, load_documents
from warehouse.publish import WarehouseWriter
from warehouse.search import rebuild_index, search


def record(doc_id, url, facts, text="Kota Palembang meraih predikat Peduli HAM."):
    document = {"document_id": doc_id, "url": url, "source": "test", "kind": "article", "title": f"t {doc_id}",
                "published_date": date(2024, 1, 1), "published_basis": "metadata", "fetched_at": datetime(2024, 1, 2),
                "sha256": "0" * 64, "byte_length": 1, "text": text, "text_status": "ok",
                "extractor_version": "t", "run_id": "r"}
    rows = []
    for n, (code, predikat, year, status, grade) in enumerate(facts):
        rows.append({"fact_id": f"{doc_id}-{n}", "document_id": doc_id, "holder_kind": "region", "holder": code,
                     "region_code": code, "predikat": predikat, "grade": grade, "year": year, "status": status,
                     "mention": code, "mention_start": 0, "mention_end": 1, "evidence": text, "evidence_start": 0,
                     "evidence_end": len(text), "confidence": 0.9, "extractor_version": "t"})
    mentions = [{"document_id": doc_id, "start": 0, "end": 1, "surface": c, "region_code": c, "role": "holder",
                 "method": "official", "confidence": 1.0} for c, *_ in facts]
    return DocumentRecord(document, rows, [], mentions)


@pytest.fixture
def warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    with WarehouseWriter(db, command="test") as writer:
        refresh_reference_tables(writer.con)
        load_documents(writer.con, [
            record("a", "https://x/a", [("16.71", "KKPHAM", 2023, "achieved", None), ("16.74", "KKPHAM", 2023, "target", None)]),
            record("b", "https://x/b", [("16.71", "KKPHAM", 2023, "achieved", None), ("16.74", "KKPHAM", 2023, "not_achieved", None)]),
            record("c", "https://x/c", [("16.74", "KKPHAM", 2023, "achieved", None)],
                   text="Kota Prabumulih juga peduli hak asasi manusia."),
        ])
        rebuild_index(writer.con)
    return db


def test_loading_the_same_documents_again_adds_nothing(warehouse):
    with WarehouseWriter(warehouse, command="again") as writer:
        load_documents(writer.con, [record("a", "https://x/a", [("16.71", "KKPHAM", 2023, "achieved", None)])])
    con = connect_readonly(warehouse)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM facts WHERE document_id = 'a'").fetchone()[0] == 1  # replaced
    con.close()


def test_region_predikat_view_consolidates_and_flags_conflicts(warehouse):
    con = connect_readonly(warehouse)
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT region_code, status, documents, conflict FROM v_region_predikat WHERE predikat = 'KKPHAM'").fetchall()}
    con.close()
    assert rows["16.71"] == ("achieved", 2, False)
    assert rows["16.74"] == ("achieved", 3, True)  # one source says achieved, another not_achieved


def test_facts_view_has_names_and_sources(warehouse):
    con = connect_readonly(warehouse)
    row = con.execute("SELECT region_name, province_name, url FROM v_facts WHERE region_code = '16.74' LIMIT 1").fetchone()
    con.close()
    assert row == ("Prabumulih", "Sumatera Selatan", "https://x/a")


def test_export_writes_every_table_and_view(warehouse, tmp_path):
    con = connect_readonly(warehouse)
    manifest = export_parquet(con, tmp_path / "out")
    names = {f["name"] for f in manifest["files"]}
    assert {"documents", "facts", "regions", "v_facts", "v_region_predikat"} <= names
    facts_rows = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'out' / 'facts.parquet'}')").fetchone()[0]
    con.close()
    assert facts_rows == 5


def test_search_ranks_and_filters_by_province(warehouse):
    con = connect_readonly(warehouse)
    hits, method = search(con, "peduli", province="16")
    none, _ = search(con, "peduli", province="35")
    con.close()
    assert method == "bm25" and {h.document_id for h in hits} == {"a", "b", "c"}
    assert none == []


def test_search_falls_back_to_sql_without_an_index(tmp_path):
    db = tmp_path / "plain.duckdb"
    with WarehouseWriter(db, command="test") as writer:
        load_documents(writer.con, [record("a", "https://x/a", [])])
    con = connect_readonly(db)
    hits, method = search(con, "palembang")
    con.close()
    assert method == "sql" and [h.document_id for h in hits] == ["a"]
