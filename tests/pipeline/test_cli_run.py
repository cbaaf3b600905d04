"""`predikat run` against a live local site, `demo` on the recorded corpus, and the other commands."""

import hashlib
import json

import pytest

from pipeline.cli import cli
from tests.pipeline import site


def q(runner, db, sql):
    result = runner.invoke(cli, ["query", sql, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def crawled(cli_runner, httpserver, tmp_path):
    info = site.install(httpserver)
    sources = tmp_path / "sources.toml"
    sources.write_text(info["sources"])
    db = tmp_path / "w.duckdb"
    result = cli_runner.invoke(cli, ["run", "--sources", str(sources), "--db", str(db)])
    return info, sources, db, result


def test_run_on_a_live_site(cli_runner, httpserver, crawled):
    info, sources, db, result = crawled
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    requested = [request.path for request, _ in httpserver.log]
    assert site.PRIVATE not in requested                       # robots.txt obeyed
    assert info["flaky_attempts"]["n"] == 3                     # retried past two 500s
    docs = q(cli_runner, db, "SELECT url, sha256, kind, warc_file FROM documents")
    by_url = {d["url"]: d for d in docs}
    for url, body in info["served"].items():                    # each stored once, hash of the served bytes
        assert by_url[url]["sha256"] == hashlib.sha256(body).hexdigest()
    assert len(docs) == len(info["served"])
    assert all(d["warc_file"] and (db.parent / d["warc_file"]).is_file() for d in docs)
    regs = q(cli_runner, db, "SELECT reg_type, number, pdf_status, document_id FROM regulations ORDER BY number")
    assert [(r["reg_type"], r["number"], r["pdf_status"]) for r in regs] == [
        ("Permenkumham", "22", "ok"), ("Permenkumham", "25", "ok"), ("Kepmenkumham", "M.HH-03.HA.02.01.01", "none")]
    text = q(cli_runner, db, "SELECT text FROM documents WHERE kind = 'regulation' ORDER BY url")
    assert "KRITERIA DAERAH KABUPATEN/KOTA PEDULI HAK ASASI MANUSIA" in text[0]["text"]
    run = q(cli_runner, db, "SELECT status, failed, errors FROM runs")[0]
    assert run["status"] == "partial" and run["failed"] == 1 and "HTTP 404" in run["errors"]  # the dead link


def test_run_extracts_facts_and_keeps_units_apart(cli_runner, crawled):
    _, _, db, _ = crawled
    regions = q(cli_runner, db, "SELECT DISTINCT region_code FROM facts WHERE holder_kind = 'region' AND year = 2023")
    assert len(regions) == 12
    units = q(cli_runner, db, "SELECT holder, region_code, predikat, grade FROM facts WHERE holder_kind = 'unit'")
    assert units == [{"holder": "Lapas Kelas IIA Lubuklinggau", "region_code": "16.73", "predikat": "ZONA_INTEGRITAS",
                      "grade": "WBK"}]
    linked = q(cli_runner, db, "SELECT count(*) AS n FROM regulation_citations WHERE regulation_id IS NOT NULL")
    assert linked[0]["n"] >= 1  # the article's Permenkumham 22/2021 points at the JDIH record


def test_second_run_changes_nothing_and_asks_conditionally(cli_runner, httpserver, crawled):
    info, sources, db, _ = crawled
    counts = "SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM facts) AS f, " \
             "(SELECT count(*) FROM regulations) AS r"
    before = q(cli_runner, db, counts)
    httpserver.clear_log()
    result = cli_runner.invoke(cli, ["run", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert q(cli_runner, db, counts) == before
    for request, response in httpserver.log:
        if request.path == "/robots.txt" or request.path == site.DEAD:
            continue
        assert request.headers.get("If-None-Match"), request.path   # nothing unchanged without a validator
        assert response.status_code == 304, request.path


def test_second_concurrent_run_is_refused(cli_runner, crawled, tmp_path):
    from filelock import FileLock

    _, sources, db, _ = crawled
    with FileLock(str(db) + ".lock"):
        result = cli_runner.invoke(cli, ["run", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 4 and "another predikat run" in result.output


def test_bad_sources_file_is_one_line(cli_runner, tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text('[[source]]\nname = "x"\nkind = "ftp"\nurl = "ftp://x"\n')
    result = cli_runner.invoke(cli, ["run", "--sources", str(bad), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 5 and "kind must be one of" in result.output


def test_demo_replays_the_recorded_corpus(cli_runner, tmp_path):
    db = tmp_path / "demo.duckdb"
    result = cli_runner.invoke(cli, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    docs = q(cli_runner, db, "SELECT count(*) AS n FROM documents")[0]["n"]
    facts = q(cli_runner, db, "SELECT count(*) AS n FROM facts")[0]["n"]
    assert docs >= 5 and facts >= 20
    by_year = q(cli_runner, db, "SELECT year, count(*) AS n FROM v_region_predikat WHERE predikat = 'KKPHAM' AND "
                                "province_code = '16' AND status = 'achieved' GROUP BY year ORDER BY year")
    assert [(r["year"], r["n"]) for r in by_year] == [(2022, 3), (2023, 12), (2024, 15)]


def test_eval_scores_the_seed(cli_runner):
    result = cli_runner.invoke(cli, ["eval", "tests/eval/seed.gold.json", "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.output)["totals"]
    assert totals["facts"]["f1"] >= 0.95 and totals["citations"]["f1"] == 1.0


def test_reextract_replaces_facts_with_the_new_version(cli_runner, crawled, monkeypatch):
    _, _, db, _ = crawled
    before = q(cli_runner, db, "SELECT count(*) AS n FROM facts")[0]["n"]
    import extractors.version
    import pipeline.reextract
    import pipeline.records  # noqa: F401

    monkeypatch.setattr(pipeline.reextract, "EXTRACTOR_VERSION", "9.9.9")
    monkeypatch.setattr(extractors.version, "EXTRACTOR_VERSION", "9.9.9")
    monkeypatch.setattr("pipeline.processing.EXTRACTOR_VERSION", "9.9.9")
    result = cli_runner.invoke(cli, ["reextract", "--db", str(db)])
    assert result.exit_code == 0, result.output
    versions = q(cli_runner, db, "SELECT DISTINCT extractor_version AS v FROM facts")
    assert versions == [{"v": "9.9.9"}]
    assert q(cli_runner, db, "SELECT count(*) AS n FROM facts")[0]["n"] == before


def test_export_search_and_runs_commands(cli_runner, crawled, tmp_path):
    _, _, db, _ = crawled
    out = tmp_path / "parquet"
    result = cli_runner.invoke(cli, ["export", str(out), "--db", str(db)])
    assert result.exit_code == 0 and (out / "v_region_predikat.parquet").is_file()
    result = cli_runner.invoke(cli, ["search", "peduli HAM", "--province", "16", "--db", str(db)])
    assert result.exit_code == 0 and "727071" in result.output
    result = cli_runner.invoke(cli, ["runs", "--db", str(db)])
    assert result.exit_code == 0 and "partial" in result.output


def test_hostile_sources_fail_alone(cli_runner, httpserver, tmp_path):
    """Malformed RSS, a non-JSON JDIHN feed and an entity bomb each fail their own source only;
    a page served as UTF-8 but written in windows-1252 is decoded right."""
    httpserver.expect_request("/robots.txt").respond_with_data("")
    httpserver.expect_request("/bad.xml").respond_with_data("<rss><channel><item><title>x", content_type="application/rss+xml")
    httpserver.expect_request("/bomb.xml").respond_with_data(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item>'
        "<title>&b;</title><link>http://x/1</link></item></channel></rss>", content_type="application/rss+xml")
    httpserver.expect_request("/feed.json").respond_with_data("<html>maintenance</html>", content_type="application/json")
    page = ("<html><body><article><h1>Kabar</h1><p>Kota Palembang meraih predikat “Peduli HAM” tahun 2023 — "
            "demikian kabar" + " isi" * 60 + ".</p></article></body></html>").encode("cp1252")
    httpserver.expect_request("/berita/1").respond_with_data(page, content_type="text/html; charset=utf-8")
    good = httpserver.url_for("/good.xml")
    httpserver.expect_request("/good.xml").respond_with_data(
        f'<rss version="2.0"><channel><item><title>Kabar</title><link>{httpserver.url_for("/berita/1")}</link>'
        "</item></channel></rss>", content_type="application/rss+xml")
    sources = tmp_path / "s.toml"
    sources.write_text("[crawler]\ndelay = 0\n" + "".join(
        f'[[source]]\nname = "{name}"\nkind = "{kind}"\nurl = "{httpserver.url_for(path)}"\n'
        for name, kind, path in [("bad", "rss", "/bad.xml"), ("bomb", "rss", "/bomb.xml"), ("json", "jdihn", "/feed.json"),
                                 ("good", "rss", "/good.xml")]))
    db = tmp_path / "w.duckdb"
    result = cli_runner.invoke(cli, ["run", "--sources", str(sources), "--db", str(db)])
    assert result.exit_code == 0, result.output
    errors = json.loads(q(cli_runner, db, "SELECT errors FROM runs")[0]["errors"])
    reasons = {e["item"]: e["reason"] for e in errors}
    assert "malformed" in reasons["source bad"] or "no items" in reasons["source bad"]
    assert "refused" in reasons["source bomb"]
    assert "not a JDIHN feed" in reasons["source json"]
    text = q(cli_runner, db, "SELECT text FROM documents")[0]["text"]
    assert "“Peduli HAM”" in text
    assert q(cli_runner, db, "SELECT region_code FROM facts") == [{"region_code": "16.71"}]


def test_run_without_network_fails_cleanly(cli_runner, tmp_path):
    sources = tmp_path / "s.toml"
    sources.write_text('[crawler]\ndelay = 0\nretries = 0\n[[source]]\nname = "offline"\nkind = "rss"\n'
                       'url = "http://nonexistent.invalid/rss.xml"\n')
    result = cli_runner.invoke(cli, ["run", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "failed" in result.output
