"""``predikat eval``: score the extractors on annotated articles, through the warehouse.

Articles are ingested into a temporary warehouse by the same path as any document (they are
plain-text documents with the annotated publication date as metadata); facts and citations are
then read back from the warehouse and scored by ``pipeline.scoring``.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from corpus.archive import sha256_hex
from extractors.version import EXTRACTOR_VERSION
from pipeline.processing import DocumentProcessor
from pipeline.progress import Reporter
from pipeline.records import SourceDocument, document_id
from pipeline.reference import refresh_reference_tables
from pipeline.scoring import Report, score_article
from warehouse.database import WarehouseError, connect_readonly
from warehouse.publish import WarehouseWriter, utcnow

BATCH = 32


def load_gold(paths: list[str | Path]) -> list[dict]:
    """Annotated articles from .jsonl files (one per line) or .json files (one article)."""
    articles = []
    for path in map(Path, paths):
        if not path.is_file():
            raise WarehouseError(f"{path}: no such annotation file")
        try:
            if path.suffix == ".json":
                articles.append(json.loads(path.read_text(encoding="utf-8")))
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    articles.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise WarehouseError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from None
    for article in articles:
        missing = {"id", "text", "facts"} - set(article)
        if missing:
            raise WarehouseError(f"annotated article {article.get('id', '?')}: missing {', '.join(sorted(missing))}")
    ids = [a["id"] for a in articles]
    if len(ids) != len(set(ids)):
        raise WarehouseError("annotated articles have duplicate ids")
    return articles


def evaluate(paths: list[str | Path], reporter: Reporter | None = None, extractor=None) -> Report:
    articles = load_gold(paths)
    reporter = reporter or Reporter()
    with tempfile.TemporaryDirectory(prefix="predikat-eval-") as tmp:
        db = Path(tmp) / "eval.duckdb"
        with WarehouseWriter(db, command="eval", args=" ".join(map(str, paths)),
                             extractor_version=EXTRACTOR_VERSION) as writer:
            refresh_reference_tables(writer.con)
            processor = DocumentProcessor(writer.con, writer.log, reporter, extractor)
            reporter.start("eval", len(articles))
            for start in range(0, len(articles), BATCH):
                chunk = articles[start : start + BATCH]
                processor.process([_source(a) for a in chunk])
                reporter.advance(len(chunk))
            reporter.stop()
        con = connect_readonly(db)
        try:
            scores = []
            for article in articles:
                doc = document_id(_url(article))
                facts = _dicts(con, "SELECT holder_kind, region_code, predikat, grade, year, status FROM facts"
                                    " WHERE document_id = ?", [doc])
                cites = _dicts(con, "SELECT reg_type, number, year FROM regulation_citations WHERE document_id = ?", [doc])
                scores.append(score_article(article["id"], article, facts, cites))
        finally:
            con.close()
    return Report(scores)


def _url(article: dict) -> str:
    return f"eval:{article['id']}"


def _source(article: dict) -> SourceDocument:
    body = article["text"].encode("utf-8")
    published = date.fromisoformat(article["published"]) if article.get("published") else None
    return SourceDocument(_url(article), body, sha256_hex(body), utcnow(), "eval", content_type="text/plain",
                          published_hint=published)


def _dicts(con, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def format_report(report: Report, show_misses: bool = True) -> str:
    lines = []
    for a in report.articles:
        lines.append(f"{a.article_id:12} facts P {a.facts.precision:.2f} R {a.facts.recall:.2f}   "
                     f"regions P {a.regions.precision:.2f} R {a.regions.recall:.2f}   "
                     f"citations {a.citations.tp_gold}/{a.citations.gold} (+{a.citations.predicted - a.citations.tp_pred})")
        if show_misses:
            lines += [f"    missed fact  {m}" for m in a.missed_facts]
            lines += [f"    extra fact   {m}" for m in a.extra_facts]
            lines += [f"    missed region {m}" for m in a.missed_regions]
            lines += [f"    extra region  {m}" for m in a.extra_regions]
            lines += [f"    missed citation {m}" for m in a.missed_citations]
            lines += [f"    extra citation  {m}" for m in a.extra_citations]
    lines.append("")
    for what, label in (("facts", "strict facts"), ("regions", "regions"), ("citations", "citations")):
        t = report.total(what)
        lines.append(f"{label:13} precision {t.precision:.3f}  recall {t.recall:.3f}  F1 {t.f1:.3f}"
                     f"   (predicted {t.predicted}, annotated {t.gold})")
    return "\n".join(lines)


def report_json(report: Report) -> dict:
    totals = {}
    for what in ("facts", "regions", "citations"):
        t = report.total(what)
        totals[what] = {"precision": round(t.precision, 4), "recall": round(t.recall, 4), "f1": round(t.f1, 4),
                        "predicted": t.predicted, "annotated": t.gold}
    return {"articles": len(report.articles), "totals": totals,
            "misses": {a.article_id: {"missed": [list(m) for m in a.missed_facts], "extra": [list(m) for m in a.extra_facts]}
                       for a in report.articles if a.missed_facts or a.extra_facts}}
