"""Full-text search over documents.

DuckDB's ``fts`` extension is not inside the Python wheel and nothing may be downloaded at run
time, so predikat depends on the ``duckdb-extension-fts`` package, which ships the extension
file for this DuckDB version; it is LOADed from that local path. Writers rebuild the BM25 index
(Indonesian Snowball stemmer) at the end of every run that changed documents. Without the
extension (another platform, another DuckDB), search falls back to plain SQL: every term must
occur (case-insensitive), ranked by how often the terms occur.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)
INDEX_SCHEMA = "fts_main_documents"


def fts_extension_path() -> Path | None:
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    root = Path(duckdb_extension_fts.__file__).parent / "extensions"
    wanted = root / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    return wanted if wanted.is_file() else None


def load_fts(con: duckdb.DuckDBPyConnection) -> bool:
    path = fts_extension_path()
    if path is None:
        return False
    try:
        con.execute(f"LOAD '{str(path).replace(chr(39), chr(39) * 2)}'")
        return True
    except duckdb.Error as error:
        log.info("fts extension not loadable (%s); using the SQL fallback", str(error).splitlines()[0])
        return False


def rebuild_index(con: duckdb.DuckDBPyConnection) -> bool:
    """(Re)build the BM25 index over documents' title and text. Returns False without fts."""
    if not load_fts(con):
        return False
    con.execute("PRAGMA create_fts_index('documents', 'document_id', 'title', 'text', stemmer = 'indonesian',"
                " stopwords = 'none', lower = 1, strip_accents = 1, overwrite = 1)")
    return True


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                       [INDEX_SCHEMA]).fetchone()[0] > 0


@dataclass
class Hit:
    document_id: str
    score: float
    title: str | None
    url: str
    published_date: object
    snippet: str


_PROVINCE_FILTER = """
    AND (? IS NULL OR d.document_id IN (
        SELECT document_id FROM region_mentions
        WHERE region_code = ? OR region_code LIKE ? || '.%'))
"""


def search(con: duckdb.DuckDBPyConnection, query: str, province: str | None = None, limit: int = 20) -> tuple[list[Hit], str]:
    """Hits, best first, and the method used ('bm25' or 'sql')."""
    terms = [t for t in query.split() if t.strip()]
    if not terms:
        return [], "none"
    params_filter = [province, province, province]
    if has_index(con) and load_fts(con):
        sql = f"""
            SELECT d.document_id, s.score, d.title, d.url, d.published_date, d.text
            FROM (SELECT document_id, {INDEX_SCHEMA}.match_bm25(document_id, ?) AS score FROM documents) s
            JOIN documents d USING (document_id)
            WHERE s.score IS NOT NULL {_PROVINCE_FILTER}
            ORDER BY s.score DESC LIMIT ?"""
        rows = con.execute(sql, [query] + params_filter + [limit]).fetchall()
        method = "bm25"
    else:
        conditions = " AND ".join("(d.text ILIKE ? OR d.title ILIKE ?)" for _ in terms)
        score = " + ".join("(length(lower(d.text)) - length(replace(lower(d.text), lower(?), ''))) / length(?)" for _ in terms)
        sql = f"""
            SELECT d.document_id, ({score}) AS score, d.title, d.url, d.published_date, d.text
            FROM documents d WHERE {conditions} {_PROVINCE_FILTER}
            ORDER BY score DESC, d.published_date DESC NULLS LAST LIMIT ?"""
        params = [p for t in terms for p in (t, t)]
        params += [p for t in terms for p in (f"%{t}%", f"%{t}%")]
        rows = con.execute(sql, params + params_filter + [limit]).fetchall()
        method = "sql"
    return [Hit(r[0], float(r[1]), r[2], r[3], r[4], snippet(r[5] or "", terms)) for r in rows], method


def snippet(text: str, terms: list[str], width: int = 160) -> str:
    lower = text.lower()
    positions = [lower.find(t.lower()) for t in terms if lower.find(t.lower()) >= 0]
    at = min(positions) if positions else 0
    start = max(0, at - width // 3)
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
