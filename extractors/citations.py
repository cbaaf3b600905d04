"""Regulation citations: find and normalise them. Pure functions over text, no spaCy.

"Peraturan Menteri Hukum dan HAM Nomor 22 Tahun 2021 tentang ...", "Permenkumham 22/2021",
"Kepmenkumham Nomor M.HH-03.HA.02.01.01 Tahun 2023", "Perda Nomor 3 Tahun 2020", "UU 39/1999",
"UUD 1945" all become ``Citation(reg_type, number, year, title)`` with ``reg_type`` in the short
canonical form of ``data/lexicon/citations.toml`` and ``number`` as written, without "Nomor".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.lexicon import citation_lexicon

_LEX = citation_lexicon()


def _phrase_regex(fragment: str) -> str:
    # a space the data marks optional (" ?": "permenpan ?-?rb") may be missing or be any run of space;
    # "Mentri", "Kementrian": a spelling common enough in regional news to be read as the word
    return fragment.replace(" ?", r"\s*").replace(" ", r"\s+").replace("menteri", "ment(?:e)?ri")


_TYPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_phrase_regex(pattern)}$", re.IGNORECASE), canonical) for pattern, canonical in _LEX["types"]
]
_TYPE_ALTERNATION = "|".join(
    _phrase_regex(pattern) for pattern, _ in sorted(_LEX["types"], key=lambda item: len(item[0]), reverse=True)
)
_ISSUERS = [(re.compile(code), canonical) for code, canonical in _LEX["issuer_codes"]]
_TITLE_STOPS = "|".join(_phrase_regex(re.escape(stop)) for stop in _LEX["title_stops"])

# "22", "M.HH-03.HA.02.01.01", "HK.01.07/MENKES/2087" (the "/2023" after it is the year)
_NUMBER = r"(?P<number>[0-9A-Z](?:[0-9A-Za-z]|[.\-](?=[0-9A-Za-z]))*(?:/[A-Z0-9][A-Z0-9.\-]*[A-Z0-9])*)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PLACE_ACRONYMS = "|".join(re.escape(a) + r"\b" for a in _LEX["place_acronyms"])
# "RI", "Provinsi Jawa Barat", "DIY", or the signing minister's name before an explicit "nomor" ("keputusan
# Mentri HAM Natalius Pigai dengan nomor : MHA-01.HA.02.01.01 Tahun 2024")
_QUALIFIER = (r"(?P<qualifier>(?:\s+(?:RI|Republik\s+Indonesia|(?:Provinsi|Kabupaten|Kota|Daerah)(?:\s+[A-Z][\w'-]*){1,4})"
              r"|(?-i:(?:\s+(?!Ment|Guber|Bupati|Wali|Kepala|Dalam|Negeri)(?:[A-Z][a-z]+|" + _PLACE_ACRONYMS + r")){1,3})"
              r"(?=\s*,?\s*(?:dengan\s+)?(?:nomor|no\.)\s*:?))?)")
_NOMOR = r"(?:\s*,?\s*(?:dengan\s+)?(?:Nomor|Nomer|No\.|No|Nmr\.?)\s*:?\s*|\s+)"
_TAHUN = r"(?:\s*(?:Tahun|Thn\.?|Th\.?)\s+|\s*/\s*)"

# A title ends where the next citation begins: "UU Nomor 14 Tahun 2008 tentang Keterbukaan
# Informasi Publik dan Peraturan Komisi Informasi Nomor 1 Tahun 2022 tentang ..."
_NEXT_CITATION = rf"\s+(?:dan\s+|serta\s+)?(?:{_TYPE_ALTERNATION})(?:\s+[A-Z][\w-]*){{0,3}}\s*,?\s*(?:(?:Nomor|No\.?)\s|\d)"
# "Peraturan Presiden (Perpres) nomor 75 tahun 2015", "Undang-Undang (UU) 25 tahun 2009": the short form in
# brackets after the long one
_SHORT_FORM = r"(?:\s*\([A-Za-z][\w-]{1,14}\))?"
CITATION = re.compile(
    rf"(?<![\w-])(?P<type>{_TYPE_ALTERNATION}){_SHORT_FORM}{_QUALIFIER}{_NOMOR}{_NUMBER}{_TAHUN}{_YEAR}(?!\d)"
    rf"(?:\s+tentang\s+(?P<title>[^.;\n\"“”()]+?)"
    rf"(?=\s*(?:[.;\n\"“”()]|,\s|\s(?:{_TITLE_STOPS})\b|$)|{_NEXT_CITATION}))?",
    re.IGNORECASE,
)
# The constitution is cited by year alone: "UUD 1945", "Undang-Undang Dasar 1945".
CONSTITUTION = re.compile(r"(?<![\w-])(?P<type>UUD(?:\s+N?RI)?|Undang-Undang\s+Dasar(?:\s+Negara\s+Republik\s+Indonesia)?)\s+(?:Tahun\s+)?(?P<year>1945)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    mention: str
    reg_type: str
    number: str | None
    year: int | None
    title: str | None

    @property
    def key(self) -> tuple[str, str | None, int | None]:
        return (self.reg_type, self.number, self.year)


def canonical_type(type_words: str, number: str | None = None) -> str:
    """The canonical short form for the type words as written ("Peraturan Menteri Hukum dan HAM" -> "Permenkumham").

    A generic "Keputusan" whose number carries an issuer code ("M.HH-...") takes that issuer's type.
    """
    words = " ".join(type_words.split())
    reg_type = next((canonical for pattern, canonical in _TYPES if pattern.match(words)), words)
    if reg_type == "UUD" and number:
        return "UU"  # "UUD No 23 tahun 2002": the constitution has no number; a numbered "UUD" is a law
    if number and reg_type in {"Keputusan", "Kepmen"}:
        for pattern, canonical in _ISSUERS:
            if pattern.match(number):
                return canonical
    return reg_type


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split()).strip(" ,")
    return title or None


# Every citation has a number followed by "Tahun YYYY" or "/YYYY": finding those first and running
# the full pattern only around them is much faster than trying the type alternation everywhere.
_ANCHOR = re.compile(r"(?:\s(?:Tahun|Thn\.?|Th\.?)\s+|/\s*)(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_LOOKBACK = 260


def _first_letters(pattern: str) -> set[str]:
    """The letters a type pattern can start with: "(?:surat )?keputusan" -> {"s", "k"}."""
    if pattern.startswith("(?:"):
        inner, rest = pattern[3:].split(")", 1)
        letters = set().union(*(_first_letters(branch) for branch in inner.split("|")))
        if rest.startswith("?"):
            letters |= _first_letters(rest[1:])
        return letters
    if not pattern[:1].isalnum():
        raise ValueError(f"citation type pattern with an unexpected start: {pattern!r}")
    return {pattern[0].lower()}


_TYPE_START = re.compile(
    r"(?<![\w-])[" + "".join(sorted(set().union(*(_first_letters(p) for p, _ in _LEX["types"])))) + "]",
    re.IGNORECASE)


def _candidates(text: str):
    spans: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        lo, hi = max(0, anchor.start() - _LOOKBACK), min(len(text), anchor.end() + 400)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    for lo, hi in spans:
        # a citation starts a word with the first letter of a type word: trying the long type
        # alternation only there is a third faster than ``CITATION.finditer`` at every position
        resume = lo
        for start in _TYPE_START.finditer(text, lo, hi):
            if start.start() < resume:
                continue
            m = CITATION.match(text, start.start(), hi)
            if m:
                yield m
                resume = m.end()


def find_citations(text: str) -> list[Citation]:
    """Every regulation citation in ``text``, in order, without overlaps."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for m in _candidates(text):
        if any(start <= m.start() < end for start, end in taken):
            continue
        number = m["number"].rstrip(".-")
        if number.isdigit() and len(number) == 4 and m["year"] and "/" not in text[m.start("number") : m.end()]:
            # "UU 2009 Tahun ..." is not a citation form; a 4-digit number before "Tahun" is a year.
            continue
        if "/" in number and text[m.end("number") : m.start("year")].strip() == "/":
            # "HK.01.07/MENKES/2087/2023": in a number of slashed segments the year is its last one
            number = f"{number}/{m['year']}"
        reg_type = canonical_type(m["type"], number)
        found.append(Citation(m.start(), m.end(), m.group(0), reg_type, number, int(m["year"]), _clean_title(m["title"])))
        taken.append((m.start(), m.end()))
    for m in CONSTITUTION.finditer(text):
        if any(start <= m.start() < end for start, end in taken):
            continue
        found.append(Citation(m.start(), m.end(), m.group(0), "UUD", None, int(m["year"]), None))
    found.sort(key=lambda c: c.start)
    return found
