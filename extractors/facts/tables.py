"""Tables written as text, whose header names a year per column.

BPK releases compare two audits side by side::

    No | Pemerintah Daerah | Opini LKPD TA 2022 | Opini LKPD TA 2023
    1 | Kabupaten OKU Timur | WTP | WTP
    4 | Kabupaten Empat Lawang | WDP | WTP

A grade in a row's cell takes the year of the header cell above it: Empat Lawang held WDP for
2022 and WTP for 2023. Rows are the lines after the header with as many cells; the table ends at
the first line that has another number of cells.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.tokens import view

_KEY = "predikat_column_years"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def column_years(doc: Doc) -> list[tuple[int, int, int]]:
    """``(start_char, end_char, year)`` of every table cell under a header cell that names one year."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = _find(view(doc).text)
    return cached


def column_year(doc: Doc, start_char: int) -> int | None:
    """The year of the table column the character ``start_char`` stands in, if any."""
    for a, b, year in column_years(doc):
        if a <= start_char < b:
            return year
    return None


def _find(text: str) -> list[tuple[int, int, int]]:
    if text.count("|") < 4:
        return []  # no table: most articles
    cells: list[tuple[int, int, int]] = []
    header: list[int | None] | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        parts = line.rstrip("\r\n").split("|")
        start = offset
        # "| Kota Kupang | WTP | WDP |": bars around a row add empty cells at its ends
        if len(parts) > 1 and not parts[0].strip():
            start += len(parts[0]) + 1
            parts = parts[1:]
        if len(parts) > 1 and not parts[-1].strip():
            parts = parts[:-1]
        if len(parts) < 3:
            header = None
        else:
            years = [_one_year(part) for part in parts]
            if sum(y is not None for y in years) >= 2:
                header = years  # a header row: two or more columns named by a year
            elif header is not None and len(parts) == len(header):
                for part, year in zip(parts, header):
                    if year is not None:
                        cells.append((start, start + len(part), year))
                    start += len(part) + 1
            else:
                header = None
        offset += len(line)
    return cells


def _one_year(cell: str) -> int | None:
    found = _YEAR.findall(cell)
    return int(found[0]) if len(found) == 1 else None
