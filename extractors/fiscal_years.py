"""Budget (fiscal) years as audit news writes them: pure patterns, no spaCy.

An audit opinion is on a budget year ("LKPD Tahun Anggaran 2022") and is handed over in the year
after it, so news of audits names two kinds of years. These patterns find the budget years, for the
article's date (``dates``), for the article's fiscal year (``facts.years``) and for telling hand-over
years from budget years in spans and histories (``facts.frames``, ``facts.assemble``).
"""

from __future__ import annotations

import re
from collections import Counter

# The audited report's name. "LPKD" is a frequent slip for LKPD in regional news ("opini LPKD tahun
# anggaran 2012")
_REPORT = re.compile(r"(?=[Ll])\b(?:LKPD|LPKD|laporan\s+keuangan(?:\s+pemerintah\s+(?:daerah|provinsi|kabupaten|kota))?)\b",
                     re.IGNORECASE)
# Its year: "LKPD Tahun Anggaran 2022", "laporan keuangan ... tahun 2022", and right after the name: "LKPD 2015",
# "laporan keuangan pemerintah daerah (LKPD) 2015"
# (not past a verb of handing over or receiving: "atas LKPD yang diterima pada tahun 2025 ini" is the hand-over's
# year)
_REPORT_YEAR = re.compile(r"(?:(?:\s*\([A-Z]{2,6}\))?\s+|(?:(?!\b(?:diterima|diserahkan|diraih|diperoleh|didapat|diberikan|diumumkan|disampaikan)\b)[^.\n]){0,60}?"
                          r"\b(?:tahun\s+anggaran(?:\s*\(TA\))?|TA|tahun)\s+)((?:19|20)\d\d)\b", re.IGNORECASE)
# ... written as a budget year ("tahun anggaran", "TA"), not a bare "tahun" that may be the audit's
_REPORT_BUDGET_YEAR = re.compile(r"[^.\n]{0,60}?\b(?:tahun\s+anggaran(?:\s*\(TA\))?|TA)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "Laporan Hasil Pemeriksaan Tahun 2022 atas Laporan Keuangan Pemerintah Daerah", "LHP TA 2022 atas LKPD":
# the year before the report it audits
_AUDIT_REPORT = re.compile(r"(?=[Ll])\b(?:LHP|laporan\s+hasil\s+pemeriksaan)\s+(?:tahun\s+anggaran(?:\s*\(TA\))?|TA|tahun)\s+((?:19|20)\d\d)"
                           r"\s+atas\s+(?:LKPD|LPKD|laporan\s+keuangan)", re.IGNORECASE)
# "TA 2021", "tahun anggaran 2021", "penggunaan anggaran tahun 2015" without the report's name before it
_BUDGET_YEAR = re.compile(r"\b(?:tahun\s+anggaran(?:\s*\(TA\))?|anggaran(?:\s+tahun)?|TA)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _might_name_a_report(text: str) -> bool:
    # (substring tests are cheaper than the patterns on most articles)
    low = text.lower()
    return "lkpd" in low or "lpkd" in low or "laporan" in low or "lhp" in low


def report_years(text: str) -> Counter:
    """How often each year is written as the year of an audited report ("LKPD Tahun Anggaran 2022",
    "LKPD 2015", "LHP TA 2022 atas LKPD")."""
    found = Counter()
    if not _might_name_a_report(text):
        return found
    for m in _REPORT.finditer(text):
        tail = _REPORT_YEAR.match(text, m.end())
        if tail:
            found[int(tail.group(1))] += 1
    for m in _AUDIT_REPORT.finditer(text):
        found[int(m.group(1))] += 1
    return found


def budget_years(text: str) -> set[int]:
    """The years ``text`` writes as budget years: "LKPD Tahun Anggaran 2022", "laporan keuangan ...
    tahun 2022", "LHP TA 2022 atas LKPD", "TA 2021", "anggaran tahun 2015"."""
    return set(report_years(text)) | {int(m.group(1)) for m in _BUDGET_YEAR.finditer(text)}


# "..., 2014, dan 2015": more years coordinated after the first
_COORDINATED_YEAR = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)((?:19|20)\d\d)\b")


def audited_budget_years(text: str) -> set[int]:
    """The years ``text`` names as a report's budget year with "tahun anggaran" or "TA" ("LKPD Tahun
    Anggaran 2020"). Of budget years coordinated under one name ("LKPD tahun anggaran 2013, 2014, dan
    2015") the latest counts: the audit reported is of that one."""
    if not _might_name_a_report(text):
        return set()
    years = set()
    for m in _REPORT.finditer(text):
        tail = _REPORT_BUDGET_YEAR.match(text, m.end())
        if tail:
            latest, end = int(tail.group(1)), tail.end()
            while more := _COORDINATED_YEAR.match(text, end):
                latest, end = max(latest, int(more.group(1))), more.end()
            years.add(latest)
    return years


def audited_budget_year(text: str) -> int | None:
    """The one year of ``audited_budget_years``, or None when the text names none or several."""
    years = audited_budget_years(text)
    return years.pop() if len(years) == 1 else None
