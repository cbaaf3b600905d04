"""Indonesian dates in news text: pure functions, no spaCy.

Forms handled (all seen in real releases):
- ``Senin, 19 Februari 2024 13:45 WIB`` (ANTARA page date), ``19 Februari 2024``, ``15 Nov 2023``;
- ``Senin (26/5/2025)``, ``(26/5/2025)``, ``Kamis (24/7/2019)``;
- ``Jumat (16/2)``, ``(10/12)``: day and month only, the year inferred from context;
- ``Februari 2024 ini``, ``2024 ini``: the writer's own year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from extractors.citations import find_citations
from extractors.fiscal_years import audited_budget_year, audited_budget_years, budget_years
from extractors.lexicon import time_words
from extractors.text.read_also import READ_ALSO

_TW = time_words()
_MONTH_NAMES = "|".join(sorted(_TW.months, key=len, reverse=True))
_DAY_NAMES = "|".join(sorted((d.replace("'", "'?") for d in _TW.days), key=len, reverse=True))

# "Senin, 19 Februari 2024 13:45 WIB" / "19 Februari 2024" / "19 Feb. 2024". The day name before
# the date is not matched: it adds nothing to the date and made the pattern slow to scan.
# A leading lookahead on the first character lets the regex engine skip most positions at once:
# these patterns run over every article, and it halves their time.
LONG_DATE = re.compile(
    rf"(?=\d)(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s*(?:,|pukul|jam)?\s*(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)\s*(?P<zone>WIB|WITA|WIT)?)?",
    re.IGNORECASE,
)
# "Jumat 23 Desember", "Senin, 11 Desember": a day named with its date and month but no year (the weekday
# path picks the year)
DAY_MONTH_DATE = re.compile(
    rf"\b(?P<weekday>{_DAY_NAMES}),?\s+(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH_NAMES})\b(?!\.?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
# DAY_MONTH_DATE found from its day and month, then the day name before them: the same matches, without trying
# the day names at every position of the text (the costliest of the date rules)
_DAY_MONTH = re.compile(rf"(?<=\s)(?P<day>[0-3]?\d)\s+(?P<month>{_MONTH_NAMES})\b(?!\.?\s+(?:19|20)\d\d)", re.IGNORECASE)
_DAY_NAME_BEFORE = re.compile(rf"\b(?P<weekday>{_DAY_NAMES}),?\s+$", re.IGNORECASE)
# every DAY_SLASH_DATE match holds "/" and a year of this century or the last, then a word boundary
_FULL_YEAR_AFTER_SLASH = re.compile(r"/(?:19|20)\d\d\b")
# "(26/5/2025)", "(16/2)", "(26-5-2025)"
# ("Rabu ( 20/12/2023 )": some sites pad the brackets)
SLASH_DATE = re.compile(r"\( ?(?P<day>[0-3]?\d)[/-](?P<month>[01]?\d)(?:[/-](?P<year>(?:19|20)?\d\d))? ?\)")
# "Senin 05/11/2018", "Rabu, 14/12/2022": a full date after a day name, without brackets
DAY_SLASH_DATE = re.compile(rf"\b(?:{_DAY_NAMES}),?\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b",
                            re.IGNORECASE)
# "Februari 2024 ini", "2024 ini": the writer's current year
CURRENT_YEAR = re.compile(r"(?=[12])(?<!\d)(?P<year>(?:19|20)\d\d)\s+ini\b", re.IGNORECASE)
# "COPYRIGHT © ANTARA 2017", "COPYRIGHT © ANTARA News Bangka Belitung 2023", "© 2024 Kompas.com": the
# page's year, printed under every article
COPYRIGHT_YEAR = re.compile(
    r"(?:(?:©|copyright)\s*(?:©\s*)?(?:[A-Za-z][\w.-]{0,20}\s+){0,4}|\(c\)\s*(?:[A-Za-z][\w.-]{0,20}\s+){0,2})"
    r"(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: date
    moment: datetime | None  # UTC, when the time of day was given
    year_given: bool


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_long_dates(text: str) -> list[FoundDate]:
    found = []
    for m in LONG_DATE.finditer(text):
        month = _TW.months[m["month"].lower()]
        value = _safe_date(int(m["year"]), month, int(m["day"]))
        if value is None:
            continue
        moment = None
        if m["hour"] is not None:
            offset = _TW.zones.get((m["zone"] or "WIB").lower(), 7)
            local = datetime(value.year, value.month, value.day, int(m["hour"]) % 24, int(m["minute"]))
            moment = (local - timedelta(hours=offset)).replace(tzinfo=timezone.utc)
        found.append(FoundDate(m.start(), m.end(), value, moment, True))
    return found


def find_slash_dates(text: str, default_year: int | None) -> list[FoundDate]:
    """``(26/5/2025)``, ``Senin 05/11/2018`` and ``(16/2)``; the last only when a default year is known."""
    found = []
    for m in DAY_SLASH_DATE.finditer(text) if _FULL_YEAR_AFTER_SLASH.search(text) else ():
        value = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if value is not None:
            found.append(FoundDate(m.start("day"), m.end(), value, None, True))
    for m in SLASH_DATE.finditer(text):
        year_text = m["year"]
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        elif default_year:
            year = default_year
        else:
            continue
        value = _safe_date(year, int(m["month"]), int(m["day"]))
        if value is not None:
            found.append(FoundDate(m.start(), m.end(), value, None, bool(year_text)))
    return found


def writer_year(text: str) -> int | None:
    """The year the writer calls 'this year' ("pada 2024 ini"), the most frequent if several."""
    # (not a budget year: "WTP atas laporan keuangan pemerintah (LKP) tahun 2019 ini" is the report's year)
    years = [int(m["year"]) for m in CURRENT_YEAR.finditer(text)
             if int(m["year"]) not in budget_years(text[max(0, m.start() - 80) : m.end()])]
    if not years:
        return None
    return max(set(years), key=years.count)


@dataclass(frozen=True)
class ArticleDate:
    value: date
    moment: datetime | None
    basis: str  # page | dateline | text


def infer_article_date(text: str, head_chars: int = 600, long_dates: list[FoundDate] | None = None) -> ArticleDate | None:
    """The article's own date when no metadata gives it.

    A full date near the top (the page's date line) wins; then the first dated day-of-week
    ("Senin (26/5/2025)"); then a day/month with the writer's year ("Jumat (16/2)" in a text that
    says "Februari 2024 ini"), or just that year as 1 January of it (basis 'text'); then the same
    with the copyright year printed under the article; then the latest full date in the body
    ("Sabtu malam 22 Juli 2023"): news reports events of the days before it; last, for news of an
    audit, the year after the one budget year it names ("LKPD Tahun Anggaran 2020").
    """
    long_dates = find_long_dates(text) if long_dates is None else long_dates
    for found in long_dates:
        if found.start < head_chars:
            return ArticleDate(found.value, found.moment, "page")
    full_slash = [d for d in find_slash_dates(text, None) if d.year_given]
    if full_slash:
        return ArticleDate(full_slash[0].value, None, "dateline")
    for year in (writer_year(text), copyright_year(text)):
        if year:
            partial = find_slash_dates(text, year)
            if partial:
                return ArticleDate(partial[0].value, None, "text")
            same_year = [found.value for found in long_dates if found.value.year == year]
            if same_year:
                # "Selasa, 11 juli 2023" further down, in a text that says "akhir tahun 2023 ini" (the first: a
                # later one may be a date ahead, "dijadwalkan pada 20 Desember 2023")
                return ArticleDate(same_year[0], None, "text")
            return ArticleDate(date(year, 1, 1), None, "text")
    on_weekday = _weekday_date(text)
    if on_weekday is not None:
        return ArticleDate(on_weekday, None, "text")
    if long_dates:
        return ArticleDate(max(found.value for found in long_dates), None, "text")
    audited = audited_budget_year(text)
    if audited is not None:
        # "BPK Sultra berikan opini WTP ... atas LKPD tahun anggaran 2020, ... Jumat": the audit of a
        # budget year is reported in the year after it
        partial = find_slash_dates(text, audited + 1)
        return ArticleDate(partial[0].value, None, "text") if partial else ArticleDate(date(audited + 1, 1, 1), None, "text")
    return None


_ANY_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


def _body(text: str) -> str:
    """The text without other articles' titles ("Baca juga: ... 2024 ...")."""
    return "\n".join(line for line in text.splitlines() if not READ_ALSO.match(line))


def _body_years(body: str) -> list[int]:
    """The years ``body`` names, but not a law's year ("UU Nomor 25 tahun 2009": the citation up to its own
    year)."""
    cited = [(c.start, c.start + c.mention.find(str(c.year)) + 4) for c in find_citations(body) if c.year]
    return [int(y.group()) for y in _ANY_YEAR.finditer(body) if not any(lo <= y.start() < hi for lo, hi in cited)]


def _day_month_date(text: str) -> tuple[str, re.Match] | None:
    """The first DAY_MONTH_DATE of ``text`` ("Jumat 23 Desember"): its day name and the day-and-month match."""
    for m in _DAY_MONTH.finditer(text):
        named = _DAY_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if named is not None:
            return named["weekday"], m
    return None


def _weekday_date(text: str) -> date | None:
    """"Rabu (26/6)" in a text whose latest year is 2018: 26 June was a Wednesday in 2019, not in
    2018. News is written in the year of the latest year it names or the one after; of those two,
    the day of the week picks one (it repeats on a date only every five to eleven years)."""
    # (the bracket is looked for first, SLASH_DATE's "(26/6)" without a year: a scan for the day names costs
    # more than the rest of the date rules)
    found = next(((int(m["day"]), int(m["month"]), weekday) for m in SLASH_DATE.finditer(text)
                  if m["year"] is None and "/" in m.group() and (weekday := _weekday_before(text, m.start())) is not None),
                 None)
    if found is None:
        # ("Jumat 23 Desember, dilansir Antara": the month by name)
        m = _day_month_date(text)
        weekday = _TW.weekdays.get(m[0].lower().replace("’", "'")) if m else None
        found = (int(m[1]["day"]), _TW.months[m[1]["month"].lower()], weekday) if m and weekday is not None else None
    if found is None:
        return None
    day, month, weekday = found
    # (not the years of another article's title, "Baca juga: ... Triwulan I 2024 ...", nor of a law,
    # "UU Nomor 25 tahun 2009"; the citation up to its own year: the title's "Penetapan ... pada Tahun 2022"
    # may date the news)
    body = _body(text)
    years = _body_years(body)
    if not years:
        return None
    # (news of the audit of a budget year is written after that year: "LKPD Tahun Anggaran 2016", Selasa (7/6)
    # is 7 June 2017, though 7 June 2016 was a Tuesday too)
    audited = audited_budget_years(body)
    for year in (max(years), max(years) + 1):
        if audited and year <= max(audited):
            continue
        value = _safe_date(year, month, day)
        if value is not None and value.weekday() == weekday:
            return value
    return None


def _weekday_before(text: str, at: int) -> int | None:
    """The day of the week named right before ``at`` ("Rabu (26/6)"), Monday = 0."""
    words = text[max(0, at - 12) : at].split()
    # ("Kamis, (17/2)": a comma may stand between)
    return _TW.weekdays.get(words[-1].lower().replace("’", "'").rstrip(",")) if words else None


def copyright_year(text: str) -> int | None:
    """The year of the last copyright notice ("COPYRIGHT © ANTARA 2017"), which sits at the foot.

    None when it is more than two years later than every other year the text names: a page copied years
    after it was written prints the copying year ("COPYRIGHT © ANTARA 2024" under a report on the
    LKPD 2016), and news is written in the year of the latest year it names or soon after."""
    notices = list(COPYRIGHT_YEAR.finditer(text))
    if not notices:
        return None
    year = int(notices[-1]["year"])
    others = [int(m.group()) for m in _ANY_YEAR.finditer(text) if not any(n.start() <= m.start() < n.end() for n in notices)]
    # (two years' margin: news of an audit names the budget year, one or two years before its own)
    return year if not others or year <= max(others) + 2 else None
