"""The predikat vocabulary: labels, grades, surface forms and who may hold each label.

Data comes from ``extractors/data/predikat`` (vocabulary.csv, grade_forms.csv).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.resources import data_path, read_csv


@dataclass(frozen=True)
class Label:
    label: str
    grades: tuple[str, ...]
    surface_forms: tuple[str, ...]
    holder_levels: frozenset[str]  # provinsi, kabupaten, kota, unit, village
    province_counterpart: str | None = None  # KKPHAM -> KKPHAM_PEMBINA
    default_grade: str | None = None  # the grade a plain mention names ("Peduli HAM")
    failing_forms: tuple[str, ...] = ()  # names that say the predikat was not reached ("rapor merah")
    ceremony_year_differs: bool = False  # handed over in a later year than the one it is for
    awarded_in_month: int | None = None  # handed over in this month of the year it assesses (KLA: 7)
    awarded_in_month_until: int | None = None  # the last year that calendar held (ADIPURA: 2017), None: still
    results_until_month: int | None = None  # results for year N handed over up to this month of N+1 (SAKIP: 4)
    grade_required: bool = False  # a fact of it always names a grade (an audit opinion is one of four)
    assessed_with: str | None = None  # the label of the same yearly round and ceremony (P2HAM -> KKPHAM)
    score_is_grade: bool = False  # a score, not a predikat: the score stated for a holder is its grade (IRH)

    def allows(self, level: str) -> bool:
        return level in self.holder_levels


@dataclass(frozen=True)
class GradeForm:
    label: str
    grade: str
    form: str
    standalone: bool  # True: the form alone names the predikat ("WTP"); False: needs the label nearby ("Madya")


@dataclass
class Vocabulary:
    labels: dict[str, Label]
    grade_forms: list[GradeForm]

    @classmethod
    def load(cls, directory: Path | None = None) -> "Vocabulary":
        directory = directory or data_path("predikat")
        labels = {}
        for row in read_csv(directory / "vocabulary.csv"):
            labels[row["label"]] = Label(
                label=row["label"],
                grades=tuple(g.strip() for g in row["grades"].split(";") if g.strip()),
                surface_forms=tuple(f.strip() for f in row["surface_forms"].split(";") if f.strip()),
                holder_levels=frozenset(h.strip() for h in row["holder_levels"].split(";") if h.strip()),
                province_counterpart=row.get("province_counterpart") or None,
                default_grade=row.get("default_grade") or None,
                ceremony_year_differs=(row.get("ceremony_year_differs") or "").strip().lower() == "yes",
                awarded_in_month=_month(row.get("awarded_in_month")),
                awarded_in_month_until=_month(row.get("awarded_in_month_until")),
                results_until_month=_month(row.get("results_until_month")),
                grade_required=(row.get("grade_required") or "").strip().lower() == "yes",
                failing_forms=tuple(f.strip() for f in (row.get("failing_forms") or "").split(";") if f.strip()),
                assessed_with=(row.get("assessed_with") or "").strip() or None,
                score_is_grade=(row.get("score_is_grade") or "").strip().lower() == "yes",
            )
        grade_forms = [
            GradeForm(row["label"], row["grade"], row["form"], row["standalone"].strip().lower() == "yes")
            for row in read_csv(directory / "grade_forms.csv")
        ]
        unknown = {l.assessed_with for l in labels.values() if l.assessed_with} - labels.keys()
        if unknown:
            raise ValueError(f"vocabulary.csv assessed_with names unknown labels: {sorted(unknown)}")
        unknown = {g.label for g in grade_forms} - labels.keys()
        if unknown:
            raise ValueError(f"grade_forms.csv names labels missing from vocabulary.csv: {sorted(unknown)}")
        return cls(labels, grade_forms)

    def later_ceremonies(self) -> frozenset[str]:
        """Labels whose hand-over year is not the year they are for."""
        return frozenset(name for name, label in self.labels.items() if label.ceremony_year_differs)

    def awarded_in_month(self, name: str, year: int | None = None) -> int | None:
        """The month ``name`` is handed over in the year it assesses (in ``year``), or None when that is not so."""
        label = self.labels.get(name)
        if label is None or (year is not None and label.awarded_in_month_until is not None
                             and year > label.awarded_in_month_until):
            return None
        return label.awarded_in_month

    def results_until_month(self, name: str) -> int | None:
        """The last month of year N+1 in which results for year N of ``name`` are handed over."""
        label = self.labels.get(name)
        return label.results_until_month if label else None

    def grade_required(self, name: str) -> bool:
        """Whether a fact of ``name`` must name its grade to say anything."""
        label = self.labels.get(name)
        return bool(label and label.grade_required)

    def same_round(self, a: str | None, b: str | None) -> bool:
        """Whether labels ``a`` and ``b`` are assessed in one round (the same label, or ``assessed_with``)."""
        if a is None or b is None:
            return False
        with_a = self.labels[a].assessed_with if a in self.labels else None
        with_b = self.labels[b].assessed_with if b in self.labels else None
        return a == b or with_a == b or with_b == a

    def label(self, name: str) -> Label:
        return self.labels[name]


def _month(cell: str | None) -> int | None:
    """A month or a year cell: its number, or None when empty."""
    return int(cell) if (cell or "").strip() else None


@cache
def later_ceremonies() -> frozenset[str]:
    """Labels of the shipped vocabulary handed over in a later year than the one they are for."""
    return _shipped().later_ceremonies()


@cache
def _shipped() -> Vocabulary:
    return Vocabulary.load()


def same_round(a: str | None, b: str | None) -> bool:
    """Whether labels ``a`` and ``b`` of the shipped vocabulary are assessed in one round."""
    return _shipped().same_round(a, b)
