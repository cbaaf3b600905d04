"""What the pipeline components find, as small dataclasses stored in ``Doc`` extensions.

Token offsets (``start``/``end``, end exclusive) index the ``Doc``; character offsets
(``start_char``/``end_char``) index ``doc.text``, which is ``documents.text`` in the warehouse.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RegionMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str  # the name as written (without the type word)
    candidates: tuple[str, ...]  # every code the surface form can mean
    code: str | None  # the chosen code
    level: str | None
    method: str  # official | abbreviation | spelling_variant | joined | hyphenated | fuzzy | ...
    confidence: float
    decided_by: str  # type_word | unique | list | article | province | frame | default
    type_level: str | None = None  # level named by an adjacent type word
    prefix_start: int | None = None  # token start of "Pemerintah Kabupaten" before the name
    government: bool = False  # "Pemkab X", "Bupati X": the government itself
    role: str = "holder"  # holder | location | office | unit | person | speaker | agent | compared | dateline
    false_friend: bool = False
    list_id: int | None = None  # mentions in one coordinated list share an id

    @property
    def mention_start(self) -> int:
        return self.start if self.prefix_start is None else self.prefix_start

    @property
    def ambiguous(self) -> bool:
        return self.decided_by in {"default", "article", "province"} and len(self.candidates) > 1


@dataclass
class UnitMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    kind: str  # prison, police, court, village...
    region_code: str | None = None  # where the text says it is


@dataclass
class PredikatMention:
    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    grade: str | None
    anaphoric: bool = False  # "penghargaan serupa": points back to the predikat named before
    failing: bool = False  # "rapor merah": the name itself says the predikat was not reached


def only_grade_before(mentions: list[PredikatMention], label: str, before: int) -> str | None:
    """The grade of ``label`` named before token ``before``, when only one ever was, or one was named
    more often than all others together: what "predikat yang sama" means in an article that speaks
    of WTP (and once of an earlier WDP)."""
    grades = Counter(m.grade for m in mentions if m.start < before and m.label == label and m.grade)
    if not grades:
        return None
    grade, count = grades.most_common(1)[0]
    return grade if count > sum(grades.values()) - count else None


@dataclass
class Cue:
    start: int
    end: int
    text: str
    kind: str  # achieve | maintain | coach | modal | announce | negation | success
    weak: bool = False


@dataclass
class YearMention:
    start: int
    end: int
    start_char: int
    end_char: int
    value: int
    kind: str  # explicit | relative | date | dated (a slash date with its year) | citation | event | range | unresolved
    text: str = ""


@dataclass
class CountMention:
    start: int
    end: int
    value: int | None  # None for a bare pronoun ("Mereka")
    level_hint: str | None  # kabupaten | kota | provinsi, from the counted noun
    backward: bool  # "Kedua belas daerah itu", "Mereka": points back
    partitive: bool = False  # "Dari 14 daerah penerima, ...": the whole the named holders are part of
    whole: bool = False  # "seluruh pemerintah daerah penerima LHP tersebut": every one named before


@dataclass
class Fact:
    holder_kind: str  # region | unit
    holder: str
    unit_kind: str | None
    region_code: str | None
    predikat: str
    grade: str | None
    year: int | None
    year_basis: str | None
    status: str
    status_cue: str | None
    mention: str
    mention_start: int
    mention_end: int
    evidence: str
    evidence_start: int
    evidence_end: int
    link_method: str | None
    confidence: float
    notes: list[str] = field(default_factory=list)
    grade_is_default: bool = False  # the vocabulary's default grade, not one the text named

    def holder_key(self) -> tuple:
        """Who holds it: a region by its code; a unit by its name without class words, so that
        "Lapas Lubuklinggau" and "Lapas Kelas IIA Lubuklinggau" are one holder."""
        if self.holder_kind == "unit":
            return ("unit", unit_key(self.holder))
        return ("region", self.region_code)

    def key(self) -> tuple:
        return self.holder_key() + (self.predikat, self.grade, self.year, self.status)


_CLASS_WORDS = {"kelas", "klas", "kls", "i", "ii", "iii", "iia", "iib", "iv", "1", "2", "3", "2a", "2b", "tpi", "non"}


def unit_key(name: str) -> str:
    words = [w for w in name.lower().replace(".", " ").split() if w not in _CLASS_WORDS]
    return " ".join(words)
