"""Scoring extracted facts, regions and citations against annotated articles.

The annotation format is ``../shared/eval/dev/README.md``'s: one JSON object per article with
``facts`` and ``regulations``. Scoring, as that README defines it, per article then summed:

- strict facts: (region_code, predikat, grade when the annotation gives one, year, status) over
  facts whose holder is a region; facts labelled OTHER are not scored;
- regions: the set of region codes of the article's facts (regions and located units);
- citations: (type, number, year), compared case- and punctuation-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Tally:
    tp_pred: int = 0  # predicted items that match a gold item
    predicted: int = 0
    tp_gold: int = 0  # gold items matched by a prediction
    gold: int = 0

    def add(self, other: "Tally") -> None:
        self.tp_pred += other.tp_pred
        self.predicted += other.predicted
        self.tp_gold += other.tp_gold
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    article_id: str
    facts: Tally
    regions: Tally
    citations: Tally
    missed_facts: list[tuple] = field(default_factory=list)
    extra_facts: list[tuple] = field(default_factory=list)
    missed_regions: list[str] = field(default_factory=list)
    extra_regions: list[str] = field(default_factory=list)
    missed_citations: list[tuple] = field(default_factory=list)
    extra_citations: list[tuple] = field(default_factory=list)


def _fact_matches(pred: tuple, gold: tuple) -> bool:
    """(code, predikat, grade, year, status); a gold grade of None matches any predicted grade."""
    code, predikat, grade, year, status = gold
    return (pred[0], pred[1], pred[3], pred[4]) == (code, predikat, year, status) and (grade is None or _norm(pred[2]) == _norm(grade))


def _norm(value) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).lower()) if value is not None else ""


def score_article(article_id: str, gold: dict, predicted_facts: list[dict], predicted_citations: list[dict]) -> ArticleScore:
    gold_facts = {
        (f["region_code"], f["predikat"], f.get("grade"), f.get("year"), f["status"])
        for f in gold.get("facts", [])
        if f.get("holder_kind") == "region" and f.get("predikat") != "OTHER" and f.get("region_code")
    }
    pred_facts = {
        (f["region_code"], f["predikat"], f.get("grade"), f.get("year"), f["status"])
        for f in predicted_facts
        if f.get("holder_kind") == "region" and f.get("region_code")
    }
    facts = Tally(
        tp_pred=sum(1 for p in pred_facts if any(_fact_matches(p, g) for g in gold_facts)),
        predicted=len(pred_facts),
        tp_gold=sum(1 for g in gold_facts if any(_fact_matches(p, g) for p in pred_facts)),
        gold=len(gold_facts),
    )
    gold_regions = {f["region_code"] for f in gold.get("facts", []) if f.get("region_code")}
    pred_regions = {f["region_code"] for f in predicted_facts if f.get("region_code")}
    regions = Tally(len(gold_regions & pred_regions), len(pred_regions), len(gold_regions & pred_regions), len(gold_regions))
    gold_cites = {(_norm(r["type"]), _norm(r.get("number")), r.get("year")) for r in gold.get("regulations", [])}
    pred_cites = {(_norm(c["reg_type"]), _norm(c.get("number")), c.get("year")) for c in predicted_citations}
    citations = Tally(len(gold_cites & pred_cites), len(pred_cites), len(gold_cites & pred_cites), len(gold_cites))
    return ArticleScore(
        article_id, facts, regions, citations,
        missed_facts=sorted((g for g in gold_facts if not any(_fact_matches(p, g) for p in pred_facts)), key=str),
        extra_facts=sorted((p for p in pred_facts if not any(_fact_matches(p, g) for g in gold_facts)), key=str),
        missed_regions=sorted(gold_regions - pred_regions),
        extra_regions=sorted(pred_regions - gold_regions),
        missed_citations=sorted(gold_cites - pred_cites, key=str),
        extra_citations=sorted(pred_cites - gold_cites, key=str),
    )


@dataclass
class Report:
    articles: list[ArticleScore]

    def total(self, what: str) -> Tally:
        tally = Tally()
        for article in self.articles:
            tally.add(getattr(article, what))
        return tally
