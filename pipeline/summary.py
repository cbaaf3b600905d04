"""The short summary ``predikat demo`` prints: what is in the warehouse, and one example query."""

from __future__ import annotations

from pathlib import Path

from pipeline.output import format_table
from warehouse.database import connect_readonly

EXAMPLE_QUESTION = "Which Sumatera Selatan regions held KKPHAM, by year?"
EXAMPLE_SQL = """SELECT year, count(*) AS regions, string_agg(region_name, ', ' ORDER BY region_name) AS names
FROM v_region_predikat
WHERE predikat = 'KKPHAM' AND province_code = '16' AND status = 'achieved'
GROUP BY year ORDER BY year"""


def summary_text(db: Path) -> str:
    con = connect_readonly(db)
    try:
        docs = con.execute("SELECT kind, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall()
        facts = con.execute("SELECT predikat, count(*) FROM facts GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
        regs = con.execute("SELECT count(*), count(document_id) FROM regulations").fetchone()
        cites = con.execute("SELECT count(*), count(regulation_id) FROM regulation_citations").fetchone()
        cursor = con.execute(EXAMPLE_SQL)
        example = format_table([d[0] for d in cursor.description], cursor.fetchall())
    finally:
        con.close()
    total_docs = sum(n for _, n in docs)
    lines = [f"warehouse {db}:",
             f"  documents {total_docs} ({', '.join(f'{k} {n}' for k, n in docs)})",
             f"  facts {sum(n for _, n in facts)}: " + ", ".join(f"{p} {n}" for p, n in facts),
             f"  regulations {regs[0]} ({regs[1]} with PDF text); citations {cites[0]} ({cites[1]} linked to a JDIH record)",
             "",
             f"Example: {EXAMPLE_QUESTION}",
             "  predikat query \"" + " ".join(EXAMPLE_SQL.split()) + "\"",
             example.rstrip()]
    return "\n".join(lines)
